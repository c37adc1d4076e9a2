//! The assembler: turns a finished [`Unit`] into a [`CodeUnit`].
//!
//! Steps: add the prologue (`COPY_FREE_VARS`, `MAKE_CELL`); lay out the localsplus array
//! and map cell/free references to slots; find reachable code and the stack depth at
//! every instruction (which also gives each exception handler its depth); drop dead code
//! and pseudo-instructions; resolve jump labels (with `EXTENDED_ARG` where an argument
//! needs more than 24 bits); build the exception table. Like CPython 3.11's optimizer, it
//! folds a tuple built from constants into one constant (appended after the others), and
//! drops only *trailing* unused constants.

use std::rc::Rc;

use kaa_bytecode::instruction::MAX_INLINE_ARG;
use kaa_bytecode::{ArgKind, CodeUnit, Constant, ExceptionEntry, Instr, LocalKind, Op, Position};

use crate::codegen::{EmitKind, Emitted, Unit};
use crate::error::{CompileError, ErrorKind};

fn internal(msg: &str) -> CompileError {
    CompileError::new(ErrorKind::SyntaxError, format!("internal compiler error: {msg}"), Default::default())
}

pub fn assemble(mut unit: Unit<'_>, filename: &Rc<str>) -> Result<CodeUnit, CompileError> {
    add_prologue(&mut unit);
    fold_const_tuples(&mut unit);
    remove_redundant_nops(&mut unit);
    propagate_lines(&mut unit);
    let (localsplus, deref_slot) = layout_locals(&unit);

    // Reachability and stack depth.
    let n = unit.code.len();
    let label_pos = |label: u32| unit.labels[label as usize] as usize;
    let mut depth_at = vec![-1i32; n];
    let mut handler_depth: Vec<Option<i32>> = vec![None; unit.handlers.len()];
    let mut max_depth = 0i32;
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    while let Some((start, entry)) = work.pop() {
        let mut i = start;
        let mut d = entry;
        while i < n {
            if depth_at[i] >= 0 {
                if depth_at[i] != d {
                    return Err(internal("inconsistent stack depth"));
                }
                break;
            }
            depth_at[i] = d;
            max_depth = max_depth.max(d);
            let item = unit.code[i];
            match item.kind {
                EmitKind::Removed => {}
                EmitKind::Setup => {
                    let h = &unit.handlers[item.arg as usize];
                    let hd = d + h.depth_adjust;
                    handler_depth[item.arg as usize] = Some(hd);
                    let entry_depth = hd + h.push_lasti as i32 + 1;
                    max_depth = max_depth.max(entry_depth);
                    work.push((label_pos(h.label.0), entry_depth));
                }
                EmitKind::Op(op) | EmitKind::Deref(op) | EmitKind::Jump(op) => {
                    if let EmitKind::Jump(_) = item.kind {
                        let jd = d + op.stack_effect(0, true);
                        max_depth = max_depth.max(jd);
                        work.push((label_pos(item.arg), jd));
                    }
                    d += op.stack_effect(item.arg, false);
                    if d < 0 {
                        return Err(internal(&format!("stack underflow at {}", op.name())));
                    }
                    max_depth = max_depth.max(d);
                    if op.is_terminator() {
                        break;
                    }
                }
            }
            i += 1;
        }
    }

    // Keep reachable real instructions.
    let kept: Vec<usize> = (0..n)
        .filter(|&i| depth_at[i] >= 0 && !matches!(unit.code[i].kind, EmitKind::Setup | EmitKind::Removed))
        .collect();
    // first_kept_at[i]: index in `kept` of the first kept item at or after i.
    let mut first_kept_at = vec![kept.len(); n + 1];
    {
        let mut k = kept.len();
        for i in (0..n).rev() {
            if kept.get(k.wrapping_sub(1)) == Some(&i) {
                k -= 1;
            }
            first_kept_at[i] = k;
        }
    }

    // CPython 3.11's trim_unused_consts: constants after the last one used are dropped (the
    // first always stays: a function's docstring or None).
    let mut last_used = 0;
    for &i in &kept {
        if let EmitKind::Op(op) = unit.code[i].kind {
            if op.arg_kind() == ArgKind::Const {
                last_used = last_used.max(unit.code[i].arg as usize);
            }
        }
    }
    let consts: Vec<Constant> = unit.consts.iter().take(last_used + 1).cloned().collect();

    // Final arguments, with jump targets as kept-instruction indexes for now.
    let mut args: Vec<u32> = Vec::with_capacity(kept.len());
    for &i in &kept {
        let item = unit.code[i];
        let arg = match item.kind {
            EmitKind::Jump(_) => first_kept_at[label_pos(item.arg)] as u32,
            EmitKind::Deref(_) => deref_slot[item.arg as usize],
            _ => item.arg,
        };
        args.push(arg);
    }

    // Word positions, accounting for EXTENDED_ARG prefixes (iterate: a jump's target can
    // move when an earlier instruction grows).
    let mut word_of: Vec<u32> = (0..=kept.len() as u32).collect();
    loop {
        let mut changed = false;
        let mut pos = 0u32;
        let mut new_word_of = Vec::with_capacity(kept.len() + 1);
        for (k, &i) in kept.iter().enumerate() {
            new_word_of.push(pos);
            let arg = match unit.code[i].kind {
                EmitKind::Jump(_) => word_of[args[k] as usize],
                _ => args[k],
            };
            pos += if arg > MAX_INLINE_ARG { 2 } else { 1 };
        }
        new_word_of.push(pos);
        if new_word_of != word_of {
            changed = true;
            word_of = new_word_of;
        }
        if !changed {
            break;
        }
    }

    let mut instructions = Vec::with_capacity(word_of[kept.len()] as usize);
    let mut positions = Vec::with_capacity(instructions.capacity());
    let mut handlers_per_word: Vec<Option<u32>> = Vec::with_capacity(instructions.capacity());
    for (k, &i) in kept.iter().enumerate() {
        let item: Emitted = unit.code[i];
        let op = match item.kind {
            EmitKind::Op(op) | EmitKind::Jump(op) | EmitKind::Deref(op) => op,
            EmitKind::Setup | EmitKind::Removed => unreachable!(),
        };
        let arg = match item.kind {
            EmitKind::Jump(_) => word_of[args[k] as usize],
            _ => args[k],
        };
        if arg > MAX_INLINE_ARG {
            instructions.push(Instr::new(Op::ExtendedArg, arg >> 24));
            positions.push(item.pos);
            handlers_per_word.push(item.handler);
        }
        instructions.push(Instr::new(op, arg & MAX_INLINE_ARG));
        positions.push(item.pos);
        handlers_per_word.push(item.handler);
    }

    // Exception table: runs of words with the same handler.
    let mut exception_table = Vec::new();
    let mut w = 0;
    while w < handlers_per_word.len() {
        let Some(h) = handlers_per_word[w] else {
            w += 1;
            continue;
        };
        let start = w;
        while w < handlers_per_word.len() && handlers_per_word[w] == Some(h) {
            w += 1;
        }
        let handler = &unit.handlers[h as usize];
        let Some(depth) = handler_depth[h as usize] else { continue };
        let target_item = label_pos(handler.label.0);
        let target = word_of[first_kept_at[target_item]];
        exception_table.push(ExceptionEntry {
            start: start as u32,
            end: w as u32,
            target,
            depth: depth as u32,
            push_lasti: handler.push_lasti,
        });
    }

    Ok(CodeUnit {
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        flags: unit.flags,
        varnames: unit.varnames.iter().cloned().collect(),
        // co_cellvars lists cells in slot order: captured parameters first.
        cellvars: localsplus.iter().filter(|(_, k)| k & LocalKind::CELL != 0).map(|(n, _)| n.clone()).collect(),
        freevars: unit.freevars.clone(),
        localsplus,
        names: unit.names.iter().cloned().collect(),
        consts,
        instructions,
        positions,
        exception_table,
        stacksize: max_depth as u32,
        filename: filename.clone(),
        name: unit.name.clone(),
        qualname: unit.qualname.clone(),
        firstlineno: unit.firstlineno,
    })
}

