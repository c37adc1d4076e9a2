//! Case mapping (`upper`, `lower`, `casefold`, `swapcase`, `capitalize`, `title`) and
//! the `is*` predicates, with CPython's Unicode semantics: full case mappings, the
//! final-sigma rule, titlecase digraphs, full case folding, and CPython's definitions
//! of alpha, decimal, digit, numeric, space and identifier characters.

use unicode_general_category::{get_general_category, GeneralCategory as G};

use super::{new_str, noargs, this};
use crate::format::unicode_tables::{CASEFOLD, DIGIT_RANGES, ID_CONTINUE, ID_START, NUMERIC_RANGES, TITLECASE};
use crate::format::{assigned, in_ranges};
use crate::objects::str::is_space;
use crate::types::add_method;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn lookup_map(table: &'static [(char, &'static str)], c: char) -> Option<&'static str> {
    table.binary_search_by(|(k, _)| k.cmp(&c)).ok().map(|i| table[i].1)
}

/// Characters whose case properties changed after Unicode 14 (CPython 3.11's version;
/// found by comparing every code point against CPython): these gained an uppercase
/// mapping or the Lowercase property later, or (U+0295) lost it.
const NO_UPPER: [char; 4] = ['\u{19b}', '\u{264}', '\u{a7d3}', '\u{a7d5}'];
const NOT_LOWER: [char; 5] = ['\u{10fc}', '\u{a7f2}', '\u{a7f3}', '\u{a7f4}', '\u{ab69}'];
const WAS_LOWER: char = '\u{295}';

fn is_lower(c: char) -> bool {
    (c.is_lowercase() && (c.is_ascii() || (assigned(c) && !NOT_LOWER.contains(&c)))) || c == WAS_LOWER
}

fn is_upper(c: char) -> bool {
    c.is_uppercase() && (c.is_ascii() || assigned(c))
}

/// Pushes the full uppercase mapping of `c`.
fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if !assigned(c) || NO_UPPER.contains(&c) {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Pushes the titlecase mapping of `c` (CPython's `_PyUnicode_ToTitleFull`).
fn push_title(out: &mut String, c: char) {
    match lookup_map(TITLECASE, c) {
        Some(t) => out.push_str(t),
        None => push_upper(out, c),
    }
}

/// Cased: lowercase, uppercase or titlecase (the Unicode `Cased` property).
fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || get_general_category(c) == G::TitlecaseLetter
}

fn is_title(c: char) -> bool {
    get_general_category(c) == G::TitlecaseLetter
}

/// For each 'Σ' in `s`, whether it is word-final (lowercases to 'ς'). Rust's
/// `str::to_lowercase` applies the same Final_Sigma rule as CPython, and maps every other
/// character on its own, so the decisions can be read off its output.
fn final_sigmas(s: &str) -> Vec<bool> {
    if !s.contains('Σ') {
        return Vec::new();
    }
    let lowered = s.to_lowercase();
    let mut low = lowered.chars();
    let mut out = Vec::new();
    for c in s.chars() {
        if c == 'Σ' {
            out.push(low.next() == Some('ς'));
        } else {
            for _ in c.to_lowercase() {
                low.next();
            }
        }
    }
    out
}

/// Lowercases `c`, taking the final-sigma decision from `sigmas` for 'Σ'.
fn push_lower(out: &mut String, c: char, sigmas: &mut std::slice::Iter<bool>) {
    if c == 'Σ' {
        out.push(if sigmas.next() == Some(&true) { 'ς' } else { 'σ' });
    } else if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if !assigned(c) {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let sig = final_sigmas(s);
    let mut sigmas = sig.iter();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_lower(&mut out, c, &mut sigmas);
    }
    out
}

fn swapcase(s: &str) -> String {
    let sig = final_sigmas(s);
    let mut sigmas = sig.iter();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_upper(c) {
            push_lower(&mut out, c, &mut sigmas);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

fn capitalize(s: &str) -> String {
    let sig = final_sigmas(s);
    let mut sigmas = sig.iter();
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if i == 0 {
            if c == 'Σ' {
                sigmas.next();
            }
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, c, &mut sigmas);
        }
    }
    out
}

fn title(s: &str) -> String {
    let sig = final_sigmas(s);
    let mut sigmas = sig.iter();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            push_lower(&mut out, c, &mut sigmas);
        } else {
            if c == 'Σ' {
                sigmas.next();
            }
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup_map(CASEFOLD, c) {
            Some(f) => out.push_str(f),
            None if !assigned(c) => out.push(c),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

pub fn is_alpha(c: char) -> bool {
    assigned(c)
        && matches!(
            get_general_category(c),
            G::UppercaseLetter | G::LowercaseLetter | G::TitlecaseLetter | G::ModifierLetter | G::OtherLetter
        )
}

pub fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && get_general_category(c) == G::DecimalNumber && assigned(c))
}

pub fn is_digit(c: char) -> bool {
    is_decimal(c) || (!c.is_ascii() && in_ranges(DIGIT_RANGES, c))
}

pub fn is_numeric(c: char) -> bool {
    c.is_ascii_digit()
        || (!c.is_ascii()
            && ((matches!(get_general_category(c), G::DecimalNumber | G::LetterNumber | G::OtherNumber)
                && assigned(c))
                || in_ranges(NUMERIC_RANGES, c)))
}

fn is_alnum(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && (is_alpha(c) || is_numeric(c)))
}

