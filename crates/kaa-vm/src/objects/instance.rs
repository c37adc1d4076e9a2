//! Instances of classes defined with `class`: of classes deriving from `object`, and of
//! subclasses of other builtin types (`class Stack(list)`), which carry a value of that
//! builtin type as their `base` and act on it through the builtin's methods.

use std::cell::{Cell, RefCell};

use crate::value::{ObjRef, Value};

/// An instance of a user-defined class.
pub struct InstanceObj {
    pub class: RefCell<ObjRef>,
    /// `__dict__`, created on first attribute store.
    pub dict: RefCell<Option<ObjRef>>,
    /// The values of the class's `__slots__` members, and the builtin value of an
    /// instance of a builtin type's subclass; `None` when there are neither.
    pub slots: Option<Box<SlotValues>>,
}

impl InstanceObj {
    /// For an instance of a subclass of a builtin type other than `object`: the value
    /// of that type it extends (a list for `class Stack(list)`, an int for
    /// `class Celsius(int)`).
    #[inline]
    pub fn base(&self) -> Option<&Value> {
        self.slots.as_ref().map(|s| &s.base).filter(|b| !b.is_null())
    }
}

/// Storage for `__slots__` members, one per name in the class's `slot_names` order;
/// `Null` while unset. It also carries the "finalized" mark of an instance whose
/// `__del__` has run (see `finalize.rs`), so instances without slots only get one then.
pub struct SlotValues {
    pub values: RefCell<Vec<Value>>,
    pub finalized: Cell<bool>,
    /// The builtin value an instance of a builtin type's subclass extends (`Null` for
    /// other instances). Set at creation and never replaced.
    pub base: Value,
}

impl SlotValues {
    /// Storage for `n` unset slots, or none at all.
    pub fn new(n: usize) -> Option<Box<SlotValues>> {
        (n > 0).then(|| Self::with_len(n))
    }

    pub fn with_len(n: usize) -> Box<SlotValues> {
        Box::new(SlotValues {
            values: RefCell::new(vec![Value::Null; n]),
            finalized: Cell::new(false),
            base: Value::Null,
        })
    }

    /// Storage for `n` unset slots and the builtin value `base`.
    pub fn with_base(n: usize, base: Value) -> Box<SlotValues> {
        Box::new(SlotValues { values: RefCell::new(vec![Value::Null; n]), finalized: Cell::new(false), base })
    }
}
