//! A plain-text disassembly of a [`CodeUnit`], for golden tests of the compiler and for
//! debugging. (Python's `dis` module, in the VM, prints runtime values the same way.)

use std::fmt::Write;

use crate::code::{CodeUnit, Constant};
use crate::instruction::{ArgKind, BinaryOp, CompareOp, Op};

/// Renders a constant roughly as `repr` would.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex { real, imag } => format!("({real}+{imag}j)"),
        Constant::Str(s) => format!("{s:?}").replace('"', "'"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(t) => {
            let items: Vec<String> = t.iter().map(constant_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let items: Vec<String> = items.iter().map(constant_repr).collect();
            format!("frozenset({{{}}})", items.join(", "))
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Code(c) => format!("<code object {}, line {}>", c.name, c.firstlineno),
    }
}

/// What an instruction's argument means, for the disassembly's last column.
pub fn describe_arg(code: &CodeUnit, op: Op, arg: u32) -> String {
    match op.arg_kind() {
        ArgKind::Const => code.consts.get(arg as usize).map(constant_repr).unwrap_or_default(),
        ArgKind::Name => code.names.get(arg as usize).map(|n| n.to_string()).unwrap_or_default(),
        ArgKind::Local => code.localsplus.get(arg as usize).map(|(n, _)| n.to_string()).unwrap_or_default(),
        ArgKind::Jump => format!("to {arg}"),
        ArgKind::Compare => CompareOp::from_arg(arg).map(|c| c.symbol().to_string()).unwrap_or_default(),
        ArgKind::Binary => match BinaryOp::from_arg(arg) {
            Some((b, true)) => format!("{}=", b.symbol()),
            Some((b, false)) => b.symbol().to_string(),
            None => String::new(),
        },
        ArgKind::Count | ArgKind::Flags | ArgKind::None => String::new(),
    }
}

/// Disassembles `code` and, recursively, the code objects among its constants.
pub fn disassemble(code: &CodeUnit) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeUnit, out: &mut String) {
    let _ = writeln!(out, "Disassembly of {} ({}):", code.qualname, code.firstlineno);
    let mut last_line = 0;
    for (i, instr) in code.instructions.iter().enumerate() {
        let line = code.positions.get(i).map(|p| p.line).unwrap_or(0);
        let line_col = if line != last_line && line != 0 { line.to_string() } else { String::new() };
        last_line = line;
        let op = instr.op();
        let arg = if op.arg_kind() == ArgKind::None { String::new() } else { instr.arg().to_string() };
        let desc = describe_arg(code, op, instr.arg());
        let desc = if desc.is_empty() { String::new() } else { format!("({desc})") };
        let _ = writeln!(out, "{line_col:>4} {i:>6} {:<22} {arg:>4} {desc}", op.name());
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exception_table {
            let lasti = if e.push_lasti { " lasti" } else { "" };
            let _ = writeln!(out, "  {} to {} -> {} [{}]{lasti}", e.start, e.end, e.target, e.depth);
        }
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            disassemble_into(inner, out);
        }
    }
}
