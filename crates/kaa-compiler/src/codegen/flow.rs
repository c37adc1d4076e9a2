//! Control flow: `if`, `while`, `for`, `break`, `continue`, `return`, `try`, `with`, and
//! conditional jumps on boolean expressions. The shapes follow CPython 3.11's compiler,
//! so tracebacks and `sys.exc_info()` behave the same.

use kaa_bytecode::{Constant, Op};
use ruff_python_ast::{self as ast, Expr, UnaryOp};
use ruff_text_size::{Ranged, TextRange};

use super::{CResult, Compiler, FBlock, Label, UnitKind};

impl<'a> Compiler<'a> {
    /// Emits code that jumps to `target` when `expr`'s truth equals `cond`, and falls
    /// through otherwise (CPython's `compiler_jump_if`).
    pub fn jump_if(&mut self, expr: &'a Expr, target: Label, cond: bool) -> CResult {
        let saved = self.unit_ref().pos;
        let result = self.jump_if_leaving_pos(expr, target, cond);
        self.restore_pos(saved);
        result
    }

    /// `jump_if`, leaving the current position where CPython's `compiler_jump_if` leaves
    /// it: at the last comparison it compiled. A failed `assert` on a comparison is
    /// reported there.
    pub fn jump_if_leaving_pos(&mut self, expr: &'a Expr, target: Label, cond: bool) -> CResult {
        if let Some(truth) = self.constant_test(expr) {
            if truth == cond {
                self.emit_jump(Op::JumpForward, target);
            }
            return Ok(());
        }
        match expr {
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => return self.jump_if_leaving_pos(&u.operand, target, !cond),
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                let n = b.values.len() - 1;
                let next2 = if is_or != cond { self.new_label() } else { target };
                for value in &b.values[..n] {
                    self.jump_if_leaving_pos(value, next2, is_or)?;
                }
                self.jump_if_leaving_pos(&b.values[n], target, cond)?;
                if next2 != target {
                    self.bind(next2);
                }
                return Ok(());
            }
            Expr::If(i) => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if_leaving_pos(&i.test, next2, false)?;
                self.jump_if_leaving_pos(&i.body, target, cond)?;
                self.emit_jump(Op::JumpForward, end);
                self.bind(next2);
                self.jump_if_leaving_pos(&i.orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                self.set_pos(c.range);
                let cleanup = self.new_label();
                self.compile_expr(&c.left)?;
                let n = c.ops.len() - 1;
                for i in 0..n {
                    self.compile_expr(&c.comparators[i])?;
                    self.emit(Op::Swap, 2);
                    self.emit(Op::Copy, 2);
                    self.emit_compare(c.ops[i]);
                    self.emit_jump(Op::PopJumpIfFalse, cleanup);
                }
                self.compile_expr(&c.comparators[n])?;
                self.emit_compare(c.ops[n]);
                self.emit_jump(if cond { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, target);
                let end = self.new_label();
                self.emit_jump(Op::JumpForward, end);
                self.bind(cleanup);
                self.emit0(Op::PopTop);
                if !cond {
                    self.emit_jump(Op::JumpForward, target);
                }
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.compile_expr(expr)?;
        if let Expr::Compare(c) = expr {
            self.set_pos(c.range);
        }
        self.emit_jump(if cond { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, target);
        Ok(())
    }

    /// Compiles `body` but throws its instructions away (dead code after a constant
    /// test); names it mentions still get their slots, as in CPython.
    fn compile_dead(&mut self, body: &'a [ast::Stmt]) -> CResult {
        self.compile_dead_with(|c| c.compile_body(body))
    }

    /// Compiles code that can never run (for its compile errors, which CPython reports
    /// too), then drops the instructions.
    fn compile_dead_with(&mut self, f: impl FnOnce(&mut Self) -> CResult) -> CResult {
        let len = self.unit_ref().code.len();
        let active = self.unit_ref().active.clone();
        f(self)?;
        let unit = self.unit();
        unit.code.truncate(len);
        unit.active = active;
        for label in unit.labels.iter_mut() {
            if *label != u32::MAX && *label > len as u32 {
                *label = len as u32;
            }
        }
        Ok(())
    }

    pub fn compile_if(&mut self, stmt: &'a ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut clauses: Vec<(Option<&'a Expr>, &'a [ast::Stmt], TextRange)> =
            vec![(Some(&stmt.test), &stmt.body, stmt.range)];
        for c in &stmt.elif_else_clauses {
            clauses.push((c.test.as_ref(), &c.body, c.range));
        }
        let count = clauses.len();
        let mut unreachable = false;
        for (i, (test, body, range)) in clauses.into_iter().enumerate() {
            let saved = self.set_pos(range);
            if unreachable {
                // After an always-true clause: compiled only for its errors.
                self.compile_dead_with(|c| {
                    if let Some(test) = test {
                        c.compile_expr(test)?;
                    }
                    c.compile_body(body)
                })?;
                self.restore_pos(saved);
                continue;
            }
            match test {
                Some(test) => match self.constant_test(test) {
                    Some(false) => {
                        // The test's line still runs (CPython keeps a NOP for it).
                        self.emit0(Op::Nop);
                        self.compile_dead(body)?
                    }
                    Some(true) => {
                        self.emit0(Op::Nop);
                        self.compile_body(body)?;
                        self.restore_pos(saved);
                        // Later clauses can never run.
                        unreachable = true;
                        continue;
                    }
                    None => {
                        let next = self.new_label();
                        self.jump_if(test, next, false)?;
                        self.compile_body(body)?;
                        if i + 1 < count {
                            self.emit_jump(Op::JumpForward, end);
                        }
                        self.bind(next);
                    }
                },
                None => self.compile_body(body)?,
            }
            self.restore_pos(saved);
        }
        self.bind(end);
        Ok(())
    }

    pub fn compile_while(&mut self, stmt: &'a ast::StmtWhile) -> CResult {
        let truth = self.constant_test(&stmt.test);
        let start = self.new_label();
        let anchor = self.new_label();
        let exit = self.new_label();
        if truth == Some(false) {
            // The body never runs, but is compiled for its errors (inside the loop, so
            // `break` and `continue` are fine). The test's line still runs.
            self.emit0(Op::Nop);
            self.compile_dead_with(|c| {
                c.push_fblock(FBlock::WhileLoop { start, exit })?;
                let r = c.compile_body(&stmt.body);
                c.pop_fblock();
                r
            })?;
            return self.compile_body(&stmt.orelse);
        }
        // CPython 3.11's layout: the test is compiled again at the bottom, so that an
        // iteration takes one conditional jump (and line events come as in CPython).
        let body = self.new_label();
        self.bind(start);
        self.push_fblock(FBlock::WhileLoop { start, exit })?;
        if truth.is_none() {
            self.jump_if(&stmt.test, anchor, false)?;
        } else {
            self.emit0(Op::Nop);
        }
        self.bind(body);
        self.compile_body(&stmt.body)?;
        let saved = self.set_pos(stmt.test.range());
        if truth.is_none() {
            self.jump_if(&stmt.test, body, true)?;
        } else {
            self.emit_jump(Op::JumpBackward, body);
        }
        self.restore_pos(saved);
        self.pop_fblock();
        self.bind(anchor);
        self.compile_body(&stmt.orelse)?;
        self.bind(exit);
        Ok(())
    }

    pub fn compile_for(&mut self, stmt: &'a ast::StmtFor) -> CResult {
        if stmt.is_async {
            return Err(self.error("'async for' outside async function", stmt.range));
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.push_fblock(FBlock::ForLoop { start, exit })?;
        self.compile_iterable(&stmt.iter)?;
        self.emit0(Op::GetIter);
        self.bind(start);
        // FOR_ITER has the statement's location: an iterator's failing `__next__` is
        // reported at the whole `for` line, with no carets.
        self.emit_jump(Op::ForIter, cleanup);
        self.compile_store_target(&stmt.target)?;
        self.compile_body(&stmt.body)?;
        // Artificial, as in CPython 3.11: it belongs to the body's last line.
        self.emit_jump_unlocated(Op::JumpBackward, start);
        self.bind(cleanup);
        self.pop_fblock();
        self.compile_body(&stmt.orelse)?;
        self.bind(exit);
        Ok(())
    }

    pub fn compile_break(&mut self, range: TextRange) -> CResult {
        // The statement's line, before any unwinding code (dropped when redundant).
        self.emit0(Op::Nop);
        let saved_blocks = self.unit_ref().fblocks.clone();
        let saved_active = self.unit_ref().active.clone();
        let Some(loop_block) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'break' outside loop", range));
        };
        self.unwind_fblock(&loop_block, false)?;
        match loop_block {
            FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } => self.emit_jump(Op::JumpForward, exit),
            _ => unreachable!("unwind stops at loops"),
        }
        let unit = self.unit();
        unit.fblocks = saved_blocks;
        unit.active = saved_active;
        Ok(())
    }

    pub fn compile_continue(&mut self, range: TextRange) -> CResult {
        self.emit0(Op::Nop);
        let saved_blocks = self.unit_ref().fblocks.clone();
        let saved_active = self.unit_ref().active.clone();
        let Some(loop_block) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'continue' not properly in loop", range));
        };
        match loop_block {
            FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } => self.emit_jump(Op::JumpBackward, start),
            _ => unreachable!("unwind stops at loops"),
        }
        let unit = self.unit();
        unit.fblocks = saved_blocks;
        unit.active = saved_active;
        Ok(())
    }

