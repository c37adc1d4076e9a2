//! `match` statements (PEP 634), compiled the way CPython 3.11 compiles them.
//!
//! The subject is evaluated once. Each case works on a copy of it (the last case that
//! can fail consumes the subject itself). A pattern consumes its subject from the top
//! of the stack and either falls through on success or jumps to a failure label.
//!
//! Captured values are not stored as soon as they are found: a pattern that fails
//! half-way must bind nothing. They stay on the stack, each rotated underneath the
//! items still being matched, and are stored only when the whole pattern has matched
//! (before the guard). The bookkeeping, in [`PatternContext`]:
//! - `on_top` counts the items above the captures (sub-subjects still to match, tuples
//!   of extracted values, ...);
//! - `stores` lists the captured names, the first captured being on top of the others;
//! - `fail_pop[n]` is a label that pops `n` items and then fails the case; a failing
//!   test jumps to the one that clears everything above the case's start
//!   (`on_top + stores.len()` items).

use std::rc::Rc;

use kaa_bytecode::{CompareOp, Constant, Op};
use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};

use super::{CResult, Compiler, Label};

/// The state of the pattern being compiled (CPython's `pattern_context`).
struct PatternContext {
    /// Names captured so far, with where they were captured.
    stores: Vec<(Rc<str>, TextRange)>,
    /// Whether an irrefutable pattern is allowed here (it would make later cases or
    /// alternatives unreachable).
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: usize,
    /// The pattern compiled most recently: CPython reports several errors at "the
    /// current location", which is where the last (sub-)pattern began.
    loc: TextRange,
}

