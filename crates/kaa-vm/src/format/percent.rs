//! printf-style formatting: `"%s and %5.2f" % (a, b)`, `"%(name)s" % mapping`, and the
//! same for bytes (`b"%d" % 5`), following CPython 3.11's `PyUnicode_Format` and
//! `_PyBytes_FormatEx`: argument fetching, flags, padding and every error message.
//!
//! Bytes formatting runs the same engine on text whose characters are the bytes
//! (U+0000..U+00FF), so the result maps back to bytes one character per byte.

use num_bigint::BigInt;
use num_traits::Signed;

use super::float::{double_to_string, DtoaFlags};
use crate::error::PyResult;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// What is being formatted: str or bytes (whose conversions differ).
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Str,
    Bytes,
}

/// `fmt % args` for str.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    format_chars(vm, &chars, args, Mode::Str)
}

/// `fmt % args` for bytes.
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = fmt.iter().map(|b| *b as char).collect();
    let out = format_chars(vm, &chars, args, Mode::Bytes)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// Where the values come from: the argument tuple, or one object (`arglen == -1`),
/// with CPython's `argidx`/`arglen` bookkeeping so the same errors come out.
struct ArgSource {
    args: Value,
    items: Option<Vec<Value>>,
    argidx: isize,
    arglen: isize,
    mode: Mode,
}

impl ArgSource {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            return Ok(match &self.items {
                Some(items) if self.arglen >= 0 => items[i as usize].clone(),
                _ => self.args.clone(),
            });
        }
        let what = if self.mode == Mode::Str { "string" } else { "bytes" };
        Err(vm.type_error(format!("not enough arguments for format {what}")))
    }
}

/// One conversion's flags, width and precision.
#[derive(Default)]
struct Conv {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

/// Whether `v` can serve as the mapping of `%(key)s` (CPython: its type has
/// `__getitem__`, and it is not a tuple or str, or bytes when formatting bytes).
fn is_mapping(vm: &mut Vm, v: &Value, mode: Mode) -> bool {
    if let Value::Obj(o) = v {
        match &**o {
            Object::Tuple(_) | Object::Str(_) => return false,
            Object::Bytes(_) if mode == Mode::Bytes => return false,
            _ => {}
        }
    }
    vm.type_of(v).as_type().is_some_and(|t| t.lookup("__getitem__").is_some())
}

fn format_chars(vm: &mut Vm, chars: &[char], args: &Value, mode: Mode) -> PyResult<String> {
    let mut src = match args {
        Value::Obj(o) if o.as_tuple().is_some() => {
            let items = o.as_tuple().expect("tuple").to_vec();
            ArgSource { args: args.clone(), arglen: items.len() as isize, items: Some(items), argidx: 0, mode }
        }
        _ => ArgSource { args: args.clone(), items: None, argidx: -2, arglen: -1, mode },
    };
    let dict = if is_mapping(vm, args, mode) { Some(args.clone()) } else { None };
    let mut out = String::with_capacity(chars.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        let incomplete = |vm: &mut Vm| vm.value_error("incomplete format");
        // %(key)
        if chars.get(i) == Some(&'(') {
            let Some(map) = &dict else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let key_start = i + 1;
            let mut depth = 1;
            i += 1;
            while depth > 0 && i < chars.len() {
                match chars[i] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key_text: String = chars[key_start..i - 1].iter().collect();
            let key = match mode {
                Mode::Str => vm.str_val(&key_text),
                Mode::Bytes => bytes_val(key_text.chars().map(|c| c as u32 as u8).collect()),
            };
            let value = vm.getitem(map, &key)?;
            src = ArgSource { args: value, items: None, argidx: -2, arglen: -1, mode };
        }
        let mut conv = Conv::default();
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => conv.ljust = true,
                '+' => conv.sign = true,
                ' ' => conv.blank = true,
                '#' => conv.alt = true,
                '0' => conv.zero = true,
                _ => break,
            }
            i += 1;
        }
        if chars.get(i) == Some(&'*') {
            let v = src.next(vm)?;
            let w = star_arg(vm, &v)?;
            if w < 0 {
                conv.ljust = true;
            }
            conv.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w: Option<usize> = None;
            while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                let n = w.unwrap_or(0).checked_mul(10).and_then(|n| n.checked_add(d as usize));
                match n.filter(|n| *n <= isize::MAX as usize) {
                    Some(n) => w = Some(n),
                    None => return Err(vm.value_error("width too big")),
                }
                i += 1;
            }
            conv.width = w;
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            conv.prec = Some(0);
            if chars.get(i) == Some(&'*') {
                let v = src.next(vm)?;
                let p = star_arg(vm, &v)?;
                if p > i32::MAX as i64 || p < i32::MIN as i64 {
                    return Err(vm.overflow_error("Python int too large to convert to C int"));
                }
                conv.prec = Some(p.max(0) as usize);
                i += 1;
            } else {
                let mut p: usize = 0;
                while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                    p = p * 10 + d as usize;
                    if p > i32::MAX as usize {
                        return Err(vm.value_error("precision too big"));
                    }
                    i += 1;
                }
                conv.prec = Some(p);
            }
        }
        if matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&ch) = chars.get(i) else { return Err(incomplete(vm)) };
        i += 1;
        let v = src.next(vm)?;
        let (text, numeric) = convert(vm, ch, &v, &conv, mode, i - 1)?;
        if out.len().saturating_add(conv.width.unwrap_or(0)) > 1 << 31 {
            return Err(vm.memory_error());
        }
        output(&mut out, &text, ch, numeric, &conv);
    }
    if src.argidx < src.arglen && dict.is_none() {
        let what = if mode == Mode::Str { "string" } else { "bytes" };
        return Err(vm.type_error(format!("not all arguments converted during {what} formatting")));
    }
    Ok(out)
}

