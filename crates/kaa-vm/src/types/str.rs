//! `str`: the constructor and methods (case, search, split/join, strip, padding,
//! predicates, `format`).

use super::{add_method, add_method_kind, set_doc};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::{Args, MethodKind};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Checks that a method taking no arguments got none ("str.upper() takes no arguments").
fn noargs(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    vm.no_args(&format!("str.{name}"), &a.shift())
}

/// The str payload of the method's receiver.
fn this<'a>(vm: &mut Vm, a: &Args<'a>) -> PyResult<&'a str> {
    match &a.args[0] {
        Value::Obj(o) if o.as_str().is_some() => Ok(o.as_str().expect("str").as_str()),
        v => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'str' object but received a '{tn}'")))
        }
    }
}

fn str_arg<'a>(vm: &mut Vm, fname: &str, v: &'a Value) -> PyResult<&'a str> {
    match vm.as_str_ref(v) {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(
                format!("{fname} arg must be None or str, not {tn}")
                    .replace("arg must be None or str", "argument must be str"),
            ))
        }
    }
}

fn s(vm: &mut Vm, text: String) -> Value {
    Value::Obj(vm.new_string(text))
}

/// Resolves optional `start`/`end` arguments of find/count/startswith to char indexes.
fn char_range(vm: &mut Vm, len: usize, start: Option<&Value>, end: Option<&Value>) -> PyResult<(usize, usize)> {
    let norm = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = vm.to_index(v)?;
                Ok(if i < 0 { (i + len as i64).max(0) } else { i.min(len as i64) })
            }
        }
    };
    let s = norm(vm, start, 0)? as usize;
    let e = norm(vm, end, len as i64)? as usize;
    Ok((s, e))
}

