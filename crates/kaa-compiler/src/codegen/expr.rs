//! Expressions: names, constants, operators, comparisons, boolean logic, container
//! displays, attribute and subscript access, f-strings.

use std::rc::Rc;

use kaa_bytecode::{instruction::INPLACE_OFFSET, BinaryOp, CompareOp, Constant, Op};
use ruff_python_ast::{self as ast, CmpOp, Expr, Operator, UnaryOp};
use ruff_text_size::Ranged;

use super::{CResult, Compiler};

/// Above this many items a display is built incrementally (CPython's STACK_USE_GUIDELINE).
pub const STACK_USE_GUIDELINE: usize = 30;

/// Which container a display builds.
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Display {
    List,
    Tuple,
    Set,
}

pub fn binary_op(op: Operator) -> BinaryOp {
    match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult => BinaryOp::Multiply,
        Operator::MatMult => BinaryOp::MatrixMultiply,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod => BinaryOp::Remainder,
        Operator::Pow => BinaryOp::Power,
        Operator::LShift => BinaryOp::LShift,
        Operator::RShift => BinaryOp::RShift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
    }
}

impl<'a> Compiler<'a> {
    pub fn compile_expr(&mut self, expr: &'a Expr) -> CResult {
        self.enter_nested(expr.range())?;
        let saved = self.set_pos(expr.range());
        let result = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.compile_expr_inner(expr));
        self.restore_pos(saved);
        self.leave_nested();
        result
    }

    fn compile_expr_inner(&mut self, expr: &'a Expr) -> CResult {
        if let Some(c) = self.constant_of(expr) {
            self.load_const(c);
            return Ok(());
        }
        match expr {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load | ast::ExprContext::Invalid => self.load_name(n.id.as_str(), n.range),
                _ => Err(self.error("invalid syntax", n.range)),
            },
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == ast::BoolOp::And { Op::JumpIfFalseOrPop } else { Op::JumpIfTrueOrPop };
                let n = b.values.len() - 1;
                for value in &b.values[..n] {
                    self.compile_expr(value)?;
                    self.emit_jump(op, end);
                }
                self.compile_expr(&b.values[n])?;
                self.bind(end);
                Ok(())
            }
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Op::Copy, 1);
                self.compile_store_target(&n.target)
            }
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.emit(Op::BinaryOp, binary_op(b.op) as u32);
                Ok(())
            }
            Expr::UnaryOp(u) => {
                self.compile_expr(&u.operand)?;
                self.emit0(match u.op {
                    UnaryOp::Invert => Op::UnaryInvert,
                    UnaryOp::Not => Op::UnaryNot,
                    UnaryOp::UAdd => Op::UnaryPositive,
                    UnaryOp::USub => Op::UnaryNegative,
                });
                Ok(())
            }
            Expr::Lambda(l) => self.compile_lambda(l),
            Expr::If(i) => {
                let end = self.new_label();
                let orelse = self.new_label();
                self.jump_if(&i.test, orelse, false)?;
                self.compile_expr(&i.body)?;
                self.emit_jump(Op::JumpForward, end);
                self.bind(orelse);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
                Ok(())
            }
            Expr::Dict(d) => self.compile_dict(d),
            Expr::Set(s) => self.compile_display(&s.elts, Display::Set),
            Expr::List(l) => self.compile_display(&l.elts, Display::List),
            Expr::Tuple(t) => self.compile_display(&t.elts, Display::Tuple),
            Expr::ListComp(c) => self.compile_comprehension(expr, "<listcomp>", &c.generators, &c.elt, None),
            Expr::SetComp(c) => self.compile_comprehension(expr, "<setcomp>", &c.generators, &c.elt, None),
            Expr::DictComp(c) => {
                let key = c.key.as_deref().ok_or_else(|| self.error("invalid syntax", c.range))?;
                self.compile_comprehension(expr, "<dictcomp>", &c.generators, key, Some(&c.value))
            }
            Expr::Generator(g) => self.compile_comprehension(expr, "<genexpr>", &g.generators, &g.elt, None),
            Expr::Await(a) => Err(self.error("'await' outside async function", a.range)),
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                let saved = self.set_pos(y.range);
                self.emit0(Op::YieldValue);
                self.restore_pos(saved);
                Ok(())
            }
            Expr::YieldFrom(y) => {
                self.compile_expr(&y.value)?;
                let saved = self.set_pos(y.range);
                self.emit0(Op::GetYieldFromIter);
                self.load_const(Constant::None);
                self.compile_send_loop();
                self.restore_pos(saved);
                Ok(())
            }
            Expr::Compare(c) => self.compile_compare(c),
            Expr::Call(c) => self.compile_call(c),
            Expr::FString(f) => self.compile_fstring(f),
            Expr::TString(t) => Err(self.error("invalid syntax", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable!("constants are handled above"),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let pos = self.pos_at_attr_name(a, self.position_of(a.range));
                let saved = self.set_position(pos);
                let idx = self.add_name(a.attr.as_str());
                self.emit(Op::LoadAttr, idx);
                self.restore_pos(saved);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.check_subscript(s);
                self.compile_expr(&s.value)?;
                self.compile_subscript_index(&s.slice)?;
                self.emit0(Op::BinarySubscr);
                Ok(())
            }
            Expr::Starred(s) => Err(self.error("can't use starred expression here", s.range)),
            // A slice inside a tuple index (`a[1:2, ::3]`); a bare index slice is handled
            // by compile_subscript_index.
            Expr::Slice(_) => self.compile_subscript_index(expr),
            Expr::IpyEscapeCommand(c) => Err(self.error("invalid syntax", c.range)),
        }
    }

    /// The index of a subscript: a slice literal builds a slice object.
    pub fn compile_subscript_index(&mut self, index: &'a Expr) -> CResult {
        if let Expr::Slice(s) = index {
            let saved = self.set_pos(s.range);
            for part in [&s.lower, &s.upper] {
                match part {
                    Some(e) => self.compile_expr(e)?,
                    None => self.load_const(Constant::None),
                }
            }
            let mut n = 2;
            if let Some(step) = &s.step {
                self.compile_expr(step)?;
                n = 3;
            }
            self.emit(Op::BuildSlice, n);
            self.restore_pos(saved);
            return Ok(());
        }
        self.compile_expr(index)
    }

    /// Emits the instruction for one comparison operator.
    pub fn emit_compare(&mut self, op: CmpOp) {
        match op {
            CmpOp::Eq => self.emit(Op::CompareOp, CompareOp::Eq as u32),
            CmpOp::NotEq => self.emit(Op::CompareOp, CompareOp::Ne as u32),
            CmpOp::Lt => self.emit(Op::CompareOp, CompareOp::Lt as u32),
            CmpOp::LtE => self.emit(Op::CompareOp, CompareOp::Le as u32),
            CmpOp::Gt => self.emit(Op::CompareOp, CompareOp::Gt as u32),
            CmpOp::GtE => self.emit(Op::CompareOp, CompareOp::Ge as u32),
            CmpOp::Is => self.emit(Op::IsOp, 0),
            CmpOp::IsNot => self.emit(Op::IsOp, 1),
            CmpOp::In => self.emit(Op::ContainsOp, 0),
            CmpOp::NotIn => self.emit(Op::ContainsOp, 1),
        }
    }

    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.check_compare(c);
        self.compile_expr(&c.left)?;
        let n = c.ops.len() - 1;
        if n == 0 {
            self.compile_comparand(c, 0)?;
            self.emit_compare(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n {
            self.compile_comparand(c, i)?;
            self.emit(Op::Swap, 2);
            self.emit(Op::Copy, 2);
            self.emit_compare(c.ops[i]);
            self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.compile_comparand(c, n)?;
        self.emit_compare(c.ops[n]);
        let end = self.new_label();
        self.emit_jump(Op::JumpForward, end);
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit0(Op::PopTop);
        self.bind(end);
        Ok(())
    }

    /// Comparand `i`. CPython's `fold_compare` treats only the last one, when its operator
    /// is `in`/`not in`, as an iterable (`x in [1, 2]` tests a tuple).
    fn compile_comparand(&mut self, c: &'a ast::ExprCompare, i: usize) -> CResult {
        let expr = &c.comparators[i];
        if i + 1 == c.ops.len() && matches!(c.ops[i], CmpOp::In | CmpOp::NotIn) {
            return self.compile_iterable(expr);
        }
        self.compile_expr(expr)
    }

    /// An iterable of a `for`, a comprehension, or the right side of `in`: CPython's
    /// `fold_iter` turns a list display into a tuple (a constant one when it can), and a
    /// set display of constants into a constant frozenset.
    pub fn compile_iterable(&mut self, expr: &'a Expr) -> CResult {
        if let Expr::Set(s) = expr {
            if let Some(items) = self.all_constants(&s.elts) {
                let saved = self.set_pos(s.range);
                self.load_const(Constant::FrozenSet(Rc::from(items)));
                self.restore_pos(saved);
                return Ok(());
            }
        }
        if let Expr::List(l) = expr {
            if !l.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                let saved = self.set_pos(l.range);
                let r = match self.all_constants(&l.elts) {
                    Some(items) => {
                        self.load_const(Constant::Tuple(Rc::from(items)));
                        Ok(())
                    }
                    None => self.compile_display(&l.elts, Display::Tuple),
                };
                self.restore_pos(saved);
                return r;
            }
        }
        self.compile_expr(expr)
    }

    fn all_constants(&self, elts: &[Expr]) -> Option<Vec<Constant>> {
        elts.iter().map(|e| self.constant_of(e)).collect()
    }

    /// A list, tuple or set display, with `*iterable` items (CPython's `starunpack_helper`).
    pub fn compile_display(&mut self, elts: &'a [Expr], kind: Display) -> CResult {
        self.compile_display_pushed(elts, kind, 0)
    }

    /// Like `compile_display`, with the first `pushed` items already on the stack.
    pub fn compile_display_pushed(&mut self, elts: &'a [Expr], kind: Display, pushed: u32) -> CResult {
        let n = elts.len();
        if n > 2 && kind != Display::Tuple && pushed == 0 {
            if let Some(items) = self.all_constants(elts) {
                // CPython builds an empty list or set and extends it from a constant
                // tuple or frozenset (whose table order the set then copies).
                if kind == Display::List {
                    self.emit(Op::BuildList, 0);
                    self.load_const(Constant::Tuple(Rc::from(items)));
                    self.emit(Op::ListExtend, 1);
                } else {
                    self.emit(Op::BuildSet, 0);
                    self.load_const(Constant::FrozenSet(Rc::from(items)));
                    self.emit(Op::SetUpdate, 1);
                }
                return Ok(());
            }
        }
        let starred = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !starred && n + pushed as usize <= STACK_USE_GUIDELINE {
            for e in elts {
                self.compile_expr(e)?;
            }
            let op = match kind {
                Display::List => Op::BuildList,
                Display::Tuple => Op::BuildTuple,
                Display::Set => Op::BuildSet,
            };
            self.emit(op, pushed + n as u32);
            return Ok(());
        }
        let (build, add, extend) = match kind {
            Display::Set => (Op::BuildSet, Op::SetAdd, Op::SetUpdate),
            _ => (Op::BuildList, Op::ListAppend, Op::ListExtend),
        };
        // CPython's starunpack_helper: items before the first `*x` go on the stack and
        // are built together (a big display starts empty and adds item by item).
        let mut built = false;
        if n + pushed as usize > STACK_USE_GUIDELINE {
            self.emit(build, pushed);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.compile_expr(&s.value)?;
                self.emit(extend, 1);
            } else {
                self.compile_expr(e)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if kind == Display::Tuple {
            self.emit0(Op::ListToTuple);
        }
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        let items = &d.items;
        let mut have_dict = false;
        let mut start = 0;
        let flush = |this: &mut Self, from: usize, to: usize, have_dict: &mut bool| -> CResult {
            if to > from {
                this.compile_subdict(&items[from..to])?;
                if *have_dict {
                    this.emit(Op::DictUpdate, 1);
                }
                *have_dict = true;
            }
            Ok(())
        };
        for (i, item) in items.iter().enumerate() {
            if item.key.is_none() {
                flush(self, start, i, &mut have_dict)?;
                if !have_dict {
                    self.emit(Op::BuildMap, 0);
                    have_dict = true;
                }
                self.compile_expr(&item.value)?;
                self.emit(Op::DictUpdate, 1);
                start = i + 1;
            } else if i + 1 - start > STACK_USE_GUIDELINE / 2 {
                flush(self, start, i + 1, &mut have_dict)?;
                start = i + 1;
            }
        }
        flush(self, start, items.len(), &mut have_dict)?;
        if !have_dict {
            self.emit(Op::BuildMap, 0);
        }
        Ok(())
    }

    fn compile_subdict(&mut self, items: &'a [ast::DictItem]) -> CResult {
        let keys: Option<Vec<Constant>> =
            items.iter().map(|i| i.key.as_ref().and_then(|k| self.constant_of(k))).collect();
        if let (Some(keys), true) = (keys, items.len() > 1) {
            for item in items {
                self.compile_expr(&item.value)?;
            }
            self.load_const(Constant::Tuple(Rc::from(keys)));
            self.emit(Op::BuildConstKeyMap, items.len() as u32);
            return Ok(());
        }
        for item in items {
            self.compile_expr(item.key.as_ref().expect("key"))?;
            self.compile_expr(&item.value)?;
        }
        self.emit(Op::BuildMap, items.len() as u32);
        Ok(())
    }

    fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut parts = 0u32;
        let mut literal = String::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => literal.push_str(&s.value),
                ast::FStringPart::FString(fs) => {
                    self.compile_interpolated(&fs.elements, &mut literal, &mut parts)?;
                }
            }
        }
        if !literal.is_empty() {
            self.load_const(Constant::Str(Rc::from(literal.as_str())));
            parts += 1;
        }
        if parts == 0 && !f.value.iter().any(|p| matches!(p, ast::FStringPart::FString(_))) {
            // Only (empty) plain literals: a constant string.
            self.load_const(Constant::Str(Rc::from("")));
            return Ok(());
        }
        // As CPython: one part is the string itself; none (`f""`) builds an empty one.
        if parts != 1 {
            self.emit(Op::BuildString, parts);
        }
        Ok(())
    }

    /// Emits the pieces of an f-string body; literal text accumulates in `literal` so that
    /// adjacent pieces become one constant.
    fn compile_interpolated(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
        literal: &mut String,
        parts: &mut u32,
    ) -> CResult {
        for element in elements.iter() {
            match element {
                ast::InterpolatedStringElement::Literal(l) => literal.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(debug) = &i.debug_text {
                        literal.push_str(debug.as_str());
                    }
                    if !literal.is_empty() {
                        self.load_const(Constant::Str(Rc::from(literal.as_str())));
                        literal.clear();
                        *parts += 1;
                    }
                    self.compile_expr(&i.expression)?;
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if i.debug_text.is_some() && conversion == 0 && i.format_spec.is_none() {
                        conversion = 2;
                    }
                    let mut flags = conversion;
                    if let Some(spec) = &i.format_spec {
                        let mut spec_literal = String::new();
                        let mut spec_parts = 0u32;
                        self.compile_interpolated(&spec.elements, &mut spec_literal, &mut spec_parts)?;
                        if !spec_literal.is_empty() || spec_parts == 0 {
                            self.load_const(Constant::Str(Rc::from(spec_literal.as_str())));
                            spec_parts += 1;
                        }
                        if spec_parts > 1 {
                            self.emit(Op::BuildString, spec_parts);
                        }
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue, flags);
                    *parts += 1;
                }
            }
        }
        Ok(())
    }

    /// The in-place form of `op` (augmented assignment).
    pub fn emit_inplace(&mut self, op: Operator) {
        self.emit(Op::BinaryOp, binary_op(op) as u32 + INPLACE_OFFSET);
    }
}

impl<'a> Compiler<'a> {
    /// The delegation loop of `yield from` (CPython's `compiler_add_yield_from`): with the
    /// iterator and the value to send on the stack, `SEND` it; each value the iterator
    /// yields is yielded on, and what is sent back goes round again; when the iterator
    /// returns, its result is left on the stack.
    pub fn compile_send_loop(&mut self) {
        let send = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        self.emit_jump(Op::Send, exit);
        self.emit0(Op::YieldValue);
        self.emit_jump(Op::JumpBackward, send);
        self.bind(exit);
    }
}
