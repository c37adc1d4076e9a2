//! Attribute access: `getattr`, `setattr`, `delattr` with descriptors, instance dicts,
//! modules and type objects, following CPython's generic algorithms.

use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::object::Object;
use crate::objects::builtin_func::{BoundMethod, BuiltinFunction, MethodKind};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The str payload of a name object.
fn name_str(name: &ObjRef) -> &str {
    name.as_str().map(|s| s.as_str()).unwrap_or("")
}

impl Vm {
    /// `getattr(obj, name)` with `name` a str object.
    pub fn getattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Value> {
        match self.getattr_opt(obj, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(self.missing_attribute(obj, name)),
            Err(e) => Err(self.attribute_error_context(e, obj, name)),
        }
    }

    /// The AttributeError for an attribute that lookup did not find.
    #[cold]
    #[inline(never)]
    fn missing_attribute(&mut self, obj: &Value, name: &ObjRef) -> crate::error::PyErr {
        // A method's missing attribute is reported as its function's.
        let subject = match obj {
            Value::Obj(o) => match &**o {
                Object::BoundMethod(m) if matches!(&m.func, Value::Obj(f) if matches!(&**f, Object::Function(_))) => {
                    m.func.clone()
                }
                _ => obj.clone(),
            },
            _ => obj.clone(),
        };
        self.no_attribute(&subject, name_str(name))
    }

    /// An AttributeError escaping an attribute lookup (raised by a property, a
    /// `__getattr__`, ...) gets the `name` and `obj` it was about, unless it already
    /// names something, as CPython does so that "Did you mean" hints can be offered.
    #[cold]
    #[inline(never)]
    fn attribute_error_context(&mut self, e: crate::error::PyErr, obj: &Value, name: &ObjRef) -> crate::error::PyErr {
        let attribute_error = self.exc.attribute_error.clone();
        if self.err_matches(&e, &attribute_error) {
            if let Some(x) = e.0.as_exception() {
                let unset = |f: Option<Value>| f.is_none_or(|v| v.is_none());
                if unset(x.field("name")) && unset(x.field("obj")) {
                    x.set_field("name", Value::Obj(name.clone()));
                    x.set_field("obj", obj.clone());
                }
            }
        }
        e
    }

    /// `getattr(obj, name)` with a Rust string.
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// The AttributeError CPython raises for a missing attribute.
    pub fn no_attribute(&mut self, obj: &Value, name: &str) -> crate::error::PyErr {
        let msg = match obj {
            Value::Obj(o) => match &**o {
                Object::Module(m) => {
                    let mname = m.dict.as_dict().and_then(|d| d.get_str("__name__"));
                    match mname.as_ref().and_then(|n| self.as_str_ref(n).map(str::to_string)) {
                        Some(mn) if self.initializing.contains(&mn) => format!(
                            "partially initialized module '{mn}' has no attribute '{name}' (most likely due to a circular import)"
                        ),
                        Some(mn) => format!("module '{mn}' has no attribute '{name}'"),
                        None => format!("module has no attribute '{name}'"),
                    }
                }
                Object::Type(t) => format!("type object '{}' has no attribute '{name}'", t.name()),
                _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
            },
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        self.attribute_error_for(obj, name, msg)
    }

    /// `object.__getattribute__(obj, name)`: the generic lookup, without a class's own
    /// `__getattribute__` or `__getattr__`.
    pub fn object_getattribute(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Value> {
        let found = match obj {
            Value::Obj(o) => match &**o {
                Object::Instance(i) => {
                    let dict = i.dict.borrow().clone();
                    self.generic_getattr(obj, name_str(name), dict.as_ref())?
                }
                Object::Native(n) => {
                    let dict = n.dict.borrow().clone();
                    self.generic_getattr(obj, name_str(name), dict.as_ref())?
                }
                _ => self.getattr_opt(obj, name)?,
            },
            _ => self.getattr_opt(obj, name)?,
        };
        match found {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name_str(name))),
        }
    }

