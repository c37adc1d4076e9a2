//! Searching: `find`, `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith`,
//! `replace`, `partition`, `rpartition`, `removeprefix`, `removesuffix`.
//!
//! Indexes are code points; the text is UTF-8, so a code-point range is turned into a
//! byte range once and the search runs on bytes (UTF-8 is self-synchronising, so a byte
//! match of valid UTF-8 is a code-point match).

use super::{adjust_indices, clinic_str, new_str, old_style_args, slice_index, ssize_arg, str_arg, this};
use crate::error::PyResult;
use crate::objects::builtin_func::Args;
use crate::objects::str::PyStr;
use crate::types::add_method;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The part of `s` between code points `start` and `end` (already adjusted, start <= end).
fn sub(s: &PyStr, start: i64, end: i64) -> (&str, usize) {
    let b0 = s.byte_offset(start as usize);
    let b1 = s.byte_offset(end as usize);
    (&s.as_str()[b0..b1], b0)
}

/// Code-point index of byte offset `b` in `s`.
fn char_index(s: &PyStr, b: usize) -> i64 {
    if s.is_ascii() {
        b as i64
    } else {
        s.as_str()[..b].chars().count() as i64
    }
}

/// `find`/`rfind`/`index`/`rindex` (CPython's `any_find_slice`).
fn find(vm: &mut Vm, a: Args, name: &str, right: bool, raise: bool) -> PyResult<Value> {
    let pos = old_style_args(vm, &a, name, 1, 3)?;
    let s = this(vm, &a)?;
    let needle = str_arg(vm, &pos[0])?.to_string();
    let start = slice_index(vm, pos.get(1))?;
    let end = slice_index(vm, pos.get(2))?;
    let (start, end) = adjust_indices(start, end, s.char_len());
    let nlen = needle.chars().count() as i64;
    let found = if end - start < nlen {
        None
    } else if needle.is_empty() {
        Some(if right { end } else { start })
    } else {
        let (hay, base) = sub(s, start, end);
        let hit = if right { hay.rfind(&needle) } else { hay.find(&needle) };
        hit.map(|b| char_index(s, base + b))
    };
    match found {
        Some(i) => Ok(Value::Int(i)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = old_style_args(vm, &a, "count", 1, 3)?;
    let s = this(vm, &a)?;
    let needle = str_arg(vm, &pos[0])?.to_string();
    let start = slice_index(vm, pos.get(1))?;
    let end = slice_index(vm, pos.get(2))?;
    let (start, end) = adjust_indices(start, end, s.char_len());
    let nlen = needle.chars().count() as i64;
    if end - start < nlen {
        return Ok(Value::Int(0));
    }
    if needle.is_empty() {
        return Ok(Value::Int(end - start + 1));
    }
    let (hay, _) = sub(s, start, end);
    Ok(Value::Int(hay.matches(needle.as_str()).count() as i64))
}

/// `startswith`/`endswith` (CPython's `tailmatch` over a str or a tuple of str).
fn affix(vm: &mut Vm, a: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let pos = old_style_args(vm, &a, name, 1, 3)?;
    let s = this(vm, &a)?;
    let start = slice_index(vm, pos.get(1))?;
    let end = slice_index(vm, pos.get(2))?;
    let candidates: Vec<Value> = match &pos[0] {
        Value::Obj(o) if o.as_tuple().is_some() => o.as_tuple().expect("tuple").to_vec(),
        v if vm.as_str_ref(v).is_some() => vec![v.clone()],
        v => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("{name} first arg must be str or a tuple of str, not {tn}")));
        }
    };
    let (start, end) = adjust_indices(start, end, s.char_len());
    for c in &candidates {
        let Some(p) = vm.as_str_ref(c) else {
            let tn = vm.type_name(c);
            return Err(vm.type_error(format!("tuple for {name} must only contain str, not {tn}")));
        };
        let plen = p.chars().count() as i64;
        if end - plen < start {
            continue;
        }
        let (hay, _) = sub(s, start, end);
        if (prefix && hay.starts_with(p)) || (!prefix && hay.ends_with(p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn partition(vm: &mut Vm, a: Args, right: bool) -> PyResult<Value> {
    let name = if right { "str.rpartition" } else { "str.partition" };
    let sep_v = vm.one_arg(name, &a.shift())?.clone();
    let text = this(vm, &a)?.as_str();
    let sep = str_arg(vm, &sep_v)?.to_string();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right { text.rfind(&sep) } else { text.find(&sep) };
    let parts = match found {
        Some(i) => [&text[..i], sep.as_str(), &text[i + sep.len()..]],
        None if right => ["", "", text],
        None => [text, "", ""],
    };
    let items = parts.into_iter().map(|p| new_str(vm, p.to_string())).collect();
    Ok(vm.tuple_val(items))
}

pub fn init(vm: &mut Vm, t: &ObjRef) {
    add_method(vm, t, "find", |vm, a| find(vm, a, "find", false, false));
    add_method(vm, t, "rfind", |vm, a| find(vm, a, "rfind", true, false));
    add_method(vm, t, "index", |vm, a| find(vm, a, "index", false, true));
    add_method(vm, t, "rindex", |vm, a| find(vm, a, "rindex", true, true));
    add_method(vm, t, "count", count);
    add_method(vm, t, "startswith", |vm, a| affix(vm, a, "startswith", true));
    add_method(vm, t, "endswith", |vm, a| affix(vm, a, "endswith", false));
    add_method(vm, t, "partition", |vm, a| partition(vm, a, false));
    add_method(vm, t, "rpartition", |vm, a| partition(vm, a, true));
    add_method(vm, t, "replace", |vm, a| {
        vm.no_kwargs("str.replace", &a)?;
        let pos = vm.check_positional("replace", &a.shift(), 2, 3)?;
        let text = this(vm, &a)?.as_str();
        let old = clinic_str(vm, &pos[0], "replace() argument 1")?;
        let new = clinic_str(vm, &pos[1], "replace() argument 2")?;
        let count = match pos.get(2) {
            Some(c) => ssize_arg(vm, c)?,
            None => -1,
        };
        // Guard the result size before building it (CPython: OverflowError).
        let n = if old.is_empty() { text.chars().count() + 1 } else { text.matches(old).count() };
        let n = if count < 0 { n } else { n.min(count as usize) };
        if new.len() > old.len() && (new.len() - old.len()).saturating_mul(n) > (1 << 31) {
            return Err(vm.overflow_error("replace string is too long"));
        }
        let out = if count < 0 { text.replace(old, new) } else { text.replacen(old, new, count as usize) };
        Ok(new_str(vm, out))
    });
    add_method(vm, t, "removeprefix", |vm, a| {
        let p = vm.one_arg("str.removeprefix", &a.shift())?.clone();
        let text = this(vm, &a)?.as_str();
        let p = clinic_str(vm, &p, "removeprefix() argument")?;
        let out = text.strip_prefix(p).unwrap_or(text).to_string();
        Ok(new_str(vm, out))
    });
    add_method(vm, t, "removesuffix", |vm, a| {
        let p = vm.one_arg("str.removesuffix", &a.shift())?.clone();
        let text = this(vm, &a)?.as_str();
        let p = clinic_str(vm, &p, "removesuffix() argument")?;
        let out = text.strip_suffix(p).unwrap_or(text).to_string();
        Ok(new_str(vm, out))
    });
}
