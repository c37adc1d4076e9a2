//! The format-spec mini-language, `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`,
//! for str, int, float and complex, following CPython 3.11's `formatter_unicode.c`: the
//! same parsing, padding (including grouping inside zero padding), and error messages.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float::{double_to_string, DtoaFlags};

/// A formatting failure, as the Python exception it becomes.
#[derive(Debug)]
pub enum FmtError {
    Value(String),
    Overflow(String),
    /// The result would not fit in memory.
    Memory,
}

impl From<String> for FmtError {
    fn from(s: String) -> FmtError {
        FmtError::Value(s)
    }
}

impl From<&str> for FmtError {
    fn from(s: &str) -> FmtError {
        FmtError::Value(s.to_string())
    }
}

pub type FmtResult<T> = Result<T, FmtError>;

/// Results longer than this raise MemoryError instead of aborting on allocation.
const MAX_LEN: usize = 1 << 31;

/// A parsed format spec.
#[derive(Clone, Debug)]
pub struct Spec {
    pub fill: char,
    pub align: char,
    /// '+', '-' or ' ' if given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero (floats and complex only).
    pub no_neg_0: bool,
    pub alternate: bool,
    pub width: Option<usize>,
    /// ',' or '_' if given.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Spec {
    /// A spec with nothing given and the type's default alignment.
    pub fn new(align: char) -> Spec {
        Spec {
            fill: ' ',
            align,
            sign: None,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// A type code as CPython's messages show it: the character if printable ASCII, else
/// `\x` and its hex code.
fn show_code(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_code(c: char, type_name: &str) -> FmtError {
    FmtError::Value(format!("Unknown format code '{}' for object of type '{type_name}'", show_code(c)))
}

/// The decimal value of a Unicode decimal digit (format widths accept any script's).
fn decimal(c: char) -> Option<u32> {
    c.to_digit(10).or_else(|| crate::objects::str::decimal_value(c))
}

/// Reads a run of decimal digits from `chars[*i..]`; None if there are none.
fn read_int(chars: &[char], i: &mut usize) -> FmtResult<Option<usize>> {
    let mut acc: usize = 0;
    let start = *i;
    while let Some(d) = chars.get(*i).and_then(|c| decimal(*c)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|a| *a <= isize::MAX as usize)
            .ok_or("Too many decimal digits in format string")?;
        *i += 1;
    }
    Ok((*i > start).then_some(acc))
}

/// Parses `spec` for a type whose default alignment is `default_align` ('<' for str,
/// '>' for numbers) and whose default presentation type is `default_type`.
pub fn parse(spec: &str, default_align: char, default_type: Option<char>, type_name: &str) -> FmtResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::new(default_align);
    let mut i = 0;
    let mut fill_given = false;
    let mut align_given = false;
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = chars[0];
        s.align = chars[1];
        fill_given = true;
        align_given = true;
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = chars[0];
        align_given = true;
        i = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(i) {
        s.sign = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'z') {
        s.no_neg_0 = true;
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        s.alternate = true;
        i += 1;
    }
    // A leading '0' means zero fill (and sign-aware padding for numbers) unless a fill
    // character was given.
    if !fill_given && chars.get(i) == Some(&'0') {
        s.fill = '0';
        if !align_given && default_align == '>' {
            s.align = '=';
        }
        i += 1;
    }
    s.width = read_int(&chars, &mut i)?;
    if chars.get(i) == Some(&',') {
        s.grouping = Some(',');
        i += 1;
    }
    if chars.get(i) == Some(&'_') {
        if s.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".into());
        }
        s.grouping = Some('_');
        i += 1;
    }
    // A ',' after '_' is the conflict; a second ',' is left over and makes the spec
    // invalid below.
    if chars.get(i) == Some(&',') && s.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".into());
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        match read_int(&chars, &mut i)? {
            Some(p) => s.precision = Some(p),
            None => return Err("Format specifier missing precision".into()),
        }
    }
    if chars.len() - i > 1 {
        return Err(FmtError::Value(format!("Invalid format specifier '{spec}' for object of type '{type_name}'")));
    }
    s.ty = chars.get(i).copied().or(default_type);
    if let Some(g) = s.grouping {
        let ok = match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            Some(_) => false,
        };
        if !ok {
            let t = show_code(s.ty.unwrap_or('\0'));
            return Err(FmtError::Value(format!("Cannot specify '{g}' with '{t}'.")));
        }
    }
    Ok(s)
}