    /// Attribute lookup; `Ok(None)` when absent (no AttributeError built).
    pub fn getattr_opt(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
        let n = name_str(name);
        if let Value::Obj(o) = obj {
            match &**o {
                Object::Module(m) => {
                    if let Some(v) = m.dict.as_dict().expect("dict").get_str(n) {
                        return Ok(Some(v));
                    }
                    let r = self.generic_getattr_name(obj, name, None)?;
                    if r.is_some() {
                        return Ok(r);
                    }
                    if let Some(hook) = m.dict.as_dict().expect("dict").get_str("__getattr__") {
                        let arg = Value::Obj(name.clone());
                        return match self.call(&hook, &[arg], &[]) {
                            Ok(v) => Ok(Some(v)),
                            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => Ok(None),
                            Err(e) => Err(e),
                        };
                    }
                    return Ok(None);
                }
                Object::Type(_) => return self.type_getattr(o, n),
                Object::Instance(i) => {
                    let dict = i.dict.borrow().clone();
                    return self.hooked_getattr(obj, name, dict);
                }
                Object::Function(f) => {
                    let dict = f.dict.borrow().clone();
                    return self.generic_getattr_name(obj, name, dict.as_ref());
                }
                Object::Exception(e) => {
                    let dict = e.dict.borrow().clone();
                    return self.hooked_getattr(obj, name, dict);
                }
                Object::Native(n) => {
                    let dict = n.dict.borrow().clone();
                    return self.hooked_getattr(obj, name, dict);
                }
                Object::StaticMethod(w) | Object::ClassMethod(w) => {
                    let dict = w.dict.borrow().clone();
                    return self.generic_getattr_name(obj, name, dict.as_ref());
                }
                Object::Super(_) => return self.super_getattr(o, name),
                Object::BoundMethod(m) => {
                    // Like CPython's method_getattro: the method type's own attributes,
                    // then those of the function it wraps (`__name__`, `__doc__`, ...).
                    if n != "__doc__" {
                        let r = self.generic_getattr_name(obj, name, None)?;
                        if r.is_some() {
                            return Ok(r);
                        }
                    }
                    let func = m.func.clone();
                    return self.getattr_opt(&func, name);
                }
                _ => {}
            }
        }
        self.generic_getattr_name(obj, name, None)
    }

