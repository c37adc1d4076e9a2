//! `object`: the base of every class, and the generic behaviour its methods provide
//! (`__repr__`, `__eq__`, `__getattribute__`, `__dir__`, ...). Also `dir()`.

use std::cell::RefCell;
use std::rc::Rc;

use super::{add_getset, add_method, add_method_kind, set_doc};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::{Args, MethodKind, NativeFn};
use crate::objects::instance::InstanceObj;
use crate::objects::typeobj::Layout;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use kaa_bytecode::CompareOp;

pub fn init(vm: &mut Vm) {
    let t = vm.types.object.clone();
    set_doc(vm, &t, "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n");
    add_getset(vm, &t, "__class__", |vm, v| Ok(Value::Obj(vm.type_of(v))), Some(set_class));
    add_method(vm, &t, "__repr__", |vm, a| {
        let this = &a.args[0];
        let r = vm.default_repr_any(this);
        Ok(vm.str_val(&r))
    });
    add_method(vm, &t, "__str__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    add_method(vm, &t, "__eq__", |vm, a| {
        let (x, y) = two(vm, "__eq__", &a)?;
        Ok(if x.is(&y) { Value::Bool(true) } else { Value::Obj(vm.not_implemented.clone()) })
    });
    add_method(vm, &t, "__ne__", |vm, a| {
        let (x, y) = two(vm, "__ne__", &a)?;
        vm.object_ne(&x, &y)
    });
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        add_method(vm, &t, name, |vm, _a| Ok(Value::Obj(vm.not_implemented.clone())));
    }
    add_method(vm, &t, "__hash__", |vm, a| {
        let v = a.args[0].clone();
        // Instances hash by identity here: this is what `super().__hash__()` in a
        // class's own __hash__ reaches, so it must not dispatch to that again. (Builtin
        // types without a __hash__ entry of their own inherit this one: their hash.)
        if matches!(&v, Value::Obj(o) if matches!(&**o, Object::Instance(_) | Object::Exception(_) | Object::Native(_)))
        {
            return Ok(Value::Int(crate::protocols::hash::hash_pointer(crate::protocols::hash::id_of(&v))));
        }
        Ok(Value::Int(vm.hash(&v)?))
    });
    add_method(vm, &t, "__getattribute__", |vm, a| {
        let (obj, name) = two(vm, "__getattribute__", &a)?;
        let n = attr_name(vm, &name)?;
        vm.object_getattribute(&obj, &n)
    });
    add_method(vm, &t, "__setattr__", |vm, a| {
        let pos = vm.check_positional("__setattr__", &a, 3, 3)?;
        let n = attr_name(vm, &pos[1])?;
        vm.generic_setattr(&pos[0], &n, Some(pos[2].clone()))?;
        Ok(Value::None)
    });
    add_method(vm, &t, "__delattr__", |vm, a| {
        let (obj, name) = two(vm, "__delattr__", &a)?;
        let n = attr_name(vm, &name)?;
        vm.generic_setattr(&obj, &n, None)?;
        Ok(Value::None)
    });
    add_method(vm, &t, "__init__", |vm, a| {
        let this = a.args[0].clone();
        vm.object_init(&this, a.shift())?;
        Ok(Value::None)
    });
    // object.__init_subclass__: the end of the cooperative chain; takes no keywords.
    add_method_kind(
        vm,
        &t,
        "__init_subclass__",
        |vm, a| {
            if a.has_kwargs() || a.args.len() > 1 {
                let name = match a.args.first() {
                    Some(Value::Obj(o)) if o.as_type().is_some() => o.as_type().expect("type").name().to_string(),
                    _ => "object".to_string(),
                };
                return Err(vm.type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
            }
            Ok(Value::None)
        },
        MethodKind::Class,
    );
    add_method(vm, &t, "__dir__", |vm, a| {
        let names = vm.dir(&a.args[0].clone())?;
        let items = names.into_iter().map(|n| vm.str_val(&n)).collect();
        Ok(Value::Obj(vm.new_list(items)))
    });
    add_method(vm, &t, "__format__", |vm, a| {
        let (obj, spec) = two(vm, "__format__", &a)?;
        let spec = vm.arg_str("__format__", "", &spec)?.to_string();
        if !spec.is_empty() {
            let tn = vm.type_name(&obj);
            return Err(vm.type_error(format!("unsupported format string passed to {tn}.__format__")));
        }
        Ok(Value::Obj(vm.to_str(&obj)?))
    });
    add_method(vm, &t, "__reduce__", reduce);
    add_method(vm, &t, "__reduce_ex__", reduce_ex);
    add_method(vm, &t, "__getstate__", |vm, a| object_getstate(vm, &a.args[0]));
    add_method(vm, &t, "__sizeof__", |_vm, _a| Ok(Value::Int(16)));
    add_method_kind(vm, &t, "__subclasshook__", |vm, _a| Ok(Value::Obj(vm.not_implemented.clone())), MethodKind::Class);
    super::set_constructor(&t, |vm, ty, args| object_new_instance(vm, ty, args));
}