/// XID_Start (CPython's `isidentifier` for the first character).
fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && in_ranges(ID_START, c))
}

/// XID_Continue.
fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && in_ranges(ID_CONTINUE, c))
}

/// `str.isidentifier()`.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_id_start(c) => chars.all(is_id_continue),
        _ => false,
    }
}

pub fn init(vm: &mut Vm, t: &ObjRef) {
    macro_rules! mapping {
        ($name:literal, $f:expr) => {
            add_method(vm, t, $name, |vm, a| {
                noargs(vm, &a, $name)?;
                let s = this(vm, &a)?.as_str();
                let f: fn(&str) -> String = $f;
                let out = f(s);
                Ok(new_str(vm, out))
            });
        };
    }
    mapping!("upper", upper);
    mapping!("lower", lower);
    mapping!("casefold", casefold);
    mapping!("swapcase", swapcase);
    mapping!("capitalize", capitalize);
    mapping!("title", title);

    macro_rules! predicate {
        ($name:literal, $empty:expr, $test:expr) => {
            add_method(vm, t, $name, |vm, a| {
                noargs(vm, &a, $name)?;
                let s = this(vm, &a)?.as_str();
                if s.is_empty() {
                    return Ok(Value::Bool($empty));
                }
                let f: fn(char) -> bool = $test;
                Ok(Value::Bool(s.chars().all(f)))
            });
        };
    }
    predicate!("isdigit", false, is_digit);
    predicate!("isdecimal", false, is_decimal);
    predicate!("isnumeric", false, is_numeric);
    predicate!("isalpha", false, is_alpha);
    predicate!("isalnum", false, is_alnum);
    predicate!("isspace", false, is_space);
    predicate!("isascii", true, |c| c.is_ascii());
    predicate!("isprintable", true, crate::format::is_printable);
    add_method(vm, t, "isupper", |vm, a| {
        noargs(vm, &a, "isupper")?;
        let mut cased = false;
        for c in this(vm, &a)?.as_str().chars() {
            if is_lower(c) || is_title(c) {
                return Ok(Value::Bool(false));
            }
            cased |= is_upper(c);
        }
        Ok(Value::Bool(cased))
    });
    add_method(vm, t, "islower", |vm, a| {
        noargs(vm, &a, "islower")?;
        let mut cased = false;
        for c in this(vm, &a)?.as_str().chars() {
            if is_upper(c) || is_title(c) {
                return Ok(Value::Bool(false));
            }
            cased |= is_lower(c);
        }
        Ok(Value::Bool(cased))
    });
    add_method(vm, t, "istitle", |vm, a| {
        noargs(vm, &a, "istitle")?;
        let mut cased = false;
        let mut prev_cased = false;
        for c in this(vm, &a)?.as_str().chars() {
            if is_upper(c) || is_title(c) {
                if prev_cased {
                    return Ok(Value::Bool(false));
                }
                prev_cased = true;
                cased = true;
            } else if is_lower(c) {
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
    add_method(vm, t, "isidentifier", |vm, a| {
        noargs(vm, &a, "isidentifier")?;
        let ok = is_identifier(this(vm, &a)?.as_str());
        Ok(Value::Bool(ok))
    });
}