fn str_new(vm: &mut Vm, _ty: &ObjRef, a: Args) -> PyResult<Value> {
    let slots = vm.parse_args("str", &a, &["object", "encoding", "errors"], 0)?;
    match &slots[0] {
        None => Ok(vm.str_val("")),
        Some(v) => {
            if slots[1].is_some() || slots[2].is_some() {
                if let Value::Obj(o) = v {
                    if let Object::Bytes(b) = &**o {
                        return match std::str::from_utf8(b) {
                            Ok(t) => Ok(vm.str_val(t)),
                            Err(_) => Err(vm.value_error("'utf-8' codec can't decode bytes")),
                        };
                    }
                }
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {tn} found")));
            }
            Ok(Value::Obj(vm.to_str(v)?))
        }
    }
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    set_doc(vm, &t, "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.");
    super::set_constructor(&t, str_new);
    add_method(vm, &t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    add_method(vm, &t, "__str__", |vm, a| Ok(Value::Obj(vm.to_str(&a.args[0].clone())?)));
    add_method(vm, &t, "__len__", |vm, a| Ok(Value::Int(vm.len(&a.args[0].clone())? as i64)));
    add_method(vm, &t, "__format__", |vm, a| {
        let pos = vm.check_positional("__format__", &a, 2, 2)?;
        let spec = vm.arg_str("__format__", "1", &pos[1])?.to_string();
        Ok(Value::Obj(vm.format(&pos[0], &spec)?))
    });
    add_method(vm, &t, "__contains__", |vm, a| {
        let pos = vm.check_positional("__contains__", &a, 2, 2)?;
        Ok(Value::Bool(vm.contains(&pos[0], &pos[1])?))
    });
    add_method(vm, &t, "__getitem__", |vm, a| {
        let pos = vm.check_positional("__getitem__", &a, 2, 2)?;
        vm.getitem(&pos[0], &pos[1])
    });
    add_method(vm, &t, "__hash__", |vm, a| {
        let v = a.args[0].clone();
        Ok(Value::Int(vm.hash(&v)?))
    });
    add_method(vm, &t, "upper", |vm, a| {
        noargs(vm, &a, "upper")?;
        let x = this(vm, &a)?.to_uppercase();
        Ok(s(vm, x))
    });
    add_method(vm, &t, "lower", |vm, a| {
        noargs(vm, &a, "lower")?;
        let x = this(vm, &a)?.to_lowercase();
        Ok(s(vm, x))
    });
    add_method(vm, &t, "casefold", |vm, a| {
        noargs(vm, &a, "casefold")?;
        let x = this(vm, &a)?.to_lowercase();
        Ok(s(vm, x))
    });
    add_method(vm, &t, "swapcase", |vm, a| {
        noargs(vm, &a, "swapcase")?;
        let x: String = this(vm, &a)?
            .chars()
            .flat_map(
                |c| if c.is_uppercase() { c.to_lowercase().collect::<Vec<_>>() } else { c.to_uppercase().collect() },
            )
            .collect();
        Ok(s(vm, x))
    });
    add_method(vm, &t, "capitalize", |vm, a| {
        noargs(vm, &a, "capitalize")?;
        let text = this(vm, &a)?;
        let mut chars = text.chars();
        let x = match chars.next() {
            Some(first) => first.to_uppercase().chain(chars.flat_map(|c| c.to_lowercase())).collect(),
            None => String::new(),
        };
        Ok(s(vm, x))
    });
    add_method(vm, &t, "title", |vm, a| {
        noargs(vm, &a, "title")?;
        let mut out = String::new();
        let mut prev_cased = false;
        for c in this(vm, &a)?.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = c.is_alphabetic();
        }
        Ok(s(vm, out))
    });
    for (name, kind) in [("strip", 0u8), ("lstrip", 1), ("rstrip", 2)] {
        let f: crate::objects::builtin_func::NativeFn = match kind {
            0 => |vm, a| strip(vm, a, "strip", true, true),
            1 => |vm, a| strip(vm, a, "lstrip", true, false),
            _ => |vm, a| strip(vm, a, "rstrip", false, true),
        };
        add_method(vm, &t, name, f);
    }
    add_method(vm, &t, "split", |vm, a| split(vm, a, false));
    add_method(vm, &t, "rsplit", |vm, a| split(vm, a, true));
    add_method(vm, &t, "splitlines", |vm, a| {
        let slots = vm.parse_args("splitlines", &a.shift(), &["keepends"], 0)?;
        let keep = match &slots[0] {
            Some(v) => vm.truthy(v)?,
            None => false,
        };
        let text = this(vm, &a)?;
        let mut parts = Vec::new();
        let chars: Vec<char> = text.chars().collect();
        let mut start = 0;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let is_break = matches!(
                c,
                '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
            );
            if is_break {
                let mut end = i + 1;
                if c == '\r' && chars.get(i + 1) == Some(&'\n') {
                    end = i + 2;
                }
                let piece: String = chars[start..if keep { end } else { i }].iter().collect();
                parts.push(s(vm, piece));
                start = end;
                i = end;
            } else {
                i += 1;
            }
        }
        if start < chars.len() {
            let piece: String = chars[start..].iter().collect();
            parts.push(s(vm, piece));
        }
        Ok(Value::Obj(vm.new_list(parts)))
    });
    add_method(vm, &t, "join", |vm, a| {
        let sep = this(vm, &a)?.to_string();
        let arg = vm.one_arg("str.join", &a.shift())?.clone();
        let items = vm.iterate(&arg)?;
        let mut out = String::new();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            match vm.as_str_ref(item) {
                Some(t) => out.push_str(t),
                None => {
                    let tn = vm.type_name(item);
                    return Err(vm.type_error(format!("sequence item {i}: expected str instance, {tn} found")));
                }
            }
        }
        Ok(s(vm, out))
    });
    add_method(vm, &t, "replace", |vm, a| {
        let pos = vm.check_positional("replace", &a.shift(), 2, 3)?;
        let text = this(vm, &a)?;
        let old = str_arg(vm, "replace()", &pos[0])?;
        let new = str_arg(vm, "replace()", &pos[1])?;
        let count = match pos.get(2) {
            Some(c) => vm.to_index(c)?,
            None => -1,
        };
        let out = if count < 0 { text.replace(old, new) } else { text.replacen(old, new, count as usize) };
        Ok(s(vm, out))
    });
    add_method(vm, &t, "startswith", |vm, a| affix(vm, a, "startswith", true));
    add_method(vm, &t, "endswith", |vm, a| affix(vm, a, "endswith", false));
    add_method(vm, &t, "find", |vm, a| find(vm, a, "find", false, false));
    add_method(vm, &t, "rfind", |vm, a| find(vm, a, "rfind", true, false));
    add_method(vm, &t, "index", |vm, a| find(vm, a, "index", false, true));
    add_method(vm, &t, "rindex", |vm, a| find(vm, a, "rindex", true, true));
    add_method(vm, &t, "count", |vm, a| {
        let pos = vm.check_positional("count", &a.shift(), 1, 3)?;
        let text = this(vm, &a)?;
        let sub = str_arg(vm, "count()", &pos[0])?;
        let chars: Vec<char> = text.chars().collect();
        let (st, en) = char_range(vm, chars.len(), pos.get(1), pos.get(2))?;
        if st > en {
            return Ok(Value::Int(0));
        }
        let hay: String = chars[st..en].iter().collect();
        let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub).count() };
        Ok(Value::Int(n as i64))
    });
    add_method(vm, &t, "partition", |vm, a| partition(vm, a, false));
    add_method(vm, &t, "rpartition", |vm, a| partition(vm, a, true));
    add_method(vm, &t, "center", |vm, a| pad(vm, a, "center", '^'));
    add_method(vm, &t, "ljust", |vm, a| pad(vm, a, "ljust", '<'));
    add_method(vm, &t, "rjust", |vm, a| pad(vm, a, "rjust", '>'));
    add_method(vm, &t, "zfill", |vm, a| {
        let w = vm.one_arg("str.zfill", &a.shift())?.clone();
        let width = vm.to_index(&w)?.max(0) as usize;
        let text = this(vm, &a)?;
        let n = text.chars().count();
        if n >= width {
            return Ok(s(vm, text.to_string()));
        }
        let (sign, rest) = match text.chars().next() {
            Some(c @ ('+' | '-')) => (c.to_string(), &text[1..]),
            _ => (String::new(), text),
        };
        let out = format!("{sign}{}{rest}", "0".repeat(width - n));
        Ok(s(vm, out))
    });
    add_method(vm, &t, "expandtabs", |vm, a| {
        let slots = vm.parse_args("expandtabs", &a.shift(), &["tabsize"], 0)?;
        let size = match &slots[0] {
            Some(v) => vm.to_index(v)?,
            None => 8,
        };
        let mut out = String::new();
        let mut col = 0i64;
        for c in this(vm, &a)?.chars() {
            match c {
                '\t' => {
                    if size > 0 {
                        let n = size - col % size;
                        out.push_str(&" ".repeat(n as usize));
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
        Ok(s(vm, out))
    });
    macro_rules! predicate {
        ($name:literal, $empty:expr, |$c:ident| $test:expr) => {
            add_method(vm, &t, $name, |vm, a| {
                noargs(vm, &a, $name)?;
                let text = this(vm, &a)?;
                if text.is_empty() {
                    return Ok(Value::Bool($empty));
                }
                Ok(Value::Bool(text.chars().all(|$c| $test)))
            });
        };
    }
    predicate!("isdigit", false, |c| c.is_ascii_digit()
        || c.is_numeric() && c.to_digit(10).is_some()
        || ('\u{2070}'..='\u{2079}').contains(&c)
        || ('\u{2080}'..='\u{2089}').contains(&c)
        || c == '\u{b2}'
        || c == '\u{b3}'
        || c == '\u{b9}');
    predicate!("isdecimal", false, |c| c.is_ascii_digit() || (c.is_numeric() && c.to_digit(10).is_some()));
    predicate!("isnumeric", false, |c| c.is_numeric());
    predicate!("isalpha", false, |c| c.is_alphabetic());
    predicate!("isalnum", false, |c| c.is_alphanumeric());
    predicate!("isspace", false, |c| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c));
    predicate!("isascii", true, |c| c.is_ascii());
    predicate!("isprintable", true, |c| crate::format::is_printable(c));
    add_method(vm, &t, "isupper", |vm, a| {
        noargs(vm, &a, "isupper")?;
        let text = this(vm, &a)?;
        Ok(Value::Bool(text.chars().any(|c| c.is_uppercase()) && !text.chars().any(|c| c.is_lowercase())))
    });
    add_method(vm, &t, "islower", |vm, a| {
        noargs(vm, &a, "islower")?;
        let text = this(vm, &a)?;
        Ok(Value::Bool(text.chars().any(|c| c.is_lowercase()) && !text.chars().any(|c| c.is_uppercase())))
    });
    add_method(vm, &t, "istitle", |vm, a| {
        noargs(vm, &a, "istitle")?;
        let text = this(vm, &a)?;
        let mut cased = false;
        let mut prev_cased = false;
        for c in text.chars() {
            if c.is_uppercase() {
                if prev_cased {
                    return Ok(Value::Bool(false));
                }
                prev_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return Ok(Value::Bool(false));
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        Ok(Value::Bool(cased))
    });
    add_method(vm, &t, "isidentifier", |vm, a| {
        noargs(vm, &a, "isidentifier")?;
        let text = this(vm, &a)?;
        let mut chars = text.chars();
        let ok = match chars.next() {
            Some(c) if c == '_' || c.is_alphabetic() => chars.all(|c| c == '_' || c.is_alphanumeric()),
            _ => false,
        };
        Ok(Value::Bool(ok))
    });
    add_method(vm, &t, "encode", |vm, a| {
        let text = this(vm, &a)?;
        Ok(Value::from_obj(Object::Bytes(text.as_bytes().to_vec().into_boxed_slice())))
    });
    add_method(vm, &t, "removeprefix", |vm, a| {
        let p = vm.one_arg("str.removeprefix", &a.shift())?.clone();
        let text = this(vm, &a)?;
        let p = str_arg(vm, "removeprefix()", &p)?;
        let out = text.strip_prefix(p).unwrap_or(text).to_string();
        Ok(s(vm, out))
    });
    add_method(vm, &t, "removesuffix", |vm, a| {
        let p = vm.one_arg("str.removesuffix", &a.shift())?.clone();
        let text = this(vm, &a)?;
        let p = str_arg(vm, "removesuffix()", &p)?;
        let out = text.strip_suffix(p).unwrap_or(text).to_string();
        Ok(s(vm, out))
    });
    add_method(vm, &t, "format", |vm, a| {
        let text = this(vm, &a)?.to_string();
        let rest = a.shift();
        let out =
            vm.str_format(&text, rest.pos(), &rest.kw().map(|(k, v)| (k.to_string(), v.clone())).collect::<Vec<_>>())?;
        Ok(s(vm, out))
    });
    add_method(vm, &t, "format_map", |vm, a| {
        let text = this(vm, &a)?.to_string();
        let m = vm.one_arg("str.format_map", &a.shift())?.clone();
        let out = vm.str_format_map(&text, &m)?;
        Ok(s(vm, out))
    });
    add_method_kind(
        vm,
        &t,
        "maketrans",
        |vm, _a| Err(vm.type_error("str.maketrans is not supported yet")),
        MethodKind::Static,
    );
}

fn strip(vm: &mut Vm, a: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let pos = vm.check_positional(name, &a.shift(), 0, 1)?;
    let text = this(vm, &a)?;
    let chars: Option<Vec<char>> = match pos.first() {
        None | Some(Value::None) => None,
        Some(v) => match vm.as_str_ref(v) {
            Some(c) => Some(c.chars().collect()),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("{name} arg must be None or str, not {tn}")));
            }
        },
    };
    let pred = |c: char| match &chars {
        None => c.is_whitespace(),
        Some(set) => set.contains(&c),
    };
    let mut out = text;
    if left {
        out = out.trim_start_matches(pred);
    }
    if right {
        out = out.trim_end_matches(pred);
    }
    let out = out.to_string();
    Ok(s(vm, out))
}

fn split(vm: &mut Vm, a: Args, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let slots = vm.parse_args(name, &a.shift(), &["sep", "maxsplit"], 0)?;
    let text = this(vm, &a)?;
    let maxsplit = match &slots[1] {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let sep = match &slots[0] {
        None | Some(Value::None) => None,
        Some(v) => match vm.as_str_ref(v) {
            Some(sep) => {
                if sep.is_empty() {
                    return Err(vm.value_error("empty separator"));
                }
                Some(sep.to_string())
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("must be str or None, not {tn}")));
            }
        },
    };
    let parts: Vec<String> = match &sep {
        Some(sep) => {
            if maxsplit < 0 {
                text.split(sep.as_str()).map(str::to_string).collect()
            } else if right {
                let mut v: Vec<String> =
                    text.rsplitn(maxsplit as usize + 1, sep.as_str()).map(str::to_string).collect();
                v.reverse();
                v
            } else {
                text.splitn(maxsplit as usize + 1, sep.as_str()).map(str::to_string).collect()
            }
        }
        None => {
            // Runs of whitespace separate; leading/trailing whitespace is dropped.
            let mut v: Vec<String> = Vec::new();
            let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
            if right {
                let mut rest = text.trim_end();
                while !rest.is_empty() {
                    if v.len() == limit {
                        v.push(rest.trim_end().to_string());
                        break;
                    }
                    match rest.rfind(char::is_whitespace) {
                        Some(i) => {
                            let ws_len = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                            v.push(rest[i + ws_len..].to_string());
                            rest = rest[..i].trim_end();
                        }
                        None => {
                            v.push(rest.to_string());
                            break;
                        }
                    }
                }
                v.reverse();
            } else {
                let mut rest = text.trim_start();
                while !rest.is_empty() {
                    if v.len() == limit {
                        v.push(rest.to_string());
                        break;
                    }
                    match rest.find(char::is_whitespace) {
                        Some(i) => {
                            v.push(rest[..i].to_string());
                            rest = rest[i..].trim_start();
                        }
                        None => {
                            v.push(rest.to_string());
                            break;
                        }
                    }
                }
            }
            v
        }
    };
    let items = parts.into_iter().map(|p| s(vm, p)).collect();
    Ok(Value::Obj(vm.new_list(items)))
}

