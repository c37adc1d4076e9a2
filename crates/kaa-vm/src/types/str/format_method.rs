//! `str.format` and `str.format_map`: the `{field!conv:spec}` template language, parsed
//! as CPython's `MarkupIterator` and `FieldNameIterator` parse it (same errors, nested
//! specs up to two levels deep, automatic and manual numbering).

use super::{new_str, this};
use crate::error::PyResult;
use crate::types::add_method;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Where field values come from.
enum Source<'a> {
    /// `format(*args, **kwargs)`, with the numbering mode so far.
    Args { args: &'a [Value], kwargs: &'a [(String, Value)], auto: Option<usize>, manual: bool },
    /// `format_map(mapping)`.
    Map(Value),
}

/// A field name's first part: a position or a keyword.
enum First<'s> {
    Auto,
    Index(usize),
    Name(&'s str),
}

fn parse_index(vm: &mut Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    match s.parse::<usize>() {
        Ok(n) if n <= isize::MAX as usize => Ok(Some(n)),
        _ => Err(vm.value_error("Too many decimal digits in format string")),
    }
}

impl Source<'_> {
    fn get(&mut self, vm: &mut Vm, first: First) -> PyResult<Value> {
        match self {
            Source::Map(m) => match first {
                First::Name(n) => {
                    let m = m.clone();
                    let key = vm.str_val(n);
                    vm.getitem(&m, &key)
                }
                _ => Err(vm.value_error("Format string contains positional fields")),
            },
            Source::Args { args, kwargs, auto, manual } => {
                let index = match first {
                    First::Name(n) => {
                        return match kwargs.iter().find(|(k, _)| k == n) {
                            Some((_, v)) => Ok(v.clone()),
                            None => {
                                let k = vm.str_val(n);
                                Err(vm.key_error(k))
                            }
                        };
                    }
                    First::Auto => {
                        if *manual {
                            return Err(vm.value_error(
                                "cannot switch from manual field specification to automatic field numbering",
                            ));
                        }
                        let i = auto.unwrap_or(0);
                        *auto = Some(i + 1);
                        i
                    }
                    First::Index(i) => {
                        if auto.is_some() {
                            return Err(vm.value_error(
                                "cannot switch from automatic field numbering to manual field specification",
                            ));
                        }
                        *manual = true;
                        i
                    }
                };
                match args.get(index) {
                    Some(v) => Ok(v.clone()),
                    None => {
                        Err(vm.index_error(format!("Replacement index {index} out of range for positional args tuple")))
                    }
                }
            }
        }
    }
}

/// Looks up a field name (`0.attr[key]`): the first part, then attributes and items.
fn field_value(vm: &mut Vm, src: &mut Source, name: &str) -> PyResult<Value> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let (head, mut rest) = name.split_at(end);
    let first = if head.is_empty() {
        First::Auto
    } else {
        match parse_index(vm, head)? {
            Some(i) => First::Index(i),
            None => First::Name(head),
        }
    };
    // CPython checks the rest's syntax before looking anything up only lazily, part by
    // part, after fetching the first value.
    let mut value = src.get(vm, first)?;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            value = vm.getattr_str(&value, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            if key.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let k = match parse_index(vm, key)? {
                Some(i) => Value::Int(i as i64),
                None => vm.str_val(key),
            };
            value = vm.getitem(&value, &k)?;
            rest = &r[end + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}

/// Parses a replacement field starting after its '{' (CPython's `parse_field`): the
/// field name, the conversion and the format spec; `i` moves past the closing '}'.
fn parse_field(vm: &mut Vm, chars: &[char], i: &mut usize) -> PyResult<(String, Option<char>, String)> {
    let name_start = *i;
    let mut c = '\0';
    while *i < chars.len() {
        c = chars[*i];
        *i += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while *i < chars.len() && chars[*i] != ']' {
                    *i += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let terminated = matches!(c, '}' | ':' | '!') && *i > name_start;
    if !terminated {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    let name: String = chars[name_start..*i - 1].iter().collect();
    if c == '}' {
        return Ok((name, None, String::new()));
    }
    let mut conversion = None;
    if c == '!' {
        let Some(&conv) = chars.get(*i) else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        *i += 1;
        conversion = Some(conv);
        if let Some(&next) = chars.get(*i) {
            *i += 1;
            if next == '}' {
                return Ok((name, conversion, String::new()));
            }
            if next != ':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut count = 1;
    while *i < chars.len() {
        let c = chars[*i];
        *i += 1;
        match c {
            '{' => count += 1,
            '}' => {
                count -= 1;
                if count == 0 {
                    let spec: String = chars[spec_start..*i - 1].iter().collect();
                    return Ok((name, conversion, spec));
                }
            }
            _ => {}
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

/// Expands `fmt` (CPython's `build_string`); `depth` counts nested specs.
fn render(vm: &mut Vm, fmt: &str, src: &mut Source, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        if i + 1 == chars.len() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        i += 1;
        let (name, conversion, spec) = parse_field(vm, &chars, &mut i)?;
        let value = field_value(vm, src, &name)?;
        let value = match conversion {
            None => value,
            Some('r') => Value::Obj(vm.repr(&value)?),
            Some('s') => Value::Obj(vm.to_str(&value)?),
            Some('a') => {
                let r = vm.repr_string(&value)?;
                vm.str_val(&crate::format::ascii_escape(&r))
            }
            Some(c) => {
                let shown =
                    if (c as u32) > 32 && (c as u32) < 127 { c.to_string() } else { format!("\\x{:x}", c as u32) };
                return Err(vm.value_error(format!("Unknown conversion specifier {shown}")));
            }
        };
        let spec = if spec.contains('{') { render(vm, &spec, src, depth - 1)? } else { spec };
        let formatted = vm.format(&value, &spec)?;
        out.push_str(formatted.as_str().expect("str").as_str());
    }
    Ok(out)
}

impl Vm {
    /// `fmt.format(*args, **kwargs)`.
    pub fn str_format(&mut self, fmt: &str, args: &[Value], kwargs: &[(String, Value)]) -> PyResult<String> {
        let mut src = Source::Args { args, kwargs, auto: None, manual: false };
        render(self, fmt, &mut src, 2)
    }

    /// `fmt.format_map(mapping)`.
    pub fn str_format_map(&mut self, fmt: &str, mapping: &Value) -> PyResult<String> {
        let mut src = Source::Map(mapping.clone());
        render(self, fmt, &mut src, 2)
    }
}

pub fn init(vm: &mut Vm, t: &ObjRef) {
    add_method(vm, t, "format", |vm, a| {
        let text = this(vm, &a)?.as_str().to_string();
        let rest = a.shift();
        let kwargs: Vec<(String, Value)> = rest.kw().map(|(k, v)| (k.to_string(), v.clone())).collect();
        let out = vm.str_format(&text, rest.pos(), &kwargs)?;
        Ok(new_str(vm, out))
    });
    add_method(vm, t, "format_map", |vm, a| {
        let text = this(vm, &a)?.as_str().to_string();
        let m = vm.one_arg("str.format_map", &a.shift())?.clone();
        let out = vm.str_format_map(&text, &m)?;
        Ok(new_str(vm, out))
    });
}
