//! Parameter lists of `def` and `lambda`. The two grammars differ only in the closing
//! token (`)` or `:`), in annotations, and in a few error rules, so one implementation
//! serves both, parameterized by [`Flavor`].

use super::expr::first;
use super::parser::Parser;
use super::tokenizer::T;
use super::tree::Loc;

#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Flavor {
    Def,
    Lambda,
}

impl Flavor {
    fn close(self) -> T {
        match self {
            Flavor::Def => T::Rpar,
            Flavor::Lambda => T::Colon,
        }
    }
}

impl<'a> Parser<'a> {
    pub fn params(&mut self) -> Option<()> {
        self.rule(|p| first!(p, |p| p.invalid(|p| p.invalid_parameters(Flavor::Def)), |p| p.parameters(Flavor::Def)))
    }

    pub fn lambda_params(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(p, |p| p.invalid(|p| p.invalid_parameters(Flavor::Lambda)), |p| p.parameters(Flavor::Lambda))
        })
    }

    fn parameters(&mut self, f: Flavor) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.slash_no_default(f)?;
                    p.many(|p| p.param_no_default(f));
                    p.many(|p| p.param_with_default(f));
                    p.alt(|p| p.star_etc(f));
                    Some(())
                },
                |p| {
                    p.slash_with_default(f)?;
                    p.many(|p| p.param_with_default(f));
                    p.alt(|p| p.star_etc(f));
                    Some(())
                },
                |p| {
                    p.many1(|p| p.param_no_default(f))?;
                    p.many(|p| p.param_with_default(f));
                    p.alt(|p| p.star_etc(f));
                    Some(())
                },
                |p| {
                    p.many1(|p| p.param_with_default(f))?;
                    p.alt(|p| p.star_etc(f));
                    Some(())
                },
                |p| p.star_etc(f),
            )
        })
    }

    pub fn slash_no_default(&mut self, f: Flavor) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.many1(|p| p.param_no_default(f))?;
                    p.expect(T::Slash)?;
                    p.expect(T::Comma).map(|_| ())
                },
                |p| {
                    p.many1(|p| p.param_no_default(f))?;
                    p.expect(T::Slash)?;
                    p.lookahead(|p| p.expect(f.close())).then_some(())
                },
            )
        })
    }

    pub fn slash_with_default(&mut self, f: Flavor) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.many(|p| p.param_no_default(f));
                    p.many1(|p| p.param_with_default(f))?;
                    p.expect(T::Slash)?;
                    p.expect(T::Comma).map(|_| ())
                },
                |p| {
                    p.many(|p| p.param_no_default(f));
                    p.many1(|p| p.param_with_default(f))?;
                    p.expect(T::Slash)?;
                    p.lookahead(|p| p.expect(f.close())).then_some(())
                },
            )
        })
    }

    fn star_etc(&mut self, f: Flavor) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| p.invalid(|p| p.invalid_star_etc(f)),
                |p| {
                    p.expect(T::Star)?;
                    p.param_no_default(f)?;
                    p.many(|p| p.param_maybe_default(f));
                    p.alt(|p| p.kwds(f));
                    Some(())
                },
                |p| {
                    if f == Flavor::Lambda {
                        return None;
                    }
                    p.expect(T::Star)?;
                    p.param_no_default_star_annotation()?;
                    p.many(|p| p.param_maybe_default(f));
                    p.alt(|p| p.kwds(f));
                    Some(())
                },
                |p| {
                    p.expect(T::Star)?;
                    p.expect(T::Comma)?;
                    p.many1(|p| p.param_maybe_default(f))?;
                    p.alt(|p| p.kwds(f));
                    Some(())
                },
                |p| p.kwds(f),
            )
        })
    }

    fn kwds(&mut self, f: Flavor) -> Option<()> {
        self.rule(|p| {
            first!(p, |p| p.invalid(|p| p.invalid_kwds(f)), |p| {
                p.expect(T::DoubleStar)?;
                p.param_no_default(f).map(|_| ())
            })
        })
    }

    /// A parameter without default and its ',' (or the closing token after it); returns
    /// the parameter's location.
    pub fn param_no_default(&mut self, f: Flavor) -> Option<Loc> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    let l = p.param(f)?;
                    p.expect(T::Comma).map(|_| l)
                },
                |p| {
                    let l = p.param(f)?;
                    p.lookahead(|p| p.expect(f.close())).then_some(l)
                },
            )
        })
    }

    fn param_no_default_star_annotation(&mut self) -> Option<()> {
        self.rule(|p| {
            let star_annotated = |p: &mut Self| {
                p.name()?;
                p.expect(T::Colon)?;
                p.star_expression()
            };
            first!(
                p,
                |p| {
                    star_annotated(p)?;
                    p.expect(T::Comma).map(|_| ())
                },
                |p| {
                    star_annotated(p)?;
                    p.lookahead(|p| p.expect(T::Rpar)).then_some(())
                },
            )
        })
    }

    pub fn param_with_default(&mut self, f: Flavor) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.param(f)?;
                    p.default()?;
                    p.expect(T::Comma).map(|_| ())
                },
                |p| {
                    p.param(f)?;
                    p.default()?;
                    p.lookahead(|p| p.expect(f.close())).then_some(())
                },
            )
        })
    }

    pub fn param_maybe_default(&mut self, f: Flavor) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.param(f)?;
                    p.alt(|p| p.default());
                    p.expect(T::Comma).map(|_| ())
                },
                |p| {
                    p.param(f)?;
                    p.alt(|p| p.default());
                    p.lookahead(|p| p.expect(f.close())).then_some(())
                },
            )
        })
    }

    /// param: NAME annotation?   (lambda_param: NAME)
    pub fn param(&mut self, f: Flavor) -> Option<Loc> {
        self.rule(|p| {
            let start = p.mark;
            p.name()?;
            if f == Flavor::Def {
                p.alt(|p| {
                    p.expect(T::Colon)?;
                    p.expression()
                });
            }
            Some(p.loc_from(start))
        })
    }

    /// default: '=' expression | invalid_default
    pub fn default(&mut self) -> Option<()> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    p.expect(T::Equal)?;
                    p.expression().map(|_| ())
                },
                |p| p.invalid(|p| p.invalid_default()),
            )
        })
    }
}
