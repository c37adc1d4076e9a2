//! `str.maketrans` (all three forms) and `str.translate`, with CPython's errors.

use std::collections::HashMap;

use super::{clinic_str, new_str, this};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::{Args, MethodKind};
use crate::types::{add_method, add_method_kind};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("maketrans", &a)?;
    let pos = vm.check_positional("maketrans", &a, 1, 3)?;
    let out = vm.new_dict();
    let d = out.as_dict().expect("dict");
    if pos.len() == 1 {
        let Value::Obj(o) = &pos[0] else {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        };
        let Some(src) = o.as_dict() else {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        };
        for (k, v) in src.items() {
            let key = match &k {
                Value::Int(_) | Value::Bool(_) => k.clone(),
                Value::Obj(ko) if matches!(&**ko, Object::BigInt(_)) => k.clone(),
                Value::Obj(ko) if ko.as_str().is_some() => {
                    let s = ko.as_str().expect("str");
                    if s.char_len() != 1 {
                        return Err(vm.value_error("string keys in translate table must be of length 1"));
                    }
                    Value::Int(s.as_str().chars().next().expect("one char") as i64)
                }
                _ => return Err(vm.type_error("keys in translate table must be strings or integers")),
            };
            d.set_item(vm, key, v)?;
        }
        return Ok(Value::Obj(out));
    }
    // The parser checks the str arguments before the body checks the first.
    let y = clinic_str(vm, &pos[1], "maketrans() argument 2")?.to_string();
    let z = match pos.get(2) {
        Some(z) => Some(clinic_str(vm, z, "maketrans() argument 3")?.to_string()),
        None => None,
    };
    let Some(x) = vm.as_str_ref(&pos[0]).map(str::to_string) else {
        return Err(vm.type_error("first maketrans argument must be a string if there is a second argument"));
    };
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        d.set_item(vm, Value::Int(cx as i64), Value::Int(cy as i64))?;
    }
    for c in z.iter().flat_map(|z| z.chars()) {
        d.set_item(vm, Value::Int(c as i64), Value::None)?;
    }
    Ok(Value::Obj(out))
}

/// What one character becomes.
#[derive(Clone)]
enum Mapped {
    Keep,
    Delete,
    Char(char),
    Text(String),
}

fn lookup(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let r = match vm.getitem(table, &Value::Int(c as i64)) {
        Ok(r) => r,
        Err(e) => {
            let lookup_error = vm.exc.lookup_error.clone();
            if vm.err_matches(&e, &lookup_error) {
                return Ok(Mapped::Keep);
            }
            return Err(e);
        }
    };
    match &r {
        Value::None => Ok(Mapped::Delete),
        Value::Int(_) | Value::Bool(_) => {
            let n = vm.to_i64(&r)?;
            match u32::try_from(n).ok().filter(|n| *n < 0x110000).and_then(char::from_u32) {
                Some(m) => Ok(Mapped::Char(m)),
                None => Err(vm.value_error("character mapping must be in range(0x110000)")),
            }
        }
        Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => {
            Err(vm.value_error("character mapping must be in range(0x110000)"))
        }
        Value::Obj(o) if o.as_str().is_some() => Ok(Mapped::Text(o.as_str().expect("str").as_str().to_string())),
        _ => Err(vm.type_error("character mapping must return integer, None or str")),
    }
}

fn translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let table = vm.one_arg("str.translate", &a.shift())?.clone();
    let text = this(vm, &a)?.as_str();
    let mut cache: HashMap<char, Mapped> = HashMap::new();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let m = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let m = lookup(vm, &table, c)?;
                cache.insert(c, m.clone());
                m
            }
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Char(m) => out.push(m),
            Mapped::Text(t) => out.push_str(&t),
        }
    }
    Ok(new_str(vm, out))
}

pub fn init(vm: &mut Vm, t: &ObjRef) {
    add_method(vm, t, "translate", translate);
    add_method_kind(vm, t, "maketrans", maketrans, MethodKind::Static);
}
