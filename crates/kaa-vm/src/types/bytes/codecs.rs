//! The text codecs behind `str.encode`, `bytes.decode` and `str(b, encoding)`: UTF-8,
//! ASCII, Latin-1, UTF-16 and UTF-32 (with and without byte order), under CPython's
//! names and aliases, with the error handlers `strict`, `ignore`, `replace`,
//! `backslashreplace`, `xmlcharrefreplace` (encoding) and `surrogateescape`, and
//! CPython's `UnicodeEncodeError`/`UnicodeDecodeError` objects (encoding, object, start,
//! end, reason).
//!
//! Kaa's str cannot hold lone surrogates, so `surrogateescape` can only ever succeed
//! when encoding (where it then behaves like `strict`), and decoding with it reports
//! the error as `strict` does.

use crate::error::{PyErr, PyResult};
use crate::object::Object;
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 with a byte order mark (little-endian, like CPython on x86).
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

impl Codec {
    /// The codec for an encoding name, normalised as CPython's codec registry does.
    fn lookup(name: &str) -> Option<Codec> {
        let norm: String =
            name.trim().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() }).collect();
        Some(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
            "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
            | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "l1" | "iso_ir_100"
            | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => Codec::Latin1,
            "utf_16" | "utf16" | "u16" => Codec::Utf16,
            "utf_16_le" | "utf_16le" | "utf16le" | "unicodelittleunmarked" => Codec::Utf16Le,
            "utf_16_be" | "utf_16be" | "utf16be" | "unicodebigunmarked" => Codec::Utf16Be,
            "utf_32" | "utf32" | "u32" => Codec::Utf32,
            "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32Le,
            "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32Be,
            _ => return None,
        })
    }

    /// The name CPython's errors show.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
        }
    }
}

fn unknown_encoding(vm: &mut Vm, name: &str) -> PyErr {
    let t = vm.exc.lookup_error.clone();
    vm.new_error(&t, format!("unknown encoding: {name}"))
}

fn unknown_handler(vm: &mut Vm, name: &str) -> PyErr {
    let t = vm.exc.lookup_error.clone();
    vm.new_error(&t, format!("unknown error handler name '{name}'"))
}

fn exc_class(vm: &Vm, name: &str) -> crate::value::ObjRef {
    vm.exc.all.iter().find(|(n, _)| *n == name).map(|(_, t)| t.clone()).expect("builtin exception class")
}

/// A `UnicodeEncodeError`/`UnicodeDecodeError` with its fields set, as CPython's codecs
/// raise them.
pub fn unicode_error(
    vm: &mut Vm,
    class: &str,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let ty = exc_class(vm, class);
    let enc = vm.str_val(encoding);
    let reason_v = vm.str_val(reason);
    let args = vec![enc.clone(), object.clone(), Value::Int(start as i64), Value::Int(end as i64), reason_v.clone()];
    let exc = vm.new_exception(&ty, args);
    let e = exc.as_exception().expect("exception");
    e.set_field("encoding", enc);
    e.set_field("object", object);
    e.set_field("start", Value::Int(start as i64));
    e.set_field("end", Value::Int(end as i64));
    e.set_field("reason", reason_v);
    PyErr(exc)
}

/// LookupError "unknown encoding: X" unless `encoding` names a codec Kaa has.
pub fn check_encoding(vm: &mut Vm, encoding: &str) -> PyResult<()> {
    match Codec::lookup(encoding) {
        Some(_) => Ok(()),
        None => Err(unknown_encoding(vm, encoding)),
    }
}