fn bytes_val(b: Vec<u8>) -> Value {
    Value::from_obj(Object::Bytes(b.into_boxed_slice()))
}

/// A `*` width or precision: must be an int.
fn star_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.as_bigint(v) {
        Some(n) => match num_traits::ToPrimitive::to_i64(&n) {
            Some(n) => Ok(n),
            None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        },
        None => Err(vm.type_error("* wants int")),
    }
}

/// Converts one value: the text before padding, and whether it is numeric (numbers
/// take the sign flags and zero padding).
fn convert(vm: &mut Vm, ch: char, v: &Value, conv: &Conv, mode: Mode, index: usize) -> PyResult<(String, bool)> {
    Ok(match ch {
        's' | 'r' | 'a' | 'b' if mode == Mode::Bytes => {
            let text = match ch {
                's' | 'b' => bytes_of(vm, v)?,
                _ => crate::format::ascii_escape(&vm.repr_string(v)?),
            };
            (truncate(text, conv.prec), false)
        }
        's' | 'r' | 'a' => {
            let text = match ch {
                's' => vm.to_str_string(v)?,
                'r' => vm.repr_string(v)?,
                _ => crate::format::ascii_escape(&vm.repr_string(v)?),
            };
            (truncate(text, conv.prec), false)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (format_long(vm, v, ch, conv)?, true),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = vm.to_f64(v)?;
            let flags = DtoaFlags { alt: conv.alt, upper: ch.is_ascii_uppercase(), ..DtoaFlags::default() };
            (double_to_string(f, ch.to_ascii_lowercase(), conv.prec.unwrap_or(6), flags), true)
        }
        'c' => (format_char(vm, v, mode)?.to_string(), false),
        _ => {
            if mode == Mode::Bytes && ch as u32 >= 128 {
                // CPython reads the byte as a signed char here.
                return Err(vm.overflow_error("character argument not in range(0x110000)"));
            }
            let shown = if (31..=126).contains(&(ch as u32)) { ch } else { '?' };
            return Err(
                vm.value_error(format!("unsupported format character '{shown}' (0x{:x}) at index {index}", ch as u32))
            );
        }
    })
}

fn truncate(text: String, prec: Option<usize>) -> String {
    match prec {
        Some(p) => match text.char_indices().nth(p) {
            Some((b, _)) => text[..b].to_string(),
            None => text,
        },
        None => text,
    }
}

