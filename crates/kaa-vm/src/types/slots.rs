//! `__slots__`: reading a class's slot declaration (with CPython's checks and name
//! mangling), the instance layout rules it implies (which classes can be combined,
//! whether instances have a `__dict__`), and the `member_descriptor` type whose
//! objects read and write the slot values.

use std::rc::Rc;

use super::{add_getset, set_doc};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::descr::SlotMember;
use crate::objects::dict::DictObj;
use crate::objects::typeobj::Layout;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// What a class statement's `__slots__` asks for.
pub struct SlotSpec {
    /// The new member names (mangled), sorted as CPython sorts them.
    pub names: Vec<Rc<str>>,
    /// `"__dict__"` was listed.
    pub dict: bool,
    /// `"__weakref__"` was listed.
    pub weakref: bool,
}

/// `_Class__name` for a private name, as the compiler mangles names in a class body.
fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

impl Vm {
    /// Reads `__slots__` from a class namespace (`None` when the class has none).
    pub fn parse_slots(
        &mut self,
        class_name: &str,
        namespace: &DictObj,
        base_has_dict: bool,
        base_has_weakref: bool,
    ) -> PyResult<Option<SlotSpec>> {
        let Some(spec) = namespace.get_str("__slots__") else { return Ok(None) };
        let items = if self.as_str_ref(&spec).is_some() { vec![spec] } else { self.iterate(&spec)? };
        let mut out = SlotSpec { names: Vec::new(), dict: false, weakref: false };
        for item in &items {
            let Some(name) = self.as_str_ref(item).map(str::to_string) else {
                let tn = self.type_name(item);
                return Err(self.type_error(format!("__slots__ items must be strings, not '{tn}'")));
            };
            if !super::str::is_identifier(&name) {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            if name == "__dict__" {
                if base_has_dict || out.dict {
                    return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                }
                out.dict = true;
                continue;
            }
            if name == "__weakref__" {
                if base_has_weakref || out.weakref {
                    return Err(
                        self.type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
                    );
                }
                out.weakref = true;
                continue;
            }
            let mangled = mangle(class_name, &name);
            if namespace.get_str(&mangled).is_some() {
                let m = self.str_val(&mangled);
                let r = self.repr_string(&m)?;
                return Err(self.value_error(format!("{r} in __slots__ conflicts with class variable")));
            }
            out.names.push(Rc::from(mangled));
        }
        out.names.sort();
        Ok(Some(out))
    }

    /// The class whose instance layout `ty`'s instances share ("solid base"): the
    /// nearest class adding slots, or the builtin type underneath (all builtin
    /// exceptions share BaseException's).
    fn solid_base(&self, ty: &ObjRef) -> ObjRef {
        for t in ty.as_type().expect("type").mro.borrow().iter() {
            let tt = t.as_type().expect("type");
            if tt.is_heap && tt.own_slots == 0 {
                continue;
            }
            if !tt.is_heap && tt.layout == Layout::Exception {
                return self.exc.base_exception.clone();
            }
            return t.clone();
        }
        self.types.object.clone()
    }

    /// Checks that the bases' instance layouts can be combined, as CPython's
    /// best_base does.
    pub fn check_layouts(&mut self, bases: &[ObjRef]) -> PyResult<()> {
        let mut winner: Option<ObjRef> = None;
        for b in bases {
            let candidate = self.solid_base(b);
            winner = Some(match winner {
                None => candidate,
                Some(w) if self.is_subclass_ref(&w, &candidate) => w,
                Some(w) if self.is_subclass_ref(&candidate, &w) => candidate,
                Some(_) => return Err(self.type_error("multiple bases have instance lay-out conflict")),
            });
        }
        Ok(())
    }

    /// Reading a slot member on `obj`.
    pub fn slot_get(&mut self, m: &SlotMember, obj: &Value) -> PyResult<Value> {
        let v = self.with_slot(m, obj, |slot| slot.clone())?;
        if v.is_null() {
            let name = m.name.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
            let tn = self.type_name(obj);
            return Err(self.attribute_error_for(obj, &name, format!("'{tn}' object has no attribute '{name}'")));
        }
        Ok(v)
    }

    /// Writing (`Some`) or deleting (`None`) a slot member on `obj`.
    pub fn slot_set(&mut self, m: &SlotMember, obj: &Value, value: Option<Value>) -> PyResult<()> {
        let deleting = value.is_none();
        let old = self.with_slot(m, obj, |slot| std::mem::replace(slot, value.unwrap_or(Value::Null)))?;
        if deleting && old.is_null() {
            let name = m.name.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
            return Err(self.attribute_error(name));
        }
        // The old value is dropped here, after the storage is no longer borrowed.
        drop(old);
        Ok(())
    }

    /// Runs `f` on the storage of slot member `m` in `obj`, after checking that `obj`
    /// is an instance of the member's class.
    fn with_slot<T>(&mut self, m: &SlotMember, obj: &Value, f: impl FnOnce(&mut Value) -> T) -> PyResult<T> {
        let mismatch = |vm: &mut Vm| {
            let name = m.name.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
            let owner = m.owner.as_type().expect("type").tp_name();
            let tn = vm.type_name(obj);
            vm.type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{tn}' object"))
        };
        if !self.is_instance_of(obj, &m.owner) {
            return Err(mismatch(self));
        }
        let Value::Obj(o) = obj else { return Err(mismatch(self)) };
        match &**o {
            Object::Instance(i) => match &i.slots {
                Some(s) if m.index < s.values.borrow().len() => Ok(f(&mut s.values.borrow_mut()[m.index])),
                _ => Err(mismatch(self)),
            },
            Object::Exception(e) if m.index < e.slots.borrow().len() => Ok(f(&mut e.slots.borrow_mut()[m.index])),
            Object::Native(n) if m.index < n.slots.borrow().len() => Ok(f(&mut n.slots.borrow_mut()[m.index])),
            _ => Err(mismatch(self)),
        }
    }
}

/// A member descriptor object for slot `index` of class `owner`.
pub fn new_member(vm: &mut Vm, owner: &ObjRef, name: &str, index: usize) -> Value {
    let name = vm.intern(name);
    Value::from_obj(Object::SlotMember(Box::new(SlotMember { name, owner: owner.clone(), index })))
}

/// The `member_descriptor` type: slot members and the data members of builtin types.
pub fn init(vm: &mut Vm) {
    let t = vm.types.member_descriptor.clone();
    set_doc(vm, &t, "");
    add_getset(vm, &t, "__name__", |vm, v| Ok(member_parts(vm, v)?.0), None);
    add_getset(vm, &t, "__objclass__", |vm, v| Ok(Value::Obj(member_parts(vm, v)?.1)), None);
    add_getset(
        vm,
        &t,
        "__qualname__",
        |vm, v| {
            let (name, owner) = member_parts(vm, v)?;
            let name = vm.as_str_ref(&name).unwrap_or("").to_string();
            let owner = owner.as_type().expect("type").qualname.borrow().clone();
            Ok(vm.str_val(&format!("{owner}.{name}")))
        },
        None,
    );
    add_getset(vm, &t, "__doc__", |_vm, _v| Ok(Value::None), None);
    super::descr::add_descr_methods(vm, &t, true);
}

/// (name, owner) of a member descriptor.
fn member_parts(vm: &mut Vm, v: &Value) -> PyResult<(Value, ObjRef)> {
    if let Value::Obj(o) = v {
        match &**o {
            Object::SlotMember(m) => return Ok((Value::Obj(m.name.clone()), m.owner.clone())),
            Object::GetSetDescriptor(g) => return Ok((vm.str_val(g.name), g.owner.clone())),
            _ => {}
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'member_descriptor' object but received a '{tn}'")))
}