/// `object.__getstate__()`: the instance dict (None when empty), paired with a dict of
/// the set `__slots__` values when the class has slots, as CPython's
/// `_PyObject_GetState` (slot names found as `copyreg._slotnames` finds them).
fn object_getstate(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let state = match vm.instance_dict(obj) {
        Some(d) if !d.as_dict().expect("dict").is_empty() => Value::Obj(d),
        _ => Value::None,
    };
    let ty = vm.type_of(obj);
    let mro: Vec<ObjRef> = ty.as_type().expect("type").mro.borrow().clone();
    let mut names: Vec<String> = Vec::new();
    for class in &mro {
        let c = class.as_type().expect("type");
        let Some(slots) = c.dict.as_dict().expect("dict").get_str("__slots__") else { continue };
        let listed = match vm.as_str_ref(&slots) {
            Some(one) => vec![one.to_string()],
            None => vm.iterate(&slots)?.iter().filter_map(|n| vm.as_str_ref(n).map(str::to_string)).collect(),
        };
        for name in listed {
            if name == "__dict__" || name == "__weakref__" {
                continue;
            }
            if name.starts_with("__") && !name.ends_with("__") {
                let class_name = c.name().trim_start_matches('_').to_string();
                names.push(format!("_{class_name}{name}"));
            } else {
                names.push(name);
            }
        }
    }
    if names.is_empty() {
        return Ok(state);
    }
    let slot_values = vm.new_dict();
    for name in names {
        let n = vm.intern(&name);
        // An unset slot raises AttributeError: it is left out.
        let value = match vm.getattr(obj, &n) {
            Ok(v) => v,
            Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => continue,
            Err(e) => return Err(e),
        };
        slot_values.as_dict().expect("dict").set_item(vm, Value::Obj(n), value)?;
    }
    if slot_values.as_dict().expect("dict").is_empty() {
        return Ok(state);
    }
    Ok(vm.tuple_val(vec![state, Value::Obj(slot_values)]))
}

/// An attribute name argument (`getattr`, `__setattr__`, ...): a str object.
pub fn attr_name(vm: &mut Vm, name: &Value) -> PyResult<ObjRef> {
    match name {
        Value::Obj(n) if n.as_str().is_some() => Ok(n.clone()),
        _ => {
            let tn = vm.type_name(name);
            Err(vm.type_error(format!("attribute name must be string, not '{tn}'")))
        }
    }
}

/// The comparison methods (`list.__eq__`, ...) of the builtin types whose comparisons
/// Kaa makes natively: each compares as the operator does for this pair of builtin
/// values, or returns NotImplemented.
pub fn add_rich_compare(vm: &mut Vm) {
    let t = &vm.types;
    let types = [
        &t.complex,
        &t.bytes,
        &t.bytearray,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
        &t.dict_keys,
        &t.dict_items,
        &t.method,
        &t.builtin_function,
        &t.method_wrapper,
        &t.code,
        &t.cell,
    ]
    .map(|t| t.clone());
    macro_rules! op {
        ($name:literal, $op:ident) => {
            ($name, (|vm: &mut Vm, a: Args| native_compare(vm, a, $name, CompareOp::$op)) as NativeFn)
        };
    }
    let ops = [
        op!("__eq__", Eq),
        op!("__ne__", Ne),
        op!("__lt__", Lt),
        op!("__le__", Le),
        op!("__gt__", Gt),
        op!("__ge__", Ge),
    ];
    for ty in &types {
        for (name, f) in ops {
            add_method(vm, ty, name, f);
        }
    }
}

