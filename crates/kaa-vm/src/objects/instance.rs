//! Instances of classes defined with `class` (whose base is `object`).

use std::cell::{Cell, RefCell};

use crate::value::{ObjRef, Value};

/// An instance of a user-defined class.
pub struct InstanceObj {
    pub class: RefCell<ObjRef>,
    /// `__dict__`, created on first attribute store.
    pub dict: RefCell<Option<ObjRef>>,
    /// The values of the class's `__slots__` members, when it has any.
    pub slots: Option<Box<SlotValues>>,
}

/// Storage for `__slots__` members, one per name in the class's `slot_names` order;
/// `Null` while unset. It also carries the "finalized" mark of an instance whose
/// `__del__` has run (see `finalize.rs`), so instances without slots only get one then.
pub struct SlotValues {
    pub values: RefCell<Vec<Value>>,
    pub finalized: Cell<bool>,
}

impl SlotValues {
    /// Storage for `n` unset slots, or none at all.
    pub fn new(n: usize) -> Option<Box<SlotValues>> {
        (n > 0).then(|| Self::with_len(n))
    }

    pub fn with_len(n: usize) -> Box<SlotValues> {
        Box::new(SlotValues { values: RefCell::new(vec![Value::Null; n]), finalized: Cell::new(false) })
    }
}