/// `case _:` (no name, no sub-pattern).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_` in a sequence pattern.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    pub fn compile_match(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.compile_expr(&m.subject)?;
        let end = self.new_label();
        let ncases = m.cases.len();
        // A final `case _:` needs no copy of the subject and no failure path.
        let has_default = ncases > 1 && is_wildcard(&m.cases[ncases - 1].pattern);
        let tested = ncases - has_default as usize;
        for (i, case) in m.cases[..tested].iter().enumerate() {
            let saved = self.set_pos(case.pattern.range());
            // Every case but the last one tested works on a copy of the subject.
            let copy = i != tested - 1;
            if copy {
                self.emit(Op::Copy, 1);
            }
            let mut pc = PatternContext {
                stores: Vec::new(),
                allow_irrefutable: i == ncases - 1 || case.guard.is_some(),
                fail_pop: Vec::new(),
                on_top: 0,
                loc: case.pattern.range(),
            };
            self.compile_pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            // A match: bind the captured names (the first captured is on top).
            for (name, range) in std::mem::take(&mut pc.stores) {
                self.store_name(&name, range)?;
            }
            if let Some(guard) = &case.guard {
                let fail = self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(guard, fail, false)?;
            }
            if copy {
                self.emit0(Op::PopTop);
            }
            self.restore_pos(saved);
            self.compile_body(&case.body)?;
            self.emit_jump(Op::JumpForward, end);
            // The failure paths carry the pattern's location, not the body's.
            let saved = self.set_pos(case.pattern.range());
            self.emit_fail_pops(&mut pc);
            self.restore_pos(saved);
        }
        if has_default {
            let case = &m.cases[ncases - 1];
            let saved = self.set_pos(case.pattern.range());
            self.emit0(Op::Nop);
            self.restore_pos(saved);
            if let Some(guard) = &case.guard {
                self.jump_if(guard, end, false)?;
            }
            self.compile_body(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// The label that pops `n` items and fails.
    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) -> Label {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    /// Emits `op` (a conditional or plain jump) to the failure label that clears the
    /// stack back to where the case started.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        let target = self.ensure_fail_pop(pc, pops);
        self.emit_jump(op, target);
    }

    /// Places the failure labels: `fail_pop[n]` pops one item and falls into
    /// `fail_pop[n - 1]`, down to `fail_pop[0]`, where the next case begins.
    fn emit_fail_pops(&mut self, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (n, label) in labels.iter().enumerate().rev() {
            self.bind(*label);
            if n > 0 {
                self.emit0(Op::PopTop);
            }
        }
    }

    /// Moves the top of the stack down to position `count` (1 = the top itself).
    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Op::Swap, count as u32);
            count -= 1;
        }
    }

    /// Captures the subject on top of the stack as `name` (or drops it for `_`/`*_`).
    fn capture(&mut self, name: Option<&ast::Identifier>, pc: &mut PatternContext) -> CResult {
        let Some(name) = name else {
            self.emit0(Op::PopTop);
            return Ok(());
        };
        let n = name.as_str();
        if n == "__debug__" {
            return Err(self.error("cannot assign to __debug__", name.range));
        }
        if pc.stores.iter().any(|(s, _)| &**s == n) {
            return Err(self.error(format!("multiple assignments to name '{n}' in pattern"), name.range));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push((Rc::from(n), name.range));
        Ok(())
    }

    /// A pattern nested in another: irrefutable ones are fine there.
    fn compile_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.compile_pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let saved = self.set_pos(p.range());
        pc.loc = p.range();
        let r = match p {
            Pattern::MatchValue(v) => self.pattern_value(&v.value, pc),
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                });
                self.emit(Op::IsOp, 0);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
                Ok(())
            }
            Pattern::MatchAs(a) => self.pattern_as(a, pc),
            Pattern::MatchStar(s) => self.capture(s.name.as_ref(), pc),
            Pattern::MatchSequence(s) => self.pattern_sequence(s, pc),
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc),
            Pattern::MatchClass(c) => self.pattern_class(c, pc),
            Pattern::MatchOr(o) => self.pattern_or(o, pc),
        };
        self.restore_pos(saved);
        r
    }

    /// `case 1:`, `case "x":`, `case Color.RED:`: an equality test.
    fn pattern_value(&mut self, value: &'a Expr, pc: &mut PatternContext) -> CResult {
        match value {
            Expr::Attribute(_) => self.compile_expr(value)?,
            _ => match self.constant_of(value) {
                Some(c) => self.load_const(c),
                None => return Err(self.error("patterns may only match literals and attribute lookups", value.range())),
            },
        }
        self.emit(Op::CompareOp, CompareOp::Eq as u32);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        Ok(())
    }

    /// `case x:`, `case _:`, `case <pattern> as x:`.
    fn pattern_as(&mut self, a: &'a ast::PatternMatchAs, pc: &mut PatternContext) -> CResult {
        let Some(sub) = &a.pattern else {
            if !pc.allow_irrefutable {
                let msg = match &a.name {
                    Some(n) => format!("name capture '{}' makes remaining patterns unreachable", n.as_str()),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.error(msg, a.range));
            }
            return self.capture(a.name.as_ref(), pc);
        };
        // Keep a copy of the subject to capture once the sub-pattern has matched.
        pc.on_top += 1;
        self.emit(Op::Copy, 1);
        self.compile_subpattern(sub, pc)?;
        pc.on_top -= 1;
        self.capture(a.name.as_ref(), pc)
    }

    /// `case [a, b, *rest]:` and `case (a, b):`.
    fn pattern_sequence(&mut self, s: &'a ast::PatternMatchSequence, pc: &mut PatternContext) -> CResult {
        let patterns = &s.patterns;
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", pc.loc));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit0(Op::MatchSequence);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        match star {
            None => self.length_check(size, CompareOp::Eq, pc),
            Some(_) if size > 1 => self.length_check(size - 1, CompareOp::Ge, pc),
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            // `[]`, `[_, _]`, `[*_]`, `[_, *_]`: nothing more to look at.
            self.emit0(Op::PopTop);
            return Ok(());
        }
        if star_wildcard {
            return self.sequence_by_index(patterns, star.unwrap_or(0), pc);
        }
        // Unpack the items and match each in turn; the ones not yet matched stay on
        // the stack.
        match star {
            Some(i) => {
                let after = size - i - 1;
                if i >= 256 || after >= (1 << 16) {
                    return Err(self.error("too many expressions in star-unpacking sequence pattern", s.range));
                }
                self.emit(Op::UnpackEx, (i | (after << 8)) as u32);
            }
            None => self.emit(Op::UnpackSequence, size as u32),
        }
        pc.on_top += size;
        for p in patterns.iter() {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `len(subject) <op> n`, failing the case otherwise; the subject stays.
    fn length_check(&mut self, n: usize, op: CompareOp, pc: &mut PatternContext) {
        self.emit0(Op::GetLen);
        self.load_const(Constant::Int(n as i64));
        self.emit(Op::CompareOp, op as u32);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
    }

    /// A sequence pattern with a `*_`: the other items are fetched by index (counted
    /// from the end after the star, without negative indexes, which a sequence need
    /// not support) instead of unpacking everything.
    fn sequence_by_index(&mut self, patterns: &'a [Pattern], star: usize, pc: &mut PatternContext) -> CResult {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if i == star || is_wildcard(p) {
                continue;
            }
            self.emit(Op::Copy, 1);
            if i < star {
                self.load_const(Constant::Int(i as i64));
            } else {
                self.emit0(Op::GetLen);
                self.load_const(Constant::Int((size - i) as i64));
                self.emit(Op::BinaryOp, kaa_bytecode::BinaryOp::Subtract as u32);
            }
            self.emit0(Op::BinarySubscr);
            self.compile_subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit0(Op::PopTop);
        Ok(())
    }

    /// `case {"key": pattern, **rest}:`.
    fn pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatternContext) -> CResult {
        let size = m.keys.len();
        pc.on_top += 1;
        self.emit0(Op::MatchMapping);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit0(Op::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.length_check(size, CompareOp::Ge, pc);
        }
        // The keys, for MATCH_KEYS and for removing them from `**rest`: literals (no
        // duplicates) or attribute lookups.
        let mut seen: Vec<Constant> = Vec::new();
        for key in m.keys.iter() {
            if let Expr::Attribute(_) = key {
                self.compile_expr(key)?;
                continue;
            }
            let Some(c) = self.constant_of(key) else {
                return Err(
                    self.error("mapping pattern keys may only match literals and attribute lookups", key.range())
                );
            };
            if seen.iter().any(|s| constant_key_eq(s, &c)) {
                let shown = kaa_bytecode::disassemble::constant_repr(&c);
                return Err(self.error(format!("mapping pattern checks duplicate key ({shown})"), pc.loc));
            }
            seen.push(c.clone());
            self.load_const(c);
        }
        self.emit(Op::BuildTuple, size as u32);
        self.emit0(Op::MatchKeys);
        // Above the subject now: the keys tuple and the values tuple (or None).
        pc.on_top += 2;
        self.emit(Op::Copy, 1);
        self.jump_to_fail_pop(pc, Op::PopJumpIfNone);
        self.emit(Op::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in m.patterns.iter() {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        // What follows consumes the keys tuple and the subject.
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject), then delete each matched key from it.
                self.emit(Op::BuildMap, 0);
                self.emit(Op::Swap, 3);
                self.emit(Op::DictUpdate, 2);
                self.emit(Op::UnpackSequence, size as u32);
                for remaining in (1..=size).rev() {
                    self.emit(Op::Copy, 1 + remaining as u32);
                    self.emit(Op::Swap, 2);
                    self.emit0(Op::DeleteSubscr);
                }
                self.capture(Some(rest), pc)?;
            }
            None => {
                self.emit0(Op::PopTop);
                self.emit0(Op::PopTop);
            }
        }
        Ok(())
    }

    /// `case Point(x, y=0):`: MATCH_CLASS extracts the attributes, then each is matched.
    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternContext) -> CResult {
        let positional = &c.arguments.patterns;
        let keywords = &c.arguments.keywords;
        for (i, k) in keywords.iter().enumerate() {
            let name = k.attr.as_str();
            if name == "__debug__" {
                return Err(self.error("cannot assign to __debug__", k.attr.range));
            }
            if keywords[..i].iter().any(|o| o.attr.as_str() == name) {
                return Err(self.error(format!("attribute name repeated in class pattern: {name}"), k.pattern.range()));
            }
        }
        self.compile_expr(&c.cls)?;
        let names: Vec<Constant> = keywords.iter().map(|k| Constant::Str(Rc::from(k.attr.as_str()))).collect();
        self.load_const(Constant::Tuple(Rc::from(names)));
        self.emit(Op::MatchClass, positional.len() as u32);
        self.emit(Op::Copy, 1);
        // The tuple of extracted attributes (or None) is now on top.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::PopJumpIfNone);
        let total = positional.len() + keywords.len();
        self.emit(Op::UnpackSequence, total as u32);
        pc.on_top += total;
        pc.on_top -= 1;
        let subpatterns = positional.iter().chain(keywords.iter().map(|k| &k.pattern));
        for p in subpatterns {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit0(Op::PopTop);
                continue;
            }
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `case A | B | C:` — every alternative must bind the same names; each works on
    /// its own copy of the subject, with its own captures, which are then moved to where
    /// the enclosing pattern keeps its captures.
    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternContext) -> CResult {
        let end = self.new_label();
        let n = o.patterns.len();
        let mut control: Option<Vec<(Rc<str>, TextRange)>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            let saved = self.set_pos(alt.range());
            let mut sub = PatternContext {
                stores: Vec::new(),
                allow_irrefutable: i == n - 1 && pc.allow_irrefutable,
                fail_pop: Vec::new(),
                on_top: 0,
                loc: alt.range(),
            };
            self.emit(Op::Copy, 1);
            self.compile_pattern(alt, &mut sub)?;
            pc.loc = sub.loc;
            match &control {
                None => control = Some(sub.stores.clone()),
                Some(ctl) => {
                    if ctl.len() != sub.stores.len() {
                        return Err(self.error("alternative patterns bind different names", pc.loc));
                    }
                    // Reorder this alternative's captures (on the stack and in the
                    // list) to the first alternative's order.
                    for icontrol in (0..ctl.len()).rev() {
                        let name = &ctl[icontrol].0;
                        let Some(istores) = sub.stores.iter().position(|(s, _)| s == name) else {
                            return Err(self.error("alternative patterns bind different names", pc.loc));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let moved: Vec<_> = sub.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            sub.stores.splice(at..at, moved);
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.emit_jump(Op::JumpForward, end);
            self.emit_fail_pops(&mut sub);
            self.restore_pos(saved);
        }
        // No alternative matched: drop the subject and fail.
        self.emit0(Op::PopTop);
        self.jump_to_fail_pop(pc, Op::JumpForward);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        // Move each new capture below: the other new captures, the subject, whatever is
        // on top, and the captures made before this pattern.
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for (name, range) in control {
            self.rotate(nrots);
            if pc.stores.iter().any(|(s, _)| *s == name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern"), range));
            }
            pc.stores.push((name, range));
        }
        // Drop the subject.
        self.emit0(Op::PopTop);
        Ok(())
    }
}

/// Whether two literal mapping keys are the same key (CPython compares the constant
/// values: `1` and `1.0` and `True` collide).
fn constant_key_eq(a: &Constant, b: &Constant) -> bool {
    fn num(c: &Constant) -> Option<f64> {
        match c {
            Constant::Int(i) => Some(*i as f64),
            Constant::Bool(b) => Some(*b as i64 as f64),
            Constant::Float(f) => Some(*f),
            _ => None,
        }
    }
    match (num(a), num(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a.same_as(b),
    }
}
