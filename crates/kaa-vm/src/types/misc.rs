//! Small types: `NoneType`, `NotImplementedType`, `ellipsis`, the standard text streams,
//! and the descriptor builtins `staticmethod`, `classmethod`, `property`.

use std::cell::RefCell;
use std::io::BufRead;

use super::{add_getset, add_method, set_doc};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::textio::TextIOObj;
use crate::value::Value;
use crate::vm::Vm;

fn textio<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a TextIOObj> {
    match v {
        Value::Obj(o) => match &**o {
            Object::TextIO(t) => Ok(t),
            _ => Err(vm.type_error("expected a text stream")),
        },
        _ => Err(vm.type_error("expected a text stream")),
    }
}

pub fn init(vm: &mut Vm) {
    let none = vm.types.none.clone();
    super::set_constructor(&none, |vm, _ty, a| {
        if !a.args.is_empty() {
            return Err(vm.type_error("NoneType takes no arguments"));
        }
        Ok(Value::None)
    });
    add_method(vm, &none, "__repr__", |vm, _a| Ok(vm.str_val("None")));
    add_method(vm, &none, "__bool__", |_vm, _a| Ok(Value::Bool(false)));
    let ni = vm.types.not_implemented.clone();
    super::set_constructor(&ni, |vm, _ty, _a| Ok(Value::Obj(vm.not_implemented.clone())));
    let el = vm.types.ellipsis.clone();
    super::set_constructor(&el, |vm, _ty, _a| Ok(Value::Obj(vm.ellipsis.clone())));

    let t = vm.types.textio.clone();
    add_method(vm, &t, "write", |vm, a| {
        let pos = vm.check_positional("write", &a, 2, 2)?;
        let Some(s) = vm.as_str_ref(&pos[1]).map(str::to_string) else {
            let tn = vm.type_name(&pos[1]);
            return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
        };
        let stream = textio(vm, &pos[0])?;
        if stream.closed.get() {
            return Err(vm.value_error("I/O operation on closed file."));
        }
        stream.write(&s);
        Ok(Value::Int(s.chars().count() as i64))
    });
    add_method(vm, &t, "flush", |vm, a| {
        textio(vm, &a.args[0])?.flush();
        Ok(Value::None)
    });
    add_method(vm, &t, "isatty", |vm, a| {
        let s = textio(vm, &a.args[0])?;
        let tty = match s.stream {
            crate::objects::textio::Stream::Stdin => std::io::IsTerminal::is_terminal(&std::io::stdin()),
            crate::objects::textio::Stream::Stdout => std::io::IsTerminal::is_terminal(&std::io::stdout()),
            crate::objects::textio::Stream::Stderr => std::io::IsTerminal::is_terminal(&std::io::stderr()),
        };
        Ok(Value::Bool(tty))
    });
    add_method(vm, &t, "fileno", |vm, a| {
        let s = textio(vm, &a.args[0])?;
        Ok(Value::Int(match s.stream {
            crate::objects::textio::Stream::Stdin => 0,
            crate::objects::textio::Stream::Stdout => 1,
            crate::objects::textio::Stream::Stderr => 2,
        }))
    });
    add_method(vm, &t, "readline", |vm, _a| {
        vm.flush_std();
        let mut line = String::new();
        let _ = std::io::stdin().lock().read_line(&mut line);
        Ok(vm.str_val(&line))
    });
    add_method(vm, &t, "read", |vm, _a| {
        vm.flush_std();
        let mut all = String::new();
        let _ = std::io::Read::read_to_string(&mut std::io::stdin().lock(), &mut all);
        Ok(vm.str_val(&all))
    });
    add_method(vm, &t, "writable", |vm, a| {
        let s = textio(vm, &a.args[0])?;
        Ok(Value::Bool(s.stream != crate::objects::textio::Stream::Stdin))
    });
    add_method(vm, &t, "readable", |vm, a| {
        let s = textio(vm, &a.args[0])?;
        Ok(Value::Bool(s.stream == crate::objects::textio::Stream::Stdin))
    });
    add_getset(
        vm,
        &t,
        "name",
        |vm, v| {
            let s = textio(vm, v)?;
            let n = s.name();
            Ok(vm.str_val(n))
        },
        None,
    );
    add_getset(vm, &t, "encoding", |vm, _v| Ok(vm.str_val("utf-8")), None);
    add_getset(vm, &t, "closed", |vm, v| Ok(Value::Bool(textio(vm, v)?.closed.get())), None);

    let sm = vm.types.staticmethod.clone();
    set_doc(vm, &sm, "staticmethod(function) -> method\n\nConvert a function to be a static method.");
    super::set_constructor(&sm, |vm, _ty, a| {
        vm.no_kwargs("staticmethod", &a)?;
        let pos = vm.check_positional("staticmethod", &a, 1, 1)?;
        Ok(Value::from_obj(Object::StaticMethod(RefCell::new(pos[0].clone()))))
    });
    add_getset(
        vm,
        &sm,
        "__func__",
        |_vm, v| {
            Ok(match v {
                Value::Obj(o) => match &**o {
                    Object::StaticMethod(f) => f.borrow().clone(),
                    _ => Value::None,
                },
                _ => Value::None,
            })
        },
        None,
    );
    let cm = vm.types.classmethod.clone();
    set_doc(vm, &cm, "classmethod(function) -> method\n\nConvert a function to be a class method.");
    super::set_constructor(&cm, |vm, _ty, a| {
        vm.no_kwargs("classmethod", &a)?;
        let pos = vm.check_positional("classmethod", &a, 1, 1)?;
        Ok(Value::from_obj(Object::ClassMethod(RefCell::new(pos[0].clone()))))
    });
    add_getset(
        vm,
        &cm,
        "__func__",
        |_vm, v| {
            Ok(match v {
                Value::Obj(o) => match &**o {
                    Object::ClassMethod(f) => f.borrow().clone(),
                    _ => Value::None,
                },
                _ => Value::None,
            })
        },
        None,
    );
    let p = vm.types.property.clone();
    super::set_constructor(&p, |vm, _ty, a| {
        let slots = vm.parse_args("property", &a, &["fget", "fset", "fdel", "doc"], 0)?;
        let get = |i: usize| slots[i].clone().unwrap_or(Value::None);
        Ok(Value::from_obj(Object::Property(Box::new([get(0), get(1), get(2), get(3)]))))
    });
    macro_rules! prop_part {
        ($name:literal, $i:expr) => {
            add_getset(
                vm,
                &p,
                $name,
                |_vm, v| {
                    Ok(match v {
                        Value::Obj(o) => match &**o {
                            Object::Property(parts) => parts[$i].clone(),
                            _ => Value::None,
                        },
                        _ => Value::None,
                    })
                },
                None,
            );
        };
    }
    prop_part!("fget", 0);
    prop_part!("fset", 1);
    prop_part!("fdel", 2);
    macro_rules! prop_with {
        ($name:literal, $i:expr) => {
            add_method(vm, &p, $name, |vm, a| {
                let pos = vm.check_positional($name, &a, 2, 2)?;
                let Value::Obj(o) = &pos[0] else { return Ok(Value::None) };
                let Object::Property(parts) = &**o else { return Ok(Value::None) };
                let mut new = (**parts).clone();
                new[$i] = pos[1].clone();
                Ok(Value::from_obj(Object::Property(Box::new(new))))
            });
        };
    }
    prop_with!("getter", 0);
    prop_with!("setter", 1);
    prop_with!("deleter", 2);
}