fn affix(vm: &mut Vm, a: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let pos = vm.check_positional(name, &a.shift(), 1, 3)?;
    let text = this(vm, &a)?;
    let chars: Vec<char> = text.chars().collect();
    let (st, en) = char_range(vm, chars.len(), pos.get(1), pos.get(2))?;
    let hay: String = if st <= en { chars[st..en].iter().collect() } else { String::new() };
    let candidates: Vec<Value> = match &pos[0] {
        Value::Obj(o) if o.as_tuple().is_some() => o.as_tuple().expect("tuple").to_vec(),
        v => vec![v.clone()],
    };
    for c in &candidates {
        let Some(p) = vm.as_str_ref(c) else {
            let tn = vm.type_name(c);
            let msg = if matches!(&pos[0], Value::Obj(o) if o.as_tuple().is_some()) {
                format!("tuple for {name} must only contain str, not {tn}")
            } else {
                format!("{name} first arg must be str or a tuple of str, not {tn}")
            };
            return Err(vm.type_error(msg));
        };
        if st > en && !p.is_empty() {
            continue;
        }
        if (prefix && hay.starts_with(p)) || (!prefix && hay.ends_with(p)) {
            return Ok(Value::Bool(st <= chars.len()));
        }
    }
    Ok(Value::Bool(false))
}

