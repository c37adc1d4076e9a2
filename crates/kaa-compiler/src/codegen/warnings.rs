//! The SyntaxWarnings CPython 3.11's compiler emits for code that is valid but almost
//! certainly a mistake: `x is 1`, calling or subscripting a literal (`[1, 2] [0]` written
//! without a comma before it), a literal indexed by a non-integer, and `assert` on a
//! non-empty tuple. The checks look at expressions after constant folding, as CPython's
//! do; the warnings are collected with their line and reported by whoever compiled.

use kaa_bytecode::Constant;
use ruff_python_ast::{self as ast, CmpOp, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::Compiler;

/// A warning produced while compiling.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileWarning {
    /// Always "SyntaxWarning" today; kept so callers don't assume.
    pub category: &'static str,
    pub message: String,
    pub lineno: u32,
}

/// The type CPython's `infer_type` gives a literal or display; `None` for anything
/// whose type the compiler can't know.
fn literal_type(c: &Compiler, e: &Expr) -> Option<&'static str> {
    if let Some(k) = c.constant_of(e) {
        return Some(constant_type(&k));
    }
    Some(match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::FString(_) => "str",
        Expr::Slice(_) => "slice",
        _ => return None,
    })
}

fn constant_type(k: &Constant) -> &'static str {
    match k {
        Constant::None => "NoneType",
        Constant::Bool(_) => "bool",
        Constant::Int(_) | Constant::BigInt(_) => "int",
        Constant::Float(_) => "float",
        Constant::Complex { .. } => "complex",
        Constant::Str(_) => "str",
        Constant::Bytes(_) => "bytes",
        Constant::Tuple(_) => "tuple",
        Constant::FrozenSet(_) => "frozenset",
        Constant::Ellipsis => "ellipsis",
        Constant::Code(_) => "code",
    }
}

impl<'a> Compiler<'a> {
    fn warn(&mut self, message: String, range: TextRange) {
        let (line, _) = self.lines.line_col(range.start().to_u32());
        // CPython warns without a registry, so every occurrence is reported.
        self.warnings.push(CompileWarning { category: "SyntaxWarning", message, lineno: line });
    }

    /// Whether `e` may be an operand of `is`: anything but a literal other than None,
    /// True, False and `...` (CPython's `check_is_arg`).
    fn is_arg_ok(&self, e: &Expr) -> bool {
        match self.constant_of(e) {
            None => true,
            Some(k) => matches!(k, Constant::None | Constant::Bool(_) | Constant::Ellipsis),
        }
    }

    /// `x is 1`, `"a" is not y`: at most one warning per comparison chain.
    pub(super) fn check_compare(&mut self, c: &ast::ExprCompare) {
        let mut left_ok = self.is_arg_ok(&c.left);
        for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
            let right_ok = self.is_arg_ok(right);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && !(left_ok && right_ok) {
                let msg = if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                };
                self.warn(msg.to_string(), c.range());
                return;
            }
            left_ok = right_ok;
        }
    }

    /// Calling a literal or display: `(1, 2)(3)`.
    pub(super) fn check_caller(&mut self, call: &ast::ExprCall) {
        let func = call.func.as_ref();
        let literal = self.constant_of(func).is_some()
            || matches!(
                func,
                Expr::Tuple(_)
                    | Expr::List(_)
                    | Expr::ListComp(_)
                    | Expr::Dict(_)
                    | Expr::DictComp(_)
                    | Expr::Set(_)
                    | Expr::SetComp(_)
                    | Expr::Generator(_)
                    | Expr::FString(_)
            );
        if literal {
            if let Some(t) = literal_type(self, func) {
                self.warn(format!("'{t}' object is not callable; perhaps you missed a comma?"), call.range());
            }
        }
    }

    /// Subscripting something that can't be subscripted (`5[0]`, `{1}[0]`), or a
    /// sequence literal indexed by a non-integer literal (`[1, 2]["a"]`).
    pub(super) fn check_subscript(&mut self, s: &ast::ExprSubscript) {
        let value = s.value.as_ref();
        let value_const = self.constant_of(value);
        let unsubscriptable = match &value_const {
            Some(k) => matches!(
                k,
                Constant::None
                    | Constant::Ellipsis
                    | Constant::Bool(_)
                    | Constant::Int(_)
                    | Constant::BigInt(_)
                    | Constant::Float(_)
                    | Constant::Complex { .. }
            ),
            None => matches!(value, Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::Lambda(_)),
        };
        if unsubscriptable {
            if let Some(t) = literal_type(self, value) {
                self.warn(format!("'{t}' object is not subscriptable; perhaps you missed a comma?"), s.range());
            }
            return;
        }
        let Some(index_type) = literal_type(self, &s.slice) else { return };
        if matches!(index_type, "int" | "bool" | "slice") {
            return;
        }
        let indexable = match &value_const {
            Some(k) => matches!(k, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)),
            None => matches!(value, Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::FString(_)),
        };
        if indexable {
            if let Some(t) = literal_type(self, value) {
                self.warn(
                    format!("{t} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"),
                    s.range(),
                );
            }
        }
    }

    /// `assert (test, "message")`: a non-empty tuple is always true.
    pub(super) fn check_assert(&mut self, a: &ast::StmtAssert) {
        let always_true = match a.test.as_ref() {
            Expr::Tuple(t) => !t.elts.is_empty(),
            e => matches!(self.constant_of(e), Some(Constant::Tuple(items)) if !items.is_empty()),
        };
        if always_true {
            self.warn("assertion is always true, perhaps remove parentheses?".to_string(), a.range());
        }
    }
}
