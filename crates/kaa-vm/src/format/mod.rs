//! Text formatting with CPython's exact output: `repr` of floats (shortest round-trip),
//! `repr` of strings (quote choice, escapes, printable characters), the format-spec
//! mini-language (`format(x, ">10.2f")`, f-strings), and printf-style `%` formatting.

pub mod float;
pub mod percent;
pub mod spec;
pub mod unicode_tables;

use unicode_general_category::{get_general_category, GeneralCategory};

use crate::error::{PyErr, PyResult};
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use spec::FmtError;

impl FmtError {
    /// The Python exception for this failure.
    pub fn into_py(self, vm: &mut Vm) -> PyErr {
        match self {
            FmtError::Value(m) => vm.value_error(m),
            FmtError::Overflow(m) => vm.overflow_error(m),
            FmtError::Memory => vm.memory_error(),
        }
    }
}

/// The 4300-digit limit of `int(text, base)` for bases that are not powers of two
/// (CPython's `sys.int_info.default_max_str_digits`): ValueError naming the digit count.
pub fn check_int_str_digits(vm: &mut Vm, text: &str, base: u32) -> PyResult<()> {
    let t = text.trim_matches(crate::objects::str::is_space);
    let t = t.strip_prefix(['+', '-']).unwrap_or(t);
    let lower = t.get(..2).map(str::to_ascii_lowercase);
    let base = match (base, lower.as_deref()) {
        (0 | 16, Some("0x")) => 16,
        (0 | 8, Some("0o")) => 8,
        (0 | 2, Some("0b")) => 2,
        (0, _) => 10,
        (b, _) => b,
    };
    let limit = spec::int_max_str_digits();
    if base.is_power_of_two() || limit == 0 || t.len() <= limit {
        return Ok(());
    }
    let digits = t.chars().take_while(|c| c.is_alphanumeric() || *c == '_').filter(|c| *c != '_').count();
    if digits > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// `format(v, spec)` for the builtin types whose `__format__` is the mini-language (int,
/// bool, float, complex, str); `None` for any other value.
pub fn format_builtin(vm: &mut Vm, v: &Value, spec_text: &str) -> PyResult<Option<ObjRef>> {
    let result = match v {
        Value::Int(_) | Value::Bool(_) => {
            if spec_text.is_empty() {
                return Ok(Some(vm.to_str(v)?));
            }
            let tn = if matches!(v, Value::Bool(_)) { "bool" } else { "int" };
            let n = vm.as_bigint(v).expect("int");
            spec::parse(spec_text, '>', Some('d'), tn).and_then(|p| spec::format_int(&n, &p, tn))
        }
        Value::Float(f) => spec::parse(spec_text, '>', None, "float").and_then(|p| spec::format_float(*f, &p, "float")),
        Value::Obj(o) => match &**o {
            Object::Str(s) => {
                if spec_text.is_empty() {
                    return Ok(Some(o.clone()));
                }
                spec::parse(spec_text, '<', Some('s'), "str").and_then(|p| spec::format_str(s.as_str(), &p, "str"))
            }
            Object::BigInt(b) => {
                if spec_text.is_empty() {
                    return Ok(Some(vm.to_str(v)?));
                }
                spec::parse(spec_text, '>', Some('d'), "int").and_then(|p| spec::format_int(b, &p, "int"))
            }
            Object::Complex(re, im) => {
                spec::parse(spec_text, '>', None, "complex").and_then(|p| spec::format_complex(*re, *im, &p))
            }
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    match result {
        Ok(s) => Ok(Some(vm.new_string(s))),
        Err(e) => Err(e.into_py(vm)),
    }
}

/// `repr(float)`: shortest digits that round-trip, in fixed or exponent notation.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let (negative, digits, exp) = shortest_digits(f);
    // decpt: position of the decimal point relative to the start of `digits`.
    let decpt = exp + 1;
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if decpt <= -4 || decpt > 16 {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        out.push_str(&format!("e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs()));
    } else if decpt <= 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat((-decpt) as usize));
        out.push_str(&digits);
    } else if decpt as usize >= digits.len() {
        out.push_str(&digits);
        out.push_str(&"0".repeat(decpt as usize - digits.len()));
        out.push_str(".0");
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
    out
}

/// The shortest round-trip decimal digits of a finite non-zero float: (negative,
/// digits without a point, exponent of the first digit).
pub fn shortest_digits(f: f64) -> (bool, String, i32) {
    let s = shortest_exp(f.abs());
    let (mantissa, exp) = s.split_once('e').expect("exponent form");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    (f.is_sign_negative(), digits, exp.parse().expect("exponent"))
}

/// The shortest round-tripping digits of `a` as Rust's `{:e}` writes them, choosing
/// between equally short candidates as CPython's dtoa does.
///
/// With 16 or 17 digits, two candidates of that length can both round-trip; dtoa
/// returns the one nearest the exact binary value (ties to even), while Rust's shortest
/// mode may return the other (1297814976146821.25 gives ...821.3, CPython ...821.2). The
/// correctly rounded string of the same length is the nearest, so it is used when it
/// round-trips.
pub fn shortest_exp(a: f64) -> String {
    let s = format!("{a:e}");
    let ndigits = s.split_once('e').map_or(0, |(m, _)| m.bytes().filter(u8::is_ascii_digit).count());
    if ndigits >= 16 {
        let nearest = format!("{:.*e}", ndigits - 1, a);
        if nearest.parse::<f64>() == Ok(a) {
            return nearest;
        }
    }
    s
}

/// Whether `c` is assigned in the Unicode version CPython 3.11 uses (14.0); Rust's
/// newer tables assign characters that CPython treats as unassigned.
pub fn assigned(c: char) -> bool {
    c.is_ascii() || !in_ranges(unicode_tables::UNASSIGNED, c)
}

/// The columns `c` takes on a terminal as CPython's traceback counts them: 2 for East
/// Asian Wide and Fullwidth characters, 1 otherwise.
pub fn display_width(c: char) -> usize {
    if !c.is_ascii() && in_ranges(unicode_tables::EAST_ASIAN_WIDE, c) {
        2
    } else {
        1
    }
}

/// Whether `c` lies in one of the sorted, disjoint `ranges`.
pub fn in_ranges(ranges: &[(char, char)], c: char) -> bool {
    ranges
        .binary_search_by(|(lo, hi)| {
            if *hi < c {
                std::cmp::Ordering::Less
            } else if *lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Whether CPython considers `c` printable (kept as-is by `repr`).
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if (c as u32) < 0x7f {
        return c as u32 >= 0x20;
    }
    if !assigned(c) {
        return false;
    }
    !matches!(
        get_general_category(c),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::Surrogate
            | GeneralCategory::PrivateUse
            | GeneralCategory::Unassigned
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
            | GeneralCategory::SpaceSeparator
    )
}

/// `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// `ascii()` applied to a repr: escapes every non-ASCII character.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    bytes_repr_quoting(b, false)
}

/// The `b'...'` inside a bytearray's repr, which escapes `'` even between double quotes.
pub fn bytearray_repr(b: &[u8]) -> String {
    bytes_repr_quoting(b, true)
}

fn bytes_repr_quoting(b: &[u8], escape_apostrophe: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (escape_apostrophe && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |f: f64| {
        let r = float_repr(f);
        r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", fmt(im));
    }
    let sign = if im.is_sign_negative() || im.is_nan() && im.is_sign_negative() { "-" } else { "+" };
    format!("({}{}{}j)", fmt(re), sign, fmt(im.abs()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs_match_cpython() {
        for (f, s) in [
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.5, "1.5"),
            (-2.0, "-2.0"),
            (123456789.125, "123456789.125"),
            (1e100, "1e+100"),
            (2.5e-300, "2.5e-300"),
        ] {
            assert_eq!(float_repr(f), s);
        }
    }

    #[test]
    fn str_reprs_match_cpython() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a\nb\x00"), "'a\\nb\\x00'");
        assert_eq!(str_repr("é€"), "'é€'");
        assert_eq!(str_repr("\u{200b}"), "'\\u200b'");
    }
}
