//! Splitting, joining, stripping and padding: `split`, `rsplit`, `splitlines`, `join`,
//! `strip`/`lstrip`/`rstrip`, `center`/`ljust`/`rjust`, `zfill`, `expandtabs`.

use super::{new_str, ssize_arg, this};
use crate::error::PyResult;
use crate::objects::builtin_func::Args;
use crate::objects::str::is_space;
use crate::types::add_method;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Splits on runs of whitespace (CPython's `split_whitespace`), at most `max` times.
fn split_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut left = max;
    while left > 0 {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            return out;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
        left -= 1;
    }
    let rest = rest.trim_start_matches(is_space);
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// Splits on runs of whitespace from the right, at most `max` times.
fn rsplit_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut left = max;
    while left > 0 {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            out.reverse();
            return out;
        }
        let start = rest.rfind(is_space).map(|i| i + rest[i..].chars().next().map_or(1, char::len_utf8)).unwrap_or(0);
        out.push(&rest[start..]);
        rest = &rest[..start];
        left -= 1;
    }
    let rest = rest.trim_end_matches(is_space);
    if !rest.is_empty() {
        out.push(rest);
    }
    out.reverse();
    out
}

fn split(vm: &mut Vm, a: Args, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let slots = vm.parse_args(name, &a.shift(), &["sep", "maxsplit"], 0)?;
    let maxsplit = match &slots[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let sep = match &slots[0] {
        None | Some(Value::None) => None,
        Some(v) => match vm.as_str_ref(v) {
            Some("") => return Err(vm.value_error("empty separator")),
            Some(sep) => Some(sep.to_string()),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("must be str or None, not {tn}")));
            }
        },
    };
    let text = this(vm, &a)?.as_str();
    let parts: Vec<&str> = match &sep {
        None if right => rsplit_whitespace(text, max),
        None => split_whitespace(text, max),
        Some(sep) if right => {
            let mut v: Vec<&str> = text.rsplitn(max.saturating_add(1), sep.as_str()).collect();
            v.reverse();
            v
        }
        Some(sep) => text.splitn(max.saturating_add(1), sep.as_str()).collect(),
    };
    let items = parts.into_iter().map(|p| new_str(vm, p.to_string())).collect();
    Ok(Value::Obj(vm.new_list(items)))
}

fn splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let slots = vm.parse_args("splitlines", &a.shift(), &["keepends"], 0)?;
    let keep = match &slots[0] {
        Some(v) => vm.to_index(v)? != 0,
        None => false,
    };
    let text = this(vm, &a)?.as_str();
    let mut parts = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let is_break =
            matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && iter.peek().is_some_and(|(_, n)| *n == '\n') {
            iter.next();
            end += 1;
        }
        parts.push(&text[start..if keep { end } else { i }]);
        start = end;
    }
    if start < text.len() {
        parts.push(&text[start..]);
    }
    let items = parts.into_iter().map(|p| new_str(vm, p.to_string())).collect();
    Ok(Value::Obj(vm.new_list(items)))
}

