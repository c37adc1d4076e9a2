//! Turning an expression back into source text the way CPython 3.11's `ast_unparse.c`
//! does, for `from __future__ import annotations` (annotations are stored as these
//! strings). The text is normalised, not the original: one space around binary
//! operators, parentheses only where precedence needs them, constants by their `repr`.

use ruff_python_ast::{self as ast, CmpOp, Expr, Number, Operator, UnaryOp};

use crate::parse::is_printable;

/// Binding strength, weakest first (CPython's `PR_*` levels).
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Prec {
    /// The next stronger level (`pr + 1` in CPython).
    fn up(self) -> Prec {
        use Prec::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// The annotation text CPython stores for `expr` (`_PyAST_ExprAsUnicode`).
pub fn unparse_annotation(expr: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, expr, Prec::Test);
    out
}

fn write_expr(out: &mut String, expr: &Expr, level: Prec) {
    match expr {
        Expr::BoolOp(b) => {
            let (op, pr) = match b.op {
                ast::BoolOp::And => (" and ", Prec::And),
                ast::BoolOp::Or => (" or ", Prec::Or),
            };
            paren(out, level > pr, |out| {
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(op);
                    }
                    write_expr(out, v, pr.up());
                }
            });
        }
        Expr::Named(n) => paren(out, level > Prec::Tuple, |out| {
            write_expr(out, &n.target, Prec::Atom);
            out.push_str(" := ");
            write_expr(out, &n.value, Prec::Atom);
        }),
        Expr::BinOp(b) => {
            let (op, pr) = binop(b.op);
            let rassoc = b.op == Operator::Pow;
            paren(out, level > pr, |out| {
                write_expr(out, &b.left, if rassoc { pr.up() } else { pr });
                out.push_str(op);
                write_expr(out, &b.right, if rassoc { pr } else { pr.up() });
            });
        }
        Expr::UnaryOp(u) => {
            let (op, pr) = match u.op {
                UnaryOp::Invert => ("~", Prec::Factor),
                UnaryOp::Not => ("not ", Prec::Not),
                UnaryOp::UAdd => ("+", Prec::Factor),
                UnaryOp::USub => ("-", Prec::Factor),
            };
            paren(out, level > pr, |out| {
                out.push_str(op);
                write_expr(out, &u.operand, pr);
            });
        }
        Expr::Lambda(l) => paren(out, level > Prec::Test, |out| {
            let positional = l.parameters.as_ref().map_or(0, |p| p.posonlyargs.len() + p.args.len());
            out.push_str(if positional > 0 { "lambda " } else { "lambda" });
            if let Some(p) = &l.parameters {
                write_parameters(out, p);
            }
            out.push_str(": ");
            write_expr(out, &l.body, Prec::Test);
        }),
        Expr::If(i) => paren(out, level > Prec::Test, |out| {
            write_expr(out, &i.body, Prec::Test.up());
            out.push_str(" if ");
            write_expr(out, &i.test, Prec::Test.up());
            out.push_str(" else ");
            write_expr(out, &i.orelse, Prec::Test);
        }),
        Expr::Dict(d) => {
            out.push('{');
            for (i, item) in d.items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match &item.key {
                    Some(k) => {
                        write_expr(out, k, Prec::Test);
                        out.push_str(": ");
                        write_expr(out, &item.value, Prec::Test);
                    }
                    None => {
                        out.push_str("**");
                        write_expr(out, &item.value, Prec::BitOr);
                    }
                }
            }
            out.push('}');
        }
        Expr::Set(s) => {
            out.push('{');
            write_list(out, &s.elts);
            out.push('}');
        }
        Expr::List(l) => {
            out.push('[');
            write_list(out, &l.elts);
            out.push(']');
        }
        Expr::Tuple(t) => {
            if t.elts.is_empty() {
                out.push_str("()");
                return;
            }
            paren(out, level > Prec::Tuple, |out| {
                write_list(out, &t.elts);
                if t.elts.len() == 1 {
                    out.push(',');
                }
            });
        }
        Expr::ListComp(c) => {
            out.push('[');
            write_expr(out, &c.elt, Prec::Test);
            write_generators(out, &c.generators);
            out.push(']');
        }
        Expr::SetComp(c) => {
            out.push('{');
            write_expr(out, &c.elt, Prec::Test);
            write_generators(out, &c.generators);
            out.push('}');
        }
        Expr::DictComp(c) => {
            out.push('{');
            if let Some(key) = &c.key {
                write_expr(out, key, Prec::Test);
            }
            out.push_str(": ");
            write_expr(out, &c.value, Prec::Test);
            write_generators(out, &c.generators);
            out.push('}');
        }
        Expr::Generator(g) => write_genexp(out, g),
        Expr::Await(a) => paren(out, level > Prec::Await, |out| {
            out.push_str("await ");
            write_expr(out, &a.value, Prec::Atom);
        }),
        Expr::Yield(y) => match &y.value {
            None => out.push_str("(yield)"),
            Some(v) => {
                out.push_str("(yield ");
                write_expr(out, v, Prec::Test);
                out.push(')');
            }
        },
        Expr::YieldFrom(y) => {
            out.push_str("(yield from ");
            write_expr(out, &y.value, Prec::Test);
            out.push(')');
        }
        Expr::Compare(c) => paren(out, level > Prec::Cmp, |out| {
            write_expr(out, &c.left, Prec::Cmp.up());
            for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                out.push_str(cmpop(*op));
                write_expr(out, right, Prec::Cmp.up());
            }
        }),
        Expr::Call(c) => {
            write_expr(out, &c.func, Prec::Atom);
            let args = &c.arguments.args;
            let keywords = &c.arguments.keywords;
            if let ([Expr::Generator(g)], true) = (&args[..], keywords.is_empty()) {
                // A lone generator expression supplies the call's parentheses.
                write_genexp(out, g);
                return;
            }
            out.push('(');
            let mut first = true;
            for a in args.iter() {
                separator(out, &mut first);
                write_expr(out, a, Prec::Test);
            }
            for k in keywords.iter() {
                separator(out, &mut first);
                match &k.arg {
                    Some(name) => {
                        out.push_str(name.as_str());
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write_expr(out, &k.value, Prec::Test);
            }
            out.push(')');
        }
        Expr::FString(f) => {
            let mut body = String::new();
            for part in f.value.iter() {
                match part {
                    ast::FStringPart::Literal(s) => push_fstring_literal(&mut body, &s.value),
                    ast::FStringPart::FString(fs) => write_fstring_elements(&mut body, &fs.elements),
                }
            }
            out.push('f');
            out.push_str(&str_repr(&body));
        }
        Expr::TString(_) | Expr::IpyEscapeCommand(_) => {}
        Expr::StringLiteral(s) => {
            if s.value.is_unicode() {
                out.push('u');
            }
            out.push_str(&str_repr(s.value.to_str()));
        }
        Expr::BytesLiteral(b) => out.push_str(&bytes_repr(&b.value.bytes().collect::<Vec<u8>>())),
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => out.push_str(&int_text(&i.to_string())),
            Number::Float(f) => out.push_str(&float_repr(*f, true).replace("inf", INF_TEXT)),
            Number::Complex { imag, .. } => {
                out.push_str(&float_repr(*imag, false).replace("inf", INF_TEXT));
                out.push('j');
            }
        },
        Expr::BooleanLiteral(b) => out.push_str(if b.value { "True" } else { "False" }),
        Expr::NoneLiteral(_) => out.push_str("None"),
        Expr::EllipsisLiteral(_) => out.push_str("..."),
        Expr::Attribute(a) => {
            write_expr(out, &a.value, Prec::Atom);
            // `1 .real`: an int needs the space to be read back.
            let int_value = matches!(a.value.as_ref(), Expr::NumberLiteral(n) if matches!(n.value, Number::Int(_)));
            out.push_str(if int_value { " ." } else { "." });
            out.push_str(a.attr.as_str());
        }
        Expr::Subscript(s) => {
            write_expr(out, &s.value, Prec::Atom);
            out.push('[');
            write_expr(out, &s.slice, Prec::Tuple);
            out.push(']');
        }
        Expr::Starred(s) => {
            out.push('*');
            write_expr(out, &s.value, Prec::BitOr);
        }
        Expr::Name(n) => out.push_str(n.id.as_str()),
        Expr::Slice(s) => {
            if let Some(l) = &s.lower {
                write_expr(out, l, Prec::Test);
            }
            out.push(':');
            if let Some(u) = &s.upper {
                write_expr(out, u, Prec::Test);
            }
            if let Some(st) = &s.step {
                out.push(':');
                write_expr(out, st, Prec::Test);
            }
        }
    }
}

