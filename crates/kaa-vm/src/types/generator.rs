//! The `generator` type: `__next__`, `send`, `throw`, `close` and the `gi_*`
//! attributes. The machinery that runs a generator's frame is in `eval/generator.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use super::{add_getset, add_method};
use crate::error::{PyErr, PyResult};
use crate::eval::generator::GenResult;
use crate::object::Object;
use crate::objects::frame::{FrameObj, FrameState};
use crate::objects::generator::{GenState, GeneratorObj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn gen_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<(&'a ObjRef, &'a GeneratorObj)> {
    if let Value::Obj(o) = v {
        if let Object::Generator(g) = &**o {
            return Ok((o, g));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'generator' object but received '{tn}'")))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.generator.clone();
    add_method(vm, &t, "__iter__", |_vm, a| Ok(a.args[0].clone()));
    add_method(vm, &t, "__next__", |vm, a| {
        vm.no_args("generator.__next__", &a.shift())?;
        let (g, _) = gen_of(vm, &a.args[0])?;
        let g = g.clone();
        vm.gen_send(&g, Value::None)
    });
    add_method(vm, &t, "send", |vm, a| {
        let value = vm.one_arg("generator.send", &a.shift())?.clone();
        let (g, _) = gen_of(vm, &a.args[0])?;
        let g = g.clone();
        vm.gen_send(&g, value)
    });
    add_method(vm, &t, "throw", |vm, a| {
        vm.no_kwargs("generator.throw", &a.shift())?;
        let pos = vm.check_positional("throw", &a.shift(), 1, 3)?.to_vec();
        let (g, _) = gen_of(vm, &a.args[0])?;
        let g = g.clone();
        let err = throw_arguments(vm, &pos)?;
        match vm.gen_throw(&g, err)? {
            GenResult::Yielded(v) => Ok(v),
            GenResult::Returned(v) => Err(vm.stop_iteration(v)),
        }
    });
    add_method(vm, &t, "close", |vm, a| {
        vm.no_args("generator.close", &a.shift())?;
        let (g, _) = gen_of(vm, &a.args[0])?;
        let g = g.clone();
        vm.gen_close(&g)?;
        Ok(Value::None)
    });
    add_method(vm, &t, "__del__", |vm, a| {
        // The finalizer: close the generator, reporting (not raising) any error.
        let (g, _) = gen_of(vm, &a.args[0])?;
        let g = g.clone();
        if let Err(e) = vm.gen_close(&g) {
            vm.write_unraisable(&e, &Value::Obj(g.clone()));
        }
        Ok(Value::None)
    });
    add_method(vm, &t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    add_getset(
        vm,
        &t,
        "gi_frame",
        |vm, v| {
            let (o, g) = gen_of(vm, v)?;
            Ok(generator_frame(vm, o, g).map(Value::Obj).unwrap_or(Value::None))
        },
        None,
    );
    add_getset(vm, &t, "gi_running", |vm, v| Ok(Value::Bool(gen_of(vm, v)?.1.state.get() == GenState::Running)), None);
    add_getset(
        vm,
        &t,
        "gi_suspended",
        |vm, v| Ok(Value::Bool(gen_of(vm, v)?.1.state.get() == GenState::Suspended)),
        None,
    );
    add_getset(vm, &t, "gi_code", |vm, v| Ok(Value::Obj(gen_of(vm, v)?.1.code.clone())), None);
    add_getset(
        vm,
        &t,
        "gi_yieldfrom",
        |vm, v| {
            let g = gen_of(vm, v)?.1;
            Ok(vm.gen_yield_from(g).unwrap_or(Value::None))
        },
        None,
    );
    add_getset(
        vm,
        &t,
        "__name__",
        |vm, v| Ok(Value::Obj(gen_of(vm, v)?.1.name.borrow().clone())),
        Some(|vm, v, x| {
            let name = string_attr(vm, x.as_ref(), "__name__")?;
            *gen_of(vm, v)?.1.name.borrow_mut() = name;
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "__qualname__",
        |vm, v| Ok(Value::Obj(gen_of(vm, v)?.1.qualname.borrow().clone())),
        Some(|vm, v, x| {
            let name = string_attr(vm, x.as_ref(), "__qualname__")?;
            *gen_of(vm, v)?.1.qualname.borrow_mut() = name;
            Ok(())
        }),
    );
}

/// The new value of a generator's `__name__`/`__qualname__`: a str (deleting is the same
/// error, as in CPython).
fn string_attr(vm: &mut Vm, x: Option<&Value>, what: &str) -> PyResult<ObjRef> {
    match x {
        Some(Value::Obj(o)) if o.as_str().is_some() => Ok(o.clone()),
        _ => Err(vm.type_error(format!("{what} must be set to a string object"))),
    }
}

/// `gi_frame`: the generator's frame object, made on first request; None once finished.
fn generator_frame(vm: &mut Vm, gen_ref: &ObjRef, g: &GeneratorObj) -> Option<ObjRef> {
    match g.state.get() {
        GenState::Finished => None,
        GenState::Running => Some(vm.frame_object(g.depth.get())),
        GenState::Created | GenState::Suspended => {
            let mut frame = g.frame.borrow_mut();
            let rec = frame.as_mut()?;
            if let Some(fo) = &rec.frame_obj {
                return Some(fo.clone());
            }
            let obj = Rc::new(Object::Frame(Box::new(FrameObj {
                state: RefCell::new(FrameState::Suspended(Rc::downgrade(gen_ref))),
                locals_dict: RefCell::new(None),
            })));
            rec.frame_obj = Some(obj.clone());
            Some(obj)
        }
    }
}

/// The exception `throw(type[, value[, traceback]])` raises (CPython's `_gen_throw`
/// argument handling).
fn throw_arguments(vm: &mut Vm, pos: &[Value]) -> PyResult<PyErr> {
    let typ = &pos[0];
    let val = pos.get(1).cloned().unwrap_or(Value::None);
    let tb = match pos.get(2) {
        None | Some(Value::None) => None,
        Some(Value::Obj(o)) if matches!(&**o, Object::Traceback(_)) => Some(o.clone()),
        Some(_) => return Err(vm.type_error("throw() third argument must be a traceback object")),
    };
    let exc = match typ {
        Value::Obj(o) if o.as_exception().is_some() => {
            if !val.is_none() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            o.clone()
        }
        Value::Obj(o) if o.as_type().is_some_and(|t| t.is_subtype_of(&vm.exc.base_exception)) => {
            let inst = match &val {
                Value::Obj(v) if v.as_exception().is_some() && vm.is_instance_of(&val, o) => val.clone(),
                Value::None => vm.call(typ, &[], &[])?,
                Value::Obj(v) if v.as_tuple().is_some() => {
                    let args = v.as_tuple().expect("tuple").to_vec();
                    vm.call(typ, &args, &[])?
                }
                _ => vm.call(typ, std::slice::from_ref(&val), &[])?,
            };
            match inst {
                Value::Obj(e) if e.as_exception().is_some() => e,
                other => {
                    let tn = vm.type_name(&other);
                    let name = o.as_type().expect("type").name();
                    return Err(vm.type_error(format!(
                        "calling {name} should have returned an instance of BaseException, not {tn}"
                    )));
                }
            }
        }
        _ => {
            let tn = vm.type_name(typ);
            return Err(
                vm.type_error(format!("exceptions must be classes or instances deriving from BaseException, not {tn}"))
            );
        }
    };
    if let Some(tb) = tb {
        if let Some(e) = exc.as_exception() {
            *e.traceback.borrow_mut() = Some(tb);
        }
    }
    Ok(PyErr(exc))
}