fn native_compare(vm: &mut Vm, a: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let (x, y) = two(vm, name, &a)?;
    // bytes compares with bytes only (bytearray with any bytes-like object).
    let is_bytes = |v: &Value| matches!(v, Value::Obj(o) if matches!(&**o, Object::Bytes(_)));
    if is_bytes(&x) && !is_bytes(&y) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    Ok(match vm.builtin_compare(&x, &y, op)? {
        Some(r) => Value::Bool(r),
        None => Value::Obj(vm.not_implemented.clone()),
    })
}

fn two(vm: &mut Vm, name: &str, a: &Args) -> PyResult<(Value, Value)> {
    let pos = vm.check_positional(name, a, 2, 2)?;
    Ok((pos[0].clone(), pos[1].clone()))
}

fn reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let tn = vm.type_name(&a.args[0]);
    Err(vm.type_error(format!("cannot pickle '{tn}' object")))
}

/// `object.__reduce_ex__(protocol)`: a class's (or native type's) own `__reduce__`
/// when it has one; the default reduction of plain objects is not implemented yet.
fn reduce_ex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.args[0].clone();
    let ty = vm.type_of(&this);
    if let Some(m) = ty.as_type().and_then(|t| t.lookup("__reduce__")) {
        let object_reduce = matches!(&m, Value::Obj(o) if matches!(&**o, Object::MethodDescriptor(d) if Rc::ptr_eq(&d.owner, &vm.types.object)));
        if !object_reduce {
            return vm.call_slot(&m, &this, &[]);
        }
    }
    reduce(vm, a)
}

fn set_class(vm: &mut Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(Value::Obj(new)) = value else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    if new.as_type().is_none() {
        let tn = vm.type_name(&Value::Obj(new.clone()));
        return Err(vm.type_error(format!("__class__ must be set to a class, not '{tn}' object")));
    }
    // Instances keep their storage: the new class must have the same slots and the
    // same dict (or lack of one).
    let old_ty = vm.type_of(obj);
    let (ot, nt) = (old_ty.as_type().expect("type"), new.as_type().expect("type"));
    let same_layout = ot.slot_names == nt.slot_names && ot.instance_dict == nt.instance_dict;
    if !same_layout && ot.layout == nt.layout && matches!(ot.layout, Layout::Instance | Layout::Exception) {
        let (nn, on) = (nt.name(), ot.name());
        return Err(vm.type_error(format!("__class__ assignment: '{nn}' object layout differs from '{on}'")));
    }
    match obj {
        Value::Obj(o) => match &**o {
            Object::Instance(i) if nt.layout == Layout::Instance => {
                *i.class.borrow_mut() = new.clone();
                Ok(())
            }
            Object::Exception(e) if nt.layout == Layout::Exception => {
                *e.class.borrow_mut() = new.clone();
                Ok(())
            }
            _ => Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses")),
        },
        _ => Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses")),
    }
}

pub fn new_instance_of(cls: &ObjRef) -> Value {
    let nslots = cls.as_type().expect("type").slot_names.len();
    Value::from_obj(Object::Instance(InstanceObj {
        class: RefCell::new(cls.clone()),
        dict: RefCell::new(None),
        slots: crate::objects::instance::SlotValues::new(nslots),
    }))
}

