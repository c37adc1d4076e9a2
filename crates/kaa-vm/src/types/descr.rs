//! The descriptor types: `property`, `staticmethod`, `classmethod`, and the
//! `__get__`/`__set__`/`__delete__` methods every builtin descriptor type exposes
//! (CPython's slot wrappers of `tp_descr_get`/`tp_descr_set`).

use std::cell::RefCell;

use super::{add_getset, add_member, add_method, set_doc};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::Args;
use crate::objects::descr::{FuncWrapperObj, PropertyObj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The checks of a slot wrapper's argument tuple (`PyArg_UnpackTuple` with an empty
/// name, hence the leading space in CPython's message).
fn unpack<'a>(vm: &mut Vm, a: &Args<'a>, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let pos = &a.pos()[1..];
    let n = pos.len();
    if n < min || n > max {
        let (bound, word) = if n < min { (min, "at least") } else { (max, "at most") };
        let qual = if min == max { String::new() } else { format!("{word} ") };
        let s = if bound == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(" expected {qual}{bound} argument{s}, got {n}")));
    }
    Ok(pos)
}

/// `descr.__get__(obj, type=None)` for the builtin descriptor types.
pub fn descr_get_method(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("__get__", &a)?;
    let pos = unpack(vm, &a, 1, 2)?;
    let d = a.args[0].clone();
    let ty = match pos.get(1) {
        Some(Value::Obj(t)) if t.as_type().is_some() => Some(t.clone()),
        Some(Value::None) | None => None,
        Some(other) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("descriptor '__get__' requires a type, not '{tn}'")));
        }
    };
    let obj = &pos[0];
    match (obj, ty) {
        (Value::None, None) => Err(vm.type_error("__get__(None, None) is invalid")),
        (Value::None, Some(t)) => vm.class_attribute_get(&d, &t),
        (obj, t) => {
            let t = t.unwrap_or_else(|| vm.type_of(obj));
            vm.descr_get(&d, obj, &t)
        }
    }
}

/// `descr.__set__(obj, value)` for data descriptors.
fn descr_set_method(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("__set__", &a)?;
    let pos = unpack(vm, &a, 2, 2)?;
    let d = a.args[0].clone();
    vm.descr_set(&d, &pos[0], Some(pos[1].clone()))?;
    Ok(Value::None)
}

/// `descr.__delete__(obj)`.
fn descr_delete_method(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("__delete__", &a)?;
    let pos = unpack(vm, &a, 1, 1)?;
    let d = a.args[0].clone();
    vm.descr_set(&d, &pos[0], None)?;
    Ok(Value::None)
}

/// Adds `__get__` (and for data descriptors `__set__`/`__delete__`) to a builtin
/// descriptor type.
pub fn add_descr_methods(vm: &mut Vm, ty: &ObjRef, data: bool) {
    add_method(vm, ty, "__get__", descr_get_method);
    if data {
        add_method(vm, ty, "__set__", descr_set_method);
        add_method(vm, ty, "__delete__", descr_delete_method);
    }
}

fn property_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a PropertyObj> {
    match v {
        Value::Obj(o) => match &**o {
            Object::Property(p) => Ok(p),
            _ => Err(descriptor_mismatch(vm, "property", v)),
        },
        _ => Err(descriptor_mismatch(vm, "property", v)),
    }
}

/// The payload of a staticmethod or classmethod (the getters are shared by both).
fn wrapper_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a FuncWrapperObj> {
    match v {
        Value::Obj(o) => match &**o {
            Object::StaticMethod(w) | Object::ClassMethod(w) => Ok(w),
            _ => Err(descriptor_mismatch(vm, "staticmethod", v)),
        },
        _ => Err(descriptor_mismatch(vm, "staticmethod", v)),
    }
}

fn descriptor_mismatch(vm: &mut Vm, what: &str, v: &Value) -> crate::error::PyErr {
    let tn = vm.type_name(v);
    vm.type_error(format!("descriptor requires a '{what}' object but received a '{tn}'"))
}

/// Whether `f.__isabstractmethod__` is true (a missing attribute counts as false).
fn is_abstract(vm: &mut Vm, f: &Value) -> PyResult<bool> {
    if f.is_none() {
        return Ok(false);
    }
    let name = vm.intern("__isabstractmethod__");
    match vm.getattr_opt(f, &name)? {
        Some(v) => vm.truthy(&v),
        None => Ok(false),
    }
}