/// What CPython writes for an infinite float (`1e` followed by one more than the largest
/// double exponent), so that the text evaluates back to infinity.
const INF_TEXT: &str = "1e309";

fn paren(out: &mut String, needed: bool, body: impl FnOnce(&mut String)) {
    if needed {
        out.push('(');
    }
    body(out);
    if needed {
        out.push(')');
    }
}

fn separator(out: &mut String, first: &mut bool) {
    if *first {
        *first = false;
    } else {
        out.push_str(", ");
    }
}

fn write_list(out: &mut String, elts: &[Expr]) {
    for (i, e) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, e, Prec::Test);
    }
}

fn write_genexp(out: &mut String, g: &ast::ExprGenerator) {
    out.push('(');
    write_expr(out, &g.elt, Prec::Test);
    write_generators(out, &g.generators);
    out.push(')');
}

fn write_generators(out: &mut String, generators: &[ast::Comprehension]) {
    for g in generators {
        out.push_str(if g.is_async { " async for " } else { " for " });
        write_expr(out, &g.target, Prec::Tuple);
        out.push_str(" in ");
        write_expr(out, &g.iter, Prec::Test.up());
        for cond in &g.ifs {
            out.push_str(" if ");
            write_expr(out, cond, Prec::Test.up());
        }
    }
}

