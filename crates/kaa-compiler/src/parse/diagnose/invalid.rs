//! The `invalid_*` rules: tried only in the second pass, each recognises one common mistake
//! and raises CPython's specific message for it.

use super::expr::first;
use super::params::Flavor;
use super::parser::{Parser, Rule};
use super::tokenizer::T;
use super::tree::{expr_name, invalid_target, Comp, Loc, Targets, E, K};
use crate::error::ErrorKind;

fn last_comp_item(comps: &[Comp]) -> Option<Loc> {
    comps.last().map(|c| c.last.loc)
}

fn is_legacy(e: &E) -> bool {
    matches!(e.name_id(), Some("print" | "exec"))
}

impl<'a> Parser<'a> {
    /// RAISE_SYNTAX_ERROR_INVALID_TARGET: fails (without an error) when every part of `e`
    /// is a valid target.
    fn raise_invalid_target<R>(&mut self, kind: Targets, e: &E) -> Option<R> {
        let t = invalid_target(e, kind)?;
        let msg = match kind {
            Targets::Star | Targets::For => format!("cannot assign to {}", expr_name(&t)),
            Targets::Del => format!("cannot delete {}", expr_name(&t)),
        };
        self.raise_loc(t.loc, msg)
    }

    pub fn invalid_arguments(&mut self) -> Option<E> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    // 3.11.7: ((','.(positional)+ ',' kwargs) | kwargs) ',' b='*'
                    first!(
                        p,
                        |p| {
                            p.gather(T::Comma, |p| p.positional_arg())?;
                            p.expect(T::Comma)?;
                            p.kwargs()
                        },
                        |p| p.kwargs(),
                    )?;
                    p.expect(T::Comma)?;
                    let b = p.expect(T::Star)?;
                    let bl = p.tok_loc(b);
                    p.raise_loc(bl, "iterable argument unpacking follows keyword argument unpacking")
                },
                |p| {
                    let a = p.expression()?;
                    let b = p.for_if_clauses()?;
                    p.expect(T::Comma)?;
                    p.alt(|p| {
                        first!(p, |p| p.args().map(|_| ()), |p| {
                            p.expression()?;
                            p.for_if_clauses().map(|_| ())
                        })
                    });
                    let last = last_comp_item(&b)?;
                    p.raise_range(a.loc, last, "Generator expression must be parenthesized")
                },
                |p| {
                    let a = p.name()?;
                    let b = p.expect(T::Equal)?;
                    p.expression()?;
                    p.for_if_clauses()?;
                    let bl = p.tok_loc(b);
                    p.raise_range(a.loc, bl, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                },
                |p| {
                    let a = p.args()?;
                    let b = p.for_if_clauses()?;
                    let K::Call { args, .. } = &a.kind else { return None };
                    if args.len() <= 1 {
                        // The action yields nothing: the whole rule fails.
                        p.stop_rule = true;
                        return None;
                    }
                    let first = args[args.len() - 1].loc;
                    let last = last_comp_item(&b)?;
                    p.raise_range(first, last, "Generator expression must be parenthesized")
                },
                |p| {
                    p.args()?;
                    p.expect(T::Comma)?;
                    let a = p.expression()?;
                    let b = p.for_if_clauses()?;
                    let last = last_comp_item(&b)?;
                    p.raise_range(a.loc, last, "Generator expression must be parenthesized")
                },
                |p| {
                    let a = p.args()?;
                    p.expect(T::Comma)?;
                    p.args()?;
                    let unpack = matches!(a.kind, K::Call { kw_unpack: true, .. });
                    p.syntax_error(if unpack {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    })
                },
            )
        })
    }

    pub fn invalid_kwarg<R>(&mut self) -> Option<R> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    let a = p.expect_any(&[T::True, T::False, T::None])?;
                    let b = p.expect(T::Equal)?;
                    let word = String::from_utf8_lossy(p.token_text(a)).into_owned();
                    let (al, bl) = (p.tok_loc(a), p.tok_loc(b));
                    p.raise_range(al, bl, format!("cannot assign to {word}"))
                },
                |p| {
                    let a = p.name()?;
                    let b = p.expect(T::Equal)?;
                    p.expression()?;
                    p.for_if_clauses()?;
                    let bl = p.tok_loc(b);
                    p.raise_range(a.loc, bl, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                },
                |p| {
                    if p.lookahead(|p| {
                        p.name()?;
                        p.expect(T::Equal)
                    }) {
                        return None;
                    }
                    let a = p.expression()?;
                    let b = p.expect(T::Equal)?;
                    let bl = p.tok_loc(b);
                    p.raise_range(a.loc, bl, "expression cannot contain assignment, perhaps you meant \"==\"?")
                },
            )
        })
    }

    pub fn invalid_legacy_expression(&mut self) -> Option<E> {
        self.rule(|p| {
            let a = p.name()?;
            if p.lookahead(|p| p.expect(T::Lpar)) {
                return None;
            }
            let b = p.star_expressions()?;
            if !is_legacy(&a) {
                return None;
            }
            let id = a.name_id().unwrap_or("");
            let msg = format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
            p.raise_range(a.loc, b.loc, msg)
        })
    }

    pub fn invalid_expression(&mut self) -> Option<E> {
        self.rule(|p| {
            // An alternative that matches but whose action yields nothing ends the rule.
            let m = p.mark;
            let blocked = p.lookahead(|p| {
                first!(
                    p,
                    |p| {
                        p.expect(T::Name)?;
                        p.expect(T::Str)
                    },
                    |p| p.any_soft_keyword(),
                )
            });
            if !blocked {
                if let Some((a, b)) = p.alt(|p| Some((p.disjunction()?, p.expression_without_invalid()?))) {
                    if is_legacy(&a) || p.tokens[p.mark - 1].level == 0 {
                        return None;
                    }
                    return p.raise_range(a.loc, b.loc, "invalid syntax. Perhaps you forgot a comma?");
                }
            }
            p.mark = m;
            let a = p.disjunction()?;
            p.expect(T::If)?;
            let b = p.disjunction()?;
            if p.lookahead(|p| p.expect_any(&[T::Else, T::Colon])) {
                return None;
            }
            p.raise_range(a.loc, b.loc, "expected 'else' after 'if' expression")
        })
    }

    pub fn invalid_named_expression(&mut self) -> Option<E> {
        self.memo(Rule::InvalidNamedExpression, |p| {
            first!(
                p,
                |p| {
                    let a = p.expression()?;
                    p.expect(T::ColonEqual)?;
                    p.expression()?;
                    p.raise_loc(a.loc, format!("cannot use assignment expressions with {}", expr_name(&a)))
                },
                |p| {
                    let a = p.name()?;
                    p.expect(T::Equal)?;
                    let b = p.bitwise_or()?;
                    if p.lookahead(|p| p.expect_any(&[T::Equal, T::ColonEqual])) {
                        return None;
                    }
                    p.raise_range(a.loc, b.loc, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                },
                |p| {
                    let excluded = p.lookahead(|p| {
                        first!(
                            p,
                            |p| p.list().map(|_| ()),
                            |p| p.tuple().map(|_| ()),
                            |p| p.genexp().map(|_| ()),
                            |p| p.expect_any(&[T::True, T::None, T::False]).map(|_| ()),
                        )
                    });
                    if excluded {
                        return None;
                    }
                    let a = p.bitwise_or()?;
                    p.expect(T::Equal)?;
                    p.bitwise_or()?;
                    if p.lookahead(|p| p.expect_any(&[T::Equal, T::ColonEqual])) {
                        return None;
                    }
                    let msg = format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(&a));
                    p.raise_loc(a.loc, msg)
                },
            )
        })
    }

    pub fn invalid_assignment(&mut self) -> Option<()> {
        self.rule(|p| {
            let targets = |p: &mut Self| {
                p.many(|p| {
                    p.star_targets()?;
                    p.expect(T::Equal)
                });
            };
            first!(
                p,
                |p| {
                    let a = p.invalid_ann_assign_target()?;
                    p.expect(T::Colon)?;
                    p.expression()?;
                    p.raise_loc(a.loc, format!("only single target (not {}) can be annotated", expr_name(&a)))
                },
                |p| {
                    let a = p.star_named_expression()?;
                    p.expect(T::Comma)?;
                    p.many(|p| p.star_named_expressions());
                    p.expect(T::Colon)?;
                    p.expression()?;
                    p.raise_loc(a.loc, "only single target (not tuple) can be annotated")
                },
                |p| {
                    let a = p.expression()?;
                    p.expect(T::Colon)?;
                    p.expression()?;
                    p.raise_loc(a.loc, "illegal target for annotation")
                },
                |p| {
                    targets(p);
                    let a = p.star_expressions()?;
                    p.expect(T::Equal)?;
                    p.stop_rule = true;
                    p.raise_invalid_target(Targets::Star, &a)
                },
                |p| {
                    targets(p);
                    let a = p.yield_expr()?;
                    p.expect(T::Equal)?;
                    p.raise_loc(a.loc, "assignment to yield expression not possible")
                },
                |p| {
                    let a = p.star_expressions()?;
                    p.augassign()?;
                    first!(p, |p| p.yield_expr(), |p| p.star_expressions())?;
                    let msg = format!("'{}' is an illegal expression for augmented assignment", expr_name(&a));
                    p.raise_loc(a.loc, msg)
                },
            )
        })
    }

    fn invalid_ann_assign_target(&mut self) -> Option<E> {
        self.rule(|p| {
            first!(p, |p| p.list(), |p| p.tuple(), |p| {
                p.expect(T::Lpar)?;
                let a = p.invalid_ann_assign_target()?;
                p.expect(T::Rpar)?;
                Some(a)
            },)
        })
    }

    pub fn invalid_del_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expect(T::Del)?;
            let a = p.star_expressions()?;
            p.raise_invalid_target(Targets::Del, &a)
        })
    }

    pub fn invalid_block(&mut self) -> Option<()> {
        self.rule(|p| {
            p.newline_no_indent()?;
            p.indentation_error("expected an indented block")
        })
    }

    pub fn invalid_comprehension(&mut self) -> Option<E> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect_any(&[T::Lsqb, T::Lpar, T::Lbrace])?;
                    let a = p.starred_expression()?;
                    p.for_if_clauses()?;
                    p.raise_loc(a.loc, "iterable unpacking cannot be used in comprehension")
                },
                |p| {
                    p.expect_any(&[T::Lsqb, T::Lbrace])?;
                    let a = p.star_named_expression()?;
                    p.expect(T::Comma)?;
                    let b = p.star_named_expressions()?;
                    p.for_if_clauses()?;
                    let last = b.last()?.loc;
                    p.raise_range(a.loc, last, "did you forget parentheses around the comprehension target?")
                },
                |p| {
                    p.expect_any(&[T::Lsqb, T::Lbrace])?;
                    let a = p.star_named_expression()?;
                    let b = p.expect(T::Comma)?;
                    p.for_if_clauses()?;
                    let bl = p.tok_loc(b);
                    p.raise_range(a.loc, bl, "did you forget parentheses around the comprehension target?")
                },
            )
        })
    }

    pub fn invalid_dict_comprehension(&mut self) -> Option<E> {
        self.rule(|p| {
            p.expect(T::Lbrace)?;
            let a = p.expect(T::DoubleStar)?;
            p.bitwise_or()?;
            p.for_if_clauses()?;
            p.expect(T::Rbrace)?;
            let al = p.tok_loc(a);
            p.raise_loc(al, "dict unpacking cannot be used in dict comprehension")
        })
    }

    pub fn invalid_parameters(&mut self, f: Flavor) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.many(|p| p.param_no_default(f));
                    first!(p, |p| p.slash_with_default(f), |p| p.many1(|p| p.param_with_default(f)).map(|_| ()))?;
                    let a = p.param_no_default(f)?;
                    p.raise_loc(a, "non-default argument follows default argument")
                },
                |p| {
                    p.many(|p| p.param_no_default(f));
                    let a = p.expect(T::Lpar)?;
                    if f == Flavor::Def {
                        p.many1(|p| p.param_no_default(f))?;
                    } else {
                        p.gather(T::Comma, |p| p.param(f))?;
                    }
                    p.expect(T::Comma);
                    let b = p.expect(T::Rpar)?;
                    let (al, bl) = (p.tok_loc(a), p.tok_loc(b));
                    let msg = match f {
                        Flavor::Def => "Function parameters cannot be parenthesized",
                        Flavor::Lambda => "Lambda expression parameters cannot be parenthesized",
                    };
                    p.raise_range(al, bl, msg)
                },
                |p| {
                    let a = p.expect(T::Slash)?;
                    p.expect(T::Comma)?;
                    let al = p.tok_loc(a);
                    p.raise_loc(al, "at least one argument must precede /")
                },
                |p| {
                    first!(p, |p| p.slash_no_default(f), |p| p.slash_with_default(f))?;
                    p.many(|p| p.param_maybe_default(f));
                    let a = p.expect(T::Slash)?;
                    let al = p.tok_loc(a);
                    p.raise_loc(al, "/ may appear only once")
                },
                |p| {
                    p.alt(|p| first!(p, |p| p.slash_no_default(f), |p| p.slash_with_default(f)));
                    p.many(|p| p.param_maybe_default(f));
                    p.expect(T::Star)?;
                    first!(p, |p| p.expect(T::Comma).map(|_| ()), |p| p.param_no_default(f).map(|_| ()))?;
                    p.many(|p| p.param_maybe_default(f));
                    let a = p.expect(T::Slash)?;
                    let al = p.tok_loc(a);
                    p.raise_loc(al, "/ must be ahead of *")
                },
                |p| {
                    p.many1(|p| p.param_maybe_default(f))?;
                    p.expect(T::Slash)?;
                    let a = p.expect(T::Star)?;
                    let al = p.tok_loc(a);
                    p.raise_loc(al, "expected comma between / and *")
                },
            )
        })
    }

    pub fn invalid_default(&mut self) -> Option<()> {
        self.rule(|p| {
            let a = p.expect(T::Equal)?;
            if !p.lookahead(|p| p.expect_any(&[T::Rpar, T::Comma])) {
                return None;
            }
            let al = p.tok_loc(a);
            p.raise_loc(al, "expected default value expression")
        })
    }

    pub fn invalid_star_etc(&mut self, f: Flavor) -> Option<()> {
        let close = if f == Flavor::Def { T::Rpar } else { T::Colon };
        self.rule(|p| {
            first!(
                p,
                |p| {
                    let a = p.expect(T::Star)?;
                    first!(p, |p| p.expect(close), |p| {
                        p.expect(T::Comma)?;
                        p.expect_any(&[close, T::DoubleStar])
                    })?;
                    if f == Flavor::Lambda {
                        return p.syntax_error("named arguments must follow bare *");
                    }
                    let al = p.tok_loc(a);
                    p.raise_loc(al, "named arguments must follow bare *")
                },
                |p| {
                    p.expect(T::Star)?;
                    p.param(f)?;
                    let a = p.expect(T::Equal)?;
                    let al = p.tok_loc(a);
                    p.raise_loc(al, "var-positional argument cannot have default value")
                },
                |p| {
                    p.expect(T::Star)?;
                    first!(p, |p| p.param_no_default(f).map(|_| ()), |p| p.expect(T::Comma).map(|_| ()))?;
                    p.many(|p| p.param_maybe_default(f));
                    let a = p.expect(T::Star)?;
                    first!(p, |p| p.param_no_default(f).map(|_| ()), |p| p.expect(T::Comma).map(|_| ()))?;
                    let al = p.tok_loc(a);
                    p.raise_loc(al, "* argument may appear only once")
                },
            )
        })
    }

    pub fn invalid_kwds(&mut self, f: Flavor) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::DoubleStar)?;
                    p.param(f)?;
                    let a = p.expect(T::Equal)?;
                    let al = p.tok_loc(a);
                    p.raise_loc(al, "var-keyword argument cannot have default value")
                },
                |p| {
                    p.expect(T::DoubleStar)?;
                    p.param(f)?;
                    p.expect(T::Comma)?;
                    let a = p.param(f)?;
                    p.raise_loc(a, "arguments cannot follow var-keyword argument")
                },
                |p| {
                    p.expect(T::DoubleStar)?;
                    p.param(f)?;
                    p.expect(T::Comma)?;
                    let a = p.expect_any(&[T::Star, T::DoubleStar, T::Slash])?;
                    let al = p.tok_loc(a);
                    p.raise_loc(al, "arguments cannot follow var-keyword argument")
                },
            )
        })
    }

    pub fn invalid_with_item(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expression()?;
            p.expect(T::As)?;
            let a = p.expression()?;
            if !p.lookahead(|p| p.expect_any(&[T::Comma, T::Rpar, T::Colon])) {
                return None;
            }
            p.raise_invalid_target(Targets::Star, &a)
        })
    }

    pub fn invalid_for_target<R>(&mut self) -> Option<R> {
        self.rule(|p| {
            p.expect(T::Async);
            p.expect(T::For)?;
            let a = p.star_expressions()?;
            p.raise_invalid_target(Targets::For, &a)
        })
    }

    pub fn invalid_group(&mut self) -> Option<E> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::Lpar)?;
                    let a = p.starred_expression()?;
                    p.expect(T::Rpar)?;
                    p.raise_loc(a.loc, "cannot use starred expression here")
                },
                |p| {
                    p.expect(T::Lpar)?;
                    let a = p.expect(T::DoubleStar)?;
                    p.expression()?;
                    p.expect(T::Rpar)?;
                    let al = p.tok_loc(a);
                    p.raise_loc(al, "cannot use double starred expression here")
                },
            )
        })
    }

    pub fn invalid_double_starred_kvpairs(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.gather(T::Comma, |p| p.double_starred_kvpair())?;
                    p.expect(T::Comma)?;
                    p.invalid_kvpair()
                },
                |p| {
                    p.expression()?;
                    p.expect(T::Colon)?;
                    let a = p.expect(T::Star)?;
                    p.bitwise_or()?;
                    let al = p.tok_loc(a);
                    p.raise_starting_from(al, "cannot use a starred expression in a dictionary value")
                },
                |p| {
                    p.expression()?;
                    let a = p.expect(T::Colon)?;
                    if !p.lookahead(|p| p.expect_any(&[T::Rbrace, T::Comma])) {
                        return None;
                    }
                    let al = p.tok_loc(a);
                    p.raise_loc(al, "expression expected after dictionary key and ':'")
                },
            )
        })
    }

    fn invalid_kvpair(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    let a = p.expression()?;
                    if p.lookahead(|p| p.expect(T::Colon)) {
                        return None;
                    }
                    let l = a.loc;
                    p.raise_known(
                        ErrorKind::SyntaxError,
                        l.lineno,
                        l.end_col - 1,
                        l.end_lineno,
                        -1,
                        "':' expected after dictionary key",
                    );
                    None
                },
                |p| {
                    p.expression()?;
                    p.expect(T::Colon)?;
                    let a = p.expect(T::Star)?;
                    p.bitwise_or()?;
                    let al = p.tok_loc(a);
                    p.raise_starting_from(al, "cannot use a starred expression in a dictionary value")
                },
                |p| {
                    p.expression()?;
                    let a = p.expect(T::Colon)?;
                    if !p.lookahead(|p| p.expect_any(&[T::Rbrace, T::Comma])) {
                        return None;
                    }
                    let al = p.tok_loc(a);
                    p.raise_loc(al, "expression expected after dictionary key and ':'")
                },
            )
        })
    }
}
