//! The format-spec mini-language: `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`
//! for str, int and float, with CPython's error messages.

use num_bigint::BigInt;
use num_traits::Signed;

/// A parsed format spec.
#[derive(Clone, Debug, Default)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse(spec: &str) -> Result<Spec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        s.width = Some(w.parse().map_err(|_| "Too many decimal digits in format string".to_string())?);
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            return Err("Cannot specify both ',' and '_'.".into());
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err("Format specifier missing precision".into());
        }
        let p: String = chars[start..i].iter().collect();
        s.precision = Some(p.parse().map_err(|_| "Too many decimal digits in format string".to_string())?);
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err("Invalid format specifier".into());
    }
    Ok(s)
}

/// Pads `body` (with an optional sign/prefix kept in front for '=' alignment).
fn pad(prefix: &str, body: &str, spec: &Spec, default_align: char) -> String {
    let width = spec.width.unwrap_or(0);
    let len = prefix.chars().count() + body.chars().count();
    let (fill, align) = if spec.zero && spec.align.is_none() {
        ('0', '=')
    } else {
        (
            spec.fill.unwrap_or(if spec.zero && spec.fill.is_none() && spec.align == Some('=') { '0' } else { ' ' }),
            spec.align.unwrap_or(default_align),
        )
    };
    if len >= width {
        return format!("{prefix}{body}");
    }
    let n = width - len;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{prefix}{body}{}", f(n)),
        '>' => format!("{}{prefix}{body}", f(n)),
        '^' => format!("{}{prefix}{body}{}", f(n / 2), f(n - n / 2)),
        _ => format!("{prefix}{}{body}", f(n)),
    }
}

/// Inserts `sep` every `every` digits from the right of an all-digit string.
fn group(digits: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::with_capacity(chars.len() + chars.len() / every);
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i) % every == 0 {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

pub fn format_str(s: &str, spec: &Spec) -> Result<String, String> {
    if let Some(t) = spec.ty {
        if t != 's' {
            return Err(format!("Unknown format code '{t}' for object of type 'str'"));
        }
    }
    if spec.sign.is_some() {
        return Err("Sign not allowed in string format specifier".into());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    if let Some(g) = spec.grouping {
        return Err(format!("Cannot specify '{g}' with 's'."));
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad("", &body, spec, '<'))
}

fn sign_prefix(negative: bool, spec: &Spec) -> &'static str {
    if negative {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

pub fn format_int(i: &BigInt, spec: &Spec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = num_traits::ToPrimitive::to_f64(i).unwrap_or(f64::INFINITY);
            return format_float(f, spec, "int");
        }
        'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c' => {}
        t => return Err(format!("Unknown format code '{t}' for object of type 'int'")),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".into());
        }
        let code = num_traits::ToPrimitive::to_u32(i).filter(|c| *c <= 0x10ffff);
        let Some(c) = code.and_then(char::from_u32) else {
            return Err("%c arg not in range(0x110000)".into());
        };
        return Ok(pad("", &c.to_string(), spec, '<'));
    }
    let negative = i.is_negative();
    let mag = i.abs();
    let (digits, prefix) = match ty {
        'b' => (mag.to_str_radix(2), "0b"),
        'o' => (mag.to_str_radix(8), "0o"),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        _ => (mag.to_string(), ""),
    };
    let digits = match spec.grouping {
        Some(',') if matches!(ty, 'd') => group(&digits, ',', 3),
        Some(',') => return Err(format!("Cannot specify ',' with '{ty}'.")),
        Some('_') => group(&digits, '_', if matches!(ty, 'd' | 'n') { 3 } else { 4 }),
        _ => digits,
    };
    let mut pre = sign_prefix(negative, spec).to_string();
    if spec.alternate {
        pre.push_str(prefix);
    }
    Ok(pad(&pre, &digits, spec, '>'))
}

/// Formats in exponent notation with `prec` digits after the point.
fn exp_format(f: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, f);
    let (m, e) = s.split_once('e').expect("exponent");
    let e: i32 = e.parse().expect("exponent");
    let out = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// 'g' formatting of a finite non-negative float with precision `p` (>= 1).
fn general_format(f: f64, p: usize, alternate: bool, upper: bool) -> String {
    if f == 0.0 {
        let mut s = if alternate { format!("{:.*}", p - 1, 0.0) } else { "0".to_string() };
        if alternate && p == 1 {
            s.push('.');
        }
        return s;
    }
    // The decimal exponent after rounding to p significant digits.
    let e_form = format!("{:.*e}", p - 1, f);
    let exp: i32 = e_form.split_once('e').expect("exponent").1.parse().expect("exponent");
    let mut s = if exp >= -4 && exp < p as i32 {
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, f)
    } else {
        exp_format(f, p - 1, upper)
    };
    if !alternate {
        // Strip trailing zeros (and a trailing point) from the mantissa.
        let (mant, exp_part) = match s.find(['e', 'E']) {
            Some(k) => (s[..k].to_string(), s[k..].to_string()),
            None => (s.clone(), String::new()),
        };
        let mant = if mant.contains('.') { mant.trim_end_matches('0').trim_end_matches('.').to_string() } else { mant };
        s = format!("{mant}{exp_part}");
    } else if !s.contains('.') {
        match s.find(['e', 'E']) {
            Some(k) => s.insert(k, '.'),
            None => s.push('.'),
        }
    }
    if upper {
        s.to_uppercase()
    } else {
        s
    }
}

pub fn format_float(f: f64, spec: &Spec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(format!("Unknown format code '{t}' for object of type '{type_name}'"));
        }
    }
    if let Some(',') = spec.grouping {
        if ty == Some('n') {
            return Err("Cannot specify ',' with 'n'.".into());
        }
    }
    let negative = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut body = if !a.is_finite() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        let s = if upper { s.to_uppercase() } else { s.to_string() };
        if ty == Some('%') {
            format!("{s}%")
        } else {
            s
        }
    } else {
        match ty {
            Some('f' | 'F') => format!("{:.*}", spec.precision.unwrap_or(6), a),
            Some('e' | 'E') => exp_format(a, spec.precision.unwrap_or(6), upper),
            Some('g' | 'G' | 'n') => general_format(a, spec.precision.unwrap_or(6).max(1), spec.alternate, upper),
            Some('%') => format!("{:.*}%", spec.precision.unwrap_or(6), a * 100.0),
            _ => match spec.precision {
                None => super::float_repr(a),
                Some(p) => {
                    let mut s = general_format(a, p.max(1), spec.alternate, false);
                    if !s.contains(['.', 'e', 'E']) {
                        s.push_str(".0");
                    }
                    s
                }
            },
        }
    };
    if spec.alternate && matches!(ty, Some('f' | 'F' | 'e' | 'E' | '%')) && !body.contains('.') && a.is_finite() {
        let k = body.find(['e', 'E', '%']).unwrap_or(body.len());
        body.insert(k, '.');
    }
    if let Some(g) = spec.grouping {
        let k = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
        let (int_part, rest) = body.split_at(k);
        body = format!("{}{}", group(int_part, g, 3), rest);
    }
    let pre = sign_prefix(negative, spec);
    Ok(pad(pre, &body, spec, '>'))
}
