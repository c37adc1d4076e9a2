//! The `invalid_*` rules for statements: missing colons, missing indented blocks, and
//! misplaced or malformed clauses.

use super::expr::first;
use super::parser::Parser;
use super::tokenizer::T;
use super::tree::E;

impl<'a> Parser<'a> {
    pub fn raise_indent_after<R>(&mut self, what: &str, line: i64) -> Option<R> {
        self.indentation_error(format!("expected an indented block after {what} on line {line}"))
    }

    /// `NEWLINE !INDENT`
    pub fn newline_no_indent(&mut self) -> Option<()> {
        self.expect(T::Newline)?;
        (!self.lookahead(|p| p.expect(T::Indent))).then_some(())
    }

    pub fn invalid_import_from_targets(&mut self) -> Option<()> {
        self.rule(|p| {
            p.import_from_as_names()?;
            p.expect(T::Comma)?;
            p.expect(T::Newline)?;
            p.syntax_error("trailing comma not allowed without surrounding parentheses")
        })
    }

    /// `','.(expression ['as' star_target])+`, or with `expressions` when parenthesized.
    fn with_items_loose(&mut self, parenthesized: bool) -> Option<()> {
        self.gather(T::Comma, |p| {
            if parenthesized {
                p.expressions()?;
            } else {
                p.expression()?;
            }
            p.alt(|p| {
                p.expect(T::As)?;
                p.star_target()
            });
            Some(())
        })
        .map(|_| ())
    }