impl Vm {
    /// Builds a property; without a doc, the getter's `__doc__` becomes the doc.
    pub fn new_property(&mut self, fget: Value, fset: Value, fdel: Value, doc: Value) -> PyResult<PropertyObj> {
        let (doc, getter_doc) = if doc.is_none() && !fget.is_none() {
            let name = self.intern("__doc__");
            match self.getattr_opt(&fget, &name)? {
                Some(d) => (d, true),
                None => (Value::None, false),
            }
        } else {
            (doc, false)
        };
        Ok(PropertyObj { fget, fset, fdel, doc: RefCell::new(doc), name: RefCell::new(Value::None), getter_doc })
    }

    /// The AttributeError for a property lacking `what` ("getter", "setter" or
    /// "deleter"): named after `__set_name__`'s name and the object's type.
    pub fn property_missing(&mut self, p: &PropertyObj, obj: &Value, what: &str) -> crate::error::PyErr {
        let ty = self.type_of(obj);
        let qualname = ty.as_type().expect("type").qualname.borrow().clone();
        let name = p.name.borrow().clone();
        let msg = if name.is_none() {
            format!("property of '{qualname}' object has no {what}")
        } else {
            match self.repr_string(&name) {
                Ok(r) => format!("property {r} of '{qualname}' object has no {what}"),
                Err(e) => return e,
            }
        };
        self.attribute_error(msg)
    }

    /// `d.__set__(obj, value)` / `d.__delete__(obj)` for the builtin data descriptors.
    pub fn descr_set(&mut self, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
        let Value::Obj(o) = d else { return Ok(()) };
        match &**o {
            Object::Property(p) => {
                let f = if value.is_some() { p.fset.clone() } else { p.fdel.clone() };
                if f.is_none() {
                    let what = if value.is_some() { "setter" } else { "deleter" };
                    return Err(self.property_missing(p, obj, what));
                }
                let mut args = vec![obj.clone()];
                args.extend(value);
                self.call(&f, &args, &[])?;
                Ok(())
            }
            Object::GetSetDescriptor(g) => {
                let owner = g.owner.clone();
                if !self.is_instance_of(obj, &owner) {
                    let tn = self.type_name(obj);
                    let on = owner.as_type().expect("type").tp_name();
                    return Err(self.type_error(format!(
                        "descriptor '{}' for '{on}' objects doesn't apply to a '{tn}' object",
                        g.name
                    )));
                }
                match g.set {
                    Some(set) => set(self, obj, value),
                    None if g.member => Err(self.attribute_error("readonly attribute")),
                    None => {
                        let on = owner.as_type().expect("type").tp_name();
                        Err(self.attribute_error(format!("attribute '{}' of '{on}' objects is not writable", g.name)))
                    }
                }
            }
            Object::SlotMember(m) => self.slot_set(m, obj, value),
            _ => Ok(()),
        }
    }
}

