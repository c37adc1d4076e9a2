//! Type queries and conversions every operation needs: `type(x)`, truth value, `len`,
//! integer indexes (`__index__`), `isinstance`/`issubclass`, and the guard on native
//! recursion.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::error::PyResult;
use crate::object::{DictViewKind, Object};
use crate::objects::builtin_func::MethodKind;
use crate::objects::iter::IterKind;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Stack that must remain when Rust code re-enters the interpreter or recurses over a
/// value; below it, RecursionError is raised instead of risking overflow.
const STACK_RED_ZONE: usize = 256 * 1024;

impl Vm {
    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::None => t.none.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Null => t.object.clone(),
            Value::Obj(o) => match &**o {
                Object::Str(_) => t.str.clone(),
                Object::BigInt(_) => t.int.clone(),
                Object::Complex(..) => t.complex.clone(),
                Object::Bytes(_) => t.bytes.clone(),
                Object::ByteArray(_) => t.bytearray.clone(),
                Object::Tuple(_) => t.tuple.clone(),
                Object::List(_) => t.list.clone(),
                Object::Dict(_) => t.dict.clone(),
                Object::Set(_) => t.set.clone(),
                Object::FrozenSet(_) => t.frozenset.clone(),
                Object::DictView(_, DictViewKind::Keys) => t.dict_keys.clone(),
                Object::DictView(_, DictViewKind::Values) => t.dict_values.clone(),
                Object::DictView(_, DictViewKind::Items) => t.dict_items.clone(),
                Object::Range(_) | Object::BigRange(_) => t.range.clone(),
                Object::Slice(_) => t.slice.clone(),
                Object::Function(_) => t.function.clone(),
                Object::BuiltinFunction(b) if b.slot => t.method_wrapper.clone(),
                Object::BuiltinFunction(_) => t.builtin_function.clone(),
                Object::MethodDescriptor(m) if m.slot => t.wrapper_descriptor.clone(),
                Object::MethodDescriptor(m) => match m.kind {
                    MethodKind::Class => t.classmethod_descriptor.clone(),
                    _ => t.method_descriptor.clone(),
                },
                Object::GetSetDescriptor(g) if g.member => t.member_descriptor.clone(),
                Object::GetSetDescriptor(_) => t.getset_descriptor.clone(),
                Object::SlotMember(_) => t.member_descriptor.clone(),
                Object::BoundMethod(_) => t.method.clone(),
                Object::StaticMethod(_) => t.staticmethod.clone(),
                Object::ClassMethod(_) => t.classmethod.clone(),
                Object::Property(_) => t.property.clone(),
                Object::Code(_) => t.code.clone(),
                Object::Cell(_) => t.cell.clone(),
                Object::Module(_) => t.module.clone(),
                Object::Type(ty) => ty.metaclass.clone().unwrap_or_else(|| t.type_.clone()),
                Object::Exception(e) => e.class.borrow().clone(),
                Object::Frame(_) => t.frame.clone(),
                Object::Traceback(_) => t.traceback.clone(),
                Object::TextIO(_) => t.textio.clone(),
                Object::File(f) => crate::types::file_type(self, f),
                Object::Instance(i) => i.class.borrow().clone(),
                Object::Native(n) => n.class.clone(),
                Object::NotImplemented => t.not_implemented.clone(),
                Object::Ellipsis => t.ellipsis.clone(),
                Object::Super(_) => t.super_.clone(),
                Object::Generator(_) => t.generator.clone(),
                Object::Iter(it) => match &it.kind {
                    IterKind::Seq { seq, .. } => match seq.borrow().as_deref() {
                        Some(Object::List(_)) => t.list_iterator.clone(),
                        Some(Object::Tuple(_)) => t.tuple_iterator.clone(),
                        Some(Object::Bytes(_)) => t.bytes_iterator.clone(),
                        Some(Object::ByteArray(_)) => t.bytearray_iterator.clone(),
                        Some(Object::Str(s)) if !s.is_ascii() => t.str_iterator.clone(),
                        _ => t.str_ascii_iterator.clone(),
                    },
                    IterKind::ListReverse { .. } => t.list_reverseiterator.clone(),
                    IterKind::Range { .. } => t.range_iterator.clone(),
                    IterKind::BigRange(_) => t.iterator.clone(),
                    IterKind::Dict { kind: DictViewKind::Keys, reverse: false, .. } => t.dict_keyiterator.clone(),
                    IterKind::Dict { kind: DictViewKind::Values, reverse: false, .. } => t.dict_valueiterator.clone(),
                    IterKind::Dict { kind: DictViewKind::Items, reverse: false, .. } => t.dict_itemiterator.clone(),
                    IterKind::Dict { kind: DictViewKind::Keys, reverse: true, .. } => t.dict_reversekeyiterator.clone(),
                    IterKind::Dict { kind: DictViewKind::Values, reverse: true, .. } => {
                        t.dict_reversevalueiterator.clone()
                    }
                    IterKind::Dict { kind: DictViewKind::Items, reverse: true, .. } => {
                        t.dict_reverseitemiterator.clone()
                    }
                    IterKind::Set { .. } => t.set_iterator.clone(),
                    IterKind::Enumerate { .. } => t.enumerate.clone(),
                    IterKind::Zip { .. } => t.zip.clone(),
                    IterKind::Map { .. } => t.map.clone(),
                    IterKind::Filter { .. } => t.filter.clone(),
                    IterKind::GetItem { .. } => t.iterator.clone(),
                    IterKind::Callable { .. } => t.callable_iterator.clone(),
                    IterKind::Reversed { .. } => t.reversed.clone(),
                },
            },
        }
    }

    /// The name of `v`'s type as CPython's messages give it (`tp_name`): its
    /// `__name__`, qualified by the module for builtin types outside builtins
    /// (`functools.partial`, `_io.TextIOWrapper`).
    pub fn type_name(&self, v: &Value) -> String {
        let ty = self.type_of(v);
        let name = ty.as_type().expect("type").tp_name();
        name.to_string()
    }

    /// `issubclass(a, b)` for type objects (through the MRO).
    pub fn is_subclass_ref(&self, a: &ObjRef, b: &ObjRef) -> bool {
        Rc::ptr_eq(a, b) || a.as_type().is_some_and(|t| t.is_subtype_of(b))
    }

    /// `isinstance(v, ty)` for a type object.
    pub fn is_instance_of(&self, v: &Value, ty: &ObjRef) -> bool {
        let vt = self.type_of(v);
        self.is_subclass_ref(&vt, ty)
    }

    /// Counts one level of Rust recursion; RecursionError when it, together with the
    /// Python frames, passes the recursion limit, or when the native stack runs low.
    #[inline]
    pub fn enter_native(&mut self) -> PyResult<()> {
        self.enter_native_for("")
    }

    /// `enter_native` with the suffix CPython adds to the RecursionError's message for
    /// this kind of recursion (" while getting the repr of an object", " in comparison").
    #[inline]
    pub fn enter_native_for(&mut self, what: &str) -> PyResult<()> {
        if self.recursion_depth() >= self.recursion_limit
            || stacker::remaining_stack().is_some_and(|r| r < STACK_RED_ZONE)
        {
            let t = self.exc.recursion_error.clone();
            return Err(self.new_error(&t, format!("maximum recursion depth exceeded{what}")));
        }
        self.native_depth += 1;
        Ok(())
    }

    /// The recursion depth CPython would count: Python frames plus the levels of native
    /// recursion it guards (`Py_EnterRecursiveCall`).
    #[inline(always)]
    pub fn recursion_depth(&self) -> usize {
        self.frames.len() + self.native_depth
    }

    /// For recursion CPython does not count against the limit (hashing nested tuples):
    /// only a RecursionError when the native stack itself runs low.
    #[inline]
    pub fn check_native_stack(&mut self) -> PyResult<()> {
        if stacker::remaining_stack().is_some_and(|r| r < STACK_RED_ZONE) {
            return Err(self.recursion_error());
        }
        Ok(())
    }

    #[inline]
    pub fn leave_native(&mut self) {
        self.native_depth -= 1;
    }

    /// Truth value (`bool(v)`).
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::None | Value::Null => false,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => match &**o {
                Object::Str(s) => s.char_len() != 0,
                Object::BigInt(b) => !b.is_zero(),
                Object::Tuple(t) => !t.is_empty(),
                Object::List(l) => !l.borrow().is_empty(),
                Object::Dict(d) => !d.is_empty(),
                Object::Set(s) | Object::FrozenSet(s) => !s.is_empty(),
                Object::Bytes(b) => !b.is_empty(),
                Object::ByteArray(b) => !b.borrow().is_empty(),
                Object::Range(r) => r.len != 0,
                Object::BigRange(r) => !num_traits::Zero::is_zero(&r.len),
                Object::Complex(re, im) => *re != 0.0 || *im != 0.0,
                Object::DictView(d, _) => !d.as_dict().expect("dict").is_empty(),
                _ if crate::protocols::instance::has_python_class(v) => return self.instance_truthy(v),
                _ => true,
            },
        })
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            match &**o {
                Object::Str(s) => return Ok(s.char_len()),
                Object::Tuple(t) => return Ok(t.len()),
                Object::List(l) => return Ok(l.borrow().len()),
                Object::Dict(d) => return Ok(d.len()),
                Object::Set(s) | Object::FrozenSet(s) => return Ok(s.len()),
                Object::Bytes(b) => return Ok(b.len()),
                Object::ByteArray(b) => return Ok(b.borrow().len()),
                Object::Range(r) => return Ok(r.len as usize),
                // Bounds beyond i64 may still give a length that fits.
                Object::BigRange(r) => {
                    return match num_traits::ToPrimitive::to_isize(&r.len) {
                        Some(n) => Ok(n as usize),
                        None => Err(self.overflow_error("Python int too large to convert to C ssize_t")),
                    }
                }
                Object::DictView(d, _) => return Ok(d.as_dict().expect("dict").len()),
                _ if crate::protocols::instance::has_python_class(v) => return self.instance_len(v),
                _ => {}
            }
        }
        let name = self.type_name(v);
        Err(self.type_error(format!("object of type '{name}' has no len()")))
    }

    /// The int value of `v` if it is an int (or bool).
    pub fn as_bigint(&self, v: &Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::Obj(o) => match &**o {
                Object::BigInt(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// `operator.index(v)` as an i64 for use as a sequence index: TypeError for
    /// non-integers, IndexError "cannot fit 'int' into an index-sized integer" if it does
    /// not fit (CPython's `PyNumber_AsSsize_t(v, PyExc_IndexError)`).
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => {
                let name = self.type_name(v);
                Err(self.index_overflow(&name))
            }
            Value::Obj(o) if matches!(&**o, Object::Instance(_)) => {
                let r = self.index_value(v)?;
                self.to_index(&r)
            }
            _ => {
                let name = self.type_name(v);
                Err(self.type_error(format!("'{name}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// `operator.index(v)`: an int (`Value::Int`, or a big int object), through
    /// `__index__` for instances, with CPython's checks of what `__index__` returns.
    pub fn index_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) => return Ok(v.clone()),
            Value::Bool(b) => return Ok(Value::Int(*b as i64)),
            Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => return Ok(v.clone()),
            Value::Obj(o) if matches!(&**o, Object::Instance(_)) => {
                // An int subclass that keeps int's __index__: its int value.
                if let Object::Instance(i) = &**o {
                    if let Some(b @ (Value::Int(_) | Value::Bool(_))) = i.base() {
                        if self.user_slot(v, "__index__").is_none() {
                            return Ok(Value::Int(
                                self.as_bigint(b).and_then(|x| num_traits::ToPrimitive::to_i64(&x)).unwrap_or(0),
                            ));
                        }
                    }
                    if let Some(b @ Value::Obj(bo)) = i.base() {
                        if matches!(&**bo, Object::BigInt(_)) && self.user_slot(v, "__index__").is_none() {
                            return Ok(b.clone());
                        }
                    }
                }
                if let Some(m) = self.user_slot(v, "__index__") {
                    let r = self.call_slot(&m, v, &[])?;
                    return match r {
                        Value::Int(_) => Ok(r),
                        Value::Obj(ref o) if matches!(&**o, Object::BigInt(_)) => Ok(r),
                        Value::Bool(b) => {
                            self.warn_deprecation("__index__ returned non-int (type bool).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.");
                            Ok(Value::Int(b as i64))
                        }
                        _ => {
                            let tn = self.type_name(&r);
                            Err(self.type_error(format!("__index__ returned non-int (type {tn})")))
                        }
                    };
                }
            }
            _ => {}
        }
        let name = self.type_name(v);
        Err(self.type_error(format!("'{name}' object cannot be interpreted as an integer")))
    }

    /// A DeprecationWarning at the running line (shown under CPython's default filters).
    pub fn warn_deprecation(&mut self, message: &str) {
        self.warn("DeprecationWarning", message);
    }

    /// An argument converted as Argument Clinic's `Py_ssize_t` converter does:
    /// `__index__`, then OverflowError "Python int too large to convert to C ssize_t".
    pub fn to_ssize(&mut self, v: &Value) -> PyResult<i64> {
        let big = |v: &Value| matches!(v, Value::Obj(o) if matches!(&**o, Object::BigInt(_)));
        if big(v) {
            return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
        }
        if let Value::Obj(o) = v {
            if matches!(&**o, Object::Instance(_)) {
                if let Some(r) = self.call_dunder(v, "__index__", &[])? {
                    if big(&r) {
                        return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
                    }
                    if !matches!(r, Value::Int(_) | Value::Bool(_)) {
                        let tn = self.type_name(&r);
                        return Err(self.type_error(format!("__index__ returned non-int (type {tn})")));
                    }
                    return self.to_index(&r);
                }
            }
        }
        self.to_index(v)
    }

    /// An argument converted to a C `int` (`__index__`; OverflowError "Python int too
    /// large to convert to C int" outside 32 bits), as `list.sort(reverse=...)` does.
    pub fn to_c_int(&mut self, v: &Value) -> PyResult<i32> {
        let too_large = |vm: &mut Vm| vm.overflow_error("Python int too large to convert to C int");
        match self.to_ssize(v) {
            Ok(i) => i32::try_from(i).map_err(|_| too_large(self)),
            Err(e) if self.err_matches(&e, &self.exc.overflow_error.clone()) => Err(too_large(self)),
            Err(e) => Err(e),
        }
    }

    fn index_overflow(&mut self, name: &str) -> crate::error::PyErr {
        let t = self.exc.index_error.clone();
        self.new_error(&t, format!("cannot fit '{name}' into an index-sized integer"))
    }

    /// An int argument that must fit in i64 (OverflowError otherwise).
    pub fn to_i64(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Obj(o) => match &**o {
                Object::BigInt(b) => match b.to_i64() {
                    Some(i) => Ok(i),
                    None => Err(self.overflow_error("Python int too large to convert to C long")),
                },
                Object::Instance(_) => self.to_index(v),
                _ => {
                    let name = self.type_name(v);
                    Err(self.type_error(format!("'{name}' object cannot be interpreted as an integer")))
                }
            },
            _ => {
                let name = self.type_name(v);
                Err(self.type_error(format!("'{name}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// A float from an int or float (`__float__` for instances).
    pub fn to_f64(&mut self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::Obj(o) => match &**o {
                Object::BigInt(b) => crate::types::bigint_to_f64(self, b),
                Object::Instance(_) => match self.call_dunder(v, "__float__", &[])? {
                    Some(Value::Float(f)) => Ok(f),
                    _ => {
                        let name = self.type_name(v);
                        Err(self.type_error(format!("must be real number, not {name}")))
                    }
                },
                _ => {
                    let name = self.type_name(v);
                    Err(self.type_error(format!("must be real number, not {name}")))
                }
            },
            _ => {
                let name = self.type_name(v);
                Err(self.type_error(format!("must be real number, not {name}")))
            }
        }
    }

    /// The text of a str value.
    pub fn as_str_ref<'v>(&self, v: &'v Value) -> Option<&'v str> {
        match v {
            Value::Obj(o) => o.as_str().map(|s| s.as_str()),
            _ => None,
        }
    }
}