/// `parts` joined, with `left` and `right` copies of `fill` around them; a result too
/// big to allocate is a MemoryError (a program chooses the width).
fn padded(fill: char, left: usize, parts: &[&str], right: usize) -> FmtResult<String> {
    let body: usize = parts.iter().map(|p| p.len()).sum();
    let size = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(body))
        .ok_or(FmtError::Memory)?;
    let mut out = String::new();
    out.try_reserve_exact(size).map_err(|_| FmtError::Memory)?;
    let mut buf = [0u8; 4];
    let unit: &str = fill.encode_utf8(&mut buf);
    let push_fill = |out: &mut String, n: usize| {
        if fill.is_ascii() {
            // One byte repeated: extend in bulk rather than char by char.
            out.push_str(&unit.repeat(n));
        } else {
            out.extend(std::iter::repeat_n(fill, n));
        }
    };
    push_fill(&mut out, left);
    for p in parts {
        out.push_str(p);
    }
    push_fill(&mut out, right);
    Ok(out)
}

/// Pads text of `len` characters to the width: (left, right) padding counts.
fn padding(len: usize, width: Option<usize>, align: char) -> (usize, usize) {
    let total = width.unwrap_or(0).max(len);
    let left = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    (left, total - len - left)
}

fn check_len(n: usize) -> FmtResult<()> {
    if n > MAX_LEN {
        return Err(FmtError::Memory);
    }
    Ok(())
}

/// Pads a non-numeric result (str, complex) to the spec's width.
pub fn pad_text(text: &str, spec: &Spec) -> FmtResult<String> {
    let len = text.chars().count();
    let (l, r) = padding(len, spec.width, spec.align);
    padded(spec.fill, l, &[text], r)
}

/// Inserts separators into `digits` from the right, every `every` digits, padding with
/// zeros on the left until the result is at least `min_width` long (CPython's
/// `_PyUnicode_InsertThousandsGrouping`: a zero-filled field is grouped too).
fn group_digits(digits: &str, sep: Option<char>, every: usize, min_width: usize) -> String {
    let Some(sep) = sep else {
        let zeros = min_width.saturating_sub(digits.len());
        return format!("{}{digits}", "0".repeat(zeros));
    };
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len() as isize;
    let mut min_width = min_width as isize;
    let mut groups: Vec<String> = Vec::new();
    loop {
        let l = (every as isize).min(remaining.max(min_width).max(1));
        let n_chars = remaining.min(l).max(0);
        let n_zeros = (l - remaining).max(0);
        let end = remaining as usize;
        let start = (remaining - n_chars) as usize;
        groups.push(format!("{}{}", "0".repeat(n_zeros as usize), &digits[start..end]));
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&sep.to_string())
}

/// Lays out a number as `[lpad][sign][prefix][spad][grouped digits][rest][rpad]`
/// (CPython's `calc_number_widths` + `fill_number`). `rest` is what follows the integer
/// digits: decimal point, fraction, exponent, '%'.
fn layout_number(
    sign: &str,
    prefix: &str,
    digits: &str,
    rest: &str,
    spec: &Spec,
    sep: Option<char>,
    every: usize,
) -> FmtResult<String> {
    let width = spec.width.unwrap_or(0);
    let fixed = sign.len() + prefix.len() + rest.chars().count();
    let min_width = if spec.fill == '0' && spec.align == '=' { width.saturating_sub(fixed) } else { 0 };
    // Zero padding goes through digit grouping, which is not built for huge widths.
    check_len(min_width)?;
    let grouped = if digits.is_empty() { String::new() } else { group_digits(digits, sep, every, min_width) };
    let len = fixed + grouped.len();
    let pad = width.saturating_sub(len);
    let (l, s, r) = match spec.align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    if s > 0 {
        let inner = padded(spec.fill, s, &[&grouped, rest], 0)?;
        return padded(spec.fill, l, &[sign, prefix, &inner], r);
    }
    padded(spec.fill, l, &[sign, prefix, &grouped, rest], r)
}