fn find(vm: &mut Vm, a: Args, name: &str, right: bool, raise: bool) -> PyResult<Value> {
    let pos = vm.check_positional(name, &a.shift(), 1, 3)?;
    let text = this(vm, &a)?;
    let sub = match vm.as_str_ref(&pos[0]) {
        Some(s) => s,
        None => {
            let tn = vm.type_name(&pos[0]);
            return Err(vm.type_error(format!("must be str, not {tn}")));
        }
    };
    let chars: Vec<char> = text.chars().collect();
    let (st, en) = char_range(vm, chars.len(), pos.get(1), pos.get(2))?;
    let found = if st > en {
        None
    } else {
        let hay: String = chars[st..en].iter().collect();
        let byte = if right { hay.rfind(sub) } else { hay.find(sub) };
        byte.map(|b| hay[..b].chars().count() + st)
    };
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn partition(vm: &mut Vm, a: Args, right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    let sep_v = vm.one_arg(&format!("str.{name}"), &a.shift())?.clone();
    let text = this(vm, &a)?;
    let Some(sep) = vm.as_str_ref(&sep_v).map(str::to_string) else {
        let tn = vm.type_name(&sep_v);
        return Err(vm.type_error(format!("must be str, not {tn}")));
    };
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right { text.rfind(&sep) } else { text.find(&sep) };
    let parts = match found {
        Some(i) => [text[..i].to_string(), sep.clone(), text[i + sep.len()..].to_string()],
        None if right => [String::new(), String::new(), text.to_string()],
        None => [text.to_string(), String::new(), String::new()],
    };
    let items = parts.into_iter().map(|p| s(vm, p)).collect();
    Ok(vm.tuple_val(items))
}

fn pad(vm: &mut Vm, a: Args, name: &str, align: char) -> PyResult<Value> {
    let pos = vm.check_positional(name, &a.shift(), 1, 2)?;
    let width = vm.to_index(&pos[0])?.max(0) as usize;
    let fill = match pos.get(1) {
        Some(f) => match vm.as_str_ref(f) {
            Some(t) if t.chars().count() == 1 => t.chars().next().expect("one char"),
            _ => return Err(vm.type_error("The fill character must be exactly one character long")),
        },
        None => ' ',
    };
    let text = this(vm, &a)?;
    let n = text.chars().count();
    if n >= width {
        return Ok(s(vm, text.to_string()));
    }
    let total = width - n;
    let (left, right) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        // CPython's center puts the extra fill on the left when the text length is odd.
        _ => {
            let left = total / 2 + (total & n & 1);
            (left, total - left)
        }
    };
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    let out = format!("{}{text}{}", f(left), f(right));
    Ok(s(vm, out))
}

