//! Instances of classes: the special methods the interpreter calls on them (`__repr__`,
//! `__str__`, `__bool__`, `__len__`, `__hash__`, `__getattr__`, `__format__`).

use crate::error::PyResult;
use crate::object::Object;
use crate::protocols::hash::{hash_pointer, id_of};
use crate::protocols::repr::addr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Whether `m` is the inherited builtin implementation (a method descriptor of a
/// builtin type), as opposed to a Python override.
fn is_builtin_slot(m: &Value) -> bool {
    matches!(m, Value::Obj(o) if matches!(&**o, Object::MethodDescriptor(_)))
}

impl Vm {
    /// The Python-defined special method `name` of `v`'s class, if it overrides the
    /// builtin one.
    fn user_slot(&self, v: &Value, name: &str) -> Option<Value> {
        let ty = self.type_of(v);
        let m = ty.as_type().expect("type").lookup(name)?;
        // A builtin method stored under another name (`__repr__ = str.upper`) or taken
        // from an unrelated type is called like a Python one (its binding checks the type).
        let native = match &m {
            Value::Obj(o) => match &**o {
                Object::MethodDescriptor(d) => d.name == name && self.is_subclass_ref(&ty, &d.owner),
                _ => false,
            },
            _ => false,
        };
        (!native).then_some(m)
    }

    fn call_slot(&mut self, m: &Value, v: &Value, args: &[Value]) -> PyResult<Value> {
        // A builtin method is called unbound, as CPython's slot functions do.
        if is_builtin_slot(m) {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(v.clone());
            all.extend_from_slice(args);
            return self.call(m, &all, &[]);
        }
        let ty = self.type_of(v);
        let bound = self.descr_get(m, v, &ty)?;
        self.call(&bound, args, &[])
    }

    pub fn instance_repr(&mut self, v: &Value) -> PyResult<String> {
        if let Some(m) = self.user_slot(v, "__repr__") {
            self.enter_native_for(" while getting the repr of an object")?;
            let r = self.call_slot(&m, v, &[]);
            self.leave_native();
            let r = r?;
            return match self.as_str_ref(&r) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let tn = self.type_name(&r);
                    Err(self.type_error(format!("__repr__ returned non-string (type {tn})")))
                }
            };
        }
        Ok(self.default_repr(v))
    }

    /// `object.__repr__`: `<module.Class object at 0x...>`.
    pub fn default_repr(&mut self, v: &Value) -> String {
        let ty = self.type_of(v);
        let t = ty.as_type().expect("type");
        let module = t
            .dict
            .as_dict()
            .expect("dict")
            .get_str("__module__")
            .and_then(|m| self.as_str_ref(&m).map(str::to_string))
            .unwrap_or_else(|| t.module.to_string());
        let qn = t.qualname.borrow().clone();
        if module == "builtins" {
            format!("<{qn} object at {}>", addr(v))
        } else {
            format!("<{module}.{qn} object at {}>", addr(v))
        }
    }

    pub fn instance_str(&mut self, v: &Value) -> PyResult<String> {
        if let Some(m) = self.user_slot(v, "__str__") {
            let r = self.call_slot(&m, v, &[])?;
            return match self.as_str_ref(&r) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let tn = self.type_name(&r);
                    Err(self.type_error(format!("__str__ returned non-string (type {tn})")))
                }
            };
        }
        self.repr_string(v)
    }

    pub fn instance_truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(m) = self.user_slot(v, "__bool__") {
            let r = self.call_slot(&m, v, &[])?;
            return match r {
                Value::Bool(b) => Ok(b),
                _ => {
                    let tn = self.type_name(&r);
                    Err(self.type_error(format!("__bool__ should return bool, returned {tn}")))
                }
            };
        }
        if self.user_slot(v, "__len__").is_some() {
            return Ok(self.instance_len(v)? != 0);
        }
        Ok(true)
    }

    pub fn instance_len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(m) = self.user_slot(v, "__len__") {
            let r = self.call_slot(&m, v, &[])?;
            // CPython converts the result with `__index__`, overflow being an OverflowError.
            if !self.has_index(&r) {
                let tn = self.type_name(&r);
                return Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
            }
            // The sign is checked before the size.
            let big_negative = matches!(self.as_bigint(&r), Some(b) if num_traits::Signed::is_negative(&b));
            let n = match self.to_index(&r) {
                Ok(n) => n,
                Err(_) if big_negative => -1,
                Err(e) if self.err_matches(&e, &self.exc.index_error.clone()) => {
                    return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
                }
                Err(e) => return Err(e),
            };
            if n < 0 {
                return Err(self.value_error("__len__() should return >= 0"));
            }
            return Ok(n as usize);
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("object of type '{tn}' has no len()")))
    }

    pub fn hash_instance(&mut self, v: &Value) -> PyResult<i64> {
        let ty = self.type_of(v);
        let t = ty.as_type().expect("type");
        match t.lookup("__hash__") {
            Some(Value::None) => Err(self.unhashable(v)),
            Some(m) if !is_builtin_slot(&m) => {
                let r = self.call_slot(&m, v, &[])?;
                match crate::protocols::arith::as_int(&r) {
                    Some(crate::protocols::arith::IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                    Some(crate::protocols::arith::IntRef::Big(b)) => Ok(crate::protocols::hash::hash_bigint(b)),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => {
                // A class that defines __eq__ without __hash__ is unhashable.
                if t.dict.as_dict().expect("dict").get_str("__eq__").is_some() && t.is_heap {
                    return Err(self.unhashable(v));
                }
                Ok(hash_pointer(id_of(v)))
            }
        }
    }

    /// `__getattr__` fallback after normal lookup failed.
    /// A class's own `__getattribute__`, if it has one: its result, or (when it raises
    /// AttributeError) the class's `__getattr__`, as CPython's slot does.
    pub fn instance_getattribute(&mut self, v: &Value, name: &ObjRef) -> Option<PyResult<Option<Value>>> {
        let ty = self.type_of(v);
        if ty.as_type().expect("type").attribute_hooks() & crate::objects::typeobj::hook::GETATTRIBUTE == 0 {
            return None;
        }
        let m = self.user_slot(v, "__getattribute__")?;
        Some(match self.call_slot(&m, v, &[Value::Obj(name.clone())]) {
            Ok(r) => Ok(Some(r)),
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => {
                if self.user_slot(v, "__getattr__").is_some() {
                    self.instance_getattr_hook(v, name)
                } else {
                    Err(e)
                }
            }
            Err(e) => Err(e),
        })
    }

    pub fn instance_getattr_hook(&mut self, v: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
        let ty = self.type_of(v);
        if ty.as_type().expect("type").attribute_hooks() & crate::objects::typeobj::hook::GETATTR == 0 {
            return Ok(None);
        }
        let Some(m) = self.user_slot(v, "__getattr__") else { return Ok(None) };
        match self.call_slot(&m, v, &[Value::Obj(name.clone())]) {
            Ok(r) => Ok(Some(r)),
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => Err(e),
            Err(e) => Err(e),
        }
    }

    /// `__format__` defined by a class; `None` to use the default.
    pub fn instance_format(&mut self, v: &Value, spec: &str) -> PyResult<Option<ObjRef>> {
        let Some(m) = self.user_slot(v, "__format__") else { return Ok(None) };
        let s = self.str_val(spec);
        let r = self.call_slot(&m, v, &[s])?;
        match r {
            Value::Obj(o) if o.as_str().is_some() => Ok(Some(o)),
            other => {
                let tn = self.type_name(&other);
                Err(self.type_error(format!("__format__ must return a str, not {tn}")))
            }
        }
    }
}
