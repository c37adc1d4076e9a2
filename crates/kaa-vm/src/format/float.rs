//! Float to text as CPython's `PyOS_double_to_string` does it, for the `e`, `f`, `g` and
//! `r` (repr) conversions with the `#` (alternate), add-`.0` and `z` (no negative zero)
//! flags; and `float.hex()` / `float.fromhex()`.
//!
//! Rust's float formatting is exact (correctly rounded, ties to even on the exact binary
//! value), the same as CPython's `_Py_dg_dtoa`, so the digits come from `format!` and
//! this module only places them the way CPython does.

/// Options of one conversion.
#[derive(Clone, Copy, Default)]
pub struct DtoaFlags {
    /// `#`: keep trailing zeros for `g` and always show the decimal point.
    pub alt: bool,
    /// Add `.0` to a result that would look like an integer (repr, and format with a
    /// precision but no type).
    pub add_dot_0: bool,
    /// `z`: drop the sign of a result that rounds to zero.
    pub no_neg_0: bool,
    /// `E`/`F`/`G`: upper-case `E`, `INF`, `NAN`.
    pub upper: bool,
}

/// The shortest round-trip digits (no trailing zeros) and the decimal point position.
fn shortest(a: f64) -> (String, i64) {
    split_exp(&super::shortest_exp(a))
}

/// `n` significant digits, correctly rounded, trailing zeros stripped (like dtoa mode 2).
fn significant(a: f64, n: usize) -> (String, i64) {
    split_exp(&format!("{:.*e}", n.saturating_sub(1), a))
}

/// Splits Rust's `d.ddde±x` into (digits without trailing zeros, decpt = x + 1).
fn split_exp(s: &str) -> (String, i64) {
    let (mant, exp) = s.split_once('e').expect("exponent form");
    let mut digits: String = mant.chars().filter(|c| *c != '.').collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    let exp: i64 = exp.parse().expect("exponent");
    if digits == "0" {
        // Zero: dtoa reports the point after the single digit.
        return (digits, 1);
    }
    (digits, exp + 1)
}

/// Converts `x` with `code` in `e`, `f`, `g`, `r` (`precision` is ignored for `r`). The
/// result starts with `-` for negative values (never `+`).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let negative = x.is_sign_negative();
    if x.is_nan() {
        return if flags.upper { "NAN".into() } else { "nan".into() };
    }
    if x.is_infinite() {
        let s = if flags.upper { "INF" } else { "inf" };
        return if negative { format!("-{s}") } else { s.into() };
    }
    let a = x.abs();
    let body = if code == 'f' {
        // Fixed notation: Rust prints exactly `precision` digits after the point.
        let mut s = format!("{a:.precision$}");
        if flags.alt && precision == 0 {
            s.push('.');
        }
        s
    } else {
        let (digits, decpt, precision) = match code {
            'e' => {
                let (d, p) = significant(a, precision + 1);
                (d, p, precision + 1)
            }
            'g' => {
                let precision = precision.max(1);
                let (d, p) = significant(a, precision);
                (d, p, precision)
            }
            _ => {
                let (d, p) = shortest(a);
                (d, p, 0)
            }
        };
        place_digits(&digits, decpt, code, precision, flags)
    };
    let mut out = String::with_capacity(body.len() + 1);
    let is_zero = !body.split(['e', 'E']).next().unwrap_or("").bytes().any(|b| (b'1'..=b'9').contains(&b));
    if negative && !(flags.no_neg_0 && is_zero) {
        out.push('-');
    }
    out.push_str(&body);
    if flags.upper {
        out = out.to_uppercase();
    }
    out
}

/// Lays out `digits` with the decimal point at `decpt` (CPython's `format_float_short`):
/// chooses exponent or fixed notation and pads with zeros as the conversion requires.
fn place_digits(digits: &str, decpt: i64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let digits_len = digits.len() as i64;
    let precision = precision as i64;
    let mut vdigits_end = digits_len;
    let use_exp = match code {
        'e' => {
            vdigits_end = precision;
            true
        }
        'g' => {
            if flags.alt {
                vdigits_end = precision;
            }
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            decpt <= -4 || decpt > limit
        }
        // repr switches to exponent notation at 1e16.
        _ => decpt <= -4 || decpt > 16,
    };
    let mut decpt = decpt;
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };
    let zeros = |n: i64| "0".repeat(n.max(0) as usize);
    let mut s = String::new();
    if decpt <= 0 {
        s.push_str(&zeros(decpt - vdigits_start));
        s.push('.');
        s.push_str(&zeros(-decpt));
    } else {
        s.push_str(&zeros(-vdigits_start));
    }
    if 0 < decpt && decpt <= digits_len {
        s.push_str(&digits[..decpt as usize]);
        s.push('.');
        s.push_str(&digits[decpt as usize..]);
    } else {
        s.push_str(digits);
    }
    if digits_len < decpt {
        s.push_str(&zeros(decpt - digits_len));
        s.push('.');
        s.push_str(&zeros(vdigits_end - decpt));
    } else {
        s.push_str(&zeros(vdigits_end - digits_len));
    }
    if s.ends_with('.') && !flags.alt {
        s.pop();
    }
    if use_exp {
        s.push_str(&format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs()));
    }
    s
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    // Subnormals keep the leading 0 and the minimum exponent, as CPython prints them.
    let (lead, exp) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
    // CPython always prints all 13 hex digits of the mantissa.
    format!("{sign}0x{lead}.{mant:013x}p{}{}", if exp < 0 { "-" } else { "+" }, exp.abs())
}