impl Vm {
    /// `str.format(*args, **kwargs)`.
    pub fn str_format(&mut self, fmt: &str, args: &[Value], kwargs: &[(String, Value)]) -> PyResult<String> {
        let kw_dict = self.new_dict();
        for (k, v) in kwargs {
            kw_dict.as_dict().expect("dict").set_str(self, k, v.clone());
        }
        let mut auto = 0usize;
        let mut mode = 0u8; // 0 unknown, 1 automatic, 2 manual
        self.format_with(fmt, &mut |vm, field| {
            let (first, rest) = split_field(field);
            let value = if first.is_empty() {
                if mode == 2 {
                    return Err(
                        vm.value_error("cannot switch from manual field specification to automatic field numbering")
                    );
                }
                mode = 1;
                let i = auto;
                auto += 1;
                match args.get(i) {
                    Some(v) => v.clone(),
                    None => {
                        return Err(
                            vm.index_error(format!("Replacement index {i} out of range for positional args tuple"))
                        )
                    }
                }
            } else if let Ok(i) = first.parse::<usize>() {
                if mode == 1 {
                    return Err(
                        vm.value_error("cannot switch from automatic field numbering to manual field specification")
                    );
                }
                mode = 2;
                match args.get(i) {
                    Some(v) => v.clone(),
                    None => {
                        return Err(
                            vm.index_error(format!("Replacement index {i} out of range for positional args tuple"))
                        )
                    }
                }
            } else {
                match kw_dict.as_dict().expect("dict").get_str(first) {
                    Some(v) => v,
                    None => {
                        let k = vm.str_val(first);
                        return Err(vm.key_error(k));
                    }
                }
            };
            vm.resolve_field_rest(value, rest)
        })
    }