/// CPython's `fold_tuple_on_constants`: `LOAD_CONST` x n, `BUILD_TUPLE n` in one basic
/// block becomes one `LOAD_CONST` of the tuple, which is appended to the constants (after
/// everything the code generator added) unless an equal constant is already there.
fn fold_const_tuples(unit: &mut Unit<'_>) {
    let mut block_start = vec![false; unit.code.len() + 1];
    for &label in &unit.labels {
        if let Some(b) = block_start.get_mut(label as usize) {
            *b = true;
        }
    }
    for i in 0..unit.code.len() {
        if !matches!(unit.code[i].kind, EmitKind::Op(Op::BuildTuple)) {
            continue;
        }
        let n = unit.code[i].arg as usize;
        // `a, b = b, a`: a tuple built only to be unpacked becomes a SWAP (or nothing).
        if let Some(next) = unit.code.get(i + 1) {
            if matches!(next.kind, EmitKind::Op(Op::UnpackSequence)) && next.arg as usize == n && !block_start[i + 1] {
                match n {
                    1 => {
                        unit.code[i].kind = EmitKind::Removed;
                        unit.code[i + 1].kind = EmitKind::Removed;
                        continue;
                    }
                    2 | 3 => {
                        unit.code[i].kind = EmitKind::Removed;
                        unit.code[i + 1].kind = EmitKind::Op(Op::Swap);
                        apply_static_swap(unit, i + 1, &block_start);
                        continue;
                    }
                    _ => {}
                }
            }
        }
        if n > i {
            continue;
        }
        let loads = &unit.code[i - n..i];
        let same_block = (i - n + 1..=i).all(|k| !block_start[k]);
        if !same_block || !loads.iter().all(|e| matches!(e.kind, EmitKind::Op(Op::LoadConst))) {
            continue;
        }
        let items: Vec<Constant> = loads.iter().map(|e| unit.consts[e.arg as usize].clone()).collect();
        let tuple = Constant::Tuple(Rc::from(items));
        let index = match unit.consts.iter().position(|c| c.same_as(&tuple)) {
            Some(k) => k,
            None => {
                unit.consts.push(tuple);
                unit.consts.len() - 1
            }
        };
        for e in &mut unit.code[i - n..i] {
            e.kind = EmitKind::Removed;
        }
        unit.code[i].kind = EmitKind::Op(Op::LoadConst);
        unit.code[i].arg = index as u32;
    }
}