/// `%s`/`%b` in bytes formatting: the bytes of a bytes object or of `__bytes__()`, as
/// one character per byte.
fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let to_chars = |b: &[u8]| b.iter().map(|b| *b as char).collect::<String>();
    if let Some(b) = crate::types::bytes_like(v) {
        return Ok(to_chars(&b));
    }
    if let Value::Obj(o) = v {
        if matches!(&**o, Object::Instance(_)) {
            if let Some(r) = vm.call_dunder(v, "__bytes__", &[])? {
                if let Value::Obj(ro) = &r {
                    if let Object::Bytes(b) = &**ro {
                        return Ok(to_chars(b));
                    }
                }
                let tn = vm.type_name(&r);
                return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")));
            }
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'")))
}

/// `%c`: a one-character str (a one-byte bytes for bytes formatting) or a code.
fn format_char(vm: &mut Vm, v: &Value, mode: Mode) -> PyResult<char> {
    let wrong = |vm: &mut Vm| match mode {
        Mode::Str => vm.type_error("%c requires int or char"),
        Mode::Bytes => vm.type_error("%c requires an integer in range(256) or a single byte"),
    };
    if let Value::Obj(o) = v {
        match &**o {
            Object::Str(s) if mode == Mode::Str => {
                return if s.char_len() == 1 {
                    Ok(s.as_str().chars().next().expect("one char"))
                } else {
                    Err(wrong(vm))
                };
            }
            Object::Bytes(_) | Object::ByteArray(_) if mode == Mode::Bytes => {
                let b = crate::types::bytes_like(v).expect("bytes-like");
                return if b.len() == 1 { Ok(b[0] as char) } else { Err(wrong(vm)) };
            }
            _ => {}
        }
    }
    let n = match v {
        Value::Int(_) | Value::Bool(_) => vm.as_bigint(v),
        Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => vm.as_bigint(v),
        Value::Obj(o) if matches!(&**o, Object::Instance(_)) => match vm.to_index(v) {
            Ok(i) => Some(BigInt::from(i)),
            Err(_) => None,
        },
        _ => None,
    };
    let Some(n) = n else { return Err(wrong(vm)) };
    let limit = if mode == Mode::Str { 0x110000 } else { 256 };
    match num_traits::ToPrimitive::to_u32(&n).filter(|c| *c < limit).and_then(char::from_u32) {
        Some(c) => Ok(c),
        None if mode == Mode::Str => Err(vm.overflow_error("%c arg not in range(0x110000)")),
        None => Err(vm.overflow_error("%c arg not in range(256)")),
    }
}

/// `%d`, `%x`, ...: the number's text with its sign, `0x` prefix (with `#`) and
/// precision zero-padding (CPython's `_PyUnicode_FormatLong`).
fn format_long(vm: &mut Vm, v: &Value, ch: char, conv: &Conv) -> PyResult<String> {
    let integer_only = matches!(ch, 'o' | 'x' | 'X');
    let wrong = |vm: &mut Vm, v: &Value| {
        let tn = vm.type_name(v);
        if integer_only {
            vm.type_error(format!("%{ch} format: an integer is required, not {tn}"))
        } else {
            vm.type_error(format!("%{ch} format: a real number is required, not {tn}"))
        }
    };
    let n: BigInt = match v {
        Value::Int(_) | Value::Bool(_) => vm.as_bigint(v).expect("int"),
        Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => vm.as_bigint(v).expect("int"),
        Value::Float(f) => {
            if integer_only {
                return Err(wrong(vm, v));
            }
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            crate::protocols::compare::bigint_from_f64(f.trunc())
        }
        Value::Obj(o) if matches!(&**o, Object::Instance(_)) => {
            let r = if integer_only { vm.to_index(v).map(Value::Int) } else { vm.to_int(v) };
            match r {
                Ok(r) => vm.as_bigint(&r).expect("int"),
                Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => return Err(wrong(vm, v)),
                Err(e) => return Err(e),
            }
        }
        _ => return Err(wrong(vm, v)),
    };
    let mag = n.abs();
    let mut digits = match ch {
        'o' => mag.to_str_radix(8),
        'x' => mag.to_str_radix(16),
        'X' => mag.to_str_radix(16).to_uppercase(),
        _ => super::spec::decimal_digits(&mag).map_err(|e| e.into_py(vm))?,
    };
    if let Some(p) = conv.prec {
        if digits.len() < p {
            if p > 1 << 31 {
                return Err(vm.memory_error());
            }
            digits = format!("{}{digits}", "0".repeat(p - digits.len()));
        }
    }
    let prefix = match ch {
        'o' if conv.alt => "0o",
        'x' if conv.alt => "0x",
        'X' if conv.alt => "0X",
        _ => "",
    };
    Ok(format!("{}{prefix}{digits}", if n.is_negative() { "-" } else { "" }))
}

/// Pads one converted value into `out` (CPython's `unicode_format_arg_output`): numbers
/// get the sign flags and, with `0`, zeros between the sign/prefix and the digits.
fn output(out: &mut String, text: &str, ch: char, numeric: bool, conv: &Conv) {
    let fill = if numeric && conv.zero { '0' } else { ' ' };
    let mut body = text;
    let mut sign = "";
    if numeric {
        if let Some(rest) = body.strip_prefix('-') {
            sign = "-";
            body = rest;
        } else if let Some(rest) = body.strip_prefix('+') {
            sign = "+";
            body = rest;
        } else if conv.sign {
            sign = "+";
        } else if conv.blank {
            sign = " ";
        }
    }
    let mut prefix = "";
    if conv.alt && matches!(ch, 'x' | 'X' | 'o') {
        prefix = &body[..2];
        body = &body[2..];
    }
    let len = sign.len() + prefix.len() + body.chars().count();
    let pad = conv.width.unwrap_or(0).saturating_sub(len);
    if fill == '0' {
        out.push_str(sign);
        out.push_str(prefix);
    }
    if !conv.ljust {
        out.extend(std::iter::repeat_n(fill, pad));
    }
    if fill == ' ' {
        out.push_str(sign);
        out.push_str(prefix);
    }
    out.push_str(body);
    if conv.ljust {
        out.extend(std::iter::repeat_n(' ', pad));
    }
}
