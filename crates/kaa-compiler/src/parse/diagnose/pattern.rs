//! The `match` statement and its patterns.

use super::expr::first;
use super::parser::{Parser, Rule};
use super::tokenizer::T;
use super::tree::{E, K};

impl<'a> Parser<'a> {
    /// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    ///           | invalid_match_stmt
    pub fn match_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.soft_keyword("match")?;
                    p.subject_expr()?;
                    p.expect(T::Colon)?;
                    p.expect(T::Newline)?;
                    p.expect(T::Indent)?;
                    p.many1(|p| p.case_block())?;
                    p.expect(T::Dedent).map(|_| ())
                },
                |p| p.invalid(|p| p.invalid_match_stmt()),
            )
        })
    }

    pub fn subject_expr(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.star_named_expression()?;
                    p.expect(T::Comma)?;
                    p.alt(|p| p.star_named_expressions());
                    Some(())
                },
                |p| p.named_expression().map(|_| ()),
            )
        })
    }

    fn case_block(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(p, |p| p.invalid(|p| p.invalid_case_block()), |p| {
                p.soft_keyword("case")?;
                p.patterns()?;
                p.alt(|p| p.guard());
                p.expect(T::Colon)?;
                p.block()
            })
        })
    }

    pub fn guard(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expect(T::If)?;
            p.named_expression().map(|_| ())
        })
    }

    pub fn patterns(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.open_sequence_pattern()?;
                    Some(p.node(K::Pattern, start))
                },
                |p| p.pattern(),
            )
        })
    }

    pub fn pattern(&mut self) -> Option<E> {
        self.rule(|p| first!(p, |p| p.as_pattern(), |p| p.or_pattern()))
    }

    fn as_pattern(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.or_pattern()?;
                    p.expect(T::As)?;
                    p.pattern_capture_target()?;
                    Some(p.node(K::Pattern, start))
                },
                |p| p.invalid(|p| p.invalid_as_pattern()),
            )
        })
    }

    pub fn or_pattern(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            let v = p.gather(T::Vbar, |p| p.closed_pattern())?;
            if v.len() == 1 {
                return v.into_iter().next();
            }
            Some(p.node(K::Pattern, start))
        })
    }

    fn closed_pattern(&mut self) -> Option<E> {
        self.memo(Rule::ClosedPattern, |p| {
            first!(
                p,
                |p| p.literal_pattern(),
                |p| p.capture_pattern(),
                |p| p.wildcard_pattern(),
                |p| p.value_pattern(),
                |p| p.group_pattern(),
                |p| p.sequence_pattern(),
                |p| p.mapping_pattern(),
                |p| p.class_pattern(),
            )
        })
    }

    /// literal_pattern (and literal_expr, which has the same alternatives).
    fn literal_pattern(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.signed_number()?;
                    if p.lookahead(|p| p.expect_any(&[T::Plus, T::Minus])) {
                        return None;
                    }
                    Some(p.node(K::Pattern, start))
                },
                |p| p.complex_number(),
                |p| p.strings(),
                |p| {
                    p.expect_any(&[T::None, T::True, T::False])?;
                    Some(p.node(K::Pattern, start))
                },
            )
        })
    }

    fn complex_number(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            p.signed_real_number()?;
            p.expect_any(&[T::Plus, T::Minus])?;
            p.imaginary_number()?;
            Some(p.node(K::Pattern, start))
        })
    }

    fn signed_number(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(p, |p| p.expect(T::Number).map(|_| ()), |p| {
                p.expect(T::Minus)?;
                p.expect(T::Number).map(|_| ())
            },)
        })
    }

    fn signed_real_number(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(p, |p| p.real_number(), |p| {
                p.expect(T::Minus)?;
                p.real_number()
            })
        })
    }

    fn is_imaginary(&self, i: usize) -> bool {
        matches!(self.token_text(i).last(), Some(b'j' | b'J'))
    }

    fn real_number(&mut self) -> Option<()> {
        self.rule(|p| {
            let i = p.expect(T::Number)?;
            if p.is_imaginary(i) {
                let loc = p.tok_loc(i);
                return p.raise_loc(loc, "real number required in complex literal");
            }
            Some(())
        })
    }

    fn imaginary_number(&mut self) -> Option<()> {
        self.rule(|p| {
            let i = p.expect(T::Number)?;
            if !p.is_imaginary(i) {
                let loc = p.tok_loc(i);
                return p.raise_loc(loc, "imaginary number required in complex literal");
            }
            Some(())
        })
    }

    fn capture_pattern(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            p.pattern_capture_target()?;
            Some(p.node(K::Pattern, start))
        })
    }

    /// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    fn pattern_capture_target(&mut self) -> Option<E> {
        self.rule(|p| {
            if p.lookahead(|p| p.soft_keyword("_")) {
                return None;
            }
            let n = p.name()?;
            if p.lookahead(|p| p.expect_any(&[T::Dot, T::Lpar, T::Equal])) {
                return None;
            }
            Some(n)
        })
    }

    fn wildcard_pattern(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            p.soft_keyword("_")?;
            Some(p.node(K::Pattern, start))
        })
    }

    fn value_pattern(&mut self) -> Option<E> {
        self.rule(|p| {
            let a = p.attr()?;
            if p.lookahead(|p| p.expect_any(&[T::Dot, T::Lpar, T::Equal])) {
                return None;
            }
            Some(a)
        })
    }

    /// attr: name_or_attr '.' NAME (left-recursive through name_or_attr)
    fn attr(&mut self) -> Option<E> {
        self.memo(Rule::Attr, |p| {
            let start = p.mark;
            p.name()?;
            p.many1(|p| {
                p.expect(T::Dot)?;
                p.name()
            })?;
            Some(p.node(K::Attribute, start))
        })
    }

    pub fn name_or_attr(&mut self) -> Option<E> {
        self.rule(|p| first!(p, |p| p.attr(), |p| p.name()))
    }

    fn group_pattern(&mut self) -> Option<E> {
        self.rule(|p| {
            p.expect(T::Lpar)?;
            let a = p.pattern()?;
            p.expect(T::Rpar)?;
            Some(a)
        })
    }

    fn sequence_pattern(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.expect(T::Lsqb)?;
                    p.alt(|p| p.maybe_sequence_pattern());
                    p.expect(T::Rsqb)?;
                    Some(p.node(K::Pattern, start))
                },
                |p| {
                    p.expect(T::Lpar)?;
                    p.alt(|p| p.open_sequence_pattern());
                    p.expect(T::Rpar)?;
                    Some(p.node(K::Pattern, start))
                },
            )
        })
    }

    fn open_sequence_pattern(&mut self) -> Option<()> {
        self.rule(|p| {
            p.maybe_star_pattern()?;
            p.expect(T::Comma)?;
            p.alt(|p| p.maybe_sequence_pattern());
            Some(())
        })
    }

    fn maybe_sequence_pattern(&mut self) -> Option<()> {
        self.rule(|p| {
            p.gather(T::Comma, |p| p.maybe_star_pattern())?;
            p.expect(T::Comma);
            Some(())
        })
    }

    fn maybe_star_pattern(&mut self) -> Option<E> {
        self.rule(|p| first!(p, |p| p.star_pattern(), |p| p.pattern()))
    }

    fn star_pattern(&mut self) -> Option<E> {
        self.memo(Rule::StarPattern, |p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.expect(T::Star)?;
                    p.pattern_capture_target()?;
                    Some(p.node(K::Pattern, start))
                },
                |p| {
                    p.expect(T::Star)?;
                    p.wildcard_pattern()?;
                    Some(p.node(K::Pattern, start))
                },
            )
        })
    }

    fn mapping_pattern(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.expect(T::Lbrace)?;
                    p.expect(T::Rbrace)?;
                    Some(p.node(K::Pattern, start))
                },
                |p| {
                    p.expect(T::Lbrace)?;
                    p.double_star_pattern()?;
                    p.expect(T::Comma);
                    p.expect(T::Rbrace)?;
                    Some(p.node(K::Pattern, start))
                },
                |p| {
                    p.expect(T::Lbrace)?;
                    p.items_pattern()?;
                    p.expect(T::Comma)?;
                    p.double_star_pattern()?;
                    p.expect(T::Comma);
                    p.expect(T::Rbrace)?;
                    Some(p.node(K::Pattern, start))
                },
                |p| {
                    p.expect(T::Lbrace)?;
                    p.items_pattern()?;
                    p.expect(T::Comma);
                    p.expect(T::Rbrace)?;
                    Some(p.node(K::Pattern, start))
                },
            )
        })
    }

    fn items_pattern(&mut self) -> Option<()> {
        self.rule(|p| {
            p.gather(T::Comma, |p| {
                first!(p, |p| p.literal_pattern(), |p| p.attr())?;
                p.expect(T::Colon)?;
                p.pattern()
            })
            .map(|_| ())
        })
    }

    fn double_star_pattern(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expect(T::DoubleStar)?;
            p.pattern_capture_target().map(|_| ())
        })
    }

    fn class_pattern(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            let done = |p: &mut Self| {
                p.expect(T::Comma);
                p.expect(T::Rpar)?;
                Some(p.node(K::Pattern, start))
            };
            first!(
                p,
                |p| {
                    p.name_or_attr()?;
                    p.expect(T::Lpar)?;
                    p.expect(T::Rpar)?;
                    Some(p.node(K::Pattern, start))
                },
                |p| {
                    p.name_or_attr()?;
                    p.expect(T::Lpar)?;
                    p.positional_patterns()?;
                    done(p)
                },
                |p| {
                    p.name_or_attr()?;
                    p.expect(T::Lpar)?;
                    p.keyword_patterns()?;
                    done(p)
                },
                |p| {
                    p.name_or_attr()?;
                    p.expect(T::Lpar)?;
                    p.positional_patterns()?;
                    p.expect(T::Comma)?;
                    p.keyword_patterns()?;
                    done(p)
                },
                |p| p.invalid(|p| p.invalid_class_pattern()),
            )
        })
    }

    pub fn positional_patterns(&mut self) -> Option<Vec<E>> {
        self.rule(|p| p.gather(T::Comma, |p| p.pattern()))
    }

    pub fn keyword_patterns(&mut self) -> Option<()> {
        self.rule(|p| {
            p.gather(T::Comma, |p| {
                p.name()?;
                p.expect(T::Equal)?;
                p.pattern()
            })
            .map(|_| ())
        })
    }
}