fn strip(vm: &mut Vm, a: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    vm.no_kwargs(&format!("str.{name}"), &a)?;
    let pos = vm.check_positional(name, &a.shift(), 0, 1)?;
    let set: Option<Vec<char>> = match pos.first() {
        None | Some(Value::None) => None,
        Some(v) => match vm.as_str_ref(v) {
            Some(c) => Some(c.chars().collect()),
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let text = this(vm, &a)?.as_str();
    let pred = |c: char| match &set {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let mut out = text;
    if left {
        out = out.trim_start_matches(pred);
    }
    if right {
        out = out.trim_end_matches(pred);
    }
    if out.len() == text.len() {
        // Unchanged: CPython returns the same object.
        return Ok(a.args[0].clone());
    }
    Ok(new_str(vm, out.to_string()))
}

/// `center`/`ljust`/`rjust`.
fn pad(vm: &mut Vm, a: Args, name: &str, align: char) -> PyResult<Value> {
    vm.no_kwargs(&format!("str.{name}"), &a)?;
    let pos = vm.check_positional(name, &a.shift(), 1, 2)?;
    let width = ssize_arg(vm, &pos[0])?;
    let fill = match pos.get(1) {
        None => ' ',
        Some(f) => match vm.as_str_ref(f) {
            Some(t) => {
                let mut cs = t.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => c,
                    _ => return Err(vm.type_error("The fill character must be exactly one character long")),
                }
            }
            None => {
                let tn = vm.type_name(f);
                return Err(vm.type_error(format!("The fill character must be a unicode character, not {tn}")));
            }
        },
    };
    let s = this(vm, &a)?;
    let n = s.char_len() as i64;
    if n >= width {
        return Ok(a.args[0].clone());
    }
    let marg = (width - n) as usize;
    let (left, right) = match align {
        '<' => (0, marg),
        '>' => (marg, 0),
        // CPython: the extra fill goes left when both the margin and the width are odd.
        _ => {
            let left = marg / 2 + (marg & width as usize & 1);
            (left, marg - left)
        }
    };
    let Some(size) = marg.checked_mul(fill.len_utf8()).and_then(|m| m.checked_add(s.as_str().len())) else {
        return Err(vm.memory_error());
    };
    let mut out = vm.alloc_string(size)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new_str(vm, out))
}

pub fn init(vm: &mut Vm, t: &ObjRef) {
    add_method(vm, t, "split", |vm, a| split(vm, a, false));
    add_method(vm, t, "rsplit", |vm, a| split(vm, a, true));
    add_method(vm, t, "splitlines", splitlines);
    add_method(vm, t, "strip", |vm, a| strip(vm, a, "strip", true, true));
    add_method(vm, t, "lstrip", |vm, a| strip(vm, a, "lstrip", true, false));
    add_method(vm, t, "rstrip", |vm, a| strip(vm, a, "rstrip", false, true));
    add_method(vm, t, "center", |vm, a| pad(vm, a, "center", '^'));
    add_method(vm, t, "ljust", |vm, a| pad(vm, a, "ljust", '<'));
    add_method(vm, t, "rjust", |vm, a| pad(vm, a, "rjust", '>'));
    add_method(vm, t, "join", |vm, a| {
        let sep = this(vm, &a)?.as_str().to_string();
        let arg = vm.one_arg("str.join", &a.shift())?.clone();
        if !vm.is_iterable(&arg) {
            return Err(vm.type_error("can only join an iterable"));
        }
        let items = vm.iterate(&arg)?;
        // The result's size first, so that a huge one is a MemoryError, not an abort.
        let mut size = sep.len().checked_mul(items.len().saturating_sub(1));
        for (i, item) in items.iter().enumerate() {
            match vm.as_str_ref(item) {
                Some(t) => size = size.and_then(|n| n.checked_add(t.len())),
                None => {
                    let tn = vm.type_name(item);
                    return Err(vm.type_error(format!("sequence item {i}: expected str instance, {tn} found")));
                }
            }
        }
        let Some(size) = size else { return Err(vm.memory_error()) };
        let mut out = vm.alloc_string(size)?;
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(vm.as_str_ref(item).unwrap_or(""));
        }
        Ok(new_str(vm, out))
    });
    add_method(vm, t, "zfill", |vm, a| {
        let w = vm.one_arg("str.zfill", &a.shift())?.clone();
        let width = ssize_arg(vm, &w)?;
        let s = this(vm, &a)?;
        let n = s.char_len() as i64;
        if n >= width {
            return Ok(a.args[0].clone());
        }
        let text = s.as_str();
        let zeros = (width - n) as usize;
        let Some(size) = zeros.checked_add(text.len()) else { return Err(vm.memory_error()) };
        let mut out = vm.alloc_string(size)?;
        let digits = match text.as_bytes().first() {
            Some(b'+' | b'-') => {
                out.push_str(&text[..1]);
                &text[1..]
            }
            _ => text,
        };
        out.extend(std::iter::repeat_n('0', zeros));
        out.push_str(digits);
        Ok(new_str(vm, out))
    });
    add_method(vm, t, "expandtabs", |vm, a| {
        let slots = vm.parse_args("expandtabs", &a.shift(), &["tabsize"], 0)?;
        let size = match &slots[0] {
            Some(v) => {
                let n = vm.to_i64(v)?;
                if n > i32::MAX as i64 || n < i32::MIN as i64 {
                    return Err(vm.overflow_error("Python int too large to convert to C int"));
                }
                n
            }
            None => 8,
        };
        let mut out = String::new();
        let mut col = 0i64;
        for c in this(vm, &a)?.as_str().chars() {
            match c {
                '\t' => {
                    if size > 0 {
                        let n = size - col % size;
                        if out.len() as i64 + n > 1 << 31 {
                            return Err(vm.overflow_error("new string is too long"));
                        }
                        out.extend(std::iter::repeat_n(' ', n as usize));
                        col += n;
                    }
                }
                '\n' | '\r' => {
                    out.push(c);
                    col = 0;
                }
                _ => {
                    out.push(c);
                    col += 1;
                }
            }
        }
        Ok(new_str(vm, out))
    });
}