    pub fn compile_return(&mut self, stmt: &'a ast::StmtReturn) -> CResult {
        if !matches!(self.unit_ref().kind, UnitKind::Function | UnitKind::Lambda | UnitKind::Comprehension) {
            return Err(self.error("'return' outside function", stmt.range));
        }
        let constant = stmt.value.as_deref().and_then(|v| self.constant_of(v));
        let preserve_tos = stmt.value.is_some() && constant.is_none();
        if preserve_tos {
            self.compile_expr(stmt.value.as_deref().expect("value"))?;
        } else if let Some(v) = stmt.value.as_deref() {
            // The value's line, before any `finally` code runs (a redundant NOP is
            // removed by the assembler).
            let saved = self.set_pos(v.range());
            self.emit0(Op::Nop);
            self.restore_pos(saved);
        }
        let saved_blocks = self.unit_ref().fblocks.clone();
        let saved_active = self.unit_ref().active.clone();
        self.unwind_fblock_stack(preserve_tos, false)?;
        if !preserve_tos {
            self.load_const(constant.unwrap_or(Constant::None));
        }
        self.emit0(Op::ReturnValue);
        let unit = self.unit();
        unit.fblocks = saved_blocks;
        unit.active = saved_active;
        Ok(())
    }

    /// Unwinds frame blocks from the innermost out, emitting their cleanup; stops at (and
    /// returns) the innermost loop when `stop_at_loop`. The caller restores the block and
    /// handler stacks afterwards: this cleanup belongs to one path only.
    fn unwind_fblock_stack(&mut self, preserve_tos: bool, stop_at_loop: bool) -> CResult<Option<FBlock<'a>>> {
        loop {
            let Some(top) = self.unit_ref().fblocks.last().cloned() else { return Ok(None) };
            if stop_at_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
                return Ok(Some(top));
            }
            self.pop_fblock();
            self.unwind_fblock(&top, preserve_tos)?;
        }
    }

    fn unwind_fblock(&mut self, block: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match block {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit0(Op::PopTop);
            }
            FBlock::TryExcept => self.pop_handler(),
            FBlock::FinallyTry { body } => {
                self.pop_handler();
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue)?;
                }
                self.compile_body(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit0(Op::PopTop);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.pop_handler();
                self.emit0(Op::PopExcept);
            }
            FBlock::With { range } => {
                // The exit call is located at the `with` statement, as in CPython.
                let saved = self.set_pos(*range);
                self.pop_handler();
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.call_exit_with_nones();
                self.emit0(Op::PopTop);
                self.restore_pos(saved);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.pop_handler();
                }
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.pop_handler();
                self.emit0(Op::PopExcept);
                if let Some(name) = name {
                    self.load_const(Constant::None);
                    let range = TextRange::default();
                    self.store_name(name, range)?;
                    self.delete_name(name, range)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit0(Op::PopTop);
            }
        }
        Ok(())
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1`: the cleanup handler of an `except`/`finally` body.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Op::Copy, 3);
        self.emit0(Op::PopExcept);
        self.emit(Op::Reraise, 1);
    }

    pub fn compile_try_except(&mut self, stmt: &'a ast::StmtTry) -> CResult {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();

        // CPython's SETUP_FINALLY becomes a NOP carrying the `try` line, before the body.
        self.emit0(Op::Nop);
        self.setup_handler(except, false);
        self.push_fblock(FBlock::TryExcept)?;
        self.compile_body(&stmt.body)?;
        self.pop_fblock();
        self.pop_handler();
        self.compile_body(&stmt.orelse)?;
        self.emit_jump_unlocated(Op::JumpForward, end);

        self.bind_handler(except);
        self.setup_handler(cleanup, true);
        self.emit_unlocated(Op::PushExcInfo);
        self.push_fblock(FBlock::ExceptionHandler)?;
        let handler_active = self.unit_ref().active.clone();
        let count = stmt.handlers.len();
        for (i, handler) in stmt.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = handler;
            self.unit().active = handler_active.clone();
            let saved = self.set_pos(h.range);
            if h.type_.is_none() && i + 1 < count {
                return Err(self.error("default 'except:' must be last", h.range));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.compile_expr(ty)?;
                self.emit0(Op::CheckExcMatch);
                self.emit_jump(Op::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    let name = name.as_str();
                    let cleanup_end = self.new_label();
                    self.store_name(name, h.range)?;
                    self.setup_handler(cleanup_end, true);
                    self.push_fblock(FBlock::HandlerCleanup { name: Some(name) })?;
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.pop_handler();
                    self.pop_handler();
                    // `name = None; del name`, artificial as in CPython.
                    self.unlocated(|c| -> CResult {
                        c.emit0(Op::PopExcept);
                        c.load_const(Constant::None);
                        c.store_name(name, h.range)?;
                        c.delete_name(name, h.range)?;
                        c.emit_jump(Op::JumpForward, end);

                        c.bind_handler(cleanup_end);
                        c.load_const(Constant::None);
                        c.store_name(name, h.range)?;
                        c.delete_name(name, h.range)?;
                        c.emit(Op::Reraise, 1);
                        Ok(())
                    })?;
                }
                None => {
                    self.emit0(Op::PopTop);
                    self.push_fblock(FBlock::HandlerCleanup { name: None })?;
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.pop_handler();
                    self.unlocated(|c| {
                        c.emit0(Op::PopExcept);
                        c.emit_jump(Op::JumpForward, end);
                    });
                }
            }
            self.restore_pos(saved);
            self.unit().active = handler_active.clone();
            self.bind(next);
        }
        self.pop_fblock();
        self.unlocated(|c| {
            c.emit(Op::Reraise, 0);
            c.bind_handler(cleanup);
            c.pop_except_and_reraise();
        });
        self.bind(end);
        Ok(())
    }

    pub fn compile_try_finally(&mut self, stmt: &'a ast::StmtTry) -> CResult {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();

        if stmt.handlers.is_empty() {
            self.emit0(Op::Nop);
        }
        self.setup_handler(end, false);
        self.push_fblock(FBlock::FinallyTry { body: &stmt.finalbody })?;
        if stmt.handlers.is_empty() {
            self.compile_body(&stmt.body)?;
        } else {
            self.compile_try_except(stmt)?;
        }
        self.pop_handler();
        self.pop_fblock();
        self.compile_body(&stmt.finalbody)?;
        self.emit_jump_unlocated(Op::JumpForward, exit);

        self.bind_handler(end);
        self.setup_handler(cleanup, true);
        self.emit_unlocated(Op::PushExcInfo);
        self.push_fblock(FBlock::FinallyEnd)?;
        self.compile_body(&stmt.finalbody)?;
        self.pop_fblock();
        // No POP_BLOCK here: the final RERAISE stays inside the cleanup region, so the
        // exception leaving the `finally` restores the previously handled one first.
        self.emit(Op::Reraise, 0);
        self.bind_handler(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    /// `__exit__(None, None, None)` with `__exit__` below the three Nones.
    fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Op::Call, 3);
    }

    pub fn compile_with(&mut self, stmt: &'a ast::StmtWith) -> CResult {
        if stmt.is_async {
            return Err(self.error("'async with' outside async function", stmt.range));
        }
        self.compile_with_item(stmt, 0)
    }

    fn compile_with_item(&mut self, stmt: &'a ast::StmtWith, index: usize) -> CResult {
        let item = &stmt.items[index];
        let final_label = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();

        self.compile_expr(&item.context_expr)?;
        self.emit0(Op::BeforeWith);
        self.setup_handler_adjusted(final_label, true, -1);
        self.push_fblock(FBlock::With { range: stmt.range })?;
        match &item.optional_vars {
            Some(target) => self.compile_store_target(target)?,
            None => self.emit0(Op::PopTop),
        }
        if index + 1 == stmt.items.len() {
            self.compile_body(&stmt.body)?;
        } else {
            self.compile_with_item(stmt, index + 1)?;
        }
        self.pop_fblock();
        self.pop_handler();
        let saved = self.set_pos(stmt.range);
        self.call_exit_with_nones();
        self.emit0(Op::PopTop);
        self.emit_jump(Op::JumpForward, exit);

        self.bind_handler(final_label);
        self.setup_handler(cleanup, true);
        self.emit0(Op::PushExcInfo);
        self.emit0(Op::WithExceptStart);
        let suppress = self.new_label();
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 2);
        self.bind_handler(cleanup);
        self.pop_except_and_reraise();
        // The handler stack at `suppress` is the one inside the cleanup region.
        self.setup_handler_marker_for(cleanup);
        self.bind(suppress);
        self.emit0(Op::PopTop);
        self.pop_handler();
        self.emit0(Op::PopExcept);
        self.emit0(Op::PopTop);
        self.emit0(Op::PopTop);
        self.restore_pos(saved);
        self.bind(exit);
        Ok(())
    }

    /// Re-activates the handler whose target is `label` (used where code reached by a
    /// jump runs inside that handler's region).
    fn setup_handler_marker_for(&mut self, label: Label) {
        let unit = self.unit();
        if let Some(id) = unit.handlers.iter().rposition(|h| h.label == label) {
            let mut active = unit.handlers[id].outer.clone();
            active.push(id as u32);
            unit.active = active;
        }
    }
}
