//! List, set and dict comprehensions and generator expressions. As in CPython 3.11 each
//! is its own function: the outermost iterable is evaluated in the enclosing scope and
//! passed in as the implicit parameter `.0`; the loops and conditions run inside. A
//! generator expression's function is a generator that yields each element.

use kaa_bytecode::{CodeFlags, Op};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{CResult, Compiler, UnitKind};

impl<'a> Compiler<'a> {
    /// `node` is the comprehension expression (its symbol-table scope key); `elt` is the
    /// element (or the key of a dict comprehension, whose value is `value`).
    pub fn compile_comprehension(
        &mut self,
        node: &'a Expr,
        name: &str,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let scope = self.table.scope_of(node);
        // An `async for` clause or an `await` makes a list/set/dict comprehension
        // asynchronous, which only an `async def` can run.
        let is_async = self.table.scopes[scope].is_coroutine;
        if is_async && name != "<genexpr>" && self.unit_ref().kind != UnitKind::Comprehension {
            return Err(self.error("asynchronous comprehension outside of an asynchronous function", node.range()));
        }
        if generators.iter().any(|g| g.is_async) {
            return Err(self.error("asynchronous comprehension outside of an asynchronous function", node.range()));
        }
        let line = self.line_of(node.range());
        let range = self.comprehension_range(node);
        self.enter_scope(name, UnitKind::Comprehension, scope, line);
        self.set_pos(range);
        let mut flags = CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS;
        if self.scope().nested {
            flags |= CodeFlags::NESTED;
        }
        let is_genexpr = name == "<genexpr>";
        if is_genexpr {
            flags |= CodeFlags::GENERATOR;
        }
        self.unit().flags = flags;
        self.unit().argcount = 1;
        let add = match name {
            "<listcomp>" => Some((Op::BuildList, Op::ListAppend)),
            "<setcomp>" => Some((Op::BuildSet, Op::SetAdd)),
            "<dictcomp>" => Some((Op::BuildMap, Op::MapAdd)),
            _ => None,
        };
        if let Some((build, _)) = add {
            self.emit(build, 0);
        }
        self.comprehension_loop(generators, 0, 0, elt, value, add.map(|(_, add)| add))?;
        if is_genexpr {
            self.load_const(kaa_bytecode::Constant::None);
        }
        self.emit0(Op::ReturnValue);
        let code = self.exit_scope()?;

        let saved = self.set_pos(range);
        self.make_closure(code, 0);
        self.compile_iterable(&generators[0].iter)?;
        self.emit0(Op::GetIter);
        self.emit(Op::Call, 1);
        self.restore_pos(saved);
        Ok(())
    }

    /// The source range CPython gives a comprehension: a generator expression that is
    /// a call's only argument (`sum(x for x in y)`) shares the call's parentheses, and
    /// its range includes them.
    fn comprehension_range(&self, node: &Expr) -> ruff_text_size::TextRange {
        let range = node.range();
        let Expr::Generator(g) = node else { return range };
        if g.parenthesized {
            return range;
        }
        let bytes = self.source.as_bytes();
        let mut start = range.start().to_usize();
        while start > 0 && bytes[start - 1].is_ascii_whitespace() {
            start -= 1;
        }
        let mut end = range.end().to_usize();
        while end < bytes.len() && bytes[end].is_ascii_whitespace() {
            end += 1;
        }
        if start > 0 && bytes[start - 1] == b'(' && bytes.get(end) == Some(&b')') {
            let s = ruff_text_size::TextSize::from((start - 1) as u32);
            let e = ruff_text_size::TextSize::from((end + 1) as u32);
            return ruff_text_size::TextRange::new(s, e);
        }
        range
    }

    fn comprehension_loop(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        add: Option<Op>,
    ) -> CResult {
        let generator = &generators[index];
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let mut start = None;
        if index == 0 {
            let slot = self.add_varname(".0");
            self.emit(Op::LoadFast, slot);
            start = Some(self.new_label());
        } else {
            // `for y in [expr]` binds y once, with no loop (not when the item is a constant:
            // CPython has folded that display into a constant tuple).
            let single = match &generator.iter {
                _ if self.constant_of(&generator.iter).is_some() => None,
                Expr::List(l) if l.elts.len() == 1 && self.constant_of(&l.elts[0]).is_some() => None,
                Expr::List(l) if l.elts.len() == 1 && !matches!(l.elts[0], Expr::Starred(_)) => Some(&l.elts[0]),
                Expr::Tuple(t) if t.elts.len() == 1 && !matches!(t.elts[0], Expr::Starred(_)) => Some(&t.elts[0]),
                _ => None,
            };
            match single {
                Some(e) => self.compile_expr(e)?,
                None => {
                    self.compile_iterable(&generator.iter)?;
                    self.emit0(Op::GetIter);
                    start = Some(self.new_label());
                }
            }
        }
        if let Some(start) = start {
            depth += 1;
            self.bind(start);
            self.emit_jump(Op::ForIter, anchor);
        }
        self.compile_store_target(&generator.target)?;
        for cond in &generator.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_loop(generators, index + 1, depth, elt, value, add)?;
        } else {
            self.compile_expr(elt)?;
            if let Some(v) = value {
                self.compile_expr(v)?;
            }
            match add {
                Some(add) => self.emit(add, depth + 1),
                // A generator expression yields the element and ignores what is sent.
                None => {
                    self.emit0(Op::YieldValue);
                    self.emit0(Op::PopTop);
                }
            }
        }
        self.bind(if_cleanup);
        if let Some(start) = start {
            self.emit_jump(Op::JumpBackward, start);
            self.bind(anchor);
        }
        Ok(())
    }
}