/// A lambda's parameters (which have no annotations).
fn write_parameters(out: &mut String, p: &ast::Parameters) {
    let mut first = true;
    let posonly = p.posonlyargs.len();
    for (i, param) in p.posonlyargs.iter().chain(p.args.iter()).enumerate() {
        separator(out, &mut first);
        out.push_str(param.parameter.name.as_str());
        if let Some(d) = &param.default {
            out.push('=');
            write_expr(out, d, Prec::Test);
        }
        if posonly > 0 && i + 1 == posonly {
            out.push_str(", /");
        }
    }
    if p.vararg.is_some() || !p.kwonlyargs.is_empty() {
        separator(out, &mut first);
        out.push('*');
        if let Some(v) = &p.vararg {
            out.push_str(v.name.as_str());
        }
    }
    for param in p.kwonlyargs.iter() {
        separator(out, &mut first);
        out.push_str(param.parameter.name.as_str());
        if let Some(d) = &param.default {
            out.push('=');
            write_expr(out, d, Prec::Test);
        }
    }
    if let Some(k) = &p.kwarg {
        separator(out, &mut first);
        out.push_str("**");
        out.push_str(k.name.as_str());
    }
}

/// The body of an f-string (its text before `repr` quotes it): literal text with braces
/// doubled, `{expr!c:spec}` for each replacement field.
fn write_fstring_elements(out: &mut String, elements: &ast::InterpolatedStringElements) {
    for element in elements.iter() {
        match element {
            ast::InterpolatedStringElement::Literal(l) => push_fstring_literal(out, &l.value),
            ast::InterpolatedStringElement::Interpolation(i) => {
                // `{x=}` is the literal text `x=` followed by the value (CPython's parser
                // expands it so).
                if let Some(debug) = &i.debug_text {
                    push_fstring_literal(out, debug.as_str());
                }
                let mut value = String::new();
                write_expr(&mut value, &i.expression, Prec::Test.up());
                out.push_str(if value.starts_with('{') { "{ " } else { "{" });
                out.push_str(&value);
                let conversion = match i.conversion {
                    ast::ConversionFlag::Str => Some("!s"),
                    ast::ConversionFlag::Repr => Some("!r"),
                    ast::ConversionFlag::Ascii => Some("!a"),
                    ast::ConversionFlag::None if i.debug_text.is_some() && i.format_spec.is_none() => Some("!r"),
                    ast::ConversionFlag::None => None,
                };
                if let Some(c) = conversion {
                    out.push_str(c);
                }
                if let Some(spec) = &i.format_spec {
                    out.push(':');
                    write_fstring_elements(out, &spec.elements);
                }
                out.push('}');
            }
        }
    }
}

