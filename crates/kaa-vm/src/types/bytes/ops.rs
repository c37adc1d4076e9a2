//! The str-like methods of `bytes`: searching, splitting, stripping, padding, ASCII case
//! mapping and predicates, with CPython's argument handling (a search argument may be
//! a bytes-like object or an int byte value) and messages.

use super::{bytes_arg, bytes_like, like, this};
use crate::error::PyResult;
use crate::objects::builtin_func::Args;
use crate::types::add_method;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// ASCII whitespace as CPython's `Py_ISSPACE` (bytes methods never use Unicode spaces).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(0),
        1 => hay.iter().position(|b| *b == needle[0]),
        n if n > hay.len() => None,
        n => hay.windows(n).position(|w| w == needle),
    }
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(hay.len()),
        1 => hay.iter().rposition(|b| *b == needle[0]),
        n if n > hay.len() => None,
        n => hay.windows(n).rposition(|w| w == needle),
    }
}

/// Non-overlapping occurrences of a non-empty `needle`, left to right.
fn matches(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(k) = find_sub(&hay[i..], needle) {
        out.push(i + k);
        i += k + needle.len();
        if i > hay.len() {
            break;
        }
    }
    out
}

/// The needle of find/count/index: bytes-like or an int in range(256).
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.to_vec());
    }
    match v {
        Value::Int(_) | Value::Bool(_) => {
            let n = vm.to_index(v)?;
            if !(0..=255).contains(&n) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            Ok(vec![n as u8])
        }
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("argument should be integer or bytes-like object, not '{tn}'")))
        }
    }
}

/// The old-style (`PyArg_ParseTuple`) arguments of find/count/startswith.
fn old_args<'a>(vm: &mut Vm, a: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let rest = a.shift();
    if rest.has_kwargs() {
        return Err(vm.type_error(format!("bytes.{name}() takes no keyword arguments")));
    }
    let pos = rest.pos();
    if pos.len() < min {
        return Err(vm.type_error(format!("{name}() takes at least {min} argument ({} given)", pos.len())));
    }
    if pos.len() > max {
        return Err(vm.type_error(format!("{name}() takes at most {max} arguments ({} given)", pos.len())));
    }
    Ok(pos)
}

/// Start/end arguments, adjusted as CPython's `ADJUST_INDICES`.
fn range(vm: &mut Vm, pos: &[Value], len: usize) -> PyResult<(i64, i64)> {
    let idx = |vm: &mut Vm, v: Option<&Value>| -> PyResult<Option<i64>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(v) => match vm.as_bigint(v) {
                Some(n) => {
                    Ok(Some(num_traits::ToPrimitive::to_i64(&n).unwrap_or(if num_traits::Signed::is_negative(&n) {
                        i64::MIN
                    } else {
                        i64::MAX
                    })))
                }
                None => {
                    if vm.has_index(v) {
                        return Ok(Some(vm.to_index(v)?));
                    }
                    Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
                }
            },
        }
    };
    let start = idx(vm, pos.get(1))?;
    let end = idx(vm, pos.get(2))?;
    let len = len as i64;
    let mut start = start.unwrap_or(0);
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    Ok((start, end))
}

