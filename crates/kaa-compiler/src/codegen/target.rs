//! Assignment and deletion targets: names, attributes, subscripts, and tuple/list
//! unpacking with an optional starred target; augmented assignment.

use kaa_bytecode::Op;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{CResult, Compiler};

impl<'a> Compiler<'a> {
    /// Stores TOS into `target` (popping it).
    pub fn compile_store_target(&mut self, target: &'a Expr) -> CResult {
        let saved = self.set_pos(target.range());
        let result = self.store_target_inner(target);
        self.restore_pos(saved);
        result
    }

    fn store_target_inner(&mut self, target: &'a Expr) -> CResult {
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str(), n.range),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                if a.attr.as_str() == "__debug__" {
                    return Err(self.error("cannot assign to __debug__", a.range));
                }
                let pos = self.pos_at_attr_name(a, self.unit_ref().pos);
                let saved = self.set_position(pos);
                let idx = self.add_name(a.attr.as_str());
                self.emit(Op::StoreAttr, idx);
                self.restore_pos(saved);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_index(&s.slice)?;
                self.emit0(Op::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(t) => self.unpack_into(&t.elts, t.range),
            Expr::List(l) => self.unpack_into(&l.elts, l.range),
            Expr::Starred(s) => Err(self.error("starred assignment target must be in a list or tuple", s.range)),
            other => Err(self.error(format!("cannot assign to {}", describe(other)), other.range())),
        }
    }

    fn unpack_into(&mut self, elts: &'a [Expr], range: ruff_text_size::TextRange) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        match star {
            Some(i) => {
                if elts[i + 1..].iter().any(|e| matches!(e, Expr::Starred(_))) {
                    return Err(self.error("multiple starred expressions in assignment", range));
                }
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 16) {
                    return Err(self.error("too many expressions in star-unpacking assignment", range));
                }
                self.emit(Op::UnpackEx, (i | (after << 8)) as u32);
            }
            None => self.emit(Op::UnpackSequence, elts.len() as u32),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.compile_store_target(&s.value)?,
                _ => self.compile_store_target(e)?,
            }
        }
        Ok(())
    }

    pub fn compile_delete_target(&mut self, target: &'a Expr) -> CResult {
        let saved = self.set_pos(target.range());
        let result = match target {
            Expr::Name(n) => self.delete_name(n.id.as_str(), n.range),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let pos = self.pos_at_attr_name(a, self.unit_ref().pos);
                let saved = self.set_position(pos);
                let idx = self.add_name(a.attr.as_str());
                self.emit(Op::DeleteAttr, idx);
                self.restore_pos(saved);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_index(&s.slice)?;
                self.emit0(Op::DeleteSubscr);
                Ok(())
            }
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.compile_delete_target(e)),
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.compile_delete_target(e)),
            other => Err(self.error(format!("cannot delete {}", describe(other)), other.range())),
        };
        self.restore_pos(saved);
        result
    }

    pub fn compile_aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let target = a.target.as_ref();
        // The target is loaded at the target's location (so an unbound name gets its
        // carets); the operation itself at the statement's.
        let stmt_pos = self.set_pos(target.range());
        match target {
            Expr::Attribute(attr) => {
                self.compile_expr(&attr.value)?;
                self.emit(Op::Copy, 1);
                let pos = self.pos_at_attr_name(attr, self.unit_ref().pos);
                let saved = self.set_position(pos);
                let idx = self.add_name(attr.attr.as_str());
                self.emit(Op::LoadAttr, idx);
                self.restore_pos(saved);
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_index(&s.slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit0(Op::BinarySubscr);
            }
            Expr::Name(n) => self.load_name(n.id.as_str(), n.range)?,
            other => {
                return Err(self.error(
                    format!("'{}' is an illegal expression for augmented assignment", describe(other)),
                    other.range(),
                ))
            }
        }
        self.compile_expr(&a.value)?;
        self.restore_pos(stmt_pos);
        self.emit_inplace(a.op);
        let saved = self.set_pos(target.range());
        match target {
            Expr::Attribute(attr) => {
                let pos = self.pos_at_attr_name(attr, self.unit_ref().pos);
                self.set_position(pos);
                self.emit(Op::Swap, 2);
                let idx = self.add_name(attr.attr.as_str());
                self.emit(Op::StoreAttr, idx);
            }
            Expr::Subscript(_) => {
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit0(Op::StoreSubscr);
            }
            Expr::Name(n) => self.store_name(n.id.as_str(), n.range)?,
            _ => unreachable!(),
        }
        self.restore_pos(saved);
        Ok(())
    }
}

/// How CPython's error messages name an expression kind.
pub fn describe(expr: &Expr) -> &'static str {
    match expr {
        Expr::Call(_) => "function call",
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) => "f-string expression",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) | Expr::EllipsisLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        _ => "expression",
    }
}