/// The sign to show for a number.
fn sign_str(negative: bool, spec: &Spec) -> &'static str {
    match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// The separator character and group size for a spec's grouping and type.
fn separator(spec: &Spec) -> (Option<char>, usize) {
    match (spec.grouping, spec.ty) {
        (Some('_'), Some('b' | 'o' | 'x' | 'X')) => (Some('_'), 4),
        (g, _) => (g, 3),
    }
}

/// `format(s, spec)` for str (after parsing).
pub fn format_str(s: &str, spec: &Spec, type_name: &str) -> FmtResult<String> {
    match spec.ty {
        Some('s') | None => {}
        Some(t) => return Err(unknown_code(t, type_name)),
    }
    if spec.sign == Some(' ') {
        return Err("Space not allowed in string format specifier".into());
    }
    if spec.sign.is_some() {
        return Err("Sign not allowed in string format specifier".into());
    }
    if spec.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if spec.align == '=' {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    match spec.precision {
        Some(p) => {
            let end = s.char_indices().nth(p).map(|(b, _)| b).unwrap_or(s.len());
            pad_text(&s[..end], spec)
        }
        None => pad_text(s, spec),
    }
}

/// CPython's default limit on int <-> decimal str conversion.
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;

thread_local! {
    /// The current limit (`sys.set_int_max_str_digits`); 0 means none.
    static INT_MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(DEFAULT_INT_MAX_STR_DIGITS) };
}

/// The digit limit in force (0: unlimited).
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.with(|c| c.get())
}

/// Sets the digit limit (0: unlimited).
pub fn set_int_max_str_digits(n: usize) {
    INT_MAX_STR_DIGITS.with(|c| c.set(n));
}

/// Whether a number of `bits` bits may have more than `limit` decimal digits (it has at
/// most `bits * log10(2) + 1`; 0.302 bounds log10(2) from above).
pub fn may_exceed_digits(bits: u64, limit: usize) -> bool {
    bits * 302 / 1000 + 1 > limit as u64
}

/// The ValueError text for converting an int too large for the digit limit.
pub fn int_limit_message() -> String {
    format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        int_max_str_digits()
    )
}

/// Decimal digits of `mag` (non-negative), or the digit-limit error.
pub fn decimal_digits(mag: &BigInt) -> FmtResult<String> {
    let limit = int_max_str_digits();
    if limit > 0 && may_exceed_digits(mag.bits(), limit) {
        let d = mag.to_string();
        if d.len() > limit {
            return Err(FmtError::Value(int_limit_message()));
        }
        return Ok(d);
    }
    Ok(mag.to_string())
}

/// `format(i, spec)` for int (after parsing). `type_name` is 'int' or 'bool'.
pub fn format_int(i: &BigInt, spec: &Spec, type_name: &str) -> FmtResult<String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = i.to_f64().filter(|f| f.is_finite());
            let Some(f) = f else { return Err(FmtError::Overflow("int too large to convert to float".into())) };
            return format_float(f, spec, "float");
        }
        'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c' => {}
        t => return Err(unknown_code(t, type_name)),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if spec.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".into());
        }
        if spec.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
        }
        let Some(n) = i.to_i64() else {
            return Err(FmtError::Overflow("Python int too large to convert to C long".into()));
        };
        let Some(c) = u32::try_from(n).ok().filter(|n| *n <= 0x10ffff).and_then(char::from_u32) else {
            return Err(FmtError::Overflow("%c arg not in range(0x110000)".into()));
        };
        return layout_number("", "", "", &c.to_string(), spec, None, 3);
    }
    let mag = i.abs();
    let (digits, prefix) = match ty {
        'b' => (mag.to_str_radix(2), "0b"),
        'o' => (mag.to_str_radix(8), "0o"),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        _ => (decimal_digits(&mag)?, ""),
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let (sep, every) = separator(spec);
    layout_number(sign_str(i.is_negative(), spec), prefix, &digits, "", spec, sep, every)
}

/// Splits a formatted float body (no sign) into its integer digits and the rest.
fn split_digits(body: &str) -> (&str, &str) {
    let k = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    body.split_at(k)
}