fn find(vm: &mut Vm, a: Args, name: &str, right: bool, raise: bool) -> PyResult<Value> {
    let pos = old_args(vm, &a, name, 1, 3)?;
    // The parser converts start and end before the body looks at the needle.
    let data = this(vm, &a)?;
    let data: &[u8] = &data;
    let (start, end) = range(vm, pos, data.len())?;
    let sub = needle(vm, &pos[0])?;
    let found = if end - start < sub.len() as i64 {
        None
    } else {
        let hay = &data[start as usize..end as usize];
        let hit = if right { rfind_sub(hay, &sub) } else { find_sub(hay, &sub) };
        hit.map(|i| i as i64 + start)
    };
    match found {
        Some(i) => Ok(Value::Int(i)),
        None if raise => Err(vm.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn affix(vm: &mut Vm, a: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let pos = old_args(vm, &a, name, 1, 3)?;
    let data = this(vm, &a)?;
    let data: &[u8] = &data;
    let candidates: Vec<Value> = match &pos[0] {
        Value::Obj(o) if o.as_tuple().is_some() => o.as_tuple().expect("tuple").to_vec(),
        v if bytes_like(v).is_some() => vec![v.clone()],
        v => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {tn}")));
        }
    };
    let (start, end) = range(vm, pos, data.len())?;
    for c in &candidates {
        let p = bytes_arg(vm, c)?;
        if end - (p.len() as i64) < start {
            continue;
        }
        let hay = &data[start as usize..end as usize];
        if (prefix && hay.starts_with(&p)) || (!prefix && hay.ends_with(&p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// The receiver itself when it is bytes (immutable), else a copy of the bytearray.
fn same_or_copy(a: &Args, data: &[u8]) -> Value {
    if super::is_bytearray(&a.args[0]) {
        like(a, data.to_vec())
    } else {
        a.args[0].clone()
    }
}

/// A list of byte strings of the receiver's type.
fn list_of(vm: &mut Vm, a: &Args, parts: Vec<&[u8]>) -> Value {
    let items = parts.into_iter().map(|p| like(a, p.to_vec())).collect();
    Value::Obj(vm.new_list(items))
}

fn split(vm: &mut Vm, a: Args, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let slots = vm.parse_args(name, &a.shift(), &["sep", "maxsplit"], 0)?;
    let maxsplit = match &slots[1] {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let sep = match &slots[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = bytes_arg(vm, v)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s.to_vec())
        }
    };
    let data = this(vm, &a)?;
    let data: &[u8] = &data;
    let mut parts: Vec<&[u8]> = Vec::new();
    match sep {
        Some(sep) if !right => {
            let mut rest = data;
            while parts.len() < max {
                let Some(k) = find_sub(rest, &sep) else { break };
                parts.push(&rest[..k]);
                rest = &rest[k + sep.len()..];
            }
            parts.push(rest);
        }
        Some(sep) => {
            let mut rest = data;
            while parts.len() < max {
                let Some(k) = rfind_sub(rest, &sep) else { break };
                parts.push(&rest[k + sep.len()..]);
                rest = &rest[..k];
            }
            parts.push(rest);
            parts.reverse();
        }
        None if !right => {
            let mut i = 0;
            let n = data.len();
            let mut left = max;
            while left > 0 {
                while i < n && is_space(data[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                let j = i;
                while i < n && !is_space(data[i]) {
                    i += 1;
                }
                parts.push(&data[j..i]);
                left -= 1;
            }
            while i < n && is_space(data[i]) {
                i += 1;
            }
            if i < n {
                parts.push(&data[i..]);
            }
        }
        None => {
            let mut end = data.len();
            let mut left = max;
            while left > 0 {
                while end > 0 && is_space(data[end - 1]) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                let j = end;
                while end > 0 && !is_space(data[end - 1]) {
                    end -= 1;
                }
                parts.push(&data[end..j]);
                left -= 1;
            }
            while end > 0 && is_space(data[end - 1]) {
                end -= 1;
            }
            if end > 0 {
                parts.push(&data[..end]);
            }
            parts.reverse();
        }
    }
    Ok(list_of(vm, &a, parts))
}

fn strip(vm: &mut Vm, a: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    vm.no_kwargs(&format!("bytes.{name}"), &a)?;
    let pos = vm.check_positional(name, &a.shift(), 0, 1)?;
    let set: Option<Vec<u8>> = match pos.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?.to_vec()),
    };
    let data = this(vm, &a)?;
    let data: &[u8] = &data;
    let strip_it = |b: &u8| match &set {
        None => is_space(*b),
        Some(s) => s.contains(b),
    };
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && strip_it(&data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip_it(&data[e - 1]) {
            e -= 1;
        }
    }
    Ok(like(&a, data[s..e].to_vec()))
}

fn pad(vm: &mut Vm, a: Args, name: &str, align: char) -> PyResult<Value> {
    vm.no_kwargs(&format!("bytes.{name}"), &a)?;
    let pos = vm.check_positional(name, &a.shift(), 1, 2)?;
    let width = match &pos[0] {
        Value::Obj(o) if matches!(&**o, crate::object::Object::BigInt(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        v => vm.to_index(v)?,
    };
    let fill = match pos.get(1) {
        None => b' ',
        Some(f) => match bytes_like(f).as_deref() {
            Some([b]) => *b,
            _ => {
                let tn = vm.type_name(f);
                return Err(vm.type_error(format!("{name}() argument 2 must be a byte string of length 1, not {tn}")));
            }
        },
    };
    let data = this(vm, &a)?;
    let data: &[u8] = &data;
    let n = data.len() as i64;
    if n >= width {
        return Ok(same_or_copy(&a, data));
    }
    let marg = (width - n) as usize;
    let left = match align {
        '<' => 0,
        '>' => marg,
        _ => marg / 2 + (marg & width as usize & 1),
    };
    let mut out = vm.alloc_vec(width as usize)?;
    out.resize(left, fill);
    out.extend_from_slice(data);
    out.resize(width as usize, fill);
    Ok(like(&a, out))
}

fn partition(vm: &mut Vm, a: Args, right: bool) -> PyResult<Value> {
    let name = if right { "bytes.rpartition" } else { "bytes.partition" };
    let sep_v = vm.one_arg(name, &a.shift())?.clone();
    let sep = bytes_arg(vm, &sep_v)?.to_vec();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let data = this(vm, &a)?;
    let data: &[u8] = &data;
    let found = if right { rfind_sub(data, &sep) } else { find_sub(data, &sep) };
    let parts: [&[u8]; 3] = match found {
        Some(i) => [&data[..i], &sep, &data[i + sep.len()..]],
        None if right => [b"", b"", data],
        None => [data, b"", b""],
    };
    let items = parts.into_iter().map(|p| like(&a, p.to_vec())).collect();
    Ok(vm.tuple_val(items))
}

/// ASCII title case: letters after a cased letter lowercased, others uppercased.
fn title(data: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    data.iter()
        .map(|&b| {
            let out = if prev_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            prev_cased = b.is_ascii_alphabetic();
            out
        })
        .collect()
}

pub fn init(vm: &mut Vm, t: &ObjRef) {
    add_method(vm, t, "find", |vm, a| find(vm, a, "find", false, false));
    add_method(vm, t, "rfind", |vm, a| find(vm, a, "rfind", true, false));
    add_method(vm, t, "index", |vm, a| find(vm, a, "index", false, true));
    add_method(vm, t, "rindex", |vm, a| find(vm, a, "rindex", true, true));
    add_method(vm, t, "count", |vm, a| {
        let pos = old_args(vm, &a, "count", 1, 3)?;
        let data = this(vm, &a)?;
        let data: &[u8] = &data;
        let (start, end) = range(vm, pos, data.len())?;
        let sub = needle(vm, &pos[0])?;
        if end - start < sub.len() as i64 {
            return Ok(Value::Int(0));
        }
        if sub.is_empty() {
            return Ok(Value::Int(end - start + 1));
        }
        Ok(Value::Int(matches(&data[start as usize..end as usize], &sub).len() as i64))
    });
    add_method(vm, t, "startswith", |vm, a| affix(vm, a, "startswith", true));
    add_method(vm, t, "endswith", |vm, a| affix(vm, a, "endswith", false));
    add_method(vm, t, "split", |vm, a| split(vm, a, false));
    add_method(vm, t, "rsplit", |vm, a| split(vm, a, true));
    add_method(vm, t, "strip", |vm, a| strip(vm, a, "strip", true, true));
    add_method(vm, t, "lstrip", |vm, a| strip(vm, a, "lstrip", true, false));
    add_method(vm, t, "rstrip", |vm, a| strip(vm, a, "rstrip", false, true));
    add_method(vm, t, "center", |vm, a| pad(vm, a, "center", '^'));
    add_method(vm, t, "ljust", |vm, a| pad(vm, a, "ljust", '<'));
    add_method(vm, t, "rjust", |vm, a| pad(vm, a, "rjust", '>'));
    add_method(vm, t, "partition", |vm, a| partition(vm, a, false));
    add_method(vm, t, "rpartition", |vm, a| partition(vm, a, true));
    add_method(vm, t, "join", |vm, a| {
        let sep = this(vm, &a)?.to_vec();
        let arg = vm.one_arg("bytes.join", &a.shift())?.clone();
        if !vm.is_iterable(&arg) {
            return Err(vm.type_error("can only join an iterable"));
        }
        let items = vm.iterate(&arg)?;
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(&sep);
            }
            match bytes_like(item) {
                Some(b) => out.extend_from_slice(&b),
                None => {
                    let tn = vm.type_name(item);
                    return Err(vm.type_error(format!("sequence item {i}: expected a bytes-like object, {tn} found")));
                }
            }
        }
        Ok(like(&a, out))
    });
    add_method(vm, t, "replace", |vm, a| {
        vm.no_kwargs("bytes.replace", &a)?;
        let pos = vm.check_positional("replace", &a.shift(), 2, 3)?;
        let old = bytes_arg(vm, &pos[0])?.to_vec();
        let new = bytes_arg(vm, &pos[1])?.to_vec();
        let count = match pos.get(2) {
            Some(c) => vm.to_index(c)?,
            None => -1,
        };
        let data = this(vm, &a)?;
        let data: &[u8] = &data;
        let limit = if count < 0 { usize::MAX } else { count as usize };
        let mut out = Vec::with_capacity(data.len());
        if old.is_empty() {
            // An empty pattern matches between every byte.
            let mut done = 0;
            for (i, b) in data.iter().enumerate() {
                if done < limit {
                    out.extend_from_slice(&new);
                    done += 1;
                }
                out.push(*b);
                if i + 1 == data.len() && done < limit {
                    out.extend_from_slice(&new);
                }
            }
            if data.is_empty() && limit > 0 {
                out.extend_from_slice(&new);
            }
        } else {
            let mut last = 0;
            for (k, m) in matches(data, &old).into_iter().enumerate() {
                if k >= limit {
                    break;
                }
                out.extend_from_slice(&data[last..m]);
                out.extend_from_slice(&new);
                last = m + old.len();
            }
            out.extend_from_slice(&data[last..]);
        }
        Ok(like(&a, out))
    });
    add_method(vm, t, "removeprefix", |vm, a| {
        let p = vm.one_arg("bytes.removeprefix", &a.shift())?.clone();
        let p = bytes_arg(vm, &p)?.to_vec();
        let data = this(vm, &a)?;
        let data: &[u8] = &data;
        Ok(like(&a, data.strip_prefix(p.as_slice()).unwrap_or(data).to_vec()))
    });
    add_method(vm, t, "removesuffix", |vm, a| {
        let p = vm.one_arg("bytes.removesuffix", &a.shift())?.clone();
        let p = bytes_arg(vm, &p)?.to_vec();
        let data = this(vm, &a)?;
        let data: &[u8] = &data;
        Ok(like(&a, data.strip_suffix(p.as_slice()).unwrap_or(data).to_vec()))
    });
    add_method(vm, t, "splitlines", |vm, a| {
        let slots = vm.parse_args("splitlines", &a.shift(), &["keepends"], 0)?;
        let keep = match &slots[0] {
            Some(v) => vm.to_index(v)? != 0,
            None => false,
        };
        let data = this(vm, &a)?;
        let data: &[u8] = &data;
        let mut parts: Vec<&[u8]> = Vec::new();
        let (mut start, mut i) = (0, 0);
        while i < data.len() {
            if data[i] == b'\n' || data[i] == b'\r' {
                let mut end = i + 1;
                if data[i] == b'\r' && data.get(i + 1) == Some(&b'\n') {
                    end += 1;
                }
                parts.push(&data[start..if keep { end } else { i }]);
                start = end;
                i = end;
            } else {
                i += 1;
            }
        }
        if start < data.len() {
            parts.push(&data[start..]);
        }
        Ok(list_of(vm, &a, parts))
    });
    add_method(vm, t, "zfill", |vm, a| {
        let w = vm.one_arg("bytes.zfill", &a.shift())?.clone();
        let width = vm.to_index(&w)?;
        let data = this(vm, &a)?;
        let data: &[u8] = &data;
        if data.len() as i64 >= width {
            return Ok(same_or_copy(&a, data));
        }
        let zeros = width as usize - data.len();
        let mut out = vm.alloc_vec(width as usize)?;
        let rest = match data.first() {
            Some(s @ (b'+' | b'-')) => {
                out.push(*s);
                &data[1..]
            }
            _ => data,
        };
        out.extend(std::iter::repeat_n(b'0', zeros));
        out.extend_from_slice(rest);
        Ok(like(&a, out))
    });
    add_method(vm, t, "expandtabs", |vm, a| {
        let slots = vm.parse_args("expandtabs", &a.shift(), &["tabsize"], 0)?;
        let size = match &slots[0] {
            Some(v) => vm.to_i64(v)?,
            None => 8,
        };
        let data = this(vm, &a)?;
        let data: &[u8] = &data;
        let mut out = Vec::with_capacity(data.len());
        let mut col = 0i64;
        for &b in data {
            match b {
                b'\t' if size > 0 => {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
                b'\t' => {}
                b'\n' | b'\r' => {
                    out.push(b);
                    col = 0;
                }
                _ => {
                    out.push(b);
                    col += 1;
                }
            }
        }
        Ok(like(&a, out))
    });
    macro_rules! mapping {
        ($name:literal, $f:expr) => {
            add_method(vm, t, $name, |vm, a| {
                vm.no_args(concat!("bytes.", $name), &a.shift())?;
                let data = this(vm, &a)?;
                let data: &[u8] = &data;
                let f: fn(&[u8]) -> Vec<u8> = $f;
                Ok(like(&a, f(data)))
            });
        };
    }
    mapping!("upper", |d| d.to_ascii_uppercase());
    mapping!("lower", |d| d.to_ascii_lowercase());
    mapping!("swapcase", |d| d
        .iter()
        .map(|b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() })
        .collect());
    mapping!("capitalize", |d| d
        .iter()
        .enumerate()
        .map(|(i, b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() })
        .collect());
    mapping!("title", title);
    macro_rules! predicate {
        ($name:literal, $empty:expr, $test:expr) => {
            add_method(vm, t, $name, |vm, a| {
                vm.no_args(concat!("bytes.", $name), &a.shift())?;
                let data = this(vm, &a)?;
                let data: &[u8] = &data;
                if data.is_empty() {
                    return Ok(Value::Bool($empty));
                }
                let f: fn(&u8) -> bool = $test;
                Ok(Value::Bool(data.iter().all(f)))
            });
        };
    }
    predicate!("isalpha", false, |b| b.is_ascii_alphabetic());
    predicate!("isalnum", false, |b| b.is_ascii_alphanumeric());
    predicate!("isdigit", false, |b| b.is_ascii_digit());
    predicate!("isspace", false, |b| is_space(*b));
    predicate!("isascii", true, |b| b.is_ascii());
    add_method(vm, t, "islower", |vm, a| {
        vm.no_args("bytes.islower", &a.shift())?;
        let d = this(vm, &a)?;
        let d: &[u8] = &d;
        Ok(Value::Bool(d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)))
    });
    add_method(vm, t, "isupper", |vm, a| {
        vm.no_args("bytes.isupper", &a.shift())?;
        let d = this(vm, &a)?;
        let d: &[u8] = &d;
        Ok(Value::Bool(d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)))
    });
    add_method(vm, t, "istitle", |vm, a| {
        vm.no_args("bytes.istitle", &a.shift())?;
        let d = this(vm, &a)?;
        let d: &[u8] = &d;
        let (mut cased, mut prev) = (false, false);
        for b in d {
            if b.is_ascii_uppercase() {
                if prev {
                    return Ok(Value::Bool(false));
                }
                prev = true;
                cased = true;
            } else if b.is_ascii_lowercase() {
                if !prev {
                    return Ok(Value::Bool(false));
                }
                prev = true;
                cased = true;
            } else {
                prev = false;
            }
        }
        Ok(Value::Bool(cased))
    });
}
