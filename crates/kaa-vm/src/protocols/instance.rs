//! Instances of classes: the special methods the interpreter calls on them (`__repr__`,
//! `__str__`, `__bool__`, `__len__`, `__hash__`, `__getattr__`, `__format__`).

use std::rc::Rc;

use crate::error::PyResult;
use crate::object::Object;
use crate::protocols::hash::{hash_pointer, id_of};
use crate::protocols::repr::addr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Whether `v`'s class may define special methods in Python: instances of classes,
/// exceptions, and classes whose metaclass comes from a class statement.
pub fn has_python_class(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &**o {
            Object::Instance(_) | Object::Exception(_) | Object::Native(_) => true,
            Object::Type(t) => t.metaclass.is_some(),
            _ => false,
        },
        _ => false,
    }
}

impl Vm {
    /// Whether `m`, found on `v`'s type as the special method `name`, is a builtin
    /// type's own implementation of that method which applies to `v` (what the class
    /// inherits from `object`, or `__hash__ = object.__hash__`), so the interpreter
    /// may run its own code instead of calling it. A builtin method of an unrelated
    /// type (`__repr__ = str.upper`) is not: calling it raises CPython's TypeError.
    pub fn is_builtin_slot(&self, v: &Value, name: &str, m: &Value) -> bool {
        match m {
            Value::Obj(o) => match &**o {
                Object::MethodDescriptor(d) => {
                    // The special methods of the builtin type an instance extends
                    // (`len()` of a list subclass) are what its protocols run.
                    let extends = matches!(v, Value::Obj(vo) if matches!(&**vo, Object::Instance(i) if i.base().is_some()))
                        && !Rc::ptr_eq(&d.owner, &self.types.object);
                    // A native module's type has no behaviour in the interpreter: its
                    // methods are what must run.
                    let native = d.owner.as_type().is_some_and(|t| t.layout == crate::objects::typeobj::Layout::Native);
                    d.name == name && !extends && !native && self.is_instance_of(v, &d.owner)
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// The special method `name` of `v`'s class, if it is not the builtin one.
    pub fn user_slot(&self, v: &Value, name: &str) -> Option<Value> {
        let ty = self.type_of(v);
        let m = ty.as_type().expect("type").lookup(name)?;
        (!self.is_builtin_slot(v, name, &m)).then_some(m)
    }

    /// Calls the special method `m` found on `v`'s type, bound to `v` the way
    /// attribute lookup would bind it (a staticmethod gets no `v`, a classmethod the
    /// class, a property is called for the callable it returns).
    pub fn call_slot(&mut self, m: &Value, v: &Value, args: &[Value]) -> PyResult<Value> {
        if let Value::Obj(o) = m {
            // Plain functions and builtin methods are called unbound (so a builtin
            // method of another type complains as CPython's call does).
            let unbound = match &**o {
                Object::Function(_) => true,
                Object::MethodDescriptor(d) if d.kind == crate::objects::builtin_func::MethodKind::Instance => {
                    // A native type's slot run by the interpreter (`repr(p)`, `k1 < k2`)
                    // is a direct call of its code in CPython: no level of its own.
                    let native = d.owner.as_type().is_some_and(|t| t.layout == crate::objects::typeobj::Layout::Native);
                    if native && self.is_instance_of(v, &d.owner) {
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.push(v.clone());
                        all.extend_from_slice(args);
                        return (d.func)(self, crate::objects::builtin_func::Args { args: &all, kwnames: &[] });
                    }
                    true
                }
                Object::MethodDescriptor(_) => false,
                _ => false,
            };
            if unbound {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(v.clone());
                all.extend_from_slice(args);
                return self.call(m, &all, &[]);
            }
        }
        let ty = self.type_of(v);
        let bound = self.descr_get(m, v, &ty)?;
        self.call(&bound, args, &[])
    }

    /// The builtin value an instance of a builtin type's subclass extends (see
    /// `objects/instance.rs`): what the builtin behaviour the class does not override
    /// acts on.
    pub fn builtin_base(&self, v: &Value) -> Option<Value> {
        match v {
            Value::Obj(o) => match &**o {
                Object::Instance(i) => i.base().cloned(),
                _ => None,
            },
            _ => None,
        }
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
        if let Some(b) = self.builtin_base(v) {
            return self.repr_string(&b);
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
            self.enter_native_for(" while getting the str of an object")?;
            let r = self.call_slot(&m, v, &[]);
            self.leave_native();
            let r = r?;
            return match self.as_str_ref(&r) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let tn = self.type_name(&r);
                    Err(self.type_error(format!("__str__ returned non-string (type {tn})")))
                }
            };
        }
        if let Some(b) = self.builtin_base(v) {
            if self.user_slot(v, "__repr__").is_none() {
                return self.to_str_string(&b);
            }
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
        if let Some(b) = self.builtin_base(v) {
            return self.truthy(&b);
        }
        Ok(true)
    }

    pub fn instance_len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(m) = self.user_slot(v, "__len__") {
            let r = self.call_slot(&m, v, &[])?;
            let n = self.index_value(&r)?;
            let negative = match &n {
                Value::Int(i) => *i < 0,
                Value::Obj(o) => matches!(&**o, Object::BigInt(b) if num_traits::Signed::is_negative(b)),
                _ => false,
            };
            if negative {
                return Err(self.value_error("__len__() should return >= 0"));
            }
            return match n {
                Value::Int(i) => Ok(i as usize),
                _ => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
            };
        }
        if let Some(b) = self.builtin_base(v) {
            return self.len(&b);
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("object of type '{tn}' has no len()")))
    }

    pub fn hash_instance(&mut self, v: &Value) -> PyResult<i64> {
        let ty = self.type_of(v);
        let t = ty.as_type().expect("type");
        match t.lookup("__hash__") {
            // A class defining __eq__ without __hash__ got `__hash__ = None`.
            Some(Value::None) => Err(self.unhashable(v)),
            Some(m) if !self.is_builtin_slot(v, "__hash__", &m) => {
                let r = self.call_slot(&m, v, &[])?;
                match crate::protocols::arith::as_int(&r) {
                    Some(crate::protocols::arith::IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                    Some(crate::protocols::arith::IntRef::Big(b)) => Ok(crate::protocols::hash::hash_bigint(b)),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => match self.builtin_base(v) {
                Some(b) => self.hash(&b),
                None => Ok(hash_pointer(id_of(v))),
            },
        }
    }

    /// `__getattr__` fallback after normal lookup failed.
    /// A class's own `__getattribute__`, if it has one: its result, or (when it raises
    /// AttributeError) the class's `__getattr__`, as CPython's slot does.
    #[inline(always)]
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
