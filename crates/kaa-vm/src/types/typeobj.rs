//! `type`: attributes of type objects, calling a type, creating classes (`type(name,
//! bases, dict)` and the `class` statement's `__build_class__`), and the C3 MRO.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{add_getset, add_method, set_doc};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::{Args, MethodKind};
use crate::objects::descr::FuncWrapperObj;
use crate::objects::typeobj::{Layout, TypeObj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn as_type<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a TypeObj> {
    match v {
        Value::Obj(o) if o.as_type().is_some() => Ok(o.as_type().expect("type")),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'type' object but received a '{tn}'")))
        }
    }
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    set_doc(vm, &t, "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type");
    add_getset(
        vm,
        &t,
        "__name__",
        |vm, v| {
            let n = as_type(vm, v)?.name();
            Ok(vm.str_val(&n))
        },
        Some(|vm, v, value| {
            let t = as_type(vm, v)?;
            let v = special_attr_value(vm, t, "__name__", value)?;
            let Some(s) = vm.as_str_ref(&v).map(Rc::<str>::from) else {
                let tn = vm.type_name(&v);
                return Err(vm.type_error(format!("can only assign string to {}.__name__, not '{tn}'", t.name())));
            };
            if s.contains('\0') {
                return Err(vm.value_error("type name must not contain null characters"));
            }
            *t.name.borrow_mut() = s;
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "__qualname__",
        |vm, v| {
            let n = as_type(vm, v)?.qualname.borrow().clone();
            Ok(vm.str_val(&n))
        },
        Some(|vm, v, value| {
            let t = as_type(vm, v)?;
            let v = special_attr_value(vm, t, "__qualname__", value)?;
            let Some(s) = vm.as_str_ref(&v).map(Rc::<str>::from) else {
                let tn = vm.type_name(&v);
                return Err(vm.type_error(format!("can only assign string to {}.__qualname__, not '{tn}'", t.name())));
            };
            *t.qualname.borrow_mut() = s;
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "__module__",
        |vm, v| {
            let t = as_type(vm, v)?;
            if t.is_heap {
                if let Some(m) = t.dict.as_dict().expect("dict").get_str("__module__") {
                    return Ok(m);
                }
            }
            let m = t.module;
            Ok(vm.str_val(m))
        },
        Some(|vm, v, value| {
            let t = as_type(vm, v)?;
            let v = special_attr_value(vm, t, "__module__", value)?;
            set_class_dict_item(vm, t, "__module__", v);
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "__bases__",
        |vm, v| {
            let bases = as_type(vm, v)?.bases.borrow().iter().map(|b| Value::Obj(b.clone())).collect();
            Ok(vm.tuple_val(bases))
        },
        Some(set_bases),
    );
    super::add_member(
        vm,
        &t,
        "__base__",
        |vm, v| {
            Ok(match as_type(vm, v)?.bases.borrow().first() {
                Some(b) => Value::Obj(b.clone()),
                None => Value::None,
            })
        },
        None,
    );
    super::add_member(
        vm,
        &t,
        "__mro__",
        |vm, v| {
            let mro = as_type(vm, v)?.mro.borrow().iter().map(|b| Value::Obj(b.clone())).collect();
            Ok(vm.tuple_val(mro))
        },
        None,
    );
    add_getset(
        vm,
        &t,
        "__dict__",
        |vm, v| {
            // A read-only view (types.mappingproxy): class attributes change only through
            // setattr, which keeps the type caches coherent.
            let dict = Value::Obj(as_type(vm, v)?.dict.clone());
            let types = vm.import_module_level("types", true, 0)?;
            let proxy = vm.getattr_str(&types, "mappingproxy")?;
            vm.call(&proxy, &[dict], &[])
        },
        None,
    );
    add_getset(
        vm,
        &t,
        "__doc__",
        |vm, v| {
            let t = as_type(vm, v)?;
            if !t.is_heap {
                if let Some(doc) = t.doc.get() {
                    return Ok(vm.str_val(doc));
                }
            }
            let doc = t.dict.as_dict().expect("dict").get_str("__doc__").unwrap_or(Value::None);
            // A descriptor in the dict documents the instances; the class sees its
            // `__get__(None, cls)`, as CPython's type_get_doc does.
            let Value::Obj(o) = v else { return Ok(doc) };
            let o = o.clone();
            vm.class_attribute_get(&doc, &o)
        },
        Some(|vm, v, value| {
            let t = as_type(vm, v)?;
            let v = special_attr_value(vm, t, "__doc__", value)?;
            set_class_dict_item(vm, t, "__doc__", v);
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "__annotations__",
        |vm, v| {
            let t = as_type(vm, v)?;
            if !t.is_heap {
                let name = t.name().to_string();
                return Err(vm.attribute_error(format!("type object '{name}' has no attribute '__annotations__'")));
            }
            // A class without annotations of its own gets an empty dict (stored, so it
            // is the same one next time), not its base's (CPython 3.10+).
            let d = t.dict.as_dict().expect("dict");
            if let Some(a) = d.get_str("__annotations__") {
                return Ok(a);
            }
            let fresh = Value::Obj(vm.new_dict());
            let t = as_type(vm, v)?;
            t.dict.as_dict().expect("dict").set_str(vm, "__annotations__", fresh.clone());
            Ok(fresh)
        },
        Some(|vm, v, value| {
            let t = as_type(vm, v)?;
            if !t.is_heap {
                let name = t.name().to_string();
                return Err(vm.type_error(format!("cannot set '__annotations__' attribute of immutable type '{name}'")));
            }
            match value {
                Some(value) => set_class_dict_item(vm, t, "__annotations__", value),
                None => {
                    if t.dict.as_dict().expect("dict").del_str("__annotations__").is_none() {
                        return Err(vm.attribute_error("__annotations__"));
                    }
                    t.version.set(t.version.get() + 1);
                    crate::objects::typeobj::bump_type_epoch();
                }
            }
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "__text_signature__",
        |vm, v| {
            let t = as_type(vm, v)?;
            if t.is_heap {
                return Ok(Value::None);
            }
            Ok(builtin_type_signature(&t.name()).map(|s| vm.str_val(s)).unwrap_or(Value::None))
        },
        None,
    );
    add_method(vm, &t, "mro", |vm, a| {
        let mro = as_type(vm, &a.args[0])?.mro.borrow().iter().map(|b| Value::Obj(b.clone())).collect();
        Ok(Value::Obj(vm.new_list(mro)))
    });
    add_method(vm, &t, "__subclasses__", |vm, a| {
        let t = as_type(vm, &a.args[0])?;
        let live: Vec<Value> = t.subclasses.borrow().iter().filter_map(|w| w.upgrade()).map(Value::Obj).collect();
        Ok(Value::Obj(vm.new_list(live)))
    });
    add_method(vm, &t, "__instancecheck__", |vm, a| {
        let pos = vm.check_positional("__instancecheck__", &a, 2, 2)?;
        let Value::Obj(t) = &pos[0] else { return Ok(Value::Bool(false)) };
        Ok(Value::Bool(vm.is_instance_of(&pos[1], t)))
    });
    add_method(vm, &t, "__subclasscheck__", |vm, a| {
        let pos = vm.check_positional("__subclasscheck__", &a, 2, 2)?;
        match (&pos[0], &pos[1]) {
            (Value::Obj(t), Value::Obj(s)) if s.as_type().is_some() => Ok(Value::Bool(vm.is_subclass_ref(s, t))),
            _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
        }
    });
    add_method(vm, &t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    add_method(vm, &t, "__init__", |vm, a| {
        as_type(vm, &a.args[0])?;
        let n = a.pos().len() - 1;
        if a.has_kwargs() && n == 1 {
            return Err(vm.type_error("type.__init__() takes no keyword arguments"));
        }
        if n != 1 && n != 3 {
            return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
        }
        Ok(Value::None)
    });
    add_method(vm, &t, "__call__", |vm, a| {
        as_type(vm, &a.args[0])?;
        let Value::Obj(t) = &a.args[0] else { unreachable!("checked to be a type") };
        let t = t.clone();
        vm.call_type(&t, a.shift())
    });
    // `__prepare__(name, bases, **kwds)` is a class method; type's gives a new dict.
    super::add_method_kind(vm, &t, "__prepare__", |vm, _a| Ok(Value::Obj(vm.new_dict())), MethodKind::Class);
    super::set_constructor(&t, type_new);
}

/// The value assigned to a special attribute of a class: classes defined in Python
/// only, and no deleting (CPython's check_set_special_type_attr).
fn special_attr_value(vm: &mut Vm, t: &TypeObj, attr: &str, value: Option<Value>) -> PyResult<Value> {
    if !t.is_heap {
        let name = t.name();
        return Err(vm.type_error(format!("cannot set '{attr}' attribute of immutable type '{name}'")));
    }
    // (CPython 3.11's wording for a deletion, "of immutable type" included.)
    value.ok_or_else(|| vm.type_error(format!("cannot delete '{attr}' attribute of immutable type '{}'", t.name())))
}

/// Stores a class attribute (keeping the type caches coherent).
fn set_class_dict_item(vm: &mut Vm, t: &TypeObj, name: &str, value: Value) {
    t.version.set(t.version.get() + 1);
    crate::objects::typeobj::bump_type_epoch();
    t.dict.as_dict().expect("dict").set_str(vm, name, value);
}

/// `C.__bases__ = (...)`: checked as CPython does, then the MRO of the class and of
/// its subclasses is recomputed.
fn set_bases(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let t = as_type(vm, v)?;
    let Value::Obj(this) = v else { unreachable!("a type") };
    let new = special_attr_value(vm, t, "__bases__", value)?;
    let name = t.name();
    let items = match &new {
        Value::Obj(o) if o.as_tuple().is_some() => o.as_tuple().expect("tuple").to_vec(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("can only assign tuple to {name}.__bases__, not {tn}")));
        }
    };
    if items.is_empty() {
        return Err(vm.type_error(format!("can only assign non-empty tuple to {name}.__bases__, not ()")));
    }
    let mut bases = Vec::with_capacity(items.len());
    for item in &items {
        match item {
            Value::Obj(b) if b.as_type().is_some() => {
                if vm.is_subclass_ref(b, this) {
                    return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
                }
                bases.push(b.clone());
            }
            other => {
                let tn = vm.type_name(other);
                return Err(vm.type_error(format!("{name}.__bases__ must be tuple of classes, not '{tn}'")));
            }
        }
    }
    // Instances must keep their memory layout: a class deriving from object directly
    // differs from one deriving from another class (which gives it a __dict__), and
    // exceptions from both.
    let kind = |vm: &Vm, b: &ObjRef| {
        if Rc::ptr_eq(b, &vm.types.object) {
            0
        } else if b.as_type().expect("type").layout == Layout::Exception {
            2
        } else {
            1
        }
    };
    let old_base = t.bases.borrow().first().cloned().unwrap_or_else(|| vm.types.object.clone());
    let new_base = bases.iter().find(|b| kind(vm, b) != 0).unwrap_or(&bases[0]).clone();
    if kind(vm, &new_base) != kind(vm, &old_base) {
        let (bn, on) = (new_base.as_type().expect("type").name(), old_base.as_type().expect("type").name());
        let what = if kind(vm, &new_base) == 0 || kind(vm, &old_base) == 0 { "deallocator" } else { "object layout" };
        return Err(vm.type_error(format!("__bases__ assignment: '{bn}' {what} differs from '{on}'")));
    }
    let old_bases = std::mem::replace(&mut *t.bases.borrow_mut(), bases.clone());
    if let Err(e) = vm.recompute_mros(this) {
        *t.bases.borrow_mut() = old_bases;
        vm.recompute_mros(this)?;
        return Err(e);
    }
    for b in &old_bases {
        b.as_type()
            .expect("type")
            .subclasses
            .borrow_mut()
            .retain(|w| w.upgrade().is_some_and(|s| !Rc::ptr_eq(&s, this)));
    }
    for b in &bases {
        b.as_type().expect("type").subclasses.borrow_mut().push(Rc::downgrade(this));
    }
    crate::objects::typeobj::bump_type_epoch();
    Ok(())
}

/// `type(x)` or `type(name, bases, dict)`.
fn type_new(vm: &mut Vm, meta: &ObjRef, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 3 {
        // The most derived metaclass of the bases makes the class.
        if let Value::Obj(b) = &pos[1] {
            if let Some(bases) = b.as_tuple() {
                let winner = vm.calculate_metaclass(meta, bases)?;
                if !Rc::ptr_eq(&winner, meta) {
                    return type_new_with(vm, &winner, args);
                }
            }
        }
    }
    type_new_with(vm, meta, args)
}

fn type_new_with(vm: &mut Vm, meta: &ObjRef, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 1 && !args.has_kwargs() && Rc::ptr_eq(meta, &vm.types.type_) {
        return Ok(Value::Obj(vm.type_of(&pos[0])));
    }
    if pos.len() != 3 {
        if !Rc::ptr_eq(meta, &vm.types.type_) {
            return Err(vm.type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", pos.len())));
        }
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let name = vm.arg_str("type.__new__", "1", &pos[0])?.to_string();
    let bases = match &pos[1] {
        Value::Obj(o) if o.as_tuple().is_some() => o.as_tuple().expect("tuple").to_vec(),
        _ => {
            let tn = vm.type_name(&pos[1]);
            return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}")));
        }
    };
    let ns = match &pos[2] {
        Value::Obj(o) if o.as_dict().is_some() => o.clone(),
        // A dict subclass: its dict.
        v if matches!(vm.builtin_base(v), Some(Value::Obj(b)) if b.as_dict().is_some()) => match vm.builtin_base(v) {
            Some(Value::Obj(b)) => b,
            _ => unreachable!("checked above"),
        },
        _ => {
            let tn = vm.type_name(&pos[2]);
            return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {tn}")));
        }
    };
    let kwargs: Vec<(Value, Value)> =
        args.kwnames.iter().cloned().zip(args.args[pos.len()..].iter().cloned()).collect();
    vm.new_class(meta, &name, &bases, &ns, &kwargs).map(Value::Obj)
}

impl Vm {
    /// Calling a type object: `int(...)`, `MyClass(...)`, `ValueError(...)`.
    pub fn call_type(&mut self, ty: &ObjRef, args: Args) -> PyResult<Value> {
        let t = ty.as_type().expect("type");
        // The most derived builtin constructor along the MRO (object's only for object
        // itself: a builtin type without one cannot be instantiated).
        let object = self.types.object.clone();
        let ctor = t
            .mro
            .borrow()
            .iter()
            .filter(|b| Rc::ptr_eq(ty, &object) || !Rc::ptr_eq(b, &object))
            .find_map(|b| b.as_type().expect("type").constructor.get());
        if t.layout == Layout::Exception {
            return crate::types::exception::exception_new(self, ty, args);
        }
        if t.layout == Layout::Instance || (t.layout == Layout::Native && t.is_heap) {
            return super::object::object_new_instance(self, ty, args);
        }
        if t.layout == Layout::Type && t.is_heap {
            return self.metaclass_call(ty, args);
        }
        match ctor {
            Some(ctor) => ctor(self, ty, args),
            None => {
                let name = t.tp_name();
                Err(self.type_error(format!("cannot create '{name}' instances")))
            }
        }
    }

    /// Calling a metaclass defined in Python (`Meta(name, bases, ns)`, or the class
    /// statement's call): its `__new__` (type's by default), then its `__init__` when
    /// the result is an instance.
    fn metaclass_call(&mut self, meta: &ObjRef, args: Args) -> PyResult<Value> {
        let t = meta.as_type().expect("type");
        let cls = if self.overrides_new(meta) {
            let new = t.lookup("__new__").expect("__new__");
            let new = self.class_attribute_get(&new, meta)?;
            let mut all = vec![Value::Obj(meta.clone())];
            all.extend_from_slice(args.args);
            let cls = self.call(&new, &all, args.kwnames)?;
            if !self.is_instance_of(&cls, meta) {
                return Ok(cls);
            }
            cls
        } else {
            type_new(self, meta, args)?
        };
        if let Some(init) = t.lookup("__init__") {
            let mut all = vec![cls.clone()];
            all.extend_from_slice(args.args);
            let r = self.call(&init, &all, args.kwnames)?;
            if !r.is_none() {
                let tn = self.type_name(&r);
                return Err(self.type_error(format!("__init__() should return None, not '{tn}'")));
            }
        }
        Ok(cls)
    }

    /// Creates a class (`type.__new__`).
    /// `kwargs` are the class keywords (`class C(Base, flag=1)`), for `__init_subclass__`.
    pub fn new_class(
        &mut self,
        meta: &ObjRef,
        name: &str,
        bases: &[Value],
        ns: &ObjRef,
        kwargs: &[(Value, Value)],
    ) -> PyResult<ObjRef> {
        // Attribute caches key on a class's address: a new class (perhaps where a
        // freed one was) must not match entries made for another.
        crate::objects::typeobj::bump_type_epoch();
        let mut base_types = Vec::new();
        for b in bases {
            match b {
                Value::Obj(o) if o.as_type().is_some() => {
                    let bt = o.as_type().expect("type");
                    if !bt.is_base_type {
                        let bn = bt.tp_name();
                        return Err(self.type_error(format!("type '{bn}' is not an acceptable base type")));
                    }
                    base_types.push(o.clone());
                }
                _ => {
                    let tn = self.type_name(b);
                    return Err(self.type_error(format!("bases must be types, not {tn}")));
                }
            }
        }
        if base_types.is_empty() {
            base_types.push(self.types.object.clone());
        }
        let any_layout = |l: Layout| base_types.iter().any(|b| b.as_type().expect("type").layout == l);
        let layout = if any_layout(Layout::Exception) {
            Layout::Exception
        } else if any_layout(Layout::Type) {
            // A metaclass: its instances are classes.
            Layout::Type
        } else if any_layout(Layout::Native) {
            // Deriving from a native module's type: its objects, with this class.
            Layout::Native
        } else {
            // Plain objects, and instances of subclasses of other builtin types, which
            // carry their builtin value (see objects/instance.rs).
            Layout::Instance
        };
        let dict = ns.as_dict().expect("dict").copy();
        let qualname = match dict.del_str("__qualname__") {
            Some(q) => match self.as_str_ref(&q) {
                Some(s) => Rc::from(s),
                None => {
                    let tn = self.type_name(&q);
                    return Err(self.type_error(format!("type __qualname__ must be a str, not {tn}")));
                }
            },
            None => Rc::from(name),
        };
        dict.del_str("__classcell__");
        // `__module__` comes first, as type.__new__ sets it before adding anything.
        if dict.get_str("__module__").is_none() {
            let module = self.frames.last().and_then(|f| f.globals().as_dict().and_then(|g| g.get_str("__name__")));
            if let Some(m) = module {
                dict.set_str(self, "__module__", m);
            }
        }
        // `__init_subclass__` and `__class_getitem__` are implicitly class methods.
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f @ Value::Obj(_)) = dict.get_str(special) {
                if matches!(&f, Value::Obj(o) if matches!(&**o, Object::Function(_))) {
                    dict.set_str(self, special, Value::from_obj(Object::ClassMethod(Box::new(FuncWrapperObj::new(f)))));
                }
            }
        }
        // Instances get `__dict__` and `__weakref__` attributes from the first class in
        // the hierarchy that provides them (CPython adds the getset descriptors to the
        // class that introduces the instance dict).
        let inherited = |attr: &str| {
            base_types.iter().any(|b| {
                b.as_type().expect("type").mro.borrow().iter().any(|t| {
                    !Rc::ptr_eq(t, &self.types.object)
                        && t.as_type().expect("type").dict.as_dict().expect("dict").get_str(attr).is_some()
                })
            })
        };
        let (dict_inherited, weakref_inherited) = (inherited("__dict__"), inherited("__weakref__"));
        let base_has_dict =
            layout == Layout::Exception || base_types.iter().any(|b| b.as_type().expect("type").instance_dict);
        self.check_layouts(&base_types)?;
        let slots = self.parse_slots(name, &dict, base_has_dict, weakref_inherited)?;
        // Slot members go after the namespace's own entries, inherited slots first.
        let mut slot_names: Vec<Rc<str>> = base_types
            .iter()
            .map(|b| &b.as_type().expect("type").slot_names)
            .max_by_key(|names| names.len())
            .cloned()
            .unwrap_or_default();
        let own_slots = slots.as_ref().map_or(0, |s| s.names.len());
        if layout == Layout::Type && own_slots > 0 {
            return Err(self.type_error("nonempty __slots__ not supported for subtype of 'type'"));
        }
        for n in slots.iter().flat_map(|s| s.names.iter()) {
            dict.set_str(self, n, Value::None);
            slot_names.push(n.clone());
        }
        let wants = |f: fn(&super::slots::SlotSpec) -> bool| slots.as_ref().is_none_or(f);
        let needs_dict = !dict_inherited && wants(|s| s.dict);
        let needs_weakref = !weakref_inherited && wants(|s| s.weakref);
        let instance_dict = base_has_dict || wants(|s| s.dict);
        if needs_dict {
            dict.set_str(self, "__dict__", Value::None);
        }
        if needs_weakref {
            dict.set_str(self, "__weakref__", Value::None);
        }
        // Defining __eq__ without __hash__ makes instances unhashable (and overrides
        // an inherited __hash__), as in CPython.
        if dict.get_str("__eq__").is_some() && dict.get_str("__hash__").is_none() {
            dict.set_str(self, "__hash__", Value::None);
        }
        if dict.get_str("__doc__").is_none() {
            dict.set_str(self, "__doc__", Value::None);
        }
        let dict_obj = Rc::new(Object::Dict(Box::new(dict)));
        let ty = Rc::new(Object::Type(Box::new(TypeObj {
            name: RefCell::new(Rc::from(name)),
            qualname: RefCell::new(qualname),
            module: "builtins",
            bases: RefCell::new(base_types.clone()),
            mro: RefCell::new(Vec::new()),
            dict: dict_obj,
            layout,
            metaclass: (!Rc::ptr_eq(meta, &self.types.type_)).then(|| meta.clone()),
            constructor: Cell::new(None),
            is_heap: true,
            is_base_type: true,
            version: Cell::new(0),
            hooks: Cell::new((0, 0)),
            slot_names: slot_names.clone(),
            own_slots,
            instance_dict,
            subclasses: RefCell::new(Vec::new()),
            doc: Cell::new(None),
            native_call: Cell::new(None),
        })));
        let mro = self.c3_mro(&ty, &base_types)?;
        *ty.as_type().expect("type").mro.borrow_mut() = mro;
        for (i, n) in slot_names.iter().enumerate().skip(slot_names.len() - own_slots) {
            let member = super::slots::new_member(self, &ty, n, i);
            ty.as_type().expect("type").dict.as_dict().expect("dict").set_str(self, n, member);
        }
        // The placeholders reserved the keys' places; now that the type exists, the
        // descriptors can name it as their owner.
        if needs_dict {
            super::add_getset(
                self,
                &ty,
                "__dict__",
                super::object::instance_dict_get,
                Some(super::object::instance_dict_set),
            );
        }
        if needs_weakref {
            super::add_getset(self, &ty, "__weakref__", |_, _| Ok(Value::None), None);
        }
        // Functions defined in the body see the class through `__class__`.
        if let Some(cell) = ns.as_dict().expect("dict").get_str("__classcell__") {
            if let Value::Obj(c) = &cell {
                if let Object::Cell(c) = &**c {
                    *c.borrow_mut() = Value::Obj(ty.clone());
                }
            }
        }
        for base in &base_types {
            let b = base.as_type().expect("type");
            let mut subs = b.subclasses.borrow_mut();
            subs.retain(|w| w.strong_count() > 0);
            subs.push(Rc::downgrade(&ty));
        }
        self.set_names(&ty)?;
        self.init_subclass(&ty, kwargs)?;
        Ok(ty)
    }

    /// Calls `__set_name__(cls, name)` on the class attributes that define it.
    fn set_names(&mut self, ty: &ObjRef) -> PyResult<()> {
        let items = ty.as_type().expect("type").dict.as_dict().expect("dict").items();
        for (key, value) in items {
            let hook = self.type_of(&value).as_type().expect("type").lookup("__set_name__");
            let Some(hook) = hook else { continue };
            if let Err(e) = self.call(&hook, &[value.clone(), Value::Obj(ty.clone()), key.clone()], &[]) {
                // CPython 3.11 wraps the error, chained as its cause.
                let tn = self.type_name(&value);
                let k = self.as_str_ref(&key).unwrap_or("").to_string();
                let cls = ty.as_type().expect("type").name();
                let wrapper =
                    self.runtime_error(format!("Error calling __set_name__ on '{tn}' instance '{k}' in '{cls}'"));
                if let Some(w) = wrapper.0.as_exception() {
                    *w.cause.borrow_mut() = Some(e.0.clone());
                    w.suppress_context.set(true);
                }
                return Err(wrapper);
            }
        }
        Ok(())
    }

    /// `super(cls, cls).__init_subclass__(**kwargs)`: the nearest base's hook; object's
    /// accepts no keywords.
    fn init_subclass(&mut self, ty: &ObjRef, kwargs: &[(Value, Value)]) -> PyResult<()> {
        let mro = ty.as_type().expect("type").mro.borrow().clone();
        for base in mro.iter().skip(1) {
            let Some(hook) = base.as_type().expect("type").dict.as_dict().expect("dict").get_str("__init_subclass__")
            else {
                continue;
            };
            if matches!(&hook, Value::Obj(o) if matches!(&**o, Object::MethodDescriptor(_))) {
                break;
            }
            let bound = self.class_attribute_get(&hook, ty)?;
            let kwnames: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
            let values: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
            self.call(&bound, &values, &kwnames)?;
            return Ok(());
        }
        if !kwargs.is_empty() {
            let name = ty.as_type().expect("type").name();
            return Err(self.type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
        }
        Ok(())
    }

    /// Recomputes the MRO of `ty` and of every class deriving from it (after a
    /// `__bases__` assignment).
    fn recompute_mros(&mut self, ty: &ObjRef) -> PyResult<()> {
        let bases = ty.as_type().expect("type").bases.borrow().clone();
        let mro = self.c3_mro(ty, &bases)?;
        *ty.as_type().expect("type").mro.borrow_mut() = mro;
        let subs: Vec<ObjRef> =
            ty.as_type().expect("type").subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
        for sub in subs {
            self.recompute_mros(&sub)?;
        }
        Ok(())
    }

    /// C3 linearization of a new class's MRO.
    pub(crate) fn c3_mro(&mut self, ty: &ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
                let name = b.as_type().expect("type").name();
                return Err(self.type_error(format!("duplicate base class {name}")));
            }
        }
        let mut seqs: Vec<Vec<ObjRef>> =
            bases.iter().map(|b| b.as_type().expect("type").mro.borrow().clone()).collect();
        seqs.push(bases.to_vec());
        let mut out = vec![ty.clone()];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let candidate = seqs
                .iter()
                .map(|s| s[0].clone())
                .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, c))));
            let Some(c) = candidate else {
                // CPython names the classes still at the head of a list to merge.
                let mut heads: Vec<ObjRef> = Vec::new();
                for s in &seqs {
                    if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                        heads.push(s[0].clone());
                    }
                }
                let names: Vec<String> = heads.iter().map(|b| b.as_type().expect("type").name().to_string()).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            for s in seqs.iter_mut() {
                if Rc::ptr_eq(&s[0], &c) {
                    s.remove(0);
                }
            }
            out.push(c);
        }
    }

    /// PEP 560: bases that are not classes may stand for others through
    /// `__mro_entries__(bases)` (`class C(list[int])` derives from list).
    fn resolve_bases(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(bases.len());
        let entries = self.intern("__mro_entries__");
        for b in bases {
            if matches!(b, Value::Obj(o) if o.as_type().is_some()) {
                out.push(b.clone());
                continue;
            }
            match self.getattr_opt(b, &entries)? {
                Some(f) => {
                    let orig = self.tuple_val(bases.to_vec());
                    let r = self.call(&f, &[orig], &[])?;
                    match &r {
                        Value::Obj(t) if t.as_tuple().is_some() => {
                            out.extend(t.as_tuple().expect("tuple").iter().cloned())
                        }
                        _ => return Err(self.type_error("__mro_entries__ must return a tuple")),
                    }
                }
                None => out.push(b.clone()),
            }
        }
        Ok(out)
    }

    /// The most derived of `meta` and the bases' types; TypeError if they don't form
    /// a chain.
    pub(crate) fn calculate_metaclass(&mut self, meta: &ObjRef, bases: &[Value]) -> PyResult<ObjRef> {
        let mut winner = meta.clone();
        for b in bases {
            let t = self.type_of(b);
            if self.is_subclass_ref(&winner, &t) {
                continue;
            }
            if self.is_subclass_ref(&t, &winner) {
                winner = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// `__build_class__(func, name, *bases, **kwds)`: runs the class body and makes the
    /// class.
    pub fn build_class(&mut self, args: Args) -> PyResult<Value> {
        let pos = args.pos();
        if pos.len() < 2 {
            return Err(self.type_error("__build_class__: not enough arguments"));
        }
        let Value::Obj(func) = &pos[0] else { return Err(self.type_error("__build_class__: func must be a function")) };
        let Some(f) = func.as_function() else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let name = self.arg_str("__build_class__", "2", &pos[1])?.to_string();
        let orig_bases = pos[2..].to_vec();
        let bases = self.resolve_bases(&orig_bases)?;
        let mut explicit_meta = None;
        let mut class_kwnames = Vec::new();
        let mut class_kwvalues = Vec::new();
        for (i, (k, v)) in args.kw().enumerate() {
            if k == "metaclass" {
                explicit_meta = Some(v.clone());
            } else {
                class_kwnames.push(args.kwnames[i].clone());
                class_kwvalues.push(v.clone());
            }
        }
        // The metaclass: the explicit one or the first base's type, then the most
        // derived of the bases' types (so `class C(None)` calls NoneType).
        let mut meta = match explicit_meta {
            Some(m) => m,
            None => match bases.first() {
                Some(b) => Value::Obj(self.type_of(b)),
                None => Value::Obj(self.types.type_.clone()),
            },
        };
        if let Value::Obj(m) = &meta {
            if m.as_type().is_some() {
                meta = Value::Obj(self.calculate_metaclass(m, &bases)?);
            }
        }
        let bases_v = self.tuple_val(bases.clone());
        let prepare = self.intern("__prepare__");
        let ns = match self.getattr_opt(&meta, &prepare)? {
            Some(p) => {
                let name_v = self.str_val(&name);
                let mut prep_args = vec![name_v, bases_v.clone()];
                prep_args.extend(class_kwvalues.iter().cloned());
                let ns = self.call(&p, &prep_args, &class_kwnames)?;
                match ns {
                    Value::Obj(d) if d.as_dict().is_some() => (d.clone(), Value::Obj(d)),
                    // A mapping of the metaclass's choosing (a dict subclass): the body
                    // stores through its methods.
                    other if self.has_attr(&other, "__getitem__")? => {
                        let dict = match self.builtin_base(&other) {
                            Some(Value::Obj(b)) if b.as_dict().is_some() => b,
                            _ => self.new_dict(),
                        };
                        (dict, other)
                    }
                    other => {
                        let mn = match &meta {
                            Value::Obj(m) if m.as_type().is_some() => m.as_type().expect("type").name().to_string(),
                            _ => "<metaclass>".to_string(),
                        };
                        let tn = self.type_name(&other);
                        return Err(self.type_error(format!("{mn}.__prepare__() must return a mapping, not {tn}")));
                    }
                }
            }
            None => {
                let d = self.new_dict();
                (d.clone(), Value::Obj(d))
            }
        };
        let (ns, ns_value) = ns;
        if orig_bases.len() != bases.len() || orig_bases.iter().zip(&bases).any(|(a, b)| !a.is(b)) {
            let orig = self.tuple_val(orig_bases.clone());
            ns.as_dict().expect("dict").set_str(self, "__orig_bases__", orig);
        }
        let code = f.code.borrow().clone();
        let (globals, builtins) = (f.globals.clone(), f.builtins.clone());
        self.check_native_stack()?;
        match self.push_code_frame(&code, globals, Some(ns_value.clone()), builtins, Some(func.clone())) {
            Ok(()) => self.run_frame(),
            Err(e) => Err(e),
        }?;
        // The cell behind `__class__`/`super()` in the body, which the metaclass must
        // pass on to type.__new__ so that it gets set.
        let class_cell = ns.as_dict().and_then(|d| d.get_str("__classcell__"));
        let name_v = self.str_val(&name);
        let mut call_args = vec![name_v.clone(), bases_v, ns_value];
        call_args.extend(class_kwvalues);
        let cls = self.call(&meta, &call_args, &class_kwnames)?;
        if let (Some(Value::Obj(cell)), Value::Obj(c)) = (&class_cell, &cls) {
            if let (Object::Cell(cell), true) = (&**cell, c.as_type().is_some()) {
                let cell_cls = cell.borrow().clone();
                if !cell_cls.is(&cls) {
                    let (n, cr) = (self.repr_string(&name_v)?, self.repr_string(&cls)?);
                    if cell_cls.is_null() {
                        return Err(self.runtime_error(format!(
                            "__class__ not set defining {n} as {cr}. Was __classcell__ propagated to type.__new__?"
                        )));
                    }
                    let set = self.repr_string(&cell_cls)?;
                    return Err(self.type_error(format!("__class__ set to {set} defining {n} as {cr}")));
                }
            }
        }
        Ok(cls)
    }
}

/// The constructor signatures CPython's builtin types publish (`__text_signature__`,
/// from the first line of their C docstrings); the other builtin types have none.
fn builtin_type_signature(name: &str) -> Option<&'static str> {
    Some(match name {
        "object" => "()",
        "complex" => "(real=0, imag=0)",
        "enumerate" => "(iterable, start=0)",
        "float" => "(x=0, /)",
        "list" | "tuple" => "(iterable=(), /)",
        "memoryview" => "(object)",
        "property" => "(fget=None, fset=None, fdel=None, doc=None)",
        "reversed" => "(sequence, /)",
        "cell" => "([contents])",
        "code" => {
            "(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,\n     flags, codestring, constants, names, varnames, filename, name,\n     qualname, firstlineno, linetable, exceptiontable, freevars=(),\n     cellvars=(), /)"
        }
        "function" => "(code, globals, name=None, argdefs=None, closure=None)",
        "method" => "(function, instance, /)",
        "module" => "(name, doc=None)",
        _ => return None,
    })
}
