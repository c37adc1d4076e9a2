//! Statements that are not control flow: expression statements, assignments, `del`,
//! `assert`, `raise`, imports, and the dispatch for every statement kind.

use std::rc::Rc;

use kaa_bytecode::{Constant, Op};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{CResult, Compiler, Mode, UnitKind};

impl<'a> Compiler<'a> {
    pub fn compile_body(&mut self, body: &'a [Stmt]) -> CResult {
        for stmt in body {
            self.compile_stmt(stmt)?;
        }
        Ok(())
    }

    pub fn compile_stmt(&mut self, stmt: &'a Stmt) -> CResult {
        self.enter_nested(stmt.range())?;
        let range = self.stmt_range(stmt);
        let saved = self.set_pos(range);
        let saved_stmt = std::mem::replace(&mut self.stmt_range, stmt.range());
        let result = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.compile_stmt_inner(stmt));
        self.stmt_range = saved_stmt;
        self.restore_pos(saved);
        self.leave_nested();
        result
    }

    fn compile_stmt_inner(&mut self, stmt: &'a Stmt) -> CResult {
        match stmt {
            Stmt::FunctionDef(f) => self.compile_function_def(f),
            Stmt::ClassDef(c) => self.compile_class_def(c),
            Stmt::Return(r) => self.compile_return(r),
            Stmt::Delete(d) => {
                for target in &d.targets {
                    self.compile_delete_target(target)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.compile_expr(&a.value)?;
                let n = a.targets.len();
                for (i, target) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::Copy, 1);
                    }
                    self.compile_store_target(target)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.compile_aug_assign(a),
            Stmt::AnnAssign(a) => self.compile_ann_assign(a),
            Stmt::TypeAlias(t) => Err(self.error("invalid syntax", t.range)),
            Stmt::For(f) => self.compile_for(f),
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::With(w) => self.compile_with(w),
            Stmt::Match(m) => self.compile_match(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(exc) = &r.exc {
                    self.compile_expr(exc)?;
                    n = 1;
                    if let Some(cause) = &r.cause {
                        self.compile_expr(cause)?;
                        n = 2;
                    }
                }
                self.emit(Op::RaiseVarargs, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(self.error("'except*' is not supported yet", t.range));
                }
                if t.finalbody.is_empty() {
                    self.compile_try_except(t)
                } else {
                    self.compile_try_finally(t)
                }
            }
            Stmt::Assert(a) => self.compile_assert(a),
            Stmt::Import(i) => self.compile_import(i),
            Stmt::ImportFrom(i) => self.compile_import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(e) => self.compile_expr_stmt(&e.value),
            Stmt::Pass(_) => {
                self.emit0(Op::Nop);
                Ok(())
            }
            Stmt::Break(b) => self.compile_break(b.range),
            Stmt::Continue(c) => self.compile_continue(c.range),
            Stmt::IpyEscapeCommand(c) => Err(self.error("invalid syntax", c.range)),
        }
    }

    fn compile_expr_stmt(&mut self, value: &'a Expr) -> CResult {
        if self.mode == Mode::Single && self.units.len() == 1 {
            self.compile_expr(value)?;
            self.emit0(Op::PrintExpr);
            return Ok(());
        }
        if self.constant_of(value).is_some() {
            // A constant statement (a docstring, `...`) does nothing.
            self.emit0(Op::Nop);
            return Ok(());
        }
        self.compile_expr(value)?;
        self.emit0(Op::PopTop);
        Ok(())
    }

    fn compile_ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        // With a value, storing the target reports `__debug__` at the name.
        if let (Expr::Name(n), None) = (a.target.as_ref(), &a.value) {
            if n.id.as_str() == "__debug__" {
                return Err(self.error("cannot assign to __debug__", a.range));
            }
        }
        if let Some(value) = &a.value {
            self.compile_expr(value)?;
            self.compile_store_target(&a.target)?;
        }
        // Annotations of simple names at module and class level are recorded in
        // `__annotations__`; inside functions they are not evaluated.
        let kind = self.unit_ref().kind;
        if let Expr::Name(n) = a.target.as_ref() {
            if a.simple && matches!(kind, UnitKind::Module | UnitKind::Class) {
                if self.annotations_as_strings() {
                    self.load_annotation_string(&a.annotation);
                } else {
                    self.compile_expr(&a.annotation)?;
                }
                self.load_name("__annotations__", a.range)?;
                let key = Constant::Str(Rc::from(self.mangle(n.id.as_str()).as_ref()));
                self.load_const(key);
                self.emit0(Op::StoreSubscr);
            }
        } else if matches!(kind, UnitKind::Module | UnitKind::Class) && !self.annotations_as_strings() {
            self.compile_expr(&a.annotation)?;
            self.emit0(Op::PopTop);
        }
        Ok(())
    }

    fn compile_assert(&mut self, a: &'a ast::StmtAssert) -> CResult {
        self.check_assert(a);
        if self.optimize > 0 {
            return Ok(());
        }
        let end = self.new_label();
        // The raise has the statement's location, or the last comparison's when the test
        // compiles one (CPython's jump_if leaves its location behind).
        let saved = self.unit_ref().pos;
        self.jump_if_leaving_pos(&a.test, end, true)?;
        self.emit0(Op::LoadAssertionError);
        if let Some(msg) = &a.msg {
            self.compile_expr(msg)?;
            self.emit(Op::Call, 1);
        }
        self.emit(Op::RaiseVarargs, 1);
        self.restore_pos(saved);
        self.bind(end);
        Ok(())
    }

    fn compile_import(&mut self, i: &'a ast::StmtImport) -> CResult {
        // Every instruction of an import carries the whole statement's location, as in
        // CPython, so a failing import gets no carets.
        for alias in &i.names {
            let name = alias.name.as_str();
            self.load_const(Constant::Int(0));
            self.load_const(Constant::None);
            let idx = self.add_name(name);
            self.emit(Op::ImportName, idx);
            match &alias.asname {
                Some(asname) => {
                    let mut parts = name.split('.').skip(1).peekable();
                    let dotted = parts.peek().is_some();
                    while let Some(attr) = parts.next() {
                        let idx = self.add_name(attr);
                        self.emit(Op::ImportFrom, idx);
                        if parts.peek().is_some() {
                            self.emit(Op::Swap, 2);
                            self.emit0(Op::PopTop);
                        }
                    }
                    self.store_name(asname.as_str(), i.range)?;
                    if dotted {
                        self.emit0(Op::PopTop);
                    }
                }
                None => {
                    let top = name.split('.').next().unwrap_or(name);
                    self.store_name(top, i.range)?;
                }
            }
        }
        Ok(())
    }

    fn compile_import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult {
        let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        if module == "__future__" {
            return self.check_future_import(i);
        }
        self.load_const(Constant::Int(i.level as i64));
        let names: Vec<Constant> = i.names.iter().map(|a| Constant::Str(Rc::from(a.name.as_str()))).collect();
        self.load_const(Constant::Tuple(Rc::from(names)));
        let idx = self.add_name(module);
        self.emit(Op::ImportName, idx);
        if i.names.first().is_some_and(|a| a.name.as_str() == "*") {
            self.emit0(Op::ImportStar);
            return Ok(());
        }
        for alias in &i.names {
            let idx = self.add_name(alias.name.as_str());
            self.emit(Op::ImportFrom, idx);
            let stored = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(stored.as_str(), i.range)?;
        }
        self.emit0(Op::PopTop);
        Ok(())
    }

    /// `from __future__ import x`: every feature of Python 3.11 is already on, so only
    /// the names are checked.
    /// Feature names were checked before compiling (see `future.rs`); what remains is
    /// CPython's check that a future import is at the top of the module. (The import itself
    /// is not executed: there is no `__future__` module.)
    fn check_future_import(&mut self, i: &'a ast::StmtImportFrom) -> CResult {
        if self.line_of(i.range) > self.future_line {
            return Err(self.error("from __future__ imports must occur at the beginning of the file", i.range));
        }
        Ok(())
    }
}
