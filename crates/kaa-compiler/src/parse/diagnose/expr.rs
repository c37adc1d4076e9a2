//! Expression rules of CPython 3.11's grammar, alternative for alternative (the order of
//! alternatives and lookaheads decides both which error is reported and where).

use super::parser::{Parser, Rule};
use super::tokenizer::T;
use super::tree::{Expr, C, E, K};

/// Tries alternatives in order; the first that succeeds wins.
macro_rules! first {
    ($p:expr, $($f:expr),+ $(,)?) => {{
        let p = &mut *$p;
        let mut r = None;
        p.stop_rule = false;
        $( if r.is_none() && !p.stop_rule { r = p.alt($f); } )+
        p.stop_rule = false;
        r
    }};
}
pub(crate) use first;

impl<'a> Parser<'a> {
    /// expressions: expression (',' expression)+ [','] | expression ',' | expression
    pub fn expressions(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    let a = p.expression()?;
                    let b = p.many1(|p| {
                        p.expect(T::Comma)?;
                        p.expression()
                    })?;
                    p.expect(T::Comma);
                    let mut v = vec![a];
                    v.extend(b);
                    Some(p.node(K::Tuple(v), start))
                },
                |p| {
                    let a = p.expression()?;
                    p.expect(T::Comma)?;
                    Some(p.node(K::Tuple(vec![a]), start))
                },
                |p| p.expression(),
            )
        })
    }

    pub fn expression(&mut self) -> Option<E> {
        self.memo(Rule::Expression, |p| {
            let start = p.mark;
            first!(
                p,
                |p| p.invalid(|p| p.invalid_expression()),
                |p| p.invalid(|p| p.invalid_legacy_expression()),
                |p| {
                    p.disjunction()?;
                    p.expect(T::If)?;
                    p.disjunction()?;
                    p.expect(T::Else)?;
                    p.expression()?;
                    Some(p.node(K::IfExp, start))
                },
                |p| p.disjunction(),
                |p| p.lambdef(),
            )
        })
    }

    /// expression_without_invalid: `expression` with the invalid rules switched off below it.
    pub fn expression_without_invalid(&mut self) -> Option<E> {
        let saved = self.call_invalid;
        self.call_invalid = false;
        let r = self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.disjunction()?;
                    p.expect(T::If)?;
                    p.disjunction()?;
                    p.expect(T::Else)?;
                    p.expression()?;
                    Some(p.node(K::IfExp, start))
                },
                |p| p.disjunction(),
                |p| p.lambdef(),
            )
        });
        self.call_invalid = saved;
        r
    }

    pub fn yield_expr(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.expect(T::Yield)?;
                    p.expect(T::From)?;
                    p.expression()?;
                    Some(p.node(K::YieldFrom, start))
                },
                |p| {
                    p.expect(T::Yield)?;
                    p.alt(|p| p.star_expressions());
                    Some(p.node(K::Yield, start))
                },
            )
        })
    }

    pub fn star_expressions(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    let a = p.star_expression()?;
                    let b = p.many1(|p| {
                        p.expect(T::Comma)?;
                        p.star_expression()
                    })?;
                    p.expect(T::Comma);
                    let mut v = vec![a];
                    v.extend(b);
                    Some(p.node(K::Tuple(v), start))
                },
                |p| {
                    let a = p.star_expression()?;
                    p.expect(T::Comma)?;
                    Some(p.node(K::Tuple(vec![a]), start))
                },
                |p| p.star_expression(),
            )
        })
    }

    pub fn star_expression(&mut self) -> Option<E> {
        self.memo(Rule::StarExpression, |p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.expect(T::Star)?;
                    let a = p.bitwise_or()?;
                    Some(p.node(K::Starred(a), start))
                },
                |p| p.expression(),
            )
        })
    }

    pub fn star_named_expressions(&mut self) -> Option<Vec<E>> {
        self.rule(|p| {
            let v = p.gather(T::Comma, |p| p.star_named_expression())?;
            p.expect(T::Comma);
            Some(v)
        })
    }

    pub fn star_named_expression(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.expect(T::Star)?;
                    let a = p.bitwise_or()?;
                    Some(p.node(K::Starred(a), start))
                },
                |p| p.named_expression(),
            )
        })
    }

    /// assignment_expression: NAME ':=' ~ expression
    pub fn assignment_expression(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            p.name()?;
            p.expect(T::ColonEqual)?;
            p.expression()?;
            Some(p.node(K::NamedExpr, start))
        })
    }

    pub fn named_expression(&mut self) -> Option<E> {
        self.rule(|p| {
            first!(p, |p| p.assignment_expression(), |p| p.invalid(|p| p.invalid_named_expression()), |p| {
                let e = p.expression()?;
                if p.lookahead(|p| p.expect(T::ColonEqual)) {
                    return None;
                }
                Some(e)
            },)
        })
    }

    fn bool_op(&mut self, rule: Rule, op: T, sub: fn(&mut Self) -> Option<E>) -> Option<E> {
        self.memo(rule, |p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    sub(p)?;
                    p.many1(|p| {
                        p.expect(op)?;
                        sub(p)
                    })?;
                    Some(p.node(K::BoolOp, start))
                },
                sub,
            )
        })
    }

    pub fn disjunction(&mut self) -> Option<E> {
        self.bool_op(Rule::Disjunction, T::Or, Self::conjunction)
    }

    pub fn conjunction(&mut self) -> Option<E> {
        self.bool_op(Rule::Conjunction, T::And, Self::inversion)
    }

    pub fn inversion(&mut self) -> Option<E> {
        self.memo(Rule::Inversion, |p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.expect(T::Not)?;
                    p.inversion()?;
                    Some(p.node(K::UnaryOp, start))
                },
                |p| p.comparison(),
            )
        })
    }

    pub fn comparison(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    let a = p.bitwise_or()?;
                    let ops = p.many1(|p| p.compare_op_pair())?;
                    let first_is_in = ops[0];
                    Some(p.node(K::Compare { left: a, first_is_in }, start))
                },
                |p| p.bitwise_or(),
            )
        })
    }

    /// One comparison operator and its right operand; true when the operator is `in`.
    fn compare_op_pair(&mut self) -> Option<bool> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::EqEqual)?;
                    p.bitwise_or().map(|_| false)
                },
                |p| {
                    let t = p.expect(T::NotEqual)?;
                    if p.token_text(t) != b"!=" {
                        return None;
                    }
                    p.bitwise_or().map(|_| false)
                },
                |p| {
                    p.expect(T::LessEqual)?;
                    p.bitwise_or().map(|_| false)
                },
                |p| {
                    p.expect(T::Less)?;
                    p.bitwise_or().map(|_| false)
                },
                |p| {
                    p.expect(T::GreaterEqual)?;
                    p.bitwise_or().map(|_| false)
                },
                |p| {
                    p.expect(T::Greater)?;
                    p.bitwise_or().map(|_| false)
                },
                |p| {
                    p.expect(T::Not)?;
                    p.expect(T::In)?;
                    p.bitwise_or().map(|_| false)
                },
                |p| {
                    p.expect(T::In)?;
                    p.bitwise_or().map(|_| true)
                },
                |p| {
                    p.expect(T::Is)?;
                    p.expect(T::Not)?;
                    p.bitwise_or().map(|_| false)
                },
                |p| {
                    p.expect(T::Is)?;
                    p.bitwise_or().map(|_| false)
                },
            )
        })
    }

    /// A left-recursive binary-operator rule (`a: a op b | b`), grown in a loop.
    fn binary(&mut self, rule: Rule, ops: &[T], sub: fn(&mut Self) -> Option<E>) -> Option<E> {
        self.memo(rule, |p| {
            let start = p.mark;
            let mut a = sub(p)?;
            loop {
                let grown = p.alt(|p| {
                    p.expect_any(ops)?;
                    sub(p)?;
                    Some(p.node(K::BinOp, start))
                });
                match grown {
                    Some(e) => a = e,
                    None => break,
                }
            }
            Some(a)
        })
    }

    pub fn bitwise_or(&mut self) -> Option<E> {
        self.binary(Rule::BitwiseOr, &[T::Vbar], Self::bitwise_xor)
    }

    fn bitwise_xor(&mut self) -> Option<E> {
        self.binary(Rule::BitwiseXor, &[T::Circumflex], Self::bitwise_and)
    }

    fn bitwise_and(&mut self) -> Option<E> {
        self.binary(Rule::BitwiseAnd, &[T::Amper], Self::shift_expr)
    }

    fn shift_expr(&mut self) -> Option<E> {
        self.binary(Rule::ShiftExpr, &[T::LeftShift, T::RightShift], Self::sum)
    }

    fn sum(&mut self) -> Option<E> {
        self.binary(Rule::Sum, &[T::Plus, T::Minus], Self::term)
    }

    fn term(&mut self) -> Option<E> {
        self.binary(Rule::Term, &[T::Star, T::Slash, T::DoubleSlash, T::Percent, T::At], Self::factor)
    }

    fn factor(&mut self) -> Option<E> {
        self.memo(Rule::Factor, |p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.expect_any(&[T::Plus, T::Minus, T::Tilde])?;
                    p.factor()?;
                    Some(p.node(K::UnaryOp, start))
                },
                |p| p.power(),
            )
        })
    }

    fn power(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.await_primary()?;
                    p.expect(T::DoubleStar)?;
                    p.factor()?;
                    Some(p.node(K::BinOp, start))
                },
                |p| p.await_primary(),
            )
        })
    }

    fn await_primary(&mut self) -> Option<E> {
        self.memo(Rule::AwaitPrimary, |p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.expect(T::Await)?;
                    p.primary()?;
                    Some(p.node(K::Await, start))
                },
                |p| p.primary(),
            )
        })
    }

    /// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    ///        | primary '[' slices ']' | atom
    pub fn primary(&mut self) -> Option<E> {
        self.memo(Rule::Primary, |p| {
            let start = p.mark;
            let mut a = p.atom()?;
            loop {
                let grown = first!(
                    p,
                    |p| {
                        p.expect(T::Dot)?;
                        p.name()?;
                        Some(p.node(K::Attribute, start))
                    },
                    |p| {
                        let g = p.genexp()?;
                        Some(p.node(K::Call { args: vec![g], kw_unpack: false }, start))
                    },
                    |p| {
                        p.expect(T::Lpar)?;
                        let args = p.alt(|p| p.arguments());
                        p.expect(T::Rpar)?;
                        Some(p.call_node(args, start))
                    },
                    |p| {
                        p.expect(T::Lsqb)?;
                        p.slices()?;
                        p.expect(T::Rsqb)?;
                        Some(p.node(K::Subscript, start))
                    },
                );
                match grown {
                    Some(e) => a = e,
                    None => break,
                }
            }
            Some(a)
        })
    }

    /// A call node whose arguments come from the `arguments` rule's result.
    pub fn call_node(&self, args: Option<E>, start: usize) -> E {
        let (args, kw_unpack) = match args.as_deref() {
            Some(Expr { kind: K::Call { args, kw_unpack }, .. }) => (args.clone(), *kw_unpack),
            _ => (Vec::new(), false),
        };
        self.node(K::Call { args, kw_unpack }, start)
    }

    pub fn slices(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    let a = p.slice()?;
                    if p.lookahead(|p| p.expect(T::Comma)) {
                        return None;
                    }
                    Some(a)
                },
                |p| {
                    let v = p.gather(T::Comma, |p| first!(p, |p| p.slice(), |p| p.starred_expression()))?;
                    p.expect(T::Comma);
                    Some(p.node(K::Tuple(v), start))
                },
            )
        })
    }

    fn slice(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.alt(|p| p.expression());
                    p.expect(T::Colon)?;
                    p.alt(|p| p.expression());
                    p.alt(|p| {
                        p.expect(T::Colon)?;
                        p.alt(|p| p.expression());
                        Some(())
                    });
                    Some(p.node(K::Slice, start))
                },
                |p| p.named_expression(),
            )
        })
    }

    pub fn atom(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            let t = p.peek()?;
            match t {
                T::Name => p.name(),
                T::True | T::False | T::None => {
                    p.mark += 1;
                    let c = match t {
                        T::True => C::True,
                        T::False => C::False,
                        _ => C::None,
                    };
                    Some(p.node(K::Const(c), start))
                }
                T::Str => p.strings(),
                T::Number => {
                    p.mark += 1;
                    Some(p.node(K::Const(C::Other), start))
                }
                T::Lpar => first!(p, |p| p.tuple(), |p| p.group(), |p| p.genexp()),
                T::Lsqb => first!(p, |p| p.list(), |p| p.listcomp()),
                T::Lbrace => first!(p, |p| p.dict(), |p| p.set(), |p| p.dictcomp(), |p| p.setcomp()),
                T::Ellipsis => {
                    p.mark += 1;
                    Some(p.node(K::Const(C::Ellipsis), start))
                }
                _ => None,
            }
        })
    }

    fn group(&mut self) -> Option<E> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::Lpar)?;
                    let a = first!(p, |p| p.yield_expr(), |p| p.named_expression())?;
                    p.expect(T::Rpar)?;
                    Some(a)
                },
                |p| p.invalid(|p| p.invalid_group()),
            )
        })
    }

    pub fn lambdef(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            p.expect(T::Lambda)?;
            p.alt(|p| p.lambda_params());
            p.expect(T::Colon)?;
            p.expression()?;
            Some(p.node(K::Lambda, start))
        })
    }

    pub fn strings(&mut self) -> Option<E> {
        self.memo(Rule::Strings, |p| {
            let toks = p.many1(|p| p.expect(T::Str))?;
            p.concatenate_strings(&toks)
        })
    }

    pub fn list(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            p.expect(T::Lsqb)?;
            let v = p.alt(|p| p.star_named_expressions()).unwrap_or_default();
            p.expect(T::Rsqb)?;
            Some(p.node(K::List(v), start))
        })
    }

    pub fn tuple(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            p.expect(T::Lpar)?;
            let v = p
                .alt(|p| {
                    let y = p.star_named_expression()?;
                    p.expect(T::Comma)?;
                    let mut v = vec![y];
                    if let Some(z) = p.alt(|p| p.star_named_expressions()) {
                        v.extend(z);
                    }
                    Some(v)
                })
                .unwrap_or_default();
            p.expect(T::Rpar)?;
            Some(p.node(K::Tuple(v), start))
        })
    }

    fn set(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            p.expect(T::Lbrace)?;
            p.star_named_expressions()?;
            p.expect(T::Rbrace)?;
            Some(p.node(K::Set, start))
        })
    }

    fn dict(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.expect(T::Lbrace)?;
                    p.alt(|p| p.double_starred_kvpairs());
                    p.expect(T::Rbrace)?;
                    Some(p.node(K::Dict, start))
                },
                |p| {
                    // CPython's generated parser guards an alternative with the
                    // invalid-rules flag only when it is a lone `invalid_*` item, so this
                    // one runs in the first pass too.
                    p.expect(T::Lbrace)?;
                    p.invalid_double_starred_kvpairs()?;
                    p.expect(T::Rbrace)?;
                    Some(p.node(K::Dict, start))
                },
            )
        })
    }

    fn double_starred_kvpairs(&mut self) -> Option<()> {
        self.rule(|p| {
            p.gather(T::Comma, |p| p.double_starred_kvpair())?;
            p.expect(T::Comma);
            Some(())
        })
    }

    pub fn double_starred_kvpair(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::DoubleStar)?;
                    p.bitwise_or().map(|_| ())
                },
                |p| p.kvpair(),
            )
        })
    }

    pub fn kvpair(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expression()?;
            p.expect(T::Colon)?;
            p.expression()?;
            Some(())
        })
    }
}