    /// Lookup on an instance of a class that may define `__getattribute__` or
    /// `__getattr__`: the generic lookup, then `__getattr__` when it finds nothing or
    /// raises AttributeError (a property's getter raising it falls back too).
    #[inline(never)]
    fn hooked_getattr(&mut self, obj: &Value, name: &ObjRef, dict: Option<ObjRef>) -> PyResult<Option<Value>> {
        if let Some(r) = self.instance_getattribute(obj, name) {
            return r;
        }
        match self.generic_getattr_name(obj, name, dict.as_ref()) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => self.instance_getattr_hook(obj, name),
            Err(e) => self.getattr_error_fallback(obj, name, e),
        }
    }

    /// An AttributeError from the generic lookup goes to the class's `__getattr__`.
    #[cold]
    #[inline(never)]
    fn getattr_error_fallback(
        &mut self,
        obj: &Value,
        name: &ObjRef,
        e: crate::error::PyErr,
    ) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj);
        let hooked = ty.as_type().expect("type").attribute_hooks() & crate::objects::typeobj::hook::GETATTR != 0;
        if hooked && self.err_matches(&e, &self.exc.attribute_error.clone()) {
            self.instance_getattr_hook(obj, name)
        } else {
            Err(e)
        }
    }

    /// CPython's `PyObject_GenericGetAttr`: data descriptors on the type, then the
    /// instance dict, then other class attributes (binding methods).
    pub fn generic_getattr(&mut self, obj: &Value, name: &str, dict: Option<&ObjRef>) -> PyResult<Option<Value>> {
        let name = crate::objects::str::PyStr::new(name);
        self.generic_getattr_impl(obj, &name, None, dict)
    }

    /// `generic_getattr` for a name that is a str object: the class lookup goes through
    /// the type cache, and the instance dict lookup uses the name's cached hash.
    pub fn generic_getattr_name(
        &mut self,
        obj: &Value,
        name: &ObjRef,
        dict: Option<&ObjRef>,
    ) -> PyResult<Option<Value>> {
        match name.as_str() {
            Some(s) => self.generic_getattr_impl(obj, s, Some(name), dict),
            None => Ok(None),
        }
    }

    fn generic_getattr_impl(
        &mut self,
        obj: &Value,
        name: &crate::objects::str::PyStr,
        name_obj: Option<&ObjRef>,
        dict: Option<&ObjRef>,
    ) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj);
        let descr = match name_obj {
            Some(n) => self.type_cache.lookup(&ty, n),
            None => ty.as_type().expect("type").lookup_name(name),
        };
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, obj, &ty).map(Some);
            }
        }
        if let Some(dict) = dict {
            if let Some(v) = dict.as_dict().expect("dict").get_str_obj(name) {
                return Ok(Some(v));
            }
        }
        match descr {
            Some(d) => self.descr_get(&d, obj, &ty).map(Some),
            None => Ok(None),
        }
    }

    /// Whether `d` is a data descriptor (defines `__set__`): getsets, properties, and
    /// instances whose class defines `__set__` or `__delete__`.
    pub fn is_data_descriptor(&self, d: &Value) -> bool {
        match d {
            Value::Obj(o) => match &**o {
                Object::GetSetDescriptor(_) | Object::Property(_) | Object::SlotMember(_) => true,
                Object::Instance(i) => {
                    let class = i.class.borrow();
                    let t = class.as_type().expect("type");
                    t.lookup("__set__").is_some() || t.lookup("__delete__").is_some()
                }
                Object::Native(n) => {
                    let t = n.class.as_type().expect("type");
                    t.lookup("__set__").is_some() || t.lookup("__delete__").is_some()
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// A builtin type's descriptor used on an object of another type.
    fn descriptor_misapplied(&mut self, name: &str, owner: &ObjRef, obj: &Value) -> PyErr {
        let owner = owner.as_type().expect("type").tp_name();
        let tn = self.type_name(obj);
        self.type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{tn}' object"))
    }

    /// `d.__get__(obj, ty)` for the descriptor kinds that bind.
    pub fn descr_get(&mut self, d: &Value, obj: &Value, ty: &ObjRef) -> PyResult<Value> {
        let Value::Obj(o) = d else { return Ok(d.clone()) };
        match &**o {
            Object::Function(_) => {
                Ok(Value::from_obj(Object::BoundMethod(BoundMethod { func: d.clone(), bound_self: obj.clone() })))
            }
            Object::MethodDescriptor(m) => match m.kind {
                MethodKind::Instance if !self.is_instance_of(obj, &m.owner) => {
                    Err(self.descriptor_misapplied(m.name, &m.owner, obj))
                }
                MethodKind::Class if !self.is_subclass_ref(ty, &m.owner) => {
                    let owner = m.owner.as_type().expect("type").tp_name();
                    let cn = ty.as_type().expect("type").tp_name();
                    Err(self.type_error(format!(
                        "descriptor '{}' requires a subtype of '{owner}' but received '{cn}'",
                        m.name
                    )))
                }
                MethodKind::Instance => Ok(Value::from_obj(Object::BuiltinFunction(Box::new(BuiltinFunction {
                    name: m.name,
                    func: m.func,
                    // A builtin type's method bound to an instance of a subclass works on
                    // the builtin value the instance extends.
                    bound_self: Some(match self.builtin_base(obj) {
                        Some(b)
                            if !m.owner.as_type().is_some_and(|t| t.is_heap)
                                && !Rc::ptr_eq(&m.owner, &self.types.object) =>
                        {
                            b
                        }
                        _ => obj.clone(),
                    }),
                    module: None,
                    doc: m.doc,
                    sig: m.sig,
                    slot: m.slot,
                })))),
                MethodKind::Class => Ok(Value::from_obj(Object::BuiltinFunction(Box::new(BuiltinFunction {
                    name: m.name,
                    func: m.func,
                    bound_self: Some(Value::Obj(ty.clone())),
                    module: None,
                    doc: m.doc,
                    sig: m.sig,
                    slot: false,
                })))),
                MethodKind::Static => Ok(d.clone()),
            },
            Object::GetSetDescriptor(g) if !self.is_instance_of(obj, &g.owner) => {
                Err(self.descriptor_misapplied(g.name, &g.owner, obj))
            }
            Object::GetSetDescriptor(g) => (g.get)(self, obj),
            Object::SlotMember(m) => self.slot_get(m, obj),
            Object::StaticMethod(f) => Ok(f.callable()),
            Object::ClassMethod(f) => self.classmethod_bind(&f.callable(), ty),
            Object::Property(p) => {
                let fget = p.fget.clone();
                if fget.is_none() {
                    return Err(self.property_missing(p, obj, "getter"));
                }
                self.call(&fget, &[obj.clone()], &[])
            }
            Object::Instance(_) => {
                let dty = self.type_of(d);
                match dty.as_type().expect("type").lookup("__get__") {
                    Some(get) => self.call(&get, &[d.clone(), obj.clone(), Value::Obj(ty.clone())], &[]),
                    None => Ok(d.clone()),
                }
            }
            // A native type's `__get__` is its descr_get slot, called directly.
            Object::Native(_) => {
                let dty = self.type_of(d);
                match dty.as_type().expect("type").lookup("__get__") {
                    Some(get) => self.call_slot(&get, d, &[obj.clone(), Value::Obj(ty.clone())]),
                    None => Ok(d.clone()),
                }
            }
            _ => Ok(d.clone()),
        }
    }

    /// `classmethod.__get__`: the callable bound to the class. A callable that is itself
    /// a descriptor (other than a plain function) is asked to bind, as CPython 3.11's
    /// classmethod chains `__get__(cls, cls)`.
    fn classmethod_bind(&mut self, f: &Value, ty: &ObjRef) -> PyResult<Value> {
        let tv = Value::Obj(ty.clone());
        if let Value::Obj(o) = f {
            match &**o {
                Object::Function(_) | Object::BuiltinFunction(_) => {}
                // Chained descriptors: `f.__get__(cls, cls)`, as CPython 3.11.
                Object::Property(_) | Object::StaticMethod(_) | Object::ClassMethod(_) => {
                    return self.descr_get(f, &tv, ty);
                }
                Object::Instance(_) => {
                    let fty = self.type_of(f);
                    if let Some(get) = fty.as_type().expect("type").lookup("__get__") {
                        return self.call(&get, &[f.clone(), tv.clone(), tv], &[]);
                    }
                }
                _ => {}
            }
        }
        Ok(Value::from_obj(Object::BoundMethod(BoundMethod { func: f.clone(), bound_self: tv })))
    }

    /// What a class attribute found in `ty`'s MRO gives when looked up on the class
    /// itself (a descriptor's `__get__(None, ty)`): classmethods bind to the class,
    /// staticmethods unwrap, functions stay plain functions.
    pub fn class_attribute_get(&mut self, attr: &Value, ty: &ObjRef) -> PyResult<Value> {
        let tv = Value::Obj(ty.clone());
        Ok(match attr {
            Value::Obj(o) => match &**o {
                Object::ClassMethod(f) => self.classmethod_bind(&f.callable(), ty)?,
                Object::MethodDescriptor(m) if m.kind == MethodKind::Class => self.descr_get(attr, &tv, ty)?,
                Object::StaticMethod(f) => f.callable(),
                Object::Property(_) => attr.clone(),
                Object::Instance(_) => {
                    let dty = self.type_of(attr);
                    match dty.as_type().expect("type").lookup("__get__") {
                        Some(get) => self.call(&get, &[attr.clone(), Value::None, tv], &[])?,
                        None => attr.clone(),
                    }
                }
                Object::Native(_) => {
                    let dty = self.type_of(attr);
                    match dty.as_type().expect("type").lookup("__get__") {
                        Some(get) => self.call_slot(&get, attr, &[Value::None, tv])?,
                        None => attr.clone(),
                    }
                }
                _ => attr.clone(),
            },
            _ => attr.clone(),
        })
    }

    /// Attribute lookup on a type object (CPython's `type_getattro`).
    fn type_getattr(&mut self, ty: &ObjRef, name: &str) -> PyResult<Option<Value>> {
        let tv = Value::Obj(ty.clone());
        let meta = self.type_of(&tv);
        let meta_attr = meta.as_type().expect("type").lookup(name);
        if let Some(m) = &meta_attr {
            if self.is_data_descriptor(m) {
                return self.descr_get(m, &tv, &meta).map(Some);
            }
        }
        if let Some(attr) = ty.as_type().expect("type").lookup(name) {
            return self.class_attribute_get(&attr, ty).map(Some);
        }
        match meta_attr {
            Some(m) => self.descr_get(&m, &tv, &meta).map(Some),
            // A metaclass's __getattr__ is the last resort for class attributes.
            None if ty.as_type().expect("type").metaclass.is_some() => match self.user_slot(&tv, "__getattr__") {
                Some(hook) => {
                    let n = self.intern(name);
                    self.call_slot(&hook, &tv, &[Value::Obj(n)]).map(Some)
                }
                None => Ok(None),
            },
            None => Ok(None),
        }
    }

    /// For `obj.name(...)`: the callable and whether `obj` must be passed as the first
    /// argument (a plain method, found without creating a bound method).
    pub fn get_method(&mut self, obj: &Value, name: &ObjRef) -> PyResult<(Value, bool)> {
        let in_dict = |dict: &Option<ObjRef>| {
            dict.as_ref().is_some_and(|d| match name.as_str() {
                Some(n) => d.as_dict().expect("dict").get_str_obj(n).is_some(),
                None => true,
            })
        };
        // Objects whose attribute lookup is not just "the type's attribute": an instance
        // attribute shadowing the method, a class's own __getattribute__, modules, types,
        // super objects and bound methods (which forward lookups).
        let generic_only = match obj {
            Value::Obj(o) => match &**o {
                Object::Instance(i) => {
                    let ty = i.class.borrow().clone();
                    ty.as_type().expect("type").attribute_hooks() & crate::objects::typeobj::hook::GETATTRIBUTE != 0
                        || in_dict(&i.dict.borrow())
                }
                Object::Module(_) | Object::Type(_) | Object::Super(_) | Object::BoundMethod(_) => true,
                Object::Function(f) => in_dict(&f.dict.borrow()),
                Object::Exception(e) => {
                    let ty = e.class.borrow().clone();
                    ty.as_type().expect("type").attribute_hooks() & crate::objects::typeobj::hook::GETATTRIBUTE != 0
                        || in_dict(&e.dict.borrow())
                }
                Object::Native(n) => {
                    n.class.as_type().expect("type").attribute_hooks() & crate::objects::typeobj::hook::GETATTRIBUTE
                        != 0
                        || in_dict(&n.dict.borrow())
                }
                _ => false,
            },
            _ => false,
        };
        if !generic_only {
            let ty = self.type_of(obj);
            if let Some(d) = self.type_cache.lookup(&ty, name) {
                let plain = match &d {
                    Value::Obj(o) => match &**o {
                        Object::Function(_) => true,
                        Object::MethodDescriptor(m) => m.kind == MethodKind::Instance,
                        _ => false,
                    },
                    _ => false,
                };
                if plain {
                    return Ok((d, true));
                }
            }
        }
        Ok((self.getattr(obj, name)?, false))
    }

    /// `setattr(obj, name, value)`, or `delattr` when `value` is None.
    pub fn setattr(&mut self, obj: &Value, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
        // A class's own __setattr__/__delattr__ takes over attribute assignment.
        if let Value::Obj(o) = obj {
            let hooked = match &**o {
                Object::Instance(_) | Object::Exception(_) | Object::Native(_) => true,
                Object::Type(t) => t.metaclass.is_some(),
                _ => false,
            };
            if hooked {
                let (hook, bit) = if value.is_some() {
                    ("__setattr__", crate::objects::typeobj::hook::SETATTR)
                } else {
                    ("__delattr__", crate::objects::typeobj::hook::DELATTR)
                };
                let ty = self.type_of(obj);
                let t = ty.as_type().expect("type");
                let m = if t.attribute_hooks() & bit != 0 { t.lookup(hook) } else { None };
                if let Some(m) = m {
                    if !self.is_builtin_slot(obj, hook, &m) {
                        let mut args = vec![Value::Obj(name.clone())];
                        args.extend(value);
                        self.call_slot(&m, obj, &args)?;
                        return Ok(());
                    }
                }
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__` / `object.__delattr__`: data descriptors on the type, then
    /// the instance dict.
    pub fn generic_setattr(&mut self, obj: &Value, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
        let n = name_str(name);
        let ty = self.type_of(obj);
        if let Value::Obj(o) = obj {
            if let Object::Type(t) = &**o {
                return self.type_setattr(o, t, n, value);
            }
        }
        let descr = match name.as_str() {
            Some(_) => self.type_cache.lookup(&ty, name),
            None => ty.as_type().expect("type").lookup(n),
        };
        if let Some(d) = &descr {
            if let Value::Obj(dobj) = d {
                match &**dobj {
                    Object::GetSetDescriptor(_) | Object::Property(_) | Object::SlotMember(_) => {
                        return self.descr_set(d, obj, value)
                    }
                    Object::Instance(_) => {
                        let dty = self.type_of(d);
                        let which = if value.is_some() { "__set__" } else { "__delete__" };
                        if let Some(m) = dty.as_type().expect("type").lookup(which) {
                            let mut args = vec![d.clone(), obj.clone()];
                            args.extend(value);
                            self.call(&m, &args, &[])?;
                            return Ok(());
                        }
                    }
                    _ => {}
                }
            }
        }
        match self.instance_dict_create(obj) {
            Some(dict) => {
                let d = dict.as_dict().expect("dict");
                match value {
                    Some(v) => {
                        let key = Value::Obj(name.clone());
                        d.set_item(self, key, v)
                    }
                    None => match d.del_str(&n) {
                        Some(_) => Ok(()),
                        None => Err(self.no_attribute(obj, &n)),
                    },
                }
            }
            None => {
                let tn = self.type_name(obj);
                if descr.is_some() {
                    Err(self.attribute_error(format!("'{tn}' object attribute '{n}' is read-only")))
                } else {
                    Err(self.attribute_error_for(obj, &n, format!("'{tn}' object has no attribute '{n}'")))
                }
            }
        }
    }

    fn type_setattr(
        &mut self,
        o: &ObjRef,
        t: &crate::objects::typeobj::TypeObj,
        n: &str,
        value: Option<Value>,
    ) -> PyResult<()> {
        if !t.is_heap {
            let name = t.name();
            return Err(self.type_error(format!("cannot set '{n}' attribute of immutable type '{name}'")));
        }
        // The metatype's data descriptors (`__name__`, `__bases__`, `__doc__`,
        // `__mro__`, ...) take over, as in CPython's type_setattro.
        let tv = Value::Obj(o.clone());
        let meta = self.type_of(&tv);
        if let Some(d) = meta.as_type().expect("type").lookup(n) {
            if self.is_data_descriptor(&d) {
                if matches!(&d, Value::Obj(x) if matches!(&**x, Object::Instance(_))) {
                    let which = if value.is_some() { "__set__" } else { "__delete__" };
                    let dty = self.type_of(&d);
                    if let Some(m) = dty.as_type().expect("type").lookup(which) {
                        let mut args = vec![d.clone(), tv];
                        args.extend(value);
                        self.call(&m, &args, &[])?;
                        return Ok(());
                    }
                } else {
                    return self.descr_set(&d, &tv, value);
                }
            }
        }
        let dict = t.dict.as_dict().expect("dict");
        t.version.set(t.version.get() + 1);
        crate::objects::typeobj::bump_type_epoch();
        match value {
            Some(v) => dict.set_str(self, n, v),
            None => {
                if dict.del_str(n).is_none() {
                    return Err(self.no_attribute(&Value::Obj(o.clone()), n));
                }
            }
        }
        Ok(())
    }

    /// The instance `__dict__` of objects that have one.
    pub fn instance_dict(&self, obj: &Value) -> Option<ObjRef> {
        match obj {
            Value::Obj(o) => match &**o {
                Object::Instance(i) => i.dict.borrow().clone(),
                Object::Function(f) => f.dict.borrow().clone(),
                Object::Exception(e) => e.dict.borrow().clone(),
                Object::StaticMethod(w) | Object::ClassMethod(w) => w.dict.borrow().clone(),
                Object::Native(n) => n.dict.borrow().clone(),
                Object::Module(m) => Some(m.dict.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The instance `__dict__`, created if the object can have one.
    pub fn instance_dict_create(&self, obj: &Value) -> Option<ObjRef> {
        let Value::Obj(o) = obj else { return None };
        let slot = match &**o {
            // Instances of `object` itself or of classes with `__slots__` have no dict.
            Object::Instance(i) if !i.class.borrow().as_type().expect("type").instance_dict => return None,
            Object::Instance(i) => &i.dict,
            Object::Function(f) => &f.dict,
            Object::Exception(e) => &e.dict,
            Object::StaticMethod(w) | Object::ClassMethod(w) => &w.dict,
            Object::Native(n) if !n.class.as_type().expect("type").instance_dict => return None,
            Object::Native(n) => &n.dict,
            Object::Module(m) => return Some(m.dict.clone()),
            _ => return None,
        };
        let mut slot = slot.borrow_mut();
        Some(slot.get_or_insert_with(|| self.new_dict()).clone())
    }

    /// `hasattr`-style check that swallows AttributeError only.
    pub fn has_attr(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        let n = self.intern(name);
        Ok(self.getattr_opt(obj, &n)?.is_some())
    }
}