pub fn init(vm: &mut Vm) {
    let sm = vm.types.staticmethod.clone();
    set_doc(vm, &sm, "staticmethod(function) -> method\n\nConvert a function to be a static method.\n\nA static method does not receive an implicit first argument.\nTo declare a static method, use this idiom:\n\n     class C:\n         @staticmethod\n         def f(arg1, arg2, argN):\n             ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()). Both the class and the instance are ignored, and\nneither is passed implicitly as the first argument to the method.\n\nStatic methods in Python are similar to those found in Java or C++.\nFor a more advanced concept, see the classmethod builtin.");
    super::set_constructor(&sm, |vm, _ty, a| {
        vm.no_kwargs("staticmethod", &a)?;
        let pos = vm.check_positional("staticmethod", &a, 1, 1)?;
        let w = wrap_callable(vm, &pos[0])?;
        Ok(Value::from_obj(Object::StaticMethod(Box::new(w))))
    });
    let cm = vm.types.classmethod.clone();
    set_doc(vm, &cm, "classmethod(function) -> method\n\nConvert a function to be a class method.\n\nA class method receives the class as implicit first argument,\njust like an instance method receives the instance.\nTo declare a class method, use this idiom:\n\n  class C:\n      @classmethod\n      def f(cls, arg1, arg2, argN):\n          ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  The instance is ignored except for its class.\nIf a class method is called for a derived class, the derived class\nobject is passed as the implied first argument.\n\nClass methods are different than C++ or Java static methods.\nIf you want those, see the staticmethod builtin.");
    super::set_constructor(&cm, |vm, _ty, a| {
        vm.no_kwargs("classmethod", &a)?;
        let pos = vm.check_positional("classmethod", &a, 1, 1)?;
        let w = wrap_callable(vm, &pos[0])?;
        Ok(Value::from_obj(Object::ClassMethod(Box::new(w))))
    });
    for ty in [sm, cm] {
        add_member(vm, &ty, "__func__", |vm, v| Ok(wrapper_of(vm, v)?.callable()), None);
        add_member(vm, &ty, "__wrapped__", |vm, v| Ok(wrapper_of(vm, v)?.callable()), None);
        add_getset(
            vm,
            &ty,
            "__isabstractmethod__",
            |vm, v| {
                let f = wrapper_of(vm, v)?.callable();
                Ok(Value::Bool(is_abstract(vm, &f)?))
            },
            None,
        );
        add_getset(vm, &ty, "__dict__", super::object::instance_dict_get, Some(super::object::instance_dict_set));
        add_descr_methods(vm, &ty, false);
    }
    // A staticmethod is callable (3.10+): it calls what it wraps.
    add_method(vm, &vm.types.staticmethod.clone(), "__call__", |vm, a| {
        let f = wrapper_of(vm, &a.args[0])?.callable();
        vm.call(&f, &a.args[1..], a.kwnames)
    });

    let p = vm.types.property.clone();
    set_doc(vm, &p, "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\nclass C(object):\n    def getx(self): return self._x\n    def setx(self, value): self._x = value\n    def delx(self): del self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators make defining new properties or modifying existing ones easy:\n\nclass C(object):\n    @property\n    def x(self):\n        \"I am the 'x' property.\"\n        return self._x\n    @x.setter\n    def x(self, value):\n        self._x = value\n    @x.deleter\n    def x(self):\n        del self._x");
    super::set_constructor(&p, |vm, _ty, a| {
        let slots = vm.parse_args("property", &a, &["fget", "fset", "fdel", "doc"], 0)?;
        let get = |i: usize| slots[i].clone().unwrap_or(Value::None);
        let prop = vm.new_property(get(0), get(1), get(2), get(3))?;
        Ok(Value::from_obj(Object::Property(Box::new(prop))))
    });
    add_member(vm, &p, "fget", |vm, v| Ok(property_of(vm, v)?.fget.clone()), None);
    add_member(vm, &p, "fset", |vm, v| Ok(property_of(vm, v)?.fset.clone()), None);
    add_member(vm, &p, "fdel", |vm, v| Ok(property_of(vm, v)?.fdel.clone()), None);
    add_member(
        vm,
        &p,
        "__doc__",
        |vm, v| Ok(property_of(vm, v)?.doc.borrow().clone()),
        Some(|vm, v, value| {
            *property_of(vm, v)?.doc.borrow_mut() = value.unwrap_or(Value::None);
            Ok(())
        }),
    );
    add_getset(
        vm,
        &p,
        "__isabstractmethod__",
        |vm, v| {
            let p = property_of(vm, v)?;
            let parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
            for f in &parts {
                if is_abstract(vm, f)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        },
        None,
    );
    add_method(vm, &p, "__set_name__", |vm, a| {
        vm.no_kwargs("__set_name__", &a)?;
        let n = a.args.len() - 1;
        if n != 2 {
            return Err(vm.type_error(format!("__set_name__() takes 2 positional arguments but {n} were given")));
        }
        *property_of(vm, &a.args[0])?.name.borrow_mut() = a.args[2].clone();
        Ok(Value::None)
    });
    macro_rules! prop_with {
        ($name:literal, $i:expr) => {
            add_method(vm, &p, $name, |vm, a| {
                let f = vm.one_arg(concat!("property.", $name), &a.shift())?.clone();
                let old = property_of(vm, &a.args[0])?;
                let mut parts = [old.fget.clone(), old.fset.clone(), old.fdel.clone()];
                // None keeps the old function, as CPython's property_copy does.
                if !f.is_none() {
                    parts[$i] = f;
                }
                let doc = if old.getter_doc && !parts[0].is_none() { Value::None } else { old.doc.borrow().clone() };
                let name = old.name.borrow().clone();
                let [fget, fset, fdel] = parts;
                let new = vm.new_property(fget, fset, fdel, doc)?;
                *new.name.borrow_mut() = name;
                Ok(Value::from_obj(Object::Property(Box::new(new))))
            });
        };
    }
    prop_with!("getter", 0);
    prop_with!("setter", 1);
    prop_with!("deleter", 2);
    add_descr_methods(vm, &p, true);
}

/// staticmethod/classmethod construction: the callable plus the attributes
/// `functools.wraps` would copy from it.
fn wrap_callable(vm: &mut Vm, f: &Value) -> PyResult<FuncWrapperObj> {
    let w = FuncWrapperObj::new(f.clone());
    let dict = vm.new_dict();
    for attr in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
        let n = vm.intern(attr);
        if let Some(v) = vm.getattr_opt(f, &n)? {
            dict.as_dict().expect("dict").set_str(vm, attr, v);
        }
    }
    *w.dict.borrow_mut() = Some(dict);
    Ok(w)
}