/// `str.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, s: &PyStr, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let Some(codec) = Codec::lookup(encoding) else { return Err(unknown_encoding(vm, encoding)) };
    let text = s.as_str();
    Ok(match codec {
        Codec::Utf8 => text.as_bytes().to_vec(),
        Codec::Ascii | Codec::Latin1 => {
            let limit = if codec == Codec::Ascii { 0x80 } else { 0x100 };
            if codec == Codec::Ascii && s.is_ascii() {
                return Ok(text.as_bytes().to_vec());
            }
            encode_ucs1(vm, s, codec, limit, errors)?
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let be = codec == Codec::Utf16Be;
            let mut out = Vec::with_capacity(text.len() * 2 + 2);
            if codec == Codec::Utf16 {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in text.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let be = codec == Codec::Utf32Be;
            let mut out = Vec::with_capacity(text.len() * 4 + 4);
            if codec == Codec::Utf32 {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in text.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out
        }
    })
}

/// ASCII and Latin-1: characters at or above `limit` cannot be encoded; a run of them
/// is one error (CPython's `unicode_encode_ucs1`).
fn encode_ucs1(vm: &mut Vm, s: &PyStr, codec: Codec, limit: u32, errors: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(backslash_escape(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = if limit == 0x80 { "ordinal not in range(128)" } else { "ordinal not in range(256)" };
                let obj = Value::Obj(vm.new_string(s.as_str().to_string()));
                return Err(unicode_error(vm, "UnicodeEncodeError", codec.name(), obj, i, end, reason));
            }
            other => return Err(unknown_handler(vm, other)),
        }
        i = end;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
fn backslash_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// Collects decoded text, applying the error handler to each undecodable range.
struct Decoder<'a> {
    out: String,
    data: &'a [u8],
    errors: &'a str,
    encoding: &'static str,
}

impl Decoder<'_> {
    /// Handles bytes `start..end` that could not be decoded for `reason`.
    fn error(&mut self, vm: &mut Vm, start: usize, end: usize, reason: &str) -> PyResult<()> {
        match self.errors {
            "ignore" => Ok(()),
            "replace" => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            "backslashreplace" => {
                for b in &self.data[start..end] {
                    self.out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
            "strict" | "surrogateescape" | "surrogatepass" => {
                let obj = Value::from_obj(Object::Bytes(self.data.to_vec().into_boxed_slice()));
                Err(unicode_error(vm, "UnicodeDecodeError", self.encoding, obj, start, end, reason))
            }
            "xmlcharrefreplace" | "namereplace" => {
                Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
            }
            other => Err(unknown_handler(vm, other)),
        }
    }
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let Some(codec) = Codec::lookup(encoding) else { return Err(unknown_encoding(vm, encoding)) };
    if codec == Codec::Utf8 {
        if let Ok(s) = std::str::from_utf8(data) {
            return Ok(s.to_string());
        }
    }
    let mut d = Decoder { out: String::with_capacity(data.len()), data, errors, encoding: codec.name() };
    match codec {
        Codec::Utf8 => decode_utf8(vm, &mut d)?,
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    d.out.push(b as char);
                } else {
                    d.error(vm, i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Codec::Latin1 => d.out.extend(data.iter().map(|b| *b as char)),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let (be, start) = match (codec, data) {
                (Codec::Utf16, [0xff, 0xfe, ..]) => (false, 2),
                (Codec::Utf16, [0xfe, 0xff, ..]) => (true, 2),
                (Codec::Utf16Be, _) => (true, 0),
                _ => (false, 0),
            };
            d.encoding = if be { "utf-16-be" } else { "utf-16-le" };
            decode_utf16(vm, &mut d, start, be)?;
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let (be, start) = match (codec, data) {
                (Codec::Utf32, [0xff, 0xfe, 0, 0, ..]) => (false, 4),
                (Codec::Utf32, [0, 0, 0xfe, 0xff, ..]) => (true, 4),
                (Codec::Utf32Be, _) => (true, 0),
                _ => (false, 0),
            };
            d.encoding = if be { "utf-32-be" } else { "utf-32-le" };
            decode_utf32(vm, &mut d, start, be)?;
        }
    }
    Ok(d.out)
}

/// UTF-8 with CPython's error ranges: an invalid start byte is one byte; a sequence cut
/// short by an invalid continuation covers its valid prefix; a sequence cut short by the
/// end of the data covers the rest.
fn decode_utf8(vm: &mut Vm, d: &mut Decoder) -> PyResult<()> {
    let data = d.data;
    let mut pos = 0;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                d.out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                d.out.push_str(std::str::from_utf8(&data[pos..pos + good]).expect("valid prefix"));
                let at = pos + good;
                let lead = data[at];
                let (len, reason) = match e.error_len() {
                    _ if (0x80..=0xc1).contains(&lead) || lead >= 0xf5 => (1, "invalid start byte"),
                    None => (data.len() - at, "unexpected end of data"),
                    Some(n) => (n, "invalid continuation byte"),
                };
                d.error(vm, at, at + len, reason)?;
                pos = at + len;
            }
        }
    }
    Ok(())
}

fn decode_utf16(vm: &mut Vm, d: &mut Decoder, start: usize, be: bool) -> PyResult<()> {
    let data = d.data;
    let unit = |i: usize| {
        let b = [data[i], data[i + 1]];
        if be {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        }
    };
    let mut i = start;
    while i < data.len() {
        if i + 1 >= data.len() {
            d.error(vm, i, data.len(), "truncated data")?;
            break;
        }
        let u = unit(i);
        if !(0xd800..0xe000).contains(&u) {
            d.out.push(char::from_u32(u as u32).expect("BMP scalar"));
            i += 2;
            continue;
        }
        if u >= 0xdc00 {
            d.error(vm, i, i + 2, "illegal encoding")?;
            i += 2;
            continue;
        }
        if i + 3 >= data.len() {
            d.error(vm, i, data.len(), "unexpected end of data")?;
            break;
        }
        let low = unit(i + 2);
        if (0xdc00..0xe000).contains(&low) {
            let c = 0x10000 + (((u as u32) - 0xd800) << 10) + (low as u32 - 0xdc00);
            d.out.push(char::from_u32(c).expect("supplementary scalar"));
            i += 4;
        } else {
            d.error(vm, i, i + 2, "illegal UTF-16 surrogate")?;
            i += 2;
        }
    }
    Ok(())
}