/// Why `float.fromhex` failed.
pub enum FromHexError {
    /// ValueError "invalid hexadecimal floating-point string".
    Invalid,
    /// OverflowError "hexadecimal value too large to represent as a float".
    Overflow,
}

/// `float.fromhex(s)`: `[ws][sign]['0x']hexdigits['.'hexdigits]['p'[sign]digits][ws]`,
/// or inf/infinity/nan; rounds half to even like CPython.
pub fn float_fromhex(s: &str) -> Result<f64, FromHexError> {
    let t = s.trim_matches(crate::objects::str::is_space);
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if negative { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return Ok(if negative { -f64::NAN } else { f64::NAN });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let bytes = body.as_bytes();
    let mut i = 0;
    let mut int_digits = Vec::new();
    while i < bytes.len() && bytes[i].is_ascii_hexdigit() {
        int_digits.push(hex_val(bytes[i]));
        i += 1;
    }
    let mut frac_digits = Vec::new();
    if i < bytes.len() && bytes[i] == b'.' {
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_hexdigit() {
            frac_digits.push(hex_val(bytes[i]));
            i += 1;
        }
    }
    if int_digits.is_empty() && frac_digits.is_empty() {
        return Err(FromHexError::Invalid);
    }
    let mut exp: i64 = 0;
    if i < bytes.len() && bytes[i] == b'p' {
        i += 1;
        let start = i;
        if i < bytes.len() && (bytes[i] == b'+' || bytes[i] == b'-') {
            i += 1;
        }
        let dstart = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == dstart {
            return Err(FromHexError::Invalid);
        }
        // Saturate: exponents this large overflow or underflow whatever the digits.
        exp = body[start..i].parse::<i64>().unwrap_or(if bytes[start] == b'-' { -(1 << 40) } else { 1 << 40 });
        exp = exp.clamp(-(1 << 40), 1 << 40);
    }
    if i != bytes.len() {
        return Err(FromHexError::Invalid);
    }
    // All digits as one big mantissa m with value m * 2**(exp - 4 * frac_len).
    let mut digits: Vec<u8> = int_digits;
    let frac_len = frac_digits.len() as i64;
    digits.extend(frac_digits);
    let first = digits.iter().position(|d| *d != 0);
    let Some(first) = first else {
        return Ok(if negative { -0.0 } else { 0.0 });
    };
    let digits = &digits[first..];
    // The value is M * 2**(exp - 4 * frac_len) with M the integer of all the digits;
    // M has L significant bits, so the value lies in [2**(top-1), 2**top).
    let lead_bits = (8 - digits[0].leading_zeros()) as i64;
    let total_bits = (digits.len() as i64 - 1) * 4 + lead_bits;
    let top = total_bits.saturating_add(exp - 4 * frac_len);
    if top > 1024 {
        return Err(FromHexError::Overflow);
    }
    if top < -1074 {
        // Below half the smallest subnormal: rounds to zero.
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Bits of precision available: 53, fewer for subnormals (whose last bit is 2**-1074).
    let keep = (top + 1074).min(53);
    let skip = 4 - lead_bits;
    // The k-th significant bit of M (0 = the top bit).
    let bit = |k: i64| -> u64 {
        if k >= total_bits {
            return 0;
        }
        let pos = k + skip;
        ((digits[(pos / 4) as usize] >> (3 - pos % 4)) & 1) as u64
    };
    let mut mant: u64 = 0;
    for k in 0..keep {
        mant = (mant << 1) | bit(k);
    }
    // Round half to even on the bits that do not fit.
    if bit(keep) == 1 && ((keep + 1..total_bits).any(|k| bit(k) == 1) || mant & 1 == 1) {
        mant += 1;
    }
    let value = (mant as f64) * pow2(top - keep);
    if value.is_infinite() {
        return Err(FromHexError::Overflow);
    }
    Ok(if negative { -value } else { value })
}

fn hex_val(b: u8) -> u8 {
    (b as char).to_digit(16).expect("hex digit") as u8
}

/// 2**e exactly, applied in steps that stay within the normal exponent range.
fn pow2(e: i64) -> f64 {
    let step = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    let mut v = 1.0f64;
    let mut e = e;
    while e > 1000 {
        v *= step(1000);
        e -= 1000;
    }
    while e < -1000 {
        v *= step(-1000);
        e += 1000;
    }
    v * step(e)
}
