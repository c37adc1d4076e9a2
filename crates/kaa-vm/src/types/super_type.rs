//! `super`: the constructor (including the zero-argument form, which reads the calling
//! frame's first argument and its `__class__` cell), attribute lookup along the MRO past
//! `__thisclass__`, and the repr.

use std::rc::Rc;

use kaa_bytecode::LocalKind;

use super::add_getset;
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::Args;
use crate::objects::super_obj::SuperObj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let t = vm.types.super_.clone();
    super::set_doc(
        vm,
        &t,
        "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)\nTypical use to call a cooperative superclass method:\nclass C(B):\n    def meth(self, arg):\n        super().meth(arg)\nThis works for class methods too:\nclass C(B):\n    @classmethod\n    def cmeth(cls, arg):\n        super().cmeth(arg)\n",
    );
    super::set_constructor(&t, super_new);
    add_getset(vm, &t, "__thisclass__", |_vm, v| Ok(field(v, |s| Value::Obj(s.thisclass.clone()))), None);
    add_getset(vm, &t, "__self__", |_vm, v| Ok(field(v, |s| s.obj.clone())), None);
    add_getset(
        vm,
        &t,
        "__self_class__",
        |_vm, v| Ok(field(v, |s| s.obj_type.clone().map_or(Value::None, Value::Obj))),
        None,
    );
}

fn field(v: &Value, get: impl Fn(&SuperObj) -> Value) -> Value {
    match v {
        Value::Obj(o) => match &**o {
            Object::Super(s) => get(s),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

fn super_new(vm: &mut Vm, _ty: &ObjRef, a: Args) -> PyResult<Value> {
    vm.no_kwargs("super", &a)?;
    let pos = vm.check_positional("super()", &a, 0, 2)?;
    let (thisclass, obj) = match pos.len() {
        0 => zero_arg_super(vm)?,
        _ => (pos[0].clone(), pos.get(1).cloned().unwrap_or(Value::None)),
    };
    let Value::Obj(thisclass) = thisclass else {
        let tn = vm.type_name(&thisclass);
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
    };
    if thisclass.as_type().is_none() {
        let tn = vm.type_name(&Value::Obj(thisclass.clone()));
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
    }
    let obj_type = if obj.is_none() && pos.len() == 1 { None } else { Some(check_obj(vm, &thisclass, &obj)?) };
    Ok(Value::from_obj(Object::Super(Box::new(SuperObj { thisclass, obj, obj_type }))))
}

/// The type whose MRO a bound super walks: `obj` itself if it is a subclass of
/// `thisclass`, else `type(obj)` if obj is an instance of it.
fn check_obj(vm: &mut Vm, thisclass: &ObjRef, obj: &Value) -> PyResult<ObjRef> {
    if let Value::Obj(o) = obj {
        if o.as_type().is_some() && vm.is_subclass_ref(o, thisclass) {
            return Ok(o.clone());
        }
    }
    let ty = vm.type_of(obj);
    if vm.is_subclass_ref(&ty, thisclass) {
        return Ok(ty);
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

/// `super()` in a method: the class from the `__class__` cell and the method's first
/// argument, read from the calling frame.
fn zero_arg_super(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let Some(frame) = vm.frames.last() else { return Err(vm.runtime_error("super(): no current frame")) };
    let code = frame.code();
    if code.argcount() == 0 && code.unit.flags & (kaa_bytecode::CodeFlags::VARARGS) == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let locals = frame.localsplus();
    let mut first = locals[0].clone();
    // A captured first argument lives in a cell.
    if code.localsplus_kinds[0] & LocalKind::CELL != 0 {
        let inner = match &first {
            Value::Obj(c) => match &**c {
                Object::Cell(c) => Some(c.borrow().clone()),
                _ => None,
            },
            _ => None,
        };
        if let Some(v) = inner {
            first = v;
        }
    }
    if first.is_null() {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    }
    let class_slot = (0..code.nlocalsplus).find(|&i| {
        code.localsplus_kinds[i] & LocalKind::FREE != 0
            && code.localsplus_names[i].as_str().is_some_and(|s| s.as_str() == "__class__")
    });
    let Some(slot) = class_slot else { return Err(vm.runtime_error("super(): __class__ cell not found")) };
    let class = match &locals[slot] {
        Value::Obj(c) => match &**c {
            Object::Cell(c) => c.borrow().clone(),
            _ => Value::Null,
        },
        _ => Value::Null,
    };
    match class {
        Value::Null => Err(vm.runtime_error("super(): empty __class__ cell")),
        Value::Obj(o) if o.as_type().is_some() => Ok((Value::Obj(o), first)),
        _ => Err(vm.runtime_error("super(): __class__ is not a type (NoneType)")),
    }
}

impl Vm {
    /// Attribute lookup on a super object: the classes after `__thisclass__` in the
    /// MRO of `__self_class__`, binding what is found to `__self__`; then the super
    /// object's own attributes.
    pub fn super_getattr(&mut self, sup: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
        let Object::Super(s) = &**sup else { return Ok(None) };
        let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
        if let (Some(start), true) = (&s.obj_type, n != "__class__") {
            let mro = start.as_type().expect("type").mro.borrow().clone();
            let after = mro.iter().position(|t| Rc::ptr_eq(t, &s.thisclass)).map_or(mro.len(), |i| i + 1);
            for ty in &mro[after..] {
                let found = ty.as_type().expect("type").dict.as_dict().expect("dict").get_str(n);
                if let Some(attr) = found {
                    // A super bound to a class binds like a class attribute lookup.
                    let obj_is_start = matches!(&s.obj, Value::Obj(o) if Rc::ptr_eq(o, start));
                    return if obj_is_start {
                        self.class_attribute_get(&attr, start).map(Some)
                    } else {
                        self.descr_get(&attr, &s.obj, start).map(Some)
                    };
                }
            }
        }
        self.generic_getattr(&Value::Obj(sup.clone()), n, None)
    }

    /// `repr(super(...))`.
    pub fn super_repr(&mut self, sup: &ObjRef) -> PyResult<String> {
        let Object::Super(s) = &**sup else { return Ok(String::new()) };
        let this = format!("<class '{}'>", s.thisclass.as_type().expect("type").name());
        Ok(match &s.obj_type {
            Some(t) => {
                let name = t.as_type().expect("type").name();
                format!("<super: {this}, <{name} object>>")
            }
            None => format!("<super: {this}, NULL>"),
        })
    }
}