fn push_fstring_literal(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '{' => out.push_str("{{"),
            '}' => out.push_str("}}"),
            _ => out.push(c),
        }
    }
}

fn binop(op: Operator) -> (&'static str, Prec) {
    match op {
        Operator::Add => (" + ", Prec::Arith),
        Operator::Sub => (" - ", Prec::Arith),
        Operator::Mult => (" * ", Prec::Term),
        Operator::MatMult => (" @ ", Prec::Term),
        Operator::Div => (" / ", Prec::Term),
        Operator::Mod => (" % ", Prec::Term),
        Operator::FloorDiv => (" // ", Prec::Term),
        Operator::Pow => (" ** ", Prec::Power),
        Operator::LShift => (" << ", Prec::Shift),
        Operator::RShift => (" >> ", Prec::Shift),
        Operator::BitOr => (" | ", Prec::BitOr),
        Operator::BitXor => (" ^ ", Prec::BitXor),
        Operator::BitAnd => (" & ", Prec::BitAnd),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

/// An int literal's value in decimal (the literal may be hex, octal, binary or use `_`).
fn int_text(literal: &str) -> String {
    let clean: String = literal.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = match lower.get(..2) {
        Some("0x") => (&lower[2..], 16),
        Some("0o") => (&lower[2..], 8),
        Some("0b") => (&lower[2..], 2),
        _ => (&lower[..], 10),
    };
    if radix == 10 {
        let trimmed = digits.trim_start_matches('0');
        return if trimmed.is_empty() { "0".into() } else { trimmed.into() };
    }
    // Convert to decimal digit by digit (values may exceed any machine integer).
    let mut dec: Vec<u8> = vec![0];
    for c in digits.chars() {
        let mut carry = c.to_digit(radix).unwrap_or(0);
        for d in dec.iter_mut() {
            let v = *d as u32 * radix + carry;
            *d = (v % 10) as u8;
            carry = v / 10;
        }
        while carry > 0 {
            dec.push((carry % 10) as u8);
            carry /= 10;
        }
    }
    while dec.len() > 1 && dec.last() == Some(&0) {
        dec.pop();
    }
    dec.iter().rev().map(|d| (b'0' + d) as char).collect()
}

/// Python's `repr(float)` (`add_dot_0`), or the imaginary part of a complex repr (no
/// `.0` added).
fn float_repr(f: f64, add_dot_0: bool) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf".into() } else { "inf".into() };
    }
    if f == 0.0 {
        let zero = if f.is_sign_negative() { "-0" } else { "0" };
        return if add_dot_0 { format!("{zero}.0") } else { zero.into() };
    }
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if f < 0.0 { "-" } else { "" };
    if !(-4..16).contains(&exp) {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() { String::new() } else { format!(".{rest}") };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{first}{frac}e{esign}{:02}", exp.abs());
    }
    let text = if exp < 0 {
        format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
    } else {
        let int_len = exp as usize + 1;
        if digits.len() > int_len {
            format!("{}.{}", &digits[..int_len], &digits[int_len..])
        } else {
            let int_part = format!("{digits}{}", "0".repeat(int_len - digits.len()));
            if add_dot_0 {
                format!("{int_part}.0")
            } else {
                int_part
            }
        }
    };
    format!("{sign}{text}")
}

/// Python's `repr(str)`.
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
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if c.is_ascii() || is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(bytes)`.
fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => out.push_str(&format!("\\x{c:02x}")),
            c => out.push(c as char),
        }
    }
    out.push(quote as char);
    out
}