/// CPython's `apply_static_swaps` for one SWAP: when the values it exchanges are next
/// stored to fast locals (or popped), on one line and with no store to the same local in
/// between, the stores are exchanged instead and the SWAP disappears.
fn apply_static_swap(unit: &mut Unit<'_>, swap: usize, block_start: &[bool]) {
    let swappable = |e: &Emitted| matches!(e.kind, EmitKind::Op(Op::StoreFast | Op::PopTop));
    let next_swappable = |unit: &Unit<'_>, from: usize, line: Option<u32>| -> Option<usize> {
        let mut k = from + 1;
        while k < unit.code.len() {
            if block_start[k] {
                return None;
            }
            let e = &unit.code[k];
            if line.is_some_and(|l| e.pos.line != l) {
                return None;
            }
            match e.kind {
                EmitKind::Removed => {}
                EmitKind::Op(Op::Nop) => {}
                _ if swappable(e) => return Some(k),
                _ => return None,
            }
            k += 1;
        }
        None
    };
    let n = unit.code[swap].arg;
    let Some(j) = next_swappable(unit, swap, None) else { return };
    let line = unit.code[j].pos.line;
    let mut k = j;
    for _ in 1..n {
        match next_swappable(unit, k, Some(line)) {
            Some(next) => k = next,
            None => return,
        }
    }
    let stores_to = |e: &Emitted| matches!(e.kind, EmitKind::Op(Op::StoreFast)).then_some(e.arg);
    let (sj, sk) = (stores_to(&unit.code[j]), stores_to(&unit.code[k]));
    if sj.is_some() || sk.is_some() {
        if sj == sk {
            return;
        }
        if (j + 1..k).any(|m| stores_to(&unit.code[m]).is_some_and(|s| Some(s) == sj || Some(s) == sk)) {
            return;
        }
    }
    unit.code[swap].kind = EmitKind::Op(Op::Nop);
    unit.code.swap(j, k);
}

/// CPython's `clean_basic_block`: a NOP is only kept to start a new line — it goes when it
/// has no line, when the previous instruction in its basic block is on the same line, or
/// when the next instruction is (or has no line, and then takes the NOP's).
fn remove_redundant_nops(unit: &mut Unit<'_>) {
    let n = unit.code.len();
    let block_start = block_starts(unit);
    let mut prev_line: Option<u32> = None;
    for i in 0..n {
        if block_start[i] {
            prev_line = None;
        }
        if !is_real(&unit.code[i]) {
            continue;
        }
        let line = unit.code[i].pos.line;
        if matches!(unit.code[i].kind, EmitKind::Op(Op::Nop)) {
            let next = (i + 1..n).find(|&j| is_real(&unit.code[j]));
            let remove = if line == 0 || prev_line == Some(line) {
                true
            } else if let Some(j) = next {
                let same_block = !(i + 1..=j).any(|k| block_start[k]);
                let next_line = unit.code[j].pos.line;
                if same_block && next_line == 0 {
                    unit.code[j].pos = unit.code[i].pos;
                    true
                } else {
                    next_line == line
                }
            } else {
                false
            };
            if remove {
                unit.code[i].kind = EmitKind::Removed;
                continue;
            }
        }
        prev_line = Some(line);
    }
}

