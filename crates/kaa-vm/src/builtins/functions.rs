//! Builtin functions: output, introspection, attribute access, iteration helpers and
//! numbers (`print`, `len`, `isinstance`, `getattr`, `sorted`, `min`, `sum`, `chr`, ...).

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::add_builtin;
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::Args;
use crate::objects::iter::IterKind;
use crate::protocols::arith::int_value;
use crate::protocols::iter::new_iter;
use crate::value::Value;
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    add_builtin(vm, "print", print);
    add_builtin(vm, "repr", |vm, a| {
        let v = vm.one_arg("repr", &a)?.clone();
        Ok(Value::Obj(vm.repr(&v)?))
    });
    add_builtin(vm, "ascii", |vm, a| {
        let v = vm.one_arg("ascii", &a)?.clone();
        let r = vm.repr_string(&v)?;
        Ok(vm.str_val(&crate::format::ascii_escape(&r)))
    });
    add_builtin(vm, "len", |vm, a| {
        let v = vm.one_arg("len", &a)?.clone();
        Ok(Value::Int(vm.len(&v)? as i64))
    });
    add_builtin(vm, "id", |vm, a| {
        let v = vm.one_arg("id", &a)?;
        Ok(Value::Int(crate::protocols::hash::id_of(v) as i64))
    });
    add_builtin(vm, "hash", |vm, a| {
        let v = vm.one_arg("hash", &a)?.clone();
        Ok(Value::Int(vm.hash(&v)?))
    });
    // The async iteration protocol: Kaa has no coroutines yet, so these only reach the
    // objects' methods (and raise CPython's errors for objects without them).
    add_builtin(vm, "aiter", |vm, a| {
        let v = vm.one_arg("aiter", &a)?.clone();
        let not_async = |vm: &mut Vm, v: &Value| {
            let tn = vm.type_name(v);
            vm.type_error(format!("'{tn}' object is not an async iterable"))
        };
        let Some(it) = vm.call_dunder(&v, "__aiter__", &[])? else { return Err(not_async(vm, &v)) };
        if vm.type_of(&it).as_type().expect("type").lookup("__anext__").is_none() {
            let tn = vm.type_name(&it);
            return Err(vm.type_error(format!("aiter() returned not an async iterator of type '{tn}'")));
        }
        Ok(it)
    });
    add_builtin(vm, "anext", |vm, a| {
        vm.no_kwargs("anext", &a)?;
        let pos = vm.check_positional("anext", &a, 1, 2)?;
        match vm.call_dunder(&pos[0], "__anext__", &[])? {
            Some(r) => Ok(r),
            None => {
                let tn = vm.type_name(&pos[0]);
                Err(vm.type_error(format!("'{tn}' object is not an async iterator")))
            }
        }
    });
    add_builtin(vm, "callable", |vm, a| {
        let v = vm.one_arg("callable", &a)?;
        Ok(Value::Bool(vm.is_callable(v)))
    });
    add_builtin(vm, "isinstance", |vm, a| {
        vm.no_kwargs("isinstance", &a)?;
        let pos = vm.check_positional("isinstance", &a, 2, 2)?;
        Ok(Value::Bool(vm.isinstance(&pos[0], &pos[1])?))
    });
    add_builtin(vm, "issubclass", |vm, a| {
        vm.no_kwargs("issubclass", &a)?;
        let pos = vm.check_positional("issubclass", &a, 2, 2)?;
        Ok(Value::Bool(vm.issubclass(&pos[0], &pos[1])?))
    });
    add_builtin(vm, "getattr", |vm, a| {
        vm.no_kwargs("getattr", &a)?;
        let pos = vm.check_positional("getattr", &a, 2, 3)?;
        let Some(name) = pos[1].as_obj().filter(|o| o.as_str().is_some()).cloned() else {
            let tn = vm.type_name(&pos[1]);
            return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
        };
        match pos.get(2) {
            None => vm.getattr(&pos[0], &name),
            Some(default) => match vm.getattr(&pos[0], &name) {
                Ok(v) => Ok(v),
                Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Ok(default.clone()),
                Err(e) => Err(e),
            },
        }
    });
    add_builtin(vm, "hasattr", |vm, a| {
        vm.no_kwargs("hasattr", &a)?;
        let pos = vm.check_positional("hasattr", &a, 2, 2)?;
        let Some(name) = pos[1].as_obj().filter(|o| o.as_str().is_some()).cloned() else {
            let tn = vm.type_name(&pos[1]);
            return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
        };
        match vm.getattr(&pos[0], &name) {
            Ok(_) => Ok(Value::Bool(true)),
            Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Ok(Value::Bool(false)),
            Err(e) => Err(e),
        }
    });
    add_builtin(vm, "setattr", |vm, a| {
        vm.no_kwargs("setattr", &a)?;
        let pos = vm.check_positional("setattr", &a, 3, 3)?;
        let Some(name) = pos[1].as_obj().filter(|o| o.as_str().is_some()).cloned() else {
            let tn = vm.type_name(&pos[1]);
            return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
        };
        vm.setattr(&pos[0], &name, Some(pos[2].clone()))?;
        Ok(Value::None)
    });
    add_builtin(vm, "delattr", |vm, a| {
        vm.no_kwargs("delattr", &a)?;
        let pos = vm.check_positional("delattr", &a, 2, 2)?;
        let Some(name) = pos[1].as_obj().filter(|o| o.as_str().is_some()).cloned() else {
            let tn = vm.type_name(&pos[1]);
            return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
        };
        vm.setattr(&pos[0], &name, None)?;
        Ok(Value::None)
    });
    add_builtin(vm, "dir", |vm, a| {
        vm.no_kwargs("dir", &a)?;
        let pos = vm.check_positional("dir", &a, 0, 1)?;
        let names = match pos.first() {
            Some(v) => {
                let ty = vm.type_of(v);
                match ty.as_type().expect("type").lookup("__dir__") {
                    // A class's own `__dir__`, or a builtin type's other than object's
                    // (traceback objects list only their `tb_*` attributes).
                    Some(m)
                        if matches!(&m, Value::Obj(o) if match &**o {
                            Object::Function(_) => true,
                            Object::MethodDescriptor(d) => !std::rc::Rc::ptr_eq(&d.owner, &vm.types.object),
                            _ => false,
                        }) =>
                    {
                        let r = vm.call(&m, std::slice::from_ref(v), &[])?;
                        let items = vm.iterate(&r)?;
                        let list = Value::Obj(vm.new_list(items));
                        return vm.call_method(&list, "sort", &[]).map(|_| list);
                    }
                    _ => vm.dir(v)?,
                }
            }
            None => {
                let locals = vm.current_locals()?;
                let keys = vm.iterate(&locals)?;
                let mut names: Vec<String> = keys.iter().filter_map(|k| vm.as_str_ref(k).map(str::to_string)).collect();
                names.sort();
                names
            }
        };
        let items = names.into_iter().map(|n| vm.str_val(&n)).collect();
        Ok(Value::Obj(vm.new_list(items)))
    });
    add_builtin(vm, "globals", |vm, a| {
        vm.no_args("globals", &a)?;
        Ok(Value::Obj(vm.frames.last().expect("frame").globals().clone()))
    });
    add_builtin(vm, "locals", |vm, a| {
        vm.no_args("locals", &a)?;
        vm.current_locals()
    });
    add_builtin(vm, "vars", |vm, a| {
        vm.no_kwargs("vars", &a)?;
        let pos = vm.check_positional("vars", &a, 0, 1)?;
        match pos.first() {
            None => vm.current_locals(),
            Some(v) => match vm.getattr_str(v, "__dict__") {
                Ok(d) => Ok(d),
                Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => {
                    Err(vm.type_error("vars() argument must have __dict__ attribute"))
                }
                Err(e) => Err(e),
            },
        }
    });
    add_builtin(vm, "iter", |vm, a| {
        vm.no_kwargs("iter", &a)?;
        let pos = vm.check_positional("iter", &a, 1, 2)?;
        match pos.get(1) {
            None => vm.get_iter(&pos[0]),
            Some(sentinel) => {
                if !vm.is_callable(&pos[0]) {
                    return Err(vm.type_error("iter(v, w): v must be callable"));
                }
                Ok(new_iter(IterKind::Callable {
                    func: std::cell::RefCell::new(Some(pos[0].clone())),
                    sentinel: sentinel.clone(),
                }))
            }
        }
    });
    add_builtin(vm, "next", |vm, a| {
        vm.no_kwargs("next", &a)?;
        let pos = vm.check_positional("next", &a, 1, 2)?;
        let is_iter = match &pos[0] {
            Value::Obj(o) => match &**o {
                Object::Iter(_) | Object::TextIO(_) | Object::File(_) => true,
                Object::Instance(_) => vm.type_of(&pos[0]).as_type().expect("type").lookup("__next__").is_some(),
                // A generator's return value travels in the StopIteration.
                Object::Generator(_) if pos.len() == 1 => return vm.gen_send(o, Value::None),
                Object::Generator(_) => true,
                _ => false,
            },
            _ => false,
        };
        if !is_iter {
            let tn = vm.type_name(&pos[0]);
            return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
        }
        match vm.next(&pos[0])? {
            Some(v) => Ok(v),
            None => match pos.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(Value::None)),
            },
        }
    });
    add_builtin(vm, "sorted", |vm, a| {
        let pos = a.pos();
        if pos.len() != 1 {
            return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
        }
        // CPython builds the list, then hands the keywords to list.sort (one level of
        // recursion: the call of that method).
        let mut items = vm.iterate(&pos[0])?;
        let kw = Args { args: &a.args[1..], kwnames: a.kwnames };
        let (key, reverse) = crate::types::sort_options(vm, &kw)?;
        vm.enter_native_for(" while calling a Python object")?;
        let sorted = vm.sort_in_place(&mut items, key.as_ref(), reverse);
        vm.leave_native();
        sorted?;
        Ok(Value::Obj(vm.new_list(items)))
    });
    add_builtin(vm, "min", |vm, a| min_max(vm, a, "min", true));
    add_builtin(vm, "max", |vm, a| min_max(vm, a, "max", false));
    add_builtin(vm, "sum", |vm, a| {
        let slots = vm.parse_args("sum", &a, &["iterable", "start"], 1)?;
        let mut acc = slots[1].clone().unwrap_or(Value::Int(0));
        if let Value::Obj(o) = &acc {
            match &**o {
                Object::Str(_) => return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]")),
                Object::Bytes(_) => return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
                Object::ByteArray(_) => {
                    return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
                }
                _ => {}
            }
        }
        let it = vm.get_iter(slots[0].as_ref().expect("required"))?;
        while let Some(x) = vm.next(&it)? {
            acc = vm.binary_op(&acc, &x, kaa_bytecode::BinaryOp::Add, false)?;
        }
        Ok(acc)
    });
    add_builtin(vm, "any", |vm, a| {
        let v = vm.one_arg("any", &a)?.clone();
        let it = vm.get_iter(&v)?;
        while let Some(x) = vm.next(&it)? {
            if vm.truthy(&x)? {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::Bool(false))
    });
    add_builtin(vm, "all", |vm, a| {
        let v = vm.one_arg("all", &a)?.clone();
        let it = vm.get_iter(&v)?;
        while let Some(x) = vm.next(&it)? {
            if !vm.truthy(&x)? {
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    });
    add_builtin(vm, "abs", |vm, a| {
        let v = vm.one_arg("abs", &a)?.clone();
        vm.abs(&v)
    });
    add_builtin(vm, "chr", |vm, a| {
        let v = vm.one_arg("chr", &a)?.clone();
        let i = vm.to_c_int(&v)? as i64;
        match u32::try_from(i).ok().and_then(char::from_u32) {
            Some(c) => {
                let mut buf = [0u8; 4];
                Ok(vm.str_val(c.encode_utf8(&mut buf)))
            }
            None if (0..0x110000).contains(&i) => Ok(vm.str_val("\u{fffd}")),
            None => Err(vm.value_error("chr() arg not in range(0x110000)")),
        }
    });
    add_builtin(vm, "ord", |vm, a| {
        let v = vm.one_arg("ord", &a)?.clone();
        match &v {
            Value::Obj(o) => match &**o {
                Object::Str(s) => {
                    if s.char_len() != 1 {
                        return Err(vm.type_error(format!(
                            "ord() expected a character, but string of length {} found",
                            s.char_len()
                        )));
                    }
                    Ok(Value::Int(s.as_str().chars().next().expect("one char") as i64))
                }
                Object::Bytes(b) => {
                    if b.len() != 1 {
                        return Err(vm.type_error(format!(
                            "ord() expected a character, but string of length {} found",
                            b.len()
                        )));
                    }
                    Ok(Value::Int(b[0] as i64))
                }
                _ => {
                    let tn = vm.type_name(&v);
                    Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
                }
            },
            _ => {
                let tn = vm.type_name(&v);
                Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
            }
        }
    });
    add_builtin(vm, "divmod", |vm, a| {
        vm.no_kwargs("divmod", &a)?;
        let pos = vm.check_positional("divmod", &a, 2, 2)?;
        vm.divmod(&pos[0], &pos[1])
    });
    add_builtin(vm, "pow", |vm, a| {
        let slots = vm.parse_args("pow", &a, &["base", "exp", "mod"], 2)?;
        let (b, e) = (slots[0].clone().expect("base"), slots[1].clone().expect("exp"));
        match &slots[2] {
            None | Some(Value::None) => vm.binary_op(&b, &e, kaa_bytecode::BinaryOp::Power, false),
            Some(m) => vm.pow3(&b, &e, m),
        }
    });
    add_builtin(vm, "round", |vm, a| {
        let slots = vm.parse_args("round", &a, &["number", "ndigits"], 1)?;
        let x = slots[0].clone().expect("number");
        crate::types::round_number(vm, &x, slots[1].as_ref())
    });
    add_builtin(vm, "format", |vm, a| {
        vm.no_kwargs("format", &a)?;
        let pos = vm.check_positional("format", &a, 1, 2)?;
        let spec = match pos.get(1) {
            Some(s) => vm.arg_str("format", "2", s)?.to_string(),
            None => String::new(),
        };
        Ok(Value::Obj(vm.format(&pos[0], &spec)?))
    });
    add_builtin(vm, "bin", |vm, a| radix(vm, a, "bin", 2, "0b"));
    add_builtin(vm, "oct", |vm, a| radix(vm, a, "oct", 8, "0o"));
    add_builtin(vm, "hex", |vm, a| radix(vm, a, "hex", 16, "0x"));
    add_builtin(vm, "input", |vm, a| {
        vm.no_kwargs("input", &a)?;
        let pos = vm.check_positional("input", &a, 0, 1)?;
        if let Some(p) = pos.first() {
            let s = vm.to_str_string(p)?;
            vm.write_stdout(&s)?;
        }
        vm.flush_std();
        // A replaced sys.stdin is read through its readline().
        let stdin = vm.sys_attr("stdin").unwrap_or(Value::Obj(vm.stdin.clone()));
        let mut line = match &stdin {
            Value::Obj(o) if matches!(&**o, Object::TextIO(_)) => crate::objects::textio::stdin::read_line(None),
            _ => {
                let r = vm.call_method(&stdin, "readline", &[])?;
                match vm.as_str_ref(&r) {
                    Some(s) => s.to_string(),
                    None => return Err(vm.type_error("object.readline() returned non-string")),
                }
            }
        };
        if line.is_empty() {
            let t = vm.exc.eof_error.clone();
            return Err(vm.new_error(&t, "EOF when reading a line"));
        }
        if line.ends_with('\n') {
            line.pop();
        }
        Ok(vm.str_val(&line))
    });
    add_builtin(vm, "__build_class__", |vm, a| vm.build_class(a));
    add_builtin(vm, "open", crate::types::file_open);
    add_builtin(vm, "breakpoint", |vm, a| {
        let Some(hook) = vm.sys_attr("breakpointhook") else {
            return Err(vm.runtime_error("lost sys.breakpointhook"));
        };
        vm.call(&hook, a.args, a.kwnames)
    });
}

fn print(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in a.kw() {
        match k {
            "sep" | "end" => {
                let text = match v {
                    Value::None => None,
                    _ => match vm.as_str_ref(v) {
                        Some(s) => Some(s.to_string()),
                        None => {
                            let tn = vm.type_name(v);
                            return Err(vm.type_error(format!("{k} must be None or a string, not {tn}")));
                        }
                    },
                };
                if let Some(t) = text {
                    if k == "sep" {
                        sep = t;
                    } else {
                        end = t;
                    }
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.truthy(v)?,
            other => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for print()"))),
        }
    }
    let target = if file.is_none() {
        match vm.sys_attr("stdout") {
            Some(f) => f,
            // `del sys.stdout` leaves print nowhere to write.
            None if vm.sys_dict.is_some() => return Err(vm.runtime_error("lost sys.stdout")),
            None => Value::Obj(vm.stdout.clone()),
        }
    } else {
        file
    };
    if target.is_none() {
        return Ok(Value::None);
    }
    // Each piece is written as soon as it is converted, one `write` call per piece, as
    // CPython does: a file-like object sees the pieces, and output before a failing
    // `str()` is not lost.
    for (i, v) in a.pos().iter().enumerate() {
        if i > 0 {
            vm.write_to(&target, &sep)?;
        }
        match v {
            Value::Obj(o) if o.as_str().is_some() => vm.write_to(&target, o.as_str().expect("str").as_str())?,
            _ => {
                let text = vm.to_str_string(v)?;
                vm.write_to(&target, &text)?;
            }
        }
    }
    vm.write_to(&target, &end)?;
    if flush {
        if let Value::Obj(o) = &target {
            if let Object::TextIO(t) = &**o {
                t.flush();
            } else {
                vm.call_method(&target, "flush", &[])?;
            }
        }
    }
    Ok(Value::None)
}

fn min_max(vm: &mut Vm, a: Args, name: &str, is_min: bool) -> PyResult<Value> {
    let pos = a.pos();
    if pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let kw = Args { args: &a.args[pos.len()..], kwnames: a.kwnames };
    let slots = vm.parse_clinic(name, &kw, &["key", "default"], 0, 0)?;
    let key = slots[0].clone().filter(|v| !v.is_none());
    let default = slots[1].clone();
    if pos.len() > 1 && default.is_some() {
        return Err(vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
    }
    // One iterable is consumed item by item, so that a key function that grows the
    // list sees its new items (as in CPython).
    let iter = if pos.len() == 1 { vm.get_iter(&pos[0])? } else { vm.get_iter(&vm.tuple_val(pos.to_vec()))? };
    let op = if is_min { kaa_bytecode::CompareOp::Lt } else { kaa_bytecode::CompareOp::Gt };
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = vm.next(&iter)? {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, best_key)) => vm.compare_bool(&k, best_key, op)?,
        };
        if better {
            best = Some((item, k));
        }
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn radix(vm: &mut Vm, a: Args, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    let v = vm.one_arg(name, &a)?.clone();
    let i = vm.big_index(&v)?;
    let digits = i.magnitude().to_str_radix(base);
    let sign = if i.is_negative() { "-" } else { "" };
    Ok(vm.str_val(&format!("{sign}{prefix}{digits}")))
}

pub fn pow_mod(vm: &mut Vm, b: &Value, e: &Value, m: &Value) -> PyResult<Value> {
    let (Some(b), Some(e), Some(m)) = (vm.as_bigint(b), vm.as_bigint(e), vm.as_bigint(m)) else {
        return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    };
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let (base, exp) = if e.is_negative() {
        match mod_inverse(&b, &m) {
            Some(inv) => (inv, -e),
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    } else {
        (b, e)
    };
    let mabs = m.abs();
    let r = base.modpow(&exp, &mabs);
    // Python's result takes the modulus's sign.
    let r = if m.is_negative() && !r.is_zero() { r - mabs } else { r };
    Ok(int_value(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let (mut old_r, mut r) = (((a % &m) + &m) % &m, m.clone());
    let (mut old_s, mut s) = (BigInt::from(1), BigInt::from(0));
    while !r.is_zero() {
        let q = &old_r / &r;
        let t = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, t);
        let t = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, t);
    }
    if old_r != BigInt::from(1) {
        return None;
    }
    Some(((old_s % &m) + &m) % &m)
}

impl Vm {
    /// The locals mapping of the running Python frame (`locals()`).
    pub fn current_locals(&mut self) -> PyResult<Value> {
        let depth = self.frames.len() - 1;
        if let Some(l) = self.frames[depth].locals.clone() {
            return Ok(l);
        }
        let f = Value::Obj(self.frame_object(depth));
        self.frame_locals(&f)
    }

    /// `abs(v)`.
    pub fn abs(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(match i.checked_abs() {
                Some(a) => Value::Int(a),
                None => int_value(BigInt::from(*i).abs()),
            }),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Float(f) => Ok(Value::Float(f.abs())),
            Value::Obj(o) => match &**o {
                Object::BigInt(b) => Ok(int_value(b.abs())),
                Object::Complex(re, im) => Ok(Value::Float(re.hypot(*im))),
                Object::Instance(_) => match self.call_dunder(v, "__abs__", &[])? {
                    Some(r) => Ok(r),
                    None => {
                        let tn = self.type_name(v);
                        Err(self.type_error(format!("bad operand type for abs(): '{tn}'")))
                    }
                },
                _ => {
                    let tn = self.type_name(v);
                    Err(self.type_error(format!("bad operand type for abs(): '{tn}'")))
                }
            },
            _ => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("bad operand type for abs(): '{tn}'")))
            }
        }
    }

    /// The classes named by isinstance's/issubclass's second argument.
    fn class_list(&mut self, cls: &Value, fname: &str) -> PyResult<Vec<crate::value::ObjRef>> {
        match cls {
            Value::Obj(o) if o.as_type().is_some() => Ok(vec![o.clone()]),
            Value::Obj(o) if o.as_tuple().is_some() => {
                let mut out = Vec::new();
                for item in o.as_tuple().expect("tuple").to_vec() {
                    let what = if fname == "isinstance" { " in __instancecheck__" } else { " in __subclasscheck__" };
                    self.enter_native_for(what)?;
                    let r = self.class_list(&item, fname);
                    self.leave_native();
                    out.extend(r?);
                }
                Ok(out)
            }
            _ => Err(self.type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union"))),
        }
    }

    /// `isinstance(v, cls)`.
    pub fn isinstance(&mut self, v: &Value, cls: &Value) -> PyResult<bool> {
        if let Some(r) = self.check_hook(cls, "__instancecheck__", v)? {
            return Ok(r);
        }
        let classes = self.class_list(cls, "isinstance")?;
        if classes.iter().any(|c| self.is_instance_of(v, c)) {
            return Ok(true);
        }
        // An object may claim another class through its `__class__` attribute.
        if crate::protocols::instance::has_python_class(v) {
            let name = self.intern("__class__");
            if let Some(Value::Obj(claimed)) = self.getattr_opt(v, &name)? {
                if claimed.as_type().is_some() && !std::rc::Rc::ptr_eq(&claimed, &self.type_of(v)) {
                    return Ok(classes.iter().any(|c| self.is_subclass_ref(&claimed, c)));
                }
            }
        }
        Ok(false)
    }

    /// `type(cls).__instancecheck__(cls, v)` (or `__subclasscheck__`) when `cls` is an
    /// object of a class that defines it (`int | str`, `list[int]`); `None` otherwise.
    fn check_hook(&mut self, cls: &Value, hook: &str, v: &Value) -> PyResult<Option<bool>> {
        match cls {
            Value::Obj(o) if matches!(&**o, Object::Instance(_)) => {}
            // A class whose metaclass defines the hook.
            Value::Obj(o) if o.as_type().is_some_and(|t| t.metaclass.is_some()) => {
                return match self.user_slot(cls, hook) {
                    Some(m) => {
                        let r = self.call_slot(&m, cls, std::slice::from_ref(v))?;
                        self.truthy(&r).map(Some)
                    }
                    None => Ok(None),
                };
            }
            _ => return Ok(None),
        }
        match self.call_dunder(cls, hook, std::slice::from_ref(v))? {
            Some(r) => self.truthy(&r).map(Some),
            None => Ok(None),
        }
    }

    /// `issubclass(c, cls)`.
    pub fn issubclass(&mut self, c: &Value, cls: &Value) -> PyResult<bool> {
        let Value::Obj(co) = c else { return Err(self.type_error("issubclass() arg 1 must be a class")) };
        if co.as_type().is_none() {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        }
        if let Some(r) = self.check_hook(cls, "__subclasscheck__", c)? {
            return Ok(r);
        }
        let classes = self.class_list(cls, "issubclass")?;
        Ok(classes.iter().any(|k| self.is_subclass_ref(co, k)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modular_inverse() {
        assert_eq!(mod_inverse(&BigInt::from(3), &BigInt::from(11)), Some(BigInt::from(4)));
        assert_eq!(mod_inverse(&BigInt::from(2), &BigInt::from(4)), None);
    }
}