/// The `PyOS_double_to_string` conversion for a spec (CPython's `format_float_internal`
/// before padding): the text with a leading '-' for negative values.
fn float_text(f: f64, spec: &Spec, default_precision: usize, add_dot_0: bool) -> FmtResult<String> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".into());
    }
    let mut flags = DtoaFlags { alt: spec.alternate, no_neg_0: spec.no_neg_0, ..DtoaFlags::default() };
    let (code, percent) = match spec.ty {
        None => ('r', false),
        Some('n') => ('g', false),
        Some('%') => ('f', true),
        Some(c) => {
            flags.upper = c.is_ascii_uppercase();
            (c.to_ascii_lowercase(), false)
        }
    };
    flags.add_dot_0 = add_dot_0 && spec.ty.is_none();
    let (code, precision) = match spec.precision {
        None => (code, if code == 'r' { 0 } else { default_precision }),
        Some(p) => (if code == 'r' { 'g' } else { code }, p),
    };
    check_len(precision)?;
    let value = if percent { f * 100.0 } else { f };
    let mut s = double_to_string(value, code, precision, flags);
    if percent {
        s.push('%');
    }
    Ok(s)
}

/// `format(f, spec)` for float (after parsing).
pub fn format_float(f: f64, spec: &Spec, type_name: &str) -> FmtResult<String> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(unknown_code(t, type_name)),
    }
    let text = float_text(f, spec, 6, true)?;
    let (negative, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, text.as_str()),
    };
    let (digits, rest) = split_digits(body);
    let (sep, every) = separator(spec);
    layout_number(sign_str(negative, spec), "", digits, rest, spec, sep, every)
}

/// `format(z, spec)` for complex (after parsing).
pub fn format_complex(re: f64, im: f64, spec: &Spec) -> FmtResult<String> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(unknown_code(t, "complex")),
    }
    if spec.fill == '0' {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    if spec.align == '=' {
        return Err("'=' alignment flag is not allowed in complex format specifier".into());
    }
    // With no type: like repr, the real part is left out when it is +0.0 and the
    // result is parenthesised otherwise.
    let bare = spec.ty.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let parens = bare && !skip_re;
    let (sep, every) = separator(spec);
    // The parts are formatted without padding; the whole is padded at the end.
    let part = |x: f64, sign: Option<char>| -> FmtResult<String> {
        let mut sp = spec.clone();
        sp.width = None;
        sp.fill = ' ';
        sp.align = '<';
        sp.sign = sign;
        let text = float_text(x, &sp, 6, false)?;
        let (negative, body) = match text.strip_prefix('-') {
            Some(b) => (true, b),
            None => (false, text.as_str()),
        };
        let (digits, rest) = split_digits(body);
        layout_number(sign_str(negative, &sp), "", digits, rest, &sp, sep, every)
    };
    let mut out = String::new();
    if parens {
        out.push('(');
    }
    if !skip_re {
        out.push_str(&part(re, spec.sign)?);
        out.push_str(&part(im, Some('+'))?);
    } else {
        out.push_str(&part(im, spec.sign)?);
    }
    out.push('j');
    if parens {
        out.push(')');
    }
    pad_text(&out, spec)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt_f(f: f64, s: &str) -> String {
        format_float(f, &parse(s, '>', None, "float").unwrap(), "float").unwrap()
    }

    #[test]
    fn float_without_type_uses_g_with_a_point() {
        assert_eq!(fmt_f(21.5, ".2"), "2.2e+01");
        assert_eq!(fmt_f(100.0, ".3"), "1e+02");
        assert_eq!(fmt_f(3.0, ".1"), "3e+00");
        assert_eq!(fmt_f(1.5, ".3"), "1.5");
        assert_eq!(fmt_f(1e16, ".20"), "10000000000000000.0");
    }

    #[test]
    fn zero_padding_is_grouped() {
        let i = BigInt::from(1234);
        let f = |s: &str| format_int(&i, &parse(s, '>', Some('d'), "int").unwrap(), "int").unwrap();
        assert_eq!(f("08,"), "0,001,234");
        assert_eq!(f("06,"), "01,234");
        assert_eq!(f("012,"), "0,000,001,234");
    }
}