/// Whether each emitted item starts a basic block: a label is bound there, or the item
/// before it jumps or ends the flow (one entry more than there are items).
fn block_starts(unit: &Unit<'_>) -> Vec<bool> {
    let mut block_start = vec![false; unit.code.len() + 1];
    for &label in &unit.labels {
        if let Some(b) = block_start.get_mut(label as usize) {
            *b = true;
        }
    }
    for (start, prev) in block_start[1..].iter_mut().zip(&unit.code) {
        if let EmitKind::Op(op) | EmitKind::Jump(op) | EmitKind::Deref(op) = prev.kind {
            if op.is_jump() || op.is_terminator() {
                *start = true;
            }
        }
    }
    block_start
}

fn is_real(e: &Emitted) -> bool {
    !matches!(e.kind, EmitKind::Removed | EmitKind::Setup)
}

/// CPython's `propagate_line_numbers`: an instruction with no location (an artificial
/// one) that can only be reached from one place — the instruction before it, or a
/// single jump when nothing falls into it — takes that one's location; otherwise it
/// keeps none (it then starts no line).
fn propagate_lines(unit: &mut Unit<'_>) {
    let n = unit.code.len();
    let block_start = block_starts(unit);
    // The jumps into each item.
    let mut jumps_into: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
    for (j, item) in unit.code.iter().enumerate() {
        if let EmitKind::Jump(_) = item.kind {
            let target = unit.labels[item.arg as usize] as usize;
            if target <= n {
                jumps_into[target].push(j);
            }
        }
    }
    let mut prev: Option<Position> = None;
    let mut falls_through = false;
    // A block starts at a label, which may be bound to a marker item before the
    // instruction.
    let mut starts_block = false;
    for i in 0..n {
        starts_block |= block_start[i];
        if !is_real(&unit.code[i]) {
            continue;
        }
        if std::mem::take(&mut starts_block) {
            // Jumps bound to a label just before this item reach it too.
            let mut sources: Vec<usize> = Vec::new();
            for k in (0..=i).rev() {
                if k < i && is_real(&unit.code[k]) {
                    break;
                }
                sources.extend(&jumps_into[k]);
            }
            prev = match (sources.as_slice(), falls_through) {
                ([], true) => prev,
                ([j], false) => Some(unit.code[*j].pos),
                _ => None,
            };
        }
        if unit.code[i].pos.line == 0 {
            if let Some(p) = prev {
                unit.code[i].pos = p;
            }
        }
        prev = Some(unit.code[i].pos);
        falls_through = match unit.code[i].kind {
            EmitKind::Op(op) | EmitKind::Jump(op) | EmitKind::Deref(op) => !op.is_terminator(),
            _ => true,
        };
    }
}

/// Inserts `COPY_FREE_VARS` and one `MAKE_CELL` per cell at the start of the code.
fn add_prologue(unit: &mut Unit<'_>) {
    let mut prologue = Vec::new();
    let pos = Position { line: unit.firstlineno, end_line: unit.firstlineno, col: 0, end_col: 0 };
    if !unit.freevars.is_empty() {
        prologue.push(Emitted {
            kind: EmitKind::Op(Op::CopyFreeVars),
            arg: unit.freevars.len() as u32,
            pos,
            handler: None,
        });
    }
    for i in 0..unit.cellvars.len() {
        prologue.push(Emitted { kind: EmitKind::Deref(Op::MakeCell), arg: i as u32, pos, handler: None });
    }
    if prologue.is_empty() {
        return;
    }
    let shift = prologue.len() as u32;
    for label in unit.labels.iter_mut() {
        if *label != u32::MAX {
            *label += shift;
        }
    }
    prologue.append(&mut unit.code);
    unit.code = prologue;
}

/// The localsplus layout and, for each index into `cellvars ++ freevars`, its slot.
fn layout_locals(unit: &Unit<'_>) -> (Vec<(Rc<str>, u8)>, Vec<u32>) {
    let mut slots: Vec<(Rc<str>, u8)> = unit.varnames.iter().map(|v| (v.clone(), LocalKind::LOCAL)).collect();
    let mut deref_slot = Vec::with_capacity(unit.cellvars.len() + unit.freevars.len());
    for cell in &unit.cellvars {
        match unit.varnames.get_index_of(cell) {
            Some(i) => {
                slots[i].1 |= LocalKind::CELL;
                deref_slot.push(i as u32);
            }
            None => {
                deref_slot.push(slots.len() as u32);
                slots.push((cell.clone(), LocalKind::CELL));
            }
        }
    }
    for free in &unit.freevars {
        deref_slot.push(slots.len() as u32);
        slots.push((free.clone(), LocalKind::FREE));
    }
    (slots, deref_slot)
}
