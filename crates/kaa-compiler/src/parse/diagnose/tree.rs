//! The little of the AST the error rules look at: each expression's kind, location, and
//! the children that target checks descend into.

use std::rc::Rc;

pub type E = Rc<Expr>;

/// A location as CPython's AST nodes carry it: 1-based lines, 0-based byte columns.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    pub lineno: i64,
    pub col: i64,
    pub end_lineno: i64,
    pub end_col: i64,
}

#[derive(Debug)]
pub struct Expr {
    pub kind: K,
    pub loc: Loc,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum C {
    None,
    True,
    False,
    Ellipsis,
    Other,
}

#[derive(Debug)]
pub enum K {
    Name(String),
    Const(C),
    Attribute,
    Subscript,
    Starred(E),
    List(Vec<E>),
    Tuple(Vec<E>),
    /// A call (also the result of the `args` rule): positional arguments (including
    /// starred ones) and whether any keyword is a `**` unpacking.
    Call {
        args: Vec<E>,
        kw_unpack: bool,
    },
    Compare {
        left: E,
        first_is_in: bool,
    },
    Lambda,
    BoolOp,
    BinOp,
    UnaryOp,
    IfExp,
    NamedExpr,
    GeneratorExp,
    ListComp,
    SetComp,
    DictComp,
    Dict,
    Set,
    Yield,
    YieldFrom,
    Await,
    JoinedStr,
    Slice,
    /// A match-statement pattern (only its location matters).
    Pattern,
}

impl Expr {
    pub fn new(kind: K, loc: Loc) -> E {
        Rc::new(Expr { kind, loc })
    }

    /// The same expression at another location (a parenthesized expression keeps the
    /// inner location in CPython, so this is rarely needed).
    pub fn name_id(&self) -> Option<&str> {
        match &self.kind {
            K::Name(id) => Some(id),
            _ => None,
        }
    }
}

/// CPython's `_PyPegen_get_expr_name`.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        K::Attribute => "attribute",
        K::Subscript => "subscript",
        K::Starred(_) => "starred",
        K::Name(_) => "name",
        K::List(_) => "list",
        K::Tuple(_) => "tuple",
        K::Lambda => "lambda",
        K::Call { .. } => "function call",
        K::BoolOp | K::BinOp | K::UnaryOp => "expression",
        K::GeneratorExp => "generator expression",
        K::Yield | K::YieldFrom => "yield expression",
        K::Await => "await expression",
        K::ListComp => "list comprehension",
        K::SetComp => "set comprehension",
        K::DictComp => "dict comprehension",
        K::Dict => "dict literal",
        K::Set => "set display",
        K::JoinedStr => "f-string expression",
        K::Const(C::None) => "None",
        K::Const(C::True) => "True",
        K::Const(C::False) => "False",
        K::Const(C::Ellipsis) => "ellipsis",
        K::Const(C::Other) => "literal",
        K::Compare { .. } => "comparison",
        K::IfExp => "conditional expression",
        K::NamedExpr => "named expression",
        K::Slice | K::Pattern => "expression",
    }
}

#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Targets {
    Star,
    Del,
    For,
}

/// CPython's `_PyPegen_get_invalid_target`: the first part of `e` that cannot be a target.
pub fn invalid_target(e: &E, kind: Targets) -> Option<E> {
    match &e.kind {
        K::List(elts) | K::Tuple(elts) => elts.iter().find_map(|x| invalid_target(x, kind)),
        K::Starred(v) => {
            if kind == Targets::Del {
                Some(e.clone())
            } else {
                invalid_target(v, kind)
            }
        }
        K::Compare { left, first_is_in } => {
            if kind == Targets::For {
                if *first_is_in {
                    invalid_target(left, kind)
                } else {
                    None
                }
            } else {
                Some(e.clone())
            }
        }
        K::Name(_) | K::Subscript | K::Attribute => None,
        _ => Some(e.clone()),
    }
}

/// One `for ... in ... if ...` clause: only its last item matters to error messages.
#[derive(Clone)]
pub struct Comp {
    pub last: E,
}