/// Calling a class whose instances are plain objects (or an exception class with its
/// own `__new__`): `__new__`, then `__init__`.
pub fn object_new_instance(vm: &mut Vm, ty: &ObjRef, args: Args) -> PyResult<Value> {
    let t = ty.as_type().expect("type");
    let custom_init = vm.overrides_init(ty);
    let inst = if vm.overrides_new(ty) {
        let new = t.lookup("__new__").expect("__new__");
        let new = vm.class_attribute_get(&new, ty)?;
        let mut all = vec![Value::Obj(ty.clone())];
        all.extend_from_slice(args.args);
        let inst = vm.call(&new, &all, args.kwnames)?;
        // An object of another class is returned as it is, without __init__.
        if !vm.is_instance_of(&inst, ty) {
            return Ok(inst);
        }
        inst
    } else {
        let builtin = vm.new_impl(ty);
        if Rc::ptr_eq(&builtin, &vm.types.object) {
            vm.object_new(ty, args)?
        } else {
            // A subclass of a builtin type: that type's __new__ makes the value.
            let new = builtin.as_type().expect("type").dict.as_dict().expect("dict").get_str("__new__");
            let Some(new) = new else {
                let name = t.tp_name();
                return Err(vm.type_error(format!("cannot create '{name}' instances")));
            };
            let mut all = vec![Value::Obj(ty.clone())];
            all.extend_from_slice(args.args);
            vm.call(&new, &all, args.kwnames)?
        }
    };
    if !custom_init {
        // A mutable builtin base fills the value in its own __init__ (list, dict, set).
        let init = t.lookup("__init__");
        let builtin_init = init.as_ref().filter(|i| matches!(i, Value::Obj(o) if matches!(&**o, Object::MethodDescriptor(m) if !Rc::ptr_eq(&m.owner, &vm.types.object))));
        if let Some(init) = builtin_init.cloned() {
            let mut all = vec![inst.clone()];
            all.extend_from_slice(args.args);
            vm.call(&init, &all, args.kwnames)?;
            return Ok(inst);
        }
    }
    if custom_init {
        let init = t.lookup("__init__").expect("__init__");
        let mut all = vec![inst.clone()];
        all.extend_from_slice(args.args);
        let r = vm.call(&init, &all, args.kwnames)?;
        if !r.is_none() {
            let tn = vm.type_name(&r);
            return Err(vm.type_error(format!("__init__() should return None, not '{tn}'")));
        }
    } else {
        vm.object_init(&inst, args)?;
    }
    Ok(inst)
}

impl Vm {
    /// `object.__repr__` for any value.
    pub fn default_repr_any(&mut self, v: &Value) -> String {
        self.default_repr(v)
    }

    /// `dir(obj)`: the sorted names of its attributes (instance dict and class MRO; for
    /// modules their namespace; for classes their MRO).
    pub fn dir(&mut self, obj: &Value) -> PyResult<Vec<String>> {
        let mut names: Vec<String> = Vec::new();
        let add_dict = |vm: &Vm, d: &ObjRef, names: &mut Vec<String>| {
            for k in d.as_dict().expect("dict").keys() {
                if let Some(s) = vm.as_str_ref(&k) {
                    names.push(s.to_string());
                }
            }
        };
        match obj {
            Value::Obj(o) if matches!(&**o, Object::Module(_)) => {
                if let Object::Module(m) = &**o {
                    add_dict(self, &m.dict, &mut names);
                }
            }
            Value::Obj(o) if matches!(&**o, Object::Type(_)) => {
                let t = o.as_type().expect("type");
                for base in t.mro.borrow().iter() {
                    add_dict(self, &base.as_type().expect("type").dict, &mut names);
                }
            }
            _ => {
                if let Some(d) = self.instance_dict(obj) {
                    add_dict(self, &d, &mut names);
                }
                let ty = self.type_of(obj);
                for base in ty.as_type().expect("type").mro.borrow().iter() {
                    add_dict(self, &base.as_type().expect("type").dict, &mut names);
                }
            }
        }
        names.sort();
        names.dedup();
        Ok(names)
    }
}

/// `obj.__dict__` of an instance of a class: the attribute dict, created on demand.
pub fn instance_dict_get(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    match vm.instance_dict_create(obj) {
        Some(d) => Ok(Value::Obj(d)),
        None => Err(vm.no_attribute(obj, "__dict__")),
    }
}

/// `obj.__dict__ = d` (must be a dict) and `del obj.__dict__` (a fresh dict appears on
/// the next use).
pub fn instance_dict_set(vm: &mut Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Value::Obj(o) = obj else { return Err(vm.no_attribute(obj, "__dict__")) };
    let slot = match &**o {
        Object::Instance(i) => &i.dict,
        Object::Exception(e) => &e.dict,
        Object::StaticMethod(w) | Object::ClassMethod(w) => &w.dict,
        // A native type's dict attribute is CPython's generic one, which refuses `del`.
        Object::Native(_) if value.is_none() => return Err(vm.type_error("cannot delete __dict__")),
        Object::Native(n) => &n.dict,
        _ => return Err(vm.no_attribute(obj, "__dict__")),
    };
    match value {
        None => *slot.borrow_mut() = None,
        Some(Value::Obj(d)) if d.as_dict().is_some() => *slot.borrow_mut() = Some(d),
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{tn}'")));
        }
    }
    Ok(())
}