    pub fn invalid_with_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::Async);
                    p.expect(T::With)?;
                    p.with_items_loose(false)?;
                    p.expect(T::Newline)?;
                    p.syntax_error("expected ':'")
                },
                |p| {
                    p.expect(T::Async);
                    p.expect(T::With)?;
                    p.expect(T::Lpar)?;
                    p.with_items_loose(true)?;
                    p.expect(T::Comma);
                    p.expect(T::Rpar)?;
                    p.expect(T::Newline)?;
                    p.syntax_error("expected ':'")
                },
            )
        })
    }

    pub fn invalid_with_stmt_indent(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::Async);
                    let a = p.expect(T::With)?;
                    p.with_items_loose(false)?;
                    p.expect(T::Colon)?;
                    p.newline_no_indent()?;
                    let line = p.tokens[a].lineno;
                    p.raise_indent_after("'with' statement", line)
                },
                |p| {
                    p.expect(T::Async);
                    let a = p.expect(T::With)?;
                    p.expect(T::Lpar)?;
                    p.with_items_loose(true)?;
                    p.expect(T::Comma);
                    p.expect(T::Rpar)?;
                    p.expect(T::Colon)?;
                    p.newline_no_indent()?;
                    let line = p.tokens[a].lineno;
                    p.raise_indent_after("'with' statement", line)
                },
            )
        })
    }

    pub fn invalid_try_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    let a = p.expect(T::Try)?;
                    p.expect(T::Colon)?;
                    p.newline_no_indent()?;
                    let line = p.tokens[a].lineno;
                    p.raise_indent_after("'try' statement", line)
                },
                |p| {
                    p.expect(T::Try)?;
                    p.expect(T::Colon)?;
                    p.block()?;
                    if p.lookahead(|p| p.expect_any(&[T::Except, T::Finally])) {
                        return None;
                    }
                    p.syntax_error("expected 'except' or 'finally' block")
                },
                |p| {
                    p.expect(T::Try)?;
                    p.expect(T::Colon)?;
                    p.many(|p| p.block());
                    p.many1(|p| p.except_block())?;
                    let a = p.expect(T::Except)?;
                    let b = p.expect(T::Star)?;
                    p.expression()?;
                    p.alt(|p| {
                        p.expect(T::As)?;
                        p.name()
                    });
                    p.expect(T::Colon)?;
                    let (al, bl) = (p.tok_loc(a), p.tok_loc(b));
                    p.raise_range(al, bl, "cannot have both 'except' and 'except*' on the same 'try'")
                },
                |p| {
                    p.expect(T::Try)?;
                    p.expect(T::Colon)?;
                    p.many(|p| p.block());
                    p.many1(|p| p.except_star_block())?;
                    let a = p.expect(T::Except)?;
                    p.alt(|p| {
                        p.expression()?;
                        p.alt(|p| {
                            p.expect(T::As)?;
                            p.name()
                        });
                        Some(())
                    });
                    p.expect(T::Colon)?;
                    let al = p.tok_loc(a);
                    p.raise_loc(al, "cannot have both 'except' and 'except*' on the same 'try'")
                },
            )
        })
    }

    pub fn invalid_except_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::Except)?;
                    p.expect(T::Star);
                    let a = p.expression()?;
                    p.expect(T::Comma)?;
                    p.expressions()?;
                    p.alt(|p| {
                        p.expect(T::As)?;
                        p.name()
                    });
                    p.expect(T::Colon)?;
                    p.raise_starting_from(a.loc, "multiple exception types must be parenthesized")
                },
                |p| {
                    p.expect(T::Except)?;
                    p.expect(T::Star);
                    p.expression()?;
                    p.alt(|p| {
                        p.expect(T::As)?;
                        p.name()
                    });
                    p.expect(T::Newline)?;
                    p.syntax_error("expected ':'")
                },
                |p| {
                    p.expect(T::Except)?;
                    p.expect(T::Newline)?;
                    p.syntax_error("expected ':'")
                },
                |p| {
                    p.expect(T::Except)?;
                    p.expect(T::Star)?;
                    p.expect_any(&[T::Newline, T::Colon])?;
                    p.syntax_error("expected one or more exception types")
                },
            )
        })
    }

    pub fn invalid_finally_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            let a = p.expect(T::Finally)?;
            p.expect(T::Colon)?;
            p.newline_no_indent()?;
            let line = p.tokens[a].lineno;
            p.raise_indent_after("'finally' statement", line)
        })
    }

    pub fn invalid_except_stmt_indent(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    let a = p.expect(T::Except)?;
                    p.expression()?;
                    p.alt(|p| {
                        p.expect(T::As)?;
                        p.name()
                    });
                    p.expect(T::Colon)?;
                    p.newline_no_indent()?;
                    let line = p.tokens[a].lineno;
                    p.raise_indent_after("'except' statement", line)
                },
                |p| {
                    let a = p.expect(T::Except)?;
                    p.expect(T::Colon)?;
                    p.newline_no_indent()?;
                    let line = p.tokens[a].lineno;
                    p.raise_indent_after("'except' statement", line)
                },
            )
        })
    }

    pub fn invalid_except_star_stmt_indent(&mut self) -> Option<()> {
        self.rule(|p| {
            let a = p.expect(T::Except)?;
            p.expect(T::Star)?;
            p.expression()?;
            p.alt(|p| {
                p.expect(T::As)?;
                p.name()
            });
            p.expect(T::Colon)?;
            p.newline_no_indent()?;
            let line = p.tokens[a].lineno;
            p.raise_indent_after("'except*' statement", line)
        })
    }

    pub fn invalid_match_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.soft_keyword("match")?;
                    p.subject_expr()?;
                    p.expect(T::Newline)?;
                    p.syntax_error("expected ':'")
                },
                |p| {
                    let a = p.soft_keyword("match")?;
                    p.subject_expr()?;
                    p.expect(T::Colon)?;
                    p.newline_no_indent()?;
                    let line = p.tokens[a].lineno;
                    p.raise_indent_after("'match' statement", line)
                },
            )
        })
    }

    pub fn invalid_case_block(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.soft_keyword("case")?;
                    p.patterns()?;
                    p.alt(|p| p.guard());
                    p.expect(T::Newline)?;
                    p.syntax_error("expected ':'")
                },
                |p| {
                    let a = p.soft_keyword("case")?;
                    p.patterns()?;
                    p.alt(|p| p.guard());
                    p.expect(T::Colon)?;
                    p.newline_no_indent()?;
                    let line = p.tokens[a].lineno;
                    p.raise_indent_after("'case' statement", line)
                },
            )
        })
    }

    pub fn invalid_as_pattern(&mut self) -> Option<E> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.or_pattern()?;
                    p.expect(T::As)?;
                    let a = p.soft_keyword("_")?;
                    let al = p.tok_loc(a);
                    p.raise_loc(al, "cannot use '_' as a target")
                },
                |p| {
                    p.or_pattern()?;
                    p.expect(T::As)?;
                    if p.lookahead(|p| p.name()) {
                        return None;
                    }
                    let a = p.expression()?;
                    p.raise_loc(a.loc, "invalid pattern target")
                },
            )
        })
    }

    pub fn invalid_class_pattern(&mut self) -> Option<E> {
        self.rule(|p| {
            p.name_or_attr()?;
            p.expect(T::Lpar)?;
            // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ','
            //                                 positional_patterns
            p.alt(|p| {
                p.positional_patterns()?;
                p.expect(T::Comma)
            });
            p.keyword_patterns()?;
            p.expect(T::Comma)?;
            let a = p.positional_patterns()?;
            let (f, l) = (a.first()?.loc, a.last()?.loc);
            p.raise_range(f, l, "positional patterns follow keyword patterns")
        })
    }

    pub fn invalid_if_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::If)?;
                    p.named_expression()?;
                    p.expect(T::Newline)?;
                    p.syntax_error("expected ':'")
                },
                |p| {
                    p.expect(T::If)?;
                    let a = p.named_expression()?;
                    p.expect(T::Colon)?;
                    p.newline_no_indent()?;
                    p.raise_indent_after("'if' statement", a.loc.lineno)
                },
            )
        })
    }

    pub fn invalid_elif_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::Elif)?;
                    p.named_expression()?;
                    p.expect(T::Newline)?;
                    p.syntax_error("expected ':'")
                },
                |p| {
                    let a = p.expect(T::Elif)?;
                    p.named_expression()?;
                    p.expect(T::Colon)?;
                    p.newline_no_indent()?;
                    let line = p.tokens[a].lineno;
                    p.raise_indent_after("'elif' statement", line)
                },
            )
        })
    }

    pub fn invalid_else_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            let a = p.expect(T::Else)?;
            p.expect(T::Colon)?;
            p.newline_no_indent()?;
            let line = p.tokens[a].lineno;
            p.raise_indent_after("'else' statement", line)
        })
    }

    pub fn invalid_while_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::While)?;
                    p.named_expression()?;
                    p.expect(T::Newline)?;
                    p.syntax_error("expected ':'")
                },
                |p| {
                    let a = p.expect(T::While)?;
                    p.named_expression()?;
                    p.expect(T::Colon)?;
                    p.newline_no_indent()?;
                    let line = p.tokens[a].lineno;
                    p.raise_indent_after("'while' statement", line)
                },
            )
        })
    }

    pub fn invalid_for_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::Async);
                    p.expect(T::For)?;
                    p.star_targets()?;
                    p.expect(T::In)?;
                    p.star_expressions()?;
                    p.expect(T::Newline)?;
                    p.syntax_error("expected ':'")
                },
                |p| {
                    p.expect(T::Async);
                    let a = p.expect(T::For)?;
                    p.star_targets()?;
                    p.expect(T::In)?;
                    p.star_expressions()?;
                    p.expect(T::Colon)?;
                    p.newline_no_indent()?;
                    let line = p.tokens[a].lineno;
                    p.raise_indent_after("'for' statement", line)
                },
            )
        })
    }

    pub fn invalid_def_raw(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expect(T::Async);
            let a = p.expect(T::Def)?;
            p.name()?;
            p.expect(T::Lpar)?;
            p.alt(|p| p.params());
            p.expect(T::Rpar)?;
            p.alt(|p| {
                p.expect(T::Rarrow)?;
                p.expression()
            });
            p.expect(T::Colon)?;
            p.newline_no_indent()?;
            let line = p.tokens[a].lineno;
            p.raise_indent_after("function definition", line)
        })
    }

    pub fn invalid_class_def_raw(&mut self) -> Option<()> {
        self.rule(|p| {
            let header = |p: &mut Self| {
                let a = p.expect(T::Class)?;
                p.name()?;
                p.alt(|p| {
                    p.expect(T::Lpar)?;
                    p.alt(|p| p.arguments());
                    p.expect(T::Rpar)
                });
                Some(a)
            };
            first!(
                p,
                |p| {
                    header(p)?;
                    p.expect(T::Newline)?;
                    p.syntax_error("expected ':'")
                },
                |p| {
                    let a = header(p)?;
                    p.expect(T::Colon)?;
                    p.newline_no_indent()?;
                    let line = p.tokens[a].lineno;
                    p.raise_indent_after("class definition", line)
                },
            )
        })
    }
}
