//! `type`: attributes of type objects, calling a type, creating classes (`type(name,
//! bases, dict)` and the `class` statement's `__build_class__`), and the C3 MRO.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{add_getset, add_method, set_doc};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::Args;
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
            let Value::Obj(o) = v else { return Ok(()) };
            let n = vm.intern("__name__");
            vm.setattr(&Value::Obj(o.clone()), &n, value)
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
            match value.as_ref().and_then(|x| vm.as_str_ref(x)) {
                Some(s) if t.is_heap => {
                    *t.qualname.borrow_mut() = Rc::from(s);
                    Ok(())
                }
                _ => Err(vm.type_error("can only assign string to __qualname__")),
            }
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
        None,
    );
    add_getset(
        vm,
        &t,
        "__bases__",
        |vm, v| {
            let bases = as_type(vm, v)?.bases.borrow().iter().map(|b| Value::Obj(b.clone())).collect();
            Ok(vm.tuple_val(bases))
        },
        None,
    );
    add_getset(
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
    add_getset(
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
            Ok(t.dict.as_dict().expect("dict").get_str("__doc__").unwrap_or(Value::None))
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
    add_method(vm, &t, "__call__", |vm, a| {
        let Value::Obj(t) = &a.args[0] else { return Err(vm.type_error("type.__call__ needs a type")) };
        let t = t.clone();
        vm.call_type(&t, a.shift())
    });
    add_method(vm, &t, "__prepare__", |vm, _a| Ok(Value::Obj(vm.new_dict())));
    super::set_constructor(&t, type_new);
}

/// `type(x)` or `type(name, bases, dict)`.
fn type_new(vm: &mut Vm, meta: &ObjRef, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 1 && !args.has_kwargs() && Rc::ptr_eq(meta, &vm.types.type_) {
        return Ok(Value::Obj(vm.type_of(&pos[0])));
    }
    if pos.len() != 3 {
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
        _ => {
            let tn = vm.type_name(&pos[2]);
            return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {tn}")));
        }
    };
    let kwargs: Vec<(Value, Value)> = args.kwnames.iter().cloned().zip(args.args[pos.len()..].iter().cloned()).collect();
    vm.new_class(meta, &name, &bases, &ns, &kwargs).map(Value::Obj)
}

impl Vm {
    /// Calling a type object: `int(...)`, `MyClass(...)`, `ValueError(...)`.
    pub fn call_type(&mut self, ty: &ObjRef, args: Args) -> PyResult<Value> {
        let t = ty.as_type().expect("type");
        // The most derived builtin constructor along the MRO.
        let ctor = t.mro.borrow().iter().find_map(|b| b.as_type().expect("type").constructor.get());
        if t.layout == Layout::Exception {
            return crate::types::exception::exception_new(self, ty, args);
        }
        if t.layout == Layout::Instance {
            return super::object::object_new_instance(self, ty, args);
        }
        match ctor {
            Some(ctor) => ctor(self, ty, args),
            None => {
                let name = t.name();
                Err(self.type_error(format!("cannot create '{name}' instances")))
            }
        }
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
        let _ = meta;
        let mut base_types = Vec::new();
        for b in bases {
            match b {
                Value::Obj(o) if o.as_type().is_some() => {
                    let bt = o.as_type().expect("type");
                    if !bt.is_base_type {
                        let bn = bt.name();
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
        let layout = if base_types.iter().any(|b| b.as_type().expect("type").layout == Layout::Exception) {
            Layout::Exception
        } else if base_types.iter().all(|b| {
            let bt = b.as_type().expect("type");
            bt.layout == Layout::Instance || Rc::ptr_eq(b, &self.types.object)
        }) {
            Layout::Instance
        } else {
            let bn = base_types
                .iter()
                .find(|b| b.as_type().expect("type").layout == Layout::Builtin && !Rc::ptr_eq(b, &self.types.object))
                .map(|b| b.as_type().expect("type").name())
                .unwrap_or_default();
            return Err(self.type_error(format!("subclassing the builtin type '{bn}' is not supported yet")));
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
        // `__init_subclass__` and `__class_getitem__` are implicitly class methods.
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f @ Value::Obj(_)) = dict.get_str(special) {
                if matches!(&f, Value::Obj(o) if matches!(&**o, Object::Function(_))) {
                    dict.set_str(self, special, Value::from_obj(Object::ClassMethod(RefCell::new(f))));
                }
            }
        }
        // Instances get `__dict__` and `__weakref__` attributes from the first class in
        // the hierarchy that provides them (CPython adds the getset descriptors to the
        // class that introduces the instance dict).
        let inherited = |attr: &str| {
            base_types.iter().any(|b| b.as_type().expect("type").mro.borrow().iter().any(|t| {
                !Rc::ptr_eq(t, &self.types.object) && t.as_type().expect("type").dict.as_dict().expect("dict").get_str(attr).is_some()
            }))
        };
        let (needs_dict, needs_weakref) = (!inherited("__dict__"), !inherited("__weakref__"));
        if needs_dict {
            dict.set_str(self, "__dict__", Value::None);
        }
        if needs_weakref {
            dict.set_str(self, "__weakref__", Value::None);
        }
        if dict.get_str("__doc__").is_none() {
            dict.set_str(self, "__doc__", Value::None);
        }
        if dict.get_str("__module__").is_none() {
            let module = self.frames.last().and_then(|f| f.globals().as_dict().and_then(|g| g.get_str("__name__")));
            if let Some(m) = module {
                dict.set_str(self, "__module__", m);
            }
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
            constructor: Cell::new(None),
            is_heap: true,
            is_base_type: true,
            version: Cell::new(0),
            hooks: Cell::new((0, 0)),
            subclasses: RefCell::new(Vec::new()),
            doc: None,
        })));
        let mro = self.c3_mro(&ty, &base_types)?;
        *ty.as_type().expect("type").mro.borrow_mut() = mro;
        // The placeholders reserved the keys' places; now that the type exists, the
        // descriptors can name it as their owner.
        if needs_dict {
            super::add_getset(self, &ty, "__dict__", super::object::instance_dict_get, Some(super::object::instance_dict_set));
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
                let wrapper = self.runtime_error(format!("Error calling __set_name__ on '{tn}' instance '{k}' in '{cls}'"));
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
            let Some(hook) = base.as_type().expect("type").dict.as_dict().expect("dict").get_str("__init_subclass__") else {
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

    /// C3 linearization of a new class's MRO.
    fn c3_mro(&mut self, ty: &ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
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
                let names: Vec<String> = bases.iter().map(|b| b.as_type().expect("type").name().to_string()).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
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
        let bases = pos[2..].to_vec();
        let mut meta = Value::Obj(self.types.type_.clone());
        let mut class_kwnames = Vec::new();
        let mut class_kwvalues = Vec::new();
        for (i, (k, v)) in args.kw().enumerate() {
            if k == "metaclass" {
                meta = v.clone();
            } else {
                class_kwnames.push(args.kwnames[i].clone());
                class_kwvalues.push(v.clone());
            }
        }
        let ns = self.new_dict();
        let code = f.code.borrow().clone();
        let (globals, builtins) = (f.globals.clone(), f.builtins.clone());
        self.check_native_stack()?;
        match self.push_code_frame(&code, globals, Some(Value::Obj(ns.clone())), builtins, Some(func.clone())) {
            Ok(()) => self.run_frame(),
            Err(e) => Err(e),
        }?;
        let name_v = self.str_val(&name);
        let bases_v = self.tuple_val(bases);
        let mut call_args = vec![name_v, bases_v, Value::Obj(ns)];
        call_args.extend(class_kwvalues);
        self.call(&meta, &call_args, &class_kwnames)
    }
}