fn decode_utf32(vm: &mut Vm, d: &mut Decoder, start: usize, be: bool) -> PyResult<()> {
    let data = d.data;
    let mut i = start;
    while i < data.len() {
        if i + 4 > data.len() {
            d.error(vm, i, data.len(), "truncated data")?;
            break;
        }
        let b = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let u = if be { u32::from_be_bytes(b) } else { u32::from_le_bytes(b) };
        match char::from_u32(u) {
            Some(c) => d.out.push(c),
            None if (0xd800..0xe000).contains(&u) => {
                d.error(vm, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)")?
            }
            None => d.error(vm, i, i + 4, "code point not in range(0x110000)")?,
        }
        i += 4;
    }
    Ok(())
}

/// Which of the three Unicode error classes `class` derives from.
fn unicode_kind(vm: &Vm, class: &crate::value::ObjRef) -> Option<&'static str> {
    let t = class.as_type()?;
    // Most exceptions are not UnicodeErrors: answer those without the name searches.
    if !t.is_subtype_of(&vm.exc.unicode_error) {
        return None;
    }
    for (name, kind) in
        [("UnicodeDecodeError", "decode"), ("UnicodeEncodeError", "encode"), ("UnicodeTranslateError", "translate")]
    {
        if t.is_subtype_of(&exc_class(vm, name)) {
            return Some(kind);
        }
    }
    None
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)` and the encode/translate
/// variants: checks the arguments as CPython does and sets the fields. Does nothing for
/// other exception classes.
pub fn unicode_error_init(vm: &mut Vm, exc: &crate::value::ObjRef, args: &[Value]) -> PyResult<()> {
    let Some(e) = exc.as_exception() else { return Ok(()) };
    let class = e.class.borrow().clone();
    let Some(kind) = unicode_kind(vm, &class) else { return Ok(()) };
    let want = if kind == "translate" { 4 } else { 5 };
    if args.len() != want {
        return Err(vm.type_error(format!("function takes exactly {want} arguments ({} given)", args.len())));
    }
    let args: Vec<Value> = if kind == "translate" {
        let mut v = vec![Value::None];
        v.extend_from_slice(args);
        v
    } else {
        args.to_vec()
    };
    let arg_str = |vm: &mut Vm, i: usize| -> PyResult<()> {
        if vm.as_str_ref(&args[i]).is_none() {
            let tn = vm.type_name(&args[i]);
            let n = if kind == "translate" { i } else { i + 1 };
            return Err(vm.type_error(format!("argument {n} must be str, not {tn}")));
        }
        Ok(())
    };
    if kind != "translate" {
        arg_str(vm, 0)?;
    }
    if kind == "decode" {
        if !matches!(&args[1], Value::Obj(o) if matches!(&**o, Object::Bytes(_))) {
            let tn = vm.type_name(&args[1]);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
        }
    } else {
        arg_str(vm, 1)?;
    }
    let start = vm.to_index(&args[2])?;
    let end = vm.to_index(&args[3])?;
    arg_str(vm, 4)?;
    if kind != "translate" {
        e.set_field("encoding", args[0].clone());
    }
    e.set_field("object", args[1].clone());
    e.set_field("start", Value::Int(start));
    e.set_field("end", Value::Int(end));
    e.set_field("reason", args[4].clone());
    Ok(())
}

/// `str(UnicodeDecodeError)` / `str(UnicodeEncodeError)` / `str(UnicodeTranslateError)`
/// when the fields are set (CPython's `UnicodeDecodeError_str` and friends); `None`
/// when they are not (then the exception prints like any other).
pub fn unicode_error_str(vm: &mut Vm, exc: &crate::value::ObjRef) -> PyResult<Option<String>> {
    let Some(e) = exc.as_exception() else { return Ok(None) };
    let class = e.class.borrow().clone();
    let Some(class_name) = unicode_kind(vm, &class) else { return Ok(None) };
    let (Some(object), Some(start), Some(end), Some(reason)) =
        (e.field("object"), e.field("start"), e.field("end"), e.field("reason"))
    else {
        return Ok(None);
    };
    let reason = vm.to_str_string(&reason)?;
    let (Value::Int(start), Value::Int(end)) = (start, end) else { return Ok(None) };
    let encoding = match e.field("encoding") {
        Some(enc) => vm.to_str_string(&enc)?,
        None => String::new(),
    };
    let Value::Obj(o) = &object else { return Ok(None) };
    Ok(Some(match class_name {
        "decode" => {
            let Object::Bytes(b) = &**o else { return Ok(None) };
            if start >= 0 && (start as usize) < b.len() && end == start + 1 {
                format!(
                    "'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                    b[start as usize]
                )
            } else {
                format!("'{encoding}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
            }
        }
        _ => {
            let Some(s) = o.as_str() else { return Ok(None) };
            let what = if class_name == "encode" {
                format!("'{encoding}' codec can't encode")
            } else {
                "can't translate".to_string()
            };
            if start >= 0 && (start as usize) < s.char_len() && end == start + 1 {
                let c = s.char_at(start as usize).expect("in range");
                format!("{what} character '{}' in position {start}: {reason}", backslash_escape(c))
            } else {
                format!("{what} characters in position {start}-{}: {reason}", end - 1)
            }
        }
    }))
}
