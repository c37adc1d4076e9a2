//! Statement rules.

use super::expr::first;
use super::parser::{Parser, Rule};
use super::tokenizer::T;

const AUGASSIGN: &[T] = &[
    T::PlusEqual,
    T::MinEqual,
    T::StarEqual,
    T::AtEqual,
    T::SlashEqual,
    T::PercentEqual,
    T::AmperEqual,
    T::VbarEqual,
    T::CircumflexEqual,
    T::LeftShiftEqual,
    T::RightShiftEqual,
    T::DoubleStarEqual,
    T::DoubleSlashEqual,
];

impl<'a> Parser<'a> {
    /// file: [statements] ENDMARKER
    pub fn file(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| p.statements());
            p.expect(T::EndMarker).map(|_| ())
        })
    }

    /// eval: expressions NEWLINE* ENDMARKER
    pub fn eval(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expressions()?;
            p.many(|p| p.expect(T::Newline));
            p.expect(T::EndMarker).map(|_| ())
        })
    }

    /// interactive: statement_newline
    pub fn interactive(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.compound_stmt()?;
                    p.expect(T::Newline).map(|_| ())
                },
                |p| p.simple_stmts(),
                |p| p.expect(T::Newline).map(|_| ()),
                |p| {
                    // `_PyPegen_interactive_exit`: the end of input is not a statement.
                    p.expect(T::EndMarker)?;
                    p.stop_rule = true;
                    None
                },
            )
        })
    }

    /// fstring: star_expressions
    pub fn fstring(&mut self) -> Option<()> {
        self.rule(|p| p.star_expressions().map(|_| ()))
    }

    fn statements(&mut self) -> Option<()> {
        self.rule(|p| p.many1(|p| p.statement()).map(|_| ()))
    }

    fn statement(&mut self) -> Option<()> {
        self.rule(|p| first!(p, |p| p.compound_stmt(), |p| p.simple_stmts()))
    }

    pub fn simple_stmts(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.simple_stmt()?;
                    if p.lookahead(|p| p.expect(T::Semi)) {
                        return None;
                    }
                    p.expect(T::Newline).map(|_| ())
                },
                |p| {
                    p.gather(T::Semi, |p| p.simple_stmt())?;
                    p.expect(T::Semi);
                    p.expect(T::Newline).map(|_| ())
                },
            )
        })
    }

    fn simple_stmt(&mut self) -> Option<()> {
        self.memo(Rule::SimpleStmt, |p| {
            first!(
                p,
                |p| p.assignment(),
                |p| p.star_expressions().map(|_| ()),
                |p| if p.at(T::Return) { p.return_stmt() } else { None },
                |p| if p.at_any(&[T::Import, T::From]) { p.import_stmt() } else { None },
                |p| if p.at(T::Raise) { p.raise_stmt() } else { None },
                |p| p.expect(T::Pass).map(|_| ()),
                |p| if p.at(T::Del) { p.del_stmt() } else { None },
                |p| if p.at(T::Yield) { p.yield_expr().map(|_| ()) } else { None },
                |p| if p.at(T::Assert) { p.assert_stmt() } else { None },
                |p| p.expect(T::Break).map(|_| ()),
                |p| p.expect(T::Continue).map(|_| ()),
                |p| if p.at(T::Global) { p.global_stmt(T::Global) } else { None },
                |p| if p.at(T::Nonlocal) { p.global_stmt(T::Nonlocal) } else { None },
            )
        })
    }

    fn compound_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| if p.at_any(&[T::Def, T::At, T::Async]) { p.function_def() } else { None },
                |p| if p.at(T::If) { p.if_stmt() } else { None },
                |p| if p.at_any(&[T::Class, T::At]) { p.class_def() } else { None },
                |p| if p.at_any(&[T::With, T::Async]) { p.with_stmt() } else { None },
                |p| if p.at_any(&[T::For, T::Async]) { p.for_stmt() } else { None },
                |p| if p.at(T::Try) { p.try_stmt() } else { None },
                |p| if p.at(T::While) { p.while_stmt() } else { None },
                |p| p.match_stmt(),
            )
        })
    }

    fn assignment(&mut self) -> Option<()> {
        self.rule(|p| {
            let ann_rhs = |p: &mut Self| {
                p.alt(|p| {
                    p.expect(T::Equal)?;
                    p.annotated_rhs()
                });
            };
            if let Some(r) = first!(
                p,
                |p| {
                    p.name()?;
                    p.expect(T::Colon)?;
                    p.expression()?;
                    ann_rhs(p);
                    Some(())
                },
                |p| {
                    first!(
                        p,
                        |p| {
                            p.expect(T::Lpar)?;
                            let b = p.single_target()?;
                            p.expect(T::Rpar)?;
                            Some(b)
                        },
                        |p| p.single_subscript_attribute_target(),
                    )?;
                    p.expect(T::Colon)?;
                    p.expression()?;
                    ann_rhs(p);
                    Some(())
                },
                |p| {
                    p.many1(|p| {
                        let z = p.star_targets()?;
                        p.expect(T::Equal)?;
                        Some(z)
                    })?;
                    first!(p, |p| p.yield_expr(), |p| p.star_expressions())?;
                    if p.lookahead(|p| p.expect(T::Equal)) {
                        return None;
                    }
                    Some(())
                },
            ) {
                return Some(r);
            }
            // single_target augassign ~ (yield_expr | star_expressions)
            let m = p.mark;
            if p.single_target().is_some() && p.expect_any(AUGASSIGN).is_some() {
                let r = first!(p, |p| p.yield_expr(), |p| p.star_expressions());
                return r.map(|_| ());
            }
            p.mark = m;
            p.invalid(|p| p.invalid_assignment())
        })
    }

    pub fn annotated_rhs(&mut self) -> Option<()> {
        self.rule(|p| first!(p, |p| p.yield_expr(), |p| p.star_expressions()).map(|_| ()))
    }

    pub fn augassign(&mut self) -> Option<usize> {
        self.rule(|p| p.expect_any(AUGASSIGN))
    }

    fn return_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expect(T::Return)?;
            p.alt(|p| p.star_expressions());
            Some(())
        })
    }

    fn raise_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::Raise)?;
                    p.expression()?;
                    p.alt(|p| {
                        p.expect(T::From)?;
                        p.expression()
                    });
                    Some(())
                },
                |p| p.expect(T::Raise).map(|_| ()),
            )
        })
    }

    fn global_stmt(&mut self, kw: T) -> Option<()> {
        self.rule(|p| {
            p.expect(kw)?;
            p.gather(T::Comma, |p| p.name()).map(|_| ())
        })
    }

    fn del_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::Del)?;
                    p.del_targets()?;
                    p.lookahead(|p| p.expect_any(&[T::Semi, T::Newline])).then_some(())
                },
                |p| p.invalid(|p| p.invalid_del_stmt()),
            )
        })
    }

    fn assert_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expect(T::Assert)?;
            p.expression()?;
            p.alt(|p| {
                p.expect(T::Comma)?;
                p.expression()
            });
            Some(())
        })
    }

    fn import_stmt(&mut self) -> Option<()> {
        self.rule(|p| first!(p, |p| p.import_name(), |p| p.import_from()))
    }

    fn import_name(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expect(T::Import)?;
            p.gather(T::Comma, |p| {
                p.dotted_name()?;
                p.alt(|p| {
                    p.expect(T::As)?;
                    p.name()
                });
                Some(())
            })
            .map(|_| ())
        })
    }

    fn import_from(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::From)?;
                    p.many(|p| p.expect_any(&[T::Dot, T::Ellipsis]));
                    p.dotted_name()?;
                    p.expect(T::Import)?;
                    p.import_from_targets()
                },
                |p| {
                    p.expect(T::From)?;
                    p.many1(|p| p.expect_any(&[T::Dot, T::Ellipsis]))?;
                    p.expect(T::Import)?;
                    p.import_from_targets()
                },
            )
        })
    }

    fn import_from_targets(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::Lpar)?;
                    p.import_from_as_names()?;
                    p.expect(T::Comma);
                    p.expect(T::Rpar).map(|_| ())
                },
                |p| {
                    p.import_from_as_names()?;
                    (!p.lookahead(|p| p.expect(T::Comma))).then_some(())
                },
                |p| p.expect(T::Star).map(|_| ()),
                |p| p.invalid(|p| p.invalid_import_from_targets()),
            )
        })
    }

    pub fn import_from_as_names(&mut self) -> Option<()> {
        self.rule(|p| {
            p.gather(T::Comma, |p| {
                p.name()?;
                p.alt(|p| {
                    p.expect(T::As)?;
                    p.name()
                });
                Some(())
            })
            .map(|_| ())
        })
    }

    /// dotted_name: dotted_name '.' NAME | NAME
    fn dotted_name(&mut self) -> Option<()> {
        self.memo(Rule::DottedName, |p| {
            p.name()?;
            p.many(|p| {
                p.expect(T::Dot)?;
                p.name()
            });
            Some(())
        })
    }

    /// block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
    pub fn block(&mut self) -> Option<()> {
        self.memo(Rule::Block, |p| {
            first!(
                p,
                |p| {
                    p.expect(T::Newline)?;
                    p.expect(T::Indent)?;
                    p.statements()?;
                    p.expect(T::Dedent).map(|_| ())
                },
                |p| p.simple_stmts(),
                |p| p.invalid(|p| p.invalid_block()),
            )
        })
    }

    fn decorators(&mut self) -> Option<()> {
        self.rule(|p| {
            p.many1(|p| {
                p.expect(T::At)?;
                p.named_expression()?;
                p.expect(T::Newline)
            })
            .map(|_| ())
        })
    }

    fn class_def(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.decorators()?;
                    p.class_def_raw()
                },
                |p| p.class_def_raw(),
            )
        })
    }

    fn class_def_raw(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(p, |p| p.invalid(|p| p.invalid_class_def_raw()), |p| {
                p.expect(T::Class)?;
                p.name()?;
                p.alt(|p| {
                    p.expect(T::Lpar)?;
                    p.alt(|p| p.arguments());
                    p.expect(T::Rpar)
                });
                p.expect(T::Colon)?;
                p.block()
            })
        })
    }

    fn function_def(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.decorators()?;
                    p.function_def_raw()
                },
                |p| p.function_def_raw(),
            )
        })
    }

    fn function_def_raw(&mut self) -> Option<()> {
        self.rule(|p| first!(p, |p| p.invalid(|p| p.invalid_def_raw()), |p| p.def_body(false), |p| p.def_body(true),))
    }

    /// [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
    fn def_body(&mut self, is_async: bool) -> Option<()> {
        if is_async {
            self.expect(T::Async)?;
        }
        self.expect(T::Def)?;
        self.name()?;
        self.expect_forced(T::Lpar, "(")?;
        self.alt(|p| p.params());
        self.expect(T::Rpar)?;
        self.alt(|p| {
            p.expect(T::Rarrow)?;
            p.expression()
        });
        self.expect_forced(T::Colon, ":")?;
        self.block()
    }

    fn if_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| p.invalid(|p| p.invalid_if_stmt()),
                |p| {
                    p.expect(T::If)?;
                    p.named_expression()?;
                    p.expect(T::Colon)?;
                    p.block()?;
                    p.elif_stmt()
                },
                |p| {
                    p.expect(T::If)?;
                    p.named_expression()?;
                    p.expect(T::Colon)?;
                    p.block()?;
                    p.alt(|p| p.else_block());
                    Some(())
                },
            )
        })
    }

    fn elif_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| p.invalid(|p| p.invalid_elif_stmt()),
                |p| {
                    p.expect(T::Elif)?;
                    p.named_expression()?;
                    p.expect(T::Colon)?;
                    p.block()?;
                    p.elif_stmt()
                },
                |p| {
                    p.expect(T::Elif)?;
                    p.named_expression()?;
                    p.expect(T::Colon)?;
                    p.block()?;
                    p.alt(|p| p.else_block());
                    Some(())
                },
            )
        })
    }

    fn else_block(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(p, |p| p.invalid(|p| p.invalid_else_stmt()), |p| {
                p.expect(T::Else)?;
                p.expect_forced(T::Colon, ":")?;
                p.block()
            })
        })
    }

    fn while_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(p, |p| p.invalid(|p| p.invalid_while_stmt()), |p| {
                p.expect(T::While)?;
                p.named_expression()?;
                p.expect(T::Colon)?;
                p.block()?;
                p.alt(|p| p.else_block());
                Some(())
            })
        })
    }

    fn for_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            if let Some(r) = p.invalid(|p| p.invalid_for_stmt()) {
                return Some(r);
            }
            for is_async in [false, true] {
                let m = p.mark;
                let mut cut = false;
                let r = (|| {
                    if is_async {
                        p.expect(T::Async)?;
                    }
                    p.expect(T::For)?;
                    p.star_targets()?;
                    p.expect(T::In)?;
                    cut = true;
                    p.star_expressions()?;
                    p.expect(T::Colon)?;
                    p.block()?;
                    p.alt(|p| p.else_block());
                    Some(())
                })();
                if r.is_some() {
                    return r;
                }
                p.mark = m;
                if cut || p.error.is_some() {
                    return None;
                }
            }
            p.invalid(|p| p.invalid_for_target())
        })
    }

    fn with_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| p.invalid(|p| p.invalid_with_stmt_indent()),
                |p| p.with_body(false, true),
                |p| p.with_body(false, false),
                |p| p.with_body(true, true),
                |p| p.with_body(true, false),
                |p| p.invalid(|p| p.invalid_with_stmt()),
            )
        })
    }

    fn with_body(&mut self, is_async: bool, parenthesized: bool) -> Option<()> {
        if is_async {
            self.expect(T::Async)?;
        }
        self.expect(T::With)?;
        if parenthesized {
            self.expect(T::Lpar)?;
            self.gather(T::Comma, |p| p.with_item())?;
            self.expect(T::Comma);
            self.expect(T::Rpar)?;
        } else {
            self.gather(T::Comma, |p| p.with_item())?;
        }
        self.expect(T::Colon)?;
        self.block()
    }

    fn with_item(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expression()?;
                    p.expect(T::As)?;
                    p.star_target()?;
                    p.lookahead(|p| p.expect_any(&[T::Comma, T::Rpar, T::Colon])).then_some(())
                },
                |p| p.invalid(|p| p.invalid_with_item()),
                |p| p.expression().map(|_| ()),
            )
        })
    }

    fn try_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| p.invalid(|p| p.invalid_try_stmt()),
                |p| {
                    p.expect(T::Try)?;
                    p.expect_forced(T::Colon, ":")?;
                    p.block()?;
                    p.finally_block()
                },
                |p| {
                    p.expect(T::Try)?;
                    p.expect_forced(T::Colon, ":")?;
                    p.block()?;
                    p.many1(|p| p.except_block())?;
                    p.alt(|p| p.else_block());
                    p.alt(|p| p.finally_block());
                    Some(())
                },
                |p| {
                    p.expect(T::Try)?;
                    p.expect_forced(T::Colon, ":")?;
                    p.block()?;
                    p.many1(|p| p.except_star_block())?;
                    p.alt(|p| p.else_block());
                    p.alt(|p| p.finally_block());
                    Some(())
                },
            )
        })
    }

    pub fn except_block(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| p.invalid(|p| p.invalid_except_stmt_indent()),
                |p| {
                    p.expect(T::Except)?;
                    p.expression()?;
                    p.alt(|p| {
                        p.expect(T::As)?;
                        p.name()
                    });
                    p.expect(T::Colon)?;
                    p.block()
                },
                |p| {
                    p.expect(T::Except)?;
                    p.expect(T::Colon)?;
                    p.block()
                },
                |p| p.invalid(|p| p.invalid_except_stmt()),
            )
        })
    }

    pub fn except_star_block(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| p.invalid(|p| p.invalid_except_star_stmt_indent()),
                |p| {
                    p.expect(T::Except)?;
                    p.expect(T::Star)?;
                    p.expression()?;
                    p.alt(|p| {
                        p.expect(T::As)?;
                        p.name()
                    });
                    p.expect(T::Colon)?;
                    p.block()
                },
                |p| p.invalid(|p| p.invalid_except_stmt()),
            )
        })
    }

    fn finally_block(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(p, |p| p.invalid(|p| p.invalid_finally_stmt()), |p| {
                p.expect(T::Finally)?;
                p.expect_forced(T::Colon, ":")?;
                p.block()
            })
        })
    }
}
