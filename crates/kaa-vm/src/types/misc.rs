//! Small types: `NoneType`, `NotImplementedType`, `ellipsis`, the standard text streams.

use super::{add_getset, add_method};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::textio::{stdin, TextIOObj};
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

/// Standard input, open: the only stream that can be read.
fn readable(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let s = textio(vm, v)?;
    if s.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    if s.stream != crate::objects::textio::Stream::Stdin {
        let t = vm.exc.os_error.clone();
        return Err(vm.new_error(&t, "not readable"));
    }
    Ok(())
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
    add_method(vm, &t, "readline", |vm, a| {
        // readline converts its size with __index__ (other methods accept only ints).
        let limit = match a.args.get(1) {
            None | Some(Value::None) => None,
            Some(v) => {
                let n = vm.to_ssize(v)?;
                (n >= 0).then_some(n as usize)
            }
        };
        readable(vm, &a.args[0])?;
        vm.flush_std();
        let line = stdin::read_line(limit);
        Ok(vm.str_val(&line))
    });
    add_method(vm, &t, "read", |vm, a| {
        let limit = super::file::size_arg(vm, a.args.get(1))?;
        readable(vm, &a.args[0])?;
        vm.flush_std();
        let text = stdin::read(limit);
        Ok(vm.str_val(&text))
    });
    add_method(vm, &t, "readlines", |vm, a| {
        // Inherited from _IOBase in CPython, whose messages name it so.
        if a.has_kwargs() {
            return Err(vm.type_error("_IOBase.readlines() takes no keyword arguments"));
        }
        if a.args.len() > 2 {
            return Err(vm.type_error(format!("readlines expected at most 1 argument, got {}", a.args.len() - 1)));
        }
        // Lines until their total length reaches the hint (all lines without one).
        let hint = super::file::size_arg(vm, a.args.get(1))?.filter(|h| *h > 0);
        readable(vm, &a.args[0])?;
        vm.flush_std();
        let mut lines = Vec::new();
        let mut total = 0;
        loop {
            let line = stdin::read_line(None);
            if line.is_empty() {
                break;
            }
            total += line.chars().count();
            lines.push(vm.str_val(&line));
            if hint.is_some_and(|h| total >= h) {
                break;
            }
        }
        Ok(Value::Obj(vm.new_list(lines)))
    });
    add_method(vm, &t, "__iter__", |vm, a| {
        readable(vm, &a.args[0])?;
        Ok(a.args[0].clone())
    });
    add_method(vm, &t, "__next__", |vm, a| match vm.next(&a.args[0])? {
        Some(line) => Ok(line),
        None => Err(vm.stop_iteration(Value::None)),
    });
    add_method(vm, &t, "writelines", |vm, a| {
        if a.has_kwargs() {
            return Err(vm.type_error("_IOBase.writelines() takes no keyword arguments"));
        }
        if a.args.len() != 2 {
            return Err(
                vm.type_error(format!("_IOBase.writelines() takes exactly one argument ({} given)", a.args.len() - 1))
            );
        }
        let lines = vm.iterate(&a.args[1])?;
        for line in lines {
            let Some(s) = vm.as_str_ref(&line).map(str::to_string) else {
                let tn = vm.type_name(&line);
                return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
            };
            let stream = textio(vm, &a.args[0])?;
            if stream.closed.get() {
                return Err(vm.value_error("I/O operation on closed file."));
            }
            stream.write(&s);
        }
        Ok(Value::None)
    });
    add_method(vm, &t, "close", |vm, a| {
        let stream = textio(vm, &a.args[0])?;
        stream.flush();
        stream.closed.set(true);
        Ok(Value::None)
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
}
