//! The bytecode verifier: checks a code object before the eval loop may run it without
//! bounds checks. Every argument must be in range for its kind, control must never fall
//! off the end, and along every path (including into exception handlers) the stack depth
//! must stay within `0..=stacksize`, the same at every join point.

use kaa_bytecode::{ArgKind, CodeUnit, Op};

/// `Ok(())` if `unit` is safe to run.
pub fn verify(unit: &CodeUnit) -> Result<(), String> {
    let n = unit.instructions.len();
    if n == 0 {
        return Err("empty code".into());
    }
    if let Some(bad) = unit.instructions.iter().find(|i| Op::from_u8(i.op_byte()).is_none()) {
        return Err(format!("unknown opcode {}", bad.op_byte()));
    }
    let nlocals = unit.localsplus.len() as u32;
    let stacksize = unit.stacksize as i64;
    // Decode, folding EXTENDED_ARG prefixes into the next instruction.
    let mut decoded: Vec<Option<(Op, u32)>> = vec![None; n];
    let mut i = 0;
    while i < n {
        let ins = unit.instructions[i];
        if ins.op() == Op::ExtendedArg {
            if i + 1 >= n {
                return Err("EXTENDED_ARG at the end".into());
            }
            let next = unit.instructions[i + 1];
            if next.op() == Op::ExtendedArg {
                return Err("two EXTENDED_ARGs in a row".into());
            }
            decoded[i] = Some((Op::Nop, 0));
            decoded[i + 1] = Some((next.op(), (ins.arg() << 24) | next.arg()));
            i += 2;
        } else {
            decoded[i] = Some((ins.op(), ins.arg()));
            i += 1;
        }
    }
    for (i, d) in decoded.iter().enumerate() {
        let Some((op, arg)) = *d else { continue };
        let ok = match op.arg_kind() {
            ArgKind::Const => (arg as usize) < unit.consts.len(),
            ArgKind::Name => (arg as usize) < unit.names.len(),
            ArgKind::Local => arg < nlocals,
            ArgKind::Jump => (arg as usize) < n,
            ArgKind::Count => match op {
                Op::Copy | Op::Swap => arg >= 1,
                Op::CopyFreeVars => arg as usize <= unit.freevars.len() && arg <= nlocals,
                Op::BuildSlice => arg == 2 || arg == 3,
                _ => true,
            },
            _ => true,
        };
        if !ok {
            return Err(format!("argument {arg} out of range for {} at {i}", op.name()));
        }
    }
    for e in &unit.exception_table {
        if e.start > e.end || e.end as usize > n || e.target as usize >= n {
            return Err("exception table entry out of range".into());
        }
    }
    // Stack depths.
    let mut depth: Vec<i64> = vec![-1; n];
    let mut work: Vec<(usize, i64)> = vec![(0, 0)];
    let visit = |work: &mut Vec<(usize, i64)>, depth: &mut Vec<i64>, at: usize, d: i64| -> Result<(), String> {
        if d < 0 || d > stacksize {
            return Err(format!("stack depth {d} out of range at {at}"));
        }
        if depth[at] == -1 {
            depth[at] = d;
            work.push((at, d));
            Ok(())
        } else if depth[at] != d {
            Err(format!("inconsistent stack depth at {at}"))
        } else {
            Ok(())
        }
    };
    depth[0] = 0;
    while let Some((start, d0)) = work.pop() {
        let mut i = start;
        let mut d = d0;
        loop {
            let Some((op, arg)) = decoded[i] else { return Err("jump into an EXTENDED_ARG pair".into()) };
            // Operands an instruction reads must be on the stack.
            let reads: i64 = match op {
                Op::Copy | Op::Swap => arg as i64,
                Op::ListAppend | Op::SetAdd | Op::ListExtend | Op::SetUpdate | Op::DictUpdate => arg as i64 + 1,
                Op::DictMerge => arg as i64 + 4,
                Op::MapAdd => arg as i64 + 2,
                Op::WithExceptStart => 4,
                Op::Reraise => arg as i64 + 1,
                _ => 0,
            };
            if d < reads {
                return Err(format!("{} reads below the stack at {i}", op.name()));
            }
            if let Some(e) = unit.exception_table.iter().find(|e| e.start as usize <= i && i < e.end as usize) {
                let hd = e.depth as i64 + e.push_lasti as i64 + 1;
                if e.depth as i64 > d {
                    return Err(format!("handler depth above the stack at {i}"));
                }
                visit(&mut work, &mut depth, e.target as usize, hd)?;
            }
            if op.is_jump() {
                let jd = d + op.stack_effect(arg, true) as i64;
                visit(&mut work, &mut depth, arg as usize, jd)?;
            }
            d += op.stack_effect(arg, false) as i64;
            if d < 0 || d > stacksize {
                return Err(format!("stack depth {d} out of range after {} at {i}", op.name()));
            }
            if op.is_terminator() {
                break;
            }
            i += 1;
            if i >= n {
                return Err("control falls off the end".into());
            }
            if depth[i] != -1 {
                if depth[i] != d {
                    return Err(format!("inconsistent stack depth at {i}"));
                }
                break;
            }
            depth[i] = d;
        }
    }
    Ok(())
}