    /// `str.format_map(mapping)`.
    pub fn str_format_map(&mut self, fmt: &str, mapping: &Value) -> PyResult<String> {
        let mapping = mapping.clone();
        self.format_with(fmt, &mut |vm, field| {
            let (first, rest) = split_field(field);
            let key = vm.str_val(first);
            let value = vm.getitem(&mapping, &key)?;
            vm.resolve_field_rest(value, rest)
        })
    }

    /// Applies `.attr` and `[key]` parts of a replacement field.
    fn resolve_field_rest(&mut self, mut value: Value, mut rest: &str) -> PyResult<Value> {
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                let name = &r[..end];
                value = self.getattr_str(&value, name)?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let Some(end) = r.find(']') else {
                    return Err(self.value_error("Missing ']' in format string"));
                };
                let key = &r[..end];
                let k = match key.parse::<i64>() {
                    Ok(i) => Value::Int(i),
                    Err(_) => self.str_val(key),
                };
                value = self.getitem(&value, &k)?;
                rest = &r[end + 1..];
            } else {
                return Err(self.value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        Ok(value)
    }

    /// The `{...}` template engine behind `format` and `format_map`; `lookup` maps a
    /// field name to its value.
    fn format_with(&mut self, fmt: &str, lookup: &mut dyn FnMut(&mut Vm, &str) -> PyResult<Value>) -> PyResult<String> {
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '{' {
                if chars.get(i + 1) == Some(&'{') {
                    out.push('{');
                    i += 2;
                    continue;
                }
                if i + 1 == chars.len() {
                    return Err(self.value_error("Single '{' encountered in format string"));
                }
                // Find the matching '}' (format specs may nest one level of braces).
                let mut depth = 1;
                let mut j = i + 1;
                while j < chars.len() {
                    match chars[j] {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if j >= chars.len() {
                    return Err(self.value_error("expected '}' before end of string"));
                }
                let field: String = chars[i + 1..j].iter().collect();
                let (name_conv, spec) = match field.find(':') {
                    Some(k) if !field[..k].contains('[') || field[..k].contains(']') => {
                        (field[..k].to_string(), field[k + 1..].to_string())
                    }
                    _ => (field.clone(), String::new()),
                };
                let (name, conv) = match name_conv.rfind('!') {
                    Some(k) => (name_conv[..k].to_string(), Some(name_conv[k + 1..].to_string())),
                    None => (name_conv, None),
                };
                let value = lookup(self, &name)?;
                let value = match conv.as_deref() {
                    None => value,
                    Some("r") => Value::Obj(self.repr(&value)?),
                    Some("s") => Value::Obj(self.to_str(&value)?),
                    Some("a") => {
                        let r = self.repr_string(&value)?;
                        self.str_val(&crate::format::ascii_escape(&r))
                    }
                    Some(other) => {
                        return Err(self.value_error(format!("Unknown conversion specifier {other}")));
                    }
                };
                let spec = if spec.contains('{') { self.format_with(&spec, lookup)? } else { spec };
                let formatted = self.format(&value, &spec)?;
                out.push_str(formatted.as_str().expect("str").as_str());
                i = j + 1;
            } else if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(self.value_error("Single '}' encountered in format string"));
            } else {
                out.push(c);
                i += 1;
            }
        }
        Ok(out)
    }
}

/// Splits a field name into its first part and the `.attr[key]` rest.
fn split_field(field: &str) -> (&str, &str) {
    let end = field.find(['.', '[']).unwrap_or(field.len());
    (&field[..end], &field[end..])
}
