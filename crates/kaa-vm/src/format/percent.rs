//! printf-style formatting: `"%s and %5.2f" % (a, b)` and `"%(name)s" % mapping`.

use num_bigint::BigInt;

use super::spec::{format_float, format_int, Spec};
use crate::error::PyResult;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// `fmt % args` for str.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let (items, mapping): (Vec<Value>, Option<Value>) = match args {
        Value::Obj(o) => match &**o {
            Object::Tuple(t) => (t.to_vec(), None),
            Object::Dict(_) => (vec![args.clone()], Some(args.clone())),
            _ => (vec![args.clone()], None),
        },
        _ => (vec![args.clone()], None),
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut next = 0usize;
    let mut i = 0;
    let mut used_mapping = false;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        // %(key)
        let mut value: Option<Value> = None;
        if chars[i] == '(' {
            let Some(map) = &mapping else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let key_start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[key_start..i - 1].iter().collect();
            let k = vm.str_val(&key);
            value = Some(vm.getitem(map, &k)?);
            used_mapping = true;
        }
        let mut spec = Spec::default();
        while i < chars.len() {
            match chars[i] {
                '-' => spec.align = Some('<'),
                '+' => spec.sign = Some('+'),
                ' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut take_arg = |vm: &mut Vm| -> PyResult<Value> {
            if let Some(v) = value.take() {
                return Ok(v);
            }
            if mapping.is_some() && used_mapping {
                return Err(vm.type_error("not enough arguments for format string"));
            }
            if next < items.len() {
                next += 1;
                Ok(items[next - 1].clone())
            } else {
                Err(vm.type_error("not enough arguments for format string"))
            }
        };
        if i < chars.len() && chars[i] == '*' {
            let w = take_arg(vm)?;
            spec.width = Some(vm.to_i64(&w)?.max(0) as usize);
            i += 1;
        } else {
            let s = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > s {
                spec.width = chars[s..i].iter().collect::<String>().parse().ok();
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = take_arg(vm)?;
                spec.precision = Some(vm.to_i64(&p)?.max(0) as usize);
                i += 1;
            } else {
                let s = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                spec.precision = Some(chars[s..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = take_arg(vm)?;
        if spec.zero && spec.align.is_none() {
            spec.align = Some('=');
            spec.fill = Some('0');
        } else if spec.align.is_none() {
            spec.align = Some('>');
        }
        spec.zero = false;
        let piece = match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => vm.to_str_string(&v)?,
                    'r' => vm.repr_string(&v)?,
                    _ => super::ascii_escape(&vm.repr_string(&v)?),
                };
                let s: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                let mut sp = Spec { width: spec.width, align: spec.align, ..Spec::default() };
                if sp.align == Some('=') {
                    sp.align = Some('>');
                }
                super::spec::format_str(&s, &sp).map_err(|e| vm.value_error(e))?
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = percent_int(vm, &v, conv)?;
                let mut sp = spec.clone();
                sp.ty = Some(match conv {
                    'x' => 'x',
                    'X' => 'X',
                    'o' => 'o',
                    _ => 'd',
                });
                let prec = sp.precision.take();
                let mut s = format_int(&n, &sp).map_err(|e| vm.value_error(e))?;
                if let Some(p) = prec {
                    // Precision on ints is a minimum digit count.
                    let neg = s.starts_with('-');
                    let digits = s.trim_start_matches('-').to_string();
                    if digits.len() < p {
                        s = format!("{}{}{}", if neg { "-" } else { "" }, "0".repeat(p - digits.len()), digits);
                    }
                }
                s
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match &v {
                    Value::Float(f) => *f,
                    _ => {
                        if crate::protocols::arith::as_int(&v).is_none()
                            && !matches!(&v, Value::Obj(o) if matches!(&**o, Object::Instance(_)))
                        {
                            let tn = vm.type_name(&v);
                            return Err(vm.type_error(format!("must be real number, not {tn}")));
                        }
                        vm.to_f64(&v)?
                    }
                };
                let mut sp = spec.clone();
                sp.ty = Some(conv);
                if sp.precision.is_none() {
                    sp.precision = Some(6);
                }
                format_float(f, &sp, "float").map_err(|e| vm.value_error(e))?
            }
            'c' => {
                let s = match &v {
                    Value::Obj(o) if o.as_str().is_some_and(|s| s.char_len() == 1) => {
                        o.as_str().expect("str").as_str().to_string()
                    }
                    Value::Obj(o) if o.as_str().is_some() => {
                        return Err(vm.type_error("%c requires int or char"));
                    }
                    _ => {
                        let n = vm.to_i64(&v)?;
                        match u32::try_from(n).ok().and_then(char::from_u32) {
                            Some(c) => c.to_string(),
                            None => {
                                let t = vm.exc.overflow_error.clone();
                                return Err(vm.new_error(&t, "%c arg not in range(0x110000)"));
                            }
                        }
                    }
                };
                let sp = Spec {
                    width: spec.width,
                    align: if spec.align == Some('<') { Some('<') } else { Some('>') },
                    ..Spec::default()
                };
                super::spec::format_str(&s, &sp).map_err(|e| vm.value_error(e))?
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    i - 1
                )));
            }
        };
        let _ = start;
        out.push_str(&piece);
    }
    if mapping.is_none() && next < items.len() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

fn percent_int(vm: &mut Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    if let Some(b) = vm.as_bigint(v) {
        return Ok(b);
    }
    if let Value::Float(f) = v {
        if conv == 'x' || conv == 'X' || conv == 'o' {
            return Err(vm.type_error(format!("%{conv} format: an integer is required, not float")));
        }
        if !f.is_finite() {
            return Err(vm.overflow_error("cannot convert float infinity to integer"));
        }
        return Ok(crate::protocols::compare::bigint_from_f64(f.trunc()));
    }
    let tn = vm.type_name(v);
    if conv == 'x' || conv == 'X' || conv == 'o' {
        return Err(vm.type_error(format!("%{conv} format: an integer is required, not {tn}")));
    }
    Err(vm.type_error(format!("%{conv} format: a real number is required, not {tn}")))
}
