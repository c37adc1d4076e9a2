//! `function`, bound `method` and the builtin function types: attributes (with their
//! setters' checks), binding, calling, and `types.FunctionType(...)`.

use std::cell::RefCell;

use super::{add_getset, add_member, add_method, set_doc};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::{Args, BoundMethod};
use crate::objects::function::FunctionObj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn func_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a FunctionObj> {
    match v {
        Value::Obj(o) if o.as_function().is_some() => Ok(o.as_function().expect("function")),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'function' object but received a '{tn}'")))
        }
    }
}

fn opt(o: &Option<ObjRef>) -> Value {
    o.clone().map(Value::Obj).unwrap_or(Value::None)
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.function.clone();
    set_doc(vm, &t, "Create a function object.\n\n  code\n    a code object\n  globals\n    the globals dictionary\n  name\n    a string that overrides the name from the code object\n  argdefs\n    a tuple that specifies the default argument values\n  closure\n    a tuple that supplies the bindings for free variables");
    add_getset(vm, &t, "__code__", |vm, v| Ok(Value::Obj(func_of(vm, v)?.code.borrow().clone())), Some(set_code));
    add_member(vm, &t, "__globals__", |vm, v| Ok(Value::Obj(func_of(vm, v)?.globals.clone())), None);
    add_member(vm, &t, "__builtins__", |vm, v| Ok(Value::Obj(func_of(vm, v)?.builtins.clone())), None);
    add_member(vm, &t, "__closure__", |vm, v| Ok(opt(&func_of(vm, v)?.closure)), None);
    add_getset(
        vm,
        &t,
        "__defaults__",
        |vm, v| Ok(opt(&func_of(vm, v)?.defaults.borrow())),
        Some(|vm, v, value| {
            let d = match value {
                None | Some(Value::None) => None,
                Some(Value::Obj(o)) if o.as_tuple().is_some() => Some(o),
                Some(_) => return Err(vm.type_error("__defaults__ must be set to a tuple object")),
            };
            *func_of(vm, v)?.defaults.borrow_mut() = d;
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "__kwdefaults__",
        |vm, v| Ok(opt(&func_of(vm, v)?.kwdefaults.borrow())),
        Some(|vm, v, value| {
            let d = match value {
                None | Some(Value::None) => None,
                Some(Value::Obj(o)) if o.as_dict().is_some() => Some(o),
                Some(_) => return Err(vm.type_error("__kwdefaults__ must be set to a dict object")),
            };
            *func_of(vm, v)?.kwdefaults.borrow_mut() = d;
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "__name__",
        |vm, v| Ok(Value::Obj(func_of(vm, v)?.name.borrow().clone())),
        Some(|vm, v, value| match value {
            Some(Value::Obj(o)) if o.as_str().is_some() => {
                *func_of(vm, v)?.name.borrow_mut() = o;
                Ok(())
            }
            _ => Err(vm.type_error("__name__ must be set to a string object")),
        }),
    );
    add_getset(
        vm,
        &t,
        "__qualname__",
        |vm, v| Ok(Value::Obj(func_of(vm, v)?.qualname.borrow().clone())),
        Some(|vm, v, value| match value {
            Some(Value::Obj(o)) if o.as_str().is_some() => {
                *func_of(vm, v)?.qualname.borrow_mut() = o;
                Ok(())
            }
            _ => Err(vm.type_error("__qualname__ must be set to a string object")),
        }),
    );
    add_getset(
        vm,
        &t,
        "__doc__",
        |vm, v| Ok(func_of(vm, v)?.doc.borrow().clone()),
        Some(|vm, v, value| {
            *func_of(vm, v)?.doc.borrow_mut() = value.unwrap_or(Value::None);
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "__module__",
        |vm, v| Ok(func_of(vm, v)?.module.borrow().clone()),
        Some(|vm, v, value| {
            *func_of(vm, v)?.module.borrow_mut() = value.unwrap_or(Value::None);
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "__dict__",
        |vm, v| {
            let d = vm.instance_dict_create(v).expect("functions have a dict");
            Ok(Value::Obj(d))
        },
        Some(|vm, v, value| match value {
            Some(Value::Obj(o)) if o.as_dict().is_some() => {
                *func_of(vm, v)?.dict.borrow_mut() = Some(o);
                Ok(())
            }
            None => Err(vm.type_error("cannot delete __dict__")),
            Some(other) => {
                let tn = vm.type_name(&other);
                Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{tn}'")))
            }
        }),
    );
    add_getset(
        vm,
        &t,
        "__annotations__",
        |vm, v| {
            let f = func_of(vm, v)?;
            let existing = f.annotations.borrow().clone();
            match existing {
                Some(a) => Ok(Value::Obj(a)),
                None => {
                    let d = vm.new_dict();
                    *f.annotations.borrow_mut() = Some(d.clone());
                    Ok(Value::Obj(d))
                }
            }
        },
        Some(|vm, v, value| {
            let a = match value {
                None | Some(Value::None) => None,
                Some(Value::Obj(o)) if o.as_dict().is_some() => Some(o),
                Some(_) => return Err(vm.type_error("__annotations__ must be set to a dict object")),
            };
            *func_of(vm, v)?.annotations.borrow_mut() = a;
            Ok(())
        }),
    );
    add_method(vm, &t, "__call__", |vm, a| {
        let f = a.args[0].clone();
        vm.call(&f, &a.args[1..], a.kwnames)
    });
    super::descr::add_descr_methods(vm, &t, false);
    add_method(vm, &t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    super::set_constructor(&t, function_new);

    let m = vm.types.method.clone();
    set_doc(vm, &m, "Create a bound instance method object.");
    add_getset(vm, &m, "__func__", |vm, v| bound_part(vm, v, true), None);
    add_getset(vm, &m, "__self__", |vm, v| bound_part(vm, v, false), None);
    add_method(vm, &m, "__call__", |vm, a| {
        let f = a.args[0].clone();
        vm.call(&f, &a.args[1..], a.kwnames)
    });
    add_method(vm, &m, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    // Bound methods are equal when they bind the same object to equal functions.
    add_method(vm, &m, "__eq__", |vm, a| method_compare(vm, a, kaa_bytecode::CompareOp::Eq));
    add_method(vm, &m, "__ne__", |vm, a| method_compare(vm, a, kaa_bytecode::CompareOp::Ne));
    add_method(vm, &m, "__hash__", |vm, a| {
        let v = a.args[0].clone();
        Ok(Value::Int(vm.hash(&v)?))
    });
    add_method(vm, &m, "__reduce__", |vm, _a| Err(vm.type_error("cannot pickle 'method' object")));
    super::set_constructor(&m, |vm, _ty, a| {
        vm.no_kwargs("method", &a)?;
        let pos = vm.check_positional("method", &a, 2, 2)?;
        if !vm.is_callable(&pos[0]) {
            return Err(vm.type_error("first argument must be callable"));
        }
        if pos[1].is_none() {
            return Err(vm.type_error("instance must not be None"));
        }
        Ok(Value::from_obj(Object::BoundMethod(BoundMethod { func: pos[0].clone(), bound_self: pos[1].clone() })))
    });

    // Builtin functions and methods, and slot wrappers bound to an object.
    for b in [vm.types.builtin_function.clone(), vm.types.method_wrapper.clone()] {
        add_getset(
            vm,
            &b,
            "__name__",
            |vm, v| match v {
                Value::Obj(o) => match &**o {
                    Object::BuiltinFunction(f) => Ok(vm.str_val(f.name)),
                    _ => Ok(Value::None),
                },
                _ => Ok(Value::None),
            },
            None,
        );
        add_getset(
            vm,
            &b,
            "__qualname__",
            |vm, v| match v {
                Value::Obj(o) => match &**o {
                    Object::BuiltinFunction(f) => match &f.bound_self {
                        Some(s) if !matches!(s, Value::Obj(m) if matches!(&**m, Object::Module(_))) => {
                            let owner = match s {
                                Value::Obj(t) if t.as_type().is_some() => t.as_type().expect("type").name().to_string(),
                                _ => vm.type_name(s),
                            };
                            Ok(vm.str_val(&format!("{owner}.{}", f.name)))
                        }
                        _ => Ok(vm.str_val(f.name)),
                    },
                    _ => Ok(Value::None),
                },
                _ => Ok(Value::None),
            },
            None,
        );
        add_getset(
            vm,
            &b,
            "__self__",
            |vm, v| match v {
                Value::Obj(o) => match &**o {
                    // A module's function: the module (found in sys.modules).
                    Object::BuiltinFunction(f) => Ok(match (&f.bound_self, f.module) {
                        (Some(s), _) => s.clone(),
                        (None, Some(m)) => vm
                            .modules
                            .as_dict()
                            .and_then(|d| d.get_str(m))
                            .unwrap_or_else(|| Value::Obj(vm.builtins.clone())),
                        (None, None) => Value::Obj(vm.builtins.clone()),
                    }),
                    _ => Ok(Value::None),
                },
                _ => Ok(Value::None),
            },
            None,
        );
        add_getset(
            vm,
            &b,
            "__module__",
            |vm, v| match v {
                Value::Obj(o) => match &**o {
                    Object::BuiltinFunction(f) => Ok(match f.module {
                        Some(m) => vm.str_val(m),
                        None => Value::None,
                    }),
                    _ => Ok(Value::None),
                },
                _ => Ok(Value::None),
            },
            None,
        );
        add_getset(
            vm,
            &b,
            "__doc__",
            |vm, v| match v {
                Value::Obj(o) => match &**o {
                    Object::BuiltinFunction(f) => Ok(f.doc.map(|d| vm.str_val(d)).unwrap_or(Value::None)),
                    _ => Ok(Value::None),
                },
                _ => Ok(Value::None),
            },
            None,
        );
        // A module's function or a bound method: the table's entry for its owner.
        add_getset(
            vm,
            &b,
            "__text_signature__",
            |vm, v| {
                let Value::Obj(o) = v else { return Ok(Value::None) };
                let Object::BuiltinFunction(f) = &**o else { return Ok(Value::None) };
                let owner: String = match (&f.bound_self, f.module) {
                    (None, Some(m)) => m.to_string(),
                    (Some(s), _) => match s {
                        Value::Obj(t) if t.as_type().is_some() => t.as_type().expect("type").name().to_string(),
                        _ => vm.type_name(s),
                    },
                    _ => return Ok(Value::None),
                };
                Ok(super::doc_of(&owner, f.name).1.map(|s| vm.str_val(s)).unwrap_or(Value::None))
            },
            None,
        );
        add_method(vm, &b, "__call__", |vm, a| {
            let f = a.args[0].clone();
            vm.call(&f, &a.args[1..], a.kwnames)
        });
        add_method(vm, &b, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
        add_method(vm, &b, "__reduce__", |vm, a| {
            let name = vm.getattr_str(&a.args[0].clone(), "__name__")?;
            Ok(name)
        });
    }

    for ty in [
        vm.types.method_descriptor.clone(),
        vm.types.classmethod_descriptor.clone(),
        vm.types.wrapper_descriptor.clone(),
    ] {
        // A read-only attribute computed from the method descriptor.
        macro_rules! descriptor_attr {
            ($name:literal, |$vm:ident, $m:ident| $body:expr) => {
                add_getset(
                    vm,
                    &ty,
                    $name,
                    |$vm, v| match v {
                        Value::Obj(o) => match &**o {
                            Object::MethodDescriptor($m) => $body,
                            _ => Ok(Value::None),
                        },
                        _ => Ok(Value::None),
                    },
                    None,
                )
            };
        }
        descriptor_attr!("__name__", |vm, m| Ok(vm.str_val(m.name)));
        descriptor_attr!("__qualname__", |vm, m| {
            let owner = m.owner.as_type().expect("type").name();
            Ok(vm.str_val(&format!("{owner}.{}", m.name)))
        });
        descriptor_attr!("__objclass__", |_vm, m| Ok(Value::Obj(m.owner.clone())));
        descriptor_attr!("__doc__", |vm, m| Ok(m.doc.map(|d| vm.str_val(d)).unwrap_or(Value::None)));
        descriptor_attr!("__text_signature__", |vm, m| {
            let owner = m.owner.as_type().expect("type").name();
            Ok(super::doc_of(&owner, m.name).1.map(|s| vm.str_val(s)).unwrap_or(Value::None))
        });
        add_method(vm, &ty, "__call__", |vm, a| {
            let f = a.args[0].clone();
            vm.call(&f, &a.args[1..], a.kwnames)
        });
        super::descr::add_descr_methods(vm, &ty, false);
    }
    let g = vm.types.getset_descriptor.clone();
    add_getset(
        vm,
        &g,
        "__name__",
        |vm, v| match v {
            Value::Obj(o) => match &**o {
                Object::GetSetDescriptor(d) => Ok(vm.str_val(d.name)),
                _ => Ok(Value::None),
            },
            _ => Ok(Value::None),
        },
        None,
    );
    super::descr::add_descr_methods(vm, &g, true);
}

fn method_compare(vm: &mut Vm, a: Args, op: kaa_bytecode::CompareOp) -> PyResult<Value> {
    let pos = vm.check_positional(op.dunder(), &a, 2, 2)?;
    let both = pos.iter().all(|v| matches!(v, Value::Obj(o) if matches!(&**o, Object::BoundMethod(_))));
    if !both {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    match vm.builtin_compare(&pos[0], &pos[1], op)? {
        Some(r) => Ok(Value::Bool(r)),
        None => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn bound_part(vm: &mut Vm, v: &Value, func: bool) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &**o {
            Object::BoundMethod(m) => Ok(if func { m.func.clone() } else { m.bound_self.clone() }),
            _ => Err(vm.type_error("expected a method")),
        },
        _ => Err(vm.type_error("expected a method")),
    }
}

/// Setting `__code__`: a code object with as many free variables as the closure has.
fn set_code(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    let code = match value {
        Some(Value::Obj(o)) if o.as_code().is_some() => o,
        _ => return Err(vm.type_error("__code__ must be set to a code object")),
    };
    let nfree = code.as_code().expect("code").nfreevars();
    let nclosure = f.closure.as_ref().and_then(|c| c.as_tuple().map(|t| t.len())).unwrap_or(0);
    if nfree != nclosure {
        let name = f.name.borrow().as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
        return Err(vm.value_error(format!("{name}() requires a code object with {nclosure} free vars, not {nfree}")));
    }
    *f.code.borrow_mut() = code;
    Ok(())
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`.
fn function_new(vm: &mut Vm, _ty: &ObjRef, a: Args) -> PyResult<Value> {
    let slots = vm.parse_args("function", &a, &["code", "globals", "name", "argdefs", "closure"], 2)?;
    let code = match &slots[0] {
        Some(Value::Obj(o)) if o.as_code().is_some() => o.clone(),
        Some(other) => {
            let tn = if other.is_none() { "None".to_string() } else { vm.type_name(other) };
            return Err(vm.type_error(format!("function() argument 'code' must be code, not {tn}")));
        }
        None => unreachable!("required"),
    };
    let globals = match &slots[1] {
        Some(Value::Obj(o)) if o.as_dict().is_some() => o.clone(),
        Some(other) => {
            let tn = if other.is_none() { "None".to_string() } else { vm.type_name(other) };
            return Err(vm.type_error(format!("function() argument 'globals' must be dict, not {tn}")));
        }
        None => unreachable!("required"),
    };
    let c = code.as_code().expect("code");
    let name = match &slots[2] {
        None | Some(Value::None) => c.name.clone(),
        Some(Value::Obj(o)) if o.as_str().is_some() => o.clone(),
        Some(_) => return Err(vm.type_error("arg 3 (name) must be None or string")),
    };
    let defaults = match &slots[3] {
        None | Some(Value::None) => None,
        Some(Value::Obj(o)) if o.as_tuple().is_some() => Some(o.clone()),
        Some(_) => return Err(vm.type_error("arg 4 (defaults) must be None or tuple")),
    };
    let nfree = c.nfreevars();
    let closure = match &slots[4] {
        None | Some(Value::None) => None,
        Some(Value::Obj(o)) if o.as_tuple().is_some() => Some(o.clone()),
        Some(_) => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
    };
    match &closure {
        None if nfree > 0 => return Err(vm.type_error("arg 5 (closure) must be tuple")),
        Some(t) => {
            let items = t.as_tuple().expect("tuple");
            if items.len() != nfree {
                let cname = c.name.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
                return Err(vm.value_error(format!("{cname} requires closure of length {nfree}, not {}", items.len())));
            }
            for item in items {
                if !matches!(item, Value::Obj(o) if matches!(&**o, Object::Cell(_))) {
                    let tn = vm.type_name(item);
                    return Err(vm.type_error(format!("arg 5 (closure) expected cell, found {tn}")));
                }
            }
        }
        None => {}
    }
    let builtins = match globals.as_dict().expect("dict").get_str("__builtins__") {
        Some(Value::Obj(b)) => match &*b {
            Object::Module(m) => m.dict.clone(),
            Object::Dict(_) => b.clone(),
            _ => vm.builtins_dict.clone(),
        },
        _ => vm.builtins_dict.clone(),
    };
    let doc = match c.consts.first() {
        Some(d @ Value::Obj(o)) if o.as_str().is_some() => d.clone(),
        _ => Value::None,
    };
    let module = globals.as_dict().expect("dict").get_str("__name__").unwrap_or(Value::None);
    Ok(Value::from_obj(Object::Function(Box::new(FunctionObj {
        qualname: RefCell::new(c.qualname.clone()),
        code: RefCell::new(code.clone()),
        globals,
        builtins,
        name: RefCell::new(name),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(None),
        closure,
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        dict: RefCell::new(None),
        annotations: RefCell::new(None),
    }))))
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &**o {
                Object::Function(_)
                | Object::BuiltinFunction(_)
                | Object::MethodDescriptor(_)
                | Object::BoundMethod(_)
                | Object::Type(_)
                | Object::StaticMethod(_) => true,
                Object::Instance(_) | Object::Native(_) => {
                    self.type_of(v).as_type().expect("type").lookup("__call__").is_some()
                }
                _ => false,
            },
            _ => false,
        }
    }
}
