//! Call arguments, comprehensions and assignment/deletion targets.

use super::expr::first;
use super::parser::{Parser, Rule};
use super::tokenizer::T;
use super::tree::{Comp, E, K};

/// An element of `kwargs`: a keyword argument (`**` unpacking when `unpack`) or `*x`.
#[derive(Clone)]
pub enum KwOrStarred {
    Keyword { unpack: bool },
    Starred(E),
}

impl<'a> Parser<'a> {
    /// arguments: args [','] &')' | invalid_arguments
    pub fn arguments(&mut self) -> Option<E> {
        self.memo(Rule::Arguments, |p| {
            first!(
                p,
                |p| {
                    let a = p.args()?;
                    p.expect(T::Comma);
                    if !p.lookahead(|p| p.expect(T::Rpar)) {
                        return None;
                    }
                    Some(a)
                },
                |p| p.invalid(|p| p.invalid_arguments()),
            )
        })
    }

    /// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
    ///       [',' kwargs] | kwargs
    pub fn args(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    let a = p.gather(T::Comma, |p| p.positional_arg())?;
                    let b = p.alt(|p| {
                        p.expect(T::Comma)?;
                        p.kwargs()
                    });
                    let mut args = a;
                    let mut kw_unpack = false;
                    for k in b.unwrap_or_default() {
                        match k {
                            KwOrStarred::Starred(e) => args.push(e),
                            KwOrStarred::Keyword { unpack } => kw_unpack |= unpack,
                        }
                    }
                    Some(p.node(K::Call { args, kw_unpack }, start))
                },
                |p| {
                    let k = p.kwargs()?;
                    let mut args = Vec::new();
                    let mut kw_unpack = false;
                    for k in k {
                        match k {
                            KwOrStarred::Starred(e) => args.push(e),
                            KwOrStarred::Keyword { unpack } => kw_unpack |= unpack,
                        }
                    }
                    Some(p.node(K::Call { args, kw_unpack }, start))
                },
            )
        })
    }

    /// `starred_expression | (assignment_expression | expression !':=') !'='`
    pub fn positional_arg(&mut self) -> Option<E> {
        first!(self, |p| p.starred_expression(), |p| {
            let e = first!(p, |p| p.assignment_expression(), |p| {
                let e = p.expression()?;
                if p.lookahead(|p| p.expect(T::ColonEqual)) {
                    return None;
                }
                Some(e)
            })?;
            if p.lookahead(|p| p.expect(T::Equal)) {
                return None;
            }
            Some(e)
        },)
    }

    pub fn kwargs(&mut self) -> Option<Vec<KwOrStarred>> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    let mut a = p.gather(T::Comma, |p| p.kwarg_or_starred())?;
                    p.expect(T::Comma)?;
                    let b = p.gather(T::Comma, |p| p.kwarg_or_double_starred())?;
                    a.extend(b);
                    Some(a)
                },
                |p| p.gather(T::Comma, |p| p.kwarg_or_starred()),
                |p| p.gather(T::Comma, |p| p.kwarg_or_double_starred()),
            )
        })
    }

    pub fn starred_expression(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            p.expect(T::Star)?;
            let a = p.expression()?;
            Some(p.node(K::Starred(a), start))
        })
    }

    fn kwarg_or_starred(&mut self) -> Option<KwOrStarred> {
        self.rule(|p| {
            first!(
                p,
                |p| p.invalid(|p| p.invalid_kwarg()),
                |p| {
                    p.name()?;
                    p.expect(T::Equal)?;
                    p.expression()?;
                    Some(KwOrStarred::Keyword { unpack: false })
                },
                |p| p.starred_expression().map(KwOrStarred::Starred),
            )
        })
    }

    fn kwarg_or_double_starred(&mut self) -> Option<KwOrStarred> {
        self.rule(|p| {
            first!(
                p,
                |p| p.invalid(|p| p.invalid_kwarg()),
                |p| {
                    p.name()?;
                    p.expect(T::Equal)?;
                    p.expression()?;
                    Some(KwOrStarred::Keyword { unpack: false })
                },
                |p| {
                    p.expect(T::DoubleStar)?;
                    p.expression()?;
                    Some(KwOrStarred::Keyword { unpack: true })
                },
            )
        })
    }

    // ----- comprehensions -----------------------------------------------------------------

    pub fn for_if_clauses(&mut self) -> Option<Vec<Comp>> {
        self.rule(|p| p.many1(|p| p.for_if_clause()))
    }

    /// for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    ///              | invalid_for_target
    fn for_if_clause(&mut self) -> Option<Comp> {
        self.rule(|p| {
            for is_async in [true, false] {
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
                    let iter = p.disjunction()?;
                    let ifs = p.many(|p| {
                        p.expect(T::If)?;
                        p.disjunction()
                    });
                    Some(Comp { last: ifs.last().cloned().unwrap_or(iter) })
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

    pub fn listcomp(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.expect(T::Lsqb)?;
                    p.named_expression()?;
                    p.for_if_clauses()?;
                    p.expect(T::Rsqb)?;
                    Some(p.node(K::ListComp, start))
                },
                |p| p.invalid(|p| p.invalid_comprehension()),
            )
        })
    }

    pub fn setcomp(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.expect(T::Lbrace)?;
                    p.named_expression()?;
                    p.for_if_clauses()?;
                    p.expect(T::Rbrace)?;
                    Some(p.node(K::SetComp, start))
                },
                |p| p.invalid(|p| p.invalid_comprehension()),
            )
        })
    }

    pub fn genexp(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.expect(T::Lpar)?;
                    first!(p, |p| p.assignment_expression(), |p| {
                        let e = p.expression()?;
                        if p.lookahead(|p| p.expect(T::ColonEqual)) {
                            return None;
                        }
                        Some(e)
                    })?;
                    p.for_if_clauses()?;
                    p.expect(T::Rpar)?;
                    Some(p.node(K::GeneratorExp, start))
                },
                |p| p.invalid(|p| p.invalid_comprehension()),
            )
        })
    }

    pub fn dictcomp(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.expect(T::Lbrace)?;
                    p.kvpair()?;
                    p.for_if_clauses()?;
                    p.expect(T::Rbrace)?;
                    Some(p.node(K::DictComp, start))
                },
                |p| p.invalid(|p| p.invalid_dict_comprehension()),
            )
        })
    }

    // ----- targets ------------------------------------------------------------------------

    /// star_targets: star_target !',' | star_target (',' star_target)* [',']
    pub fn star_targets(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    let a = p.star_target()?;
                    if p.lookahead(|p| p.expect(T::Comma)) {
                        return None;
                    }
                    Some(a)
                },
                |p| {
                    let a = p.star_target()?;
                    let b = p.many(|p| {
                        p.expect(T::Comma)?;
                        p.star_target()
                    });
                    p.expect(T::Comma);
                    let mut v = vec![a];
                    v.extend(b);
                    Some(p.node(K::Tuple(v), start))
                },
            )
        })
    }

    fn star_targets_list_seq(&mut self) -> Option<Vec<E>> {
        self.rule(|p| {
            let v = p.gather(T::Comma, |p| p.star_target())?;
            p.expect(T::Comma);
            Some(v)
        })
    }

    fn star_targets_tuple_seq(&mut self) -> Option<Vec<E>> {
        self.rule(|p| {
            first!(
                p,
                |p| {
                    let a = p.star_target()?;
                    let b = p.many1(|p| {
                        p.expect(T::Comma)?;
                        p.star_target()
                    })?;
                    p.expect(T::Comma);
                    let mut v = vec![a];
                    v.extend(b);
                    Some(v)
                },
                |p| {
                    let a = p.star_target()?;
                    p.expect(T::Comma)?;
                    Some(vec![a])
                },
            )
        })
    }

    pub fn star_target(&mut self) -> Option<E> {
        self.memo(Rule::StarTarget, |p| {
            let start = p.mark;
            first!(
                p,
                |p| {
                    p.expect(T::Star)?;
                    if p.lookahead(|p| p.expect(T::Star)) {
                        return None;
                    }
                    let a = p.star_target()?;
                    Some(p.node(K::Starred(a), start))
                },
                |p| p.target_with_star_atom(),
            )
        })
    }

    /// `t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead`
    fn subscript_attribute_target(&mut self) -> Option<E> {
        let start = self.mark;
        first!(
            self,
            |p| {
                p.t_primary()?;
                p.expect(T::Dot)?;
                p.name()?;
                if p.lookahead(|p| p.t_lookahead()) {
                    return None;
                }
                Some(p.node(K::Attribute, start))
            },
            |p| {
                p.t_primary()?;
                p.expect(T::Lsqb)?;
                p.slices()?;
                p.expect(T::Rsqb)?;
                if p.lookahead(|p| p.t_lookahead()) {
                    return None;
                }
                Some(p.node(K::Subscript, start))
            },
        )
    }

    pub fn target_with_star_atom(&mut self) -> Option<E> {
        self.memo(Rule::TargetWithStarAtom, |p| first!(p, |p| p.subscript_attribute_target(), |p| p.star_atom()))
    }

    fn star_atom(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| p.name(),
                |p| {
                    p.expect(T::Lpar)?;
                    let a = p.target_with_star_atom()?;
                    p.expect(T::Rpar)?;
                    Some(a)
                },
                |p| {
                    p.expect(T::Lpar)?;
                    let v = p.alt(|p| p.star_targets_tuple_seq()).unwrap_or_default();
                    p.expect(T::Rpar)?;
                    Some(p.node(K::Tuple(v), start))
                },
                |p| {
                    p.expect(T::Lsqb)?;
                    let v = p.alt(|p| p.star_targets_list_seq()).unwrap_or_default();
                    p.expect(T::Rsqb)?;
                    Some(p.node(K::List(v), start))
                },
            )
        })
    }

    pub fn single_target(&mut self) -> Option<E> {
        self.rule(|p| {
            first!(p, |p| p.single_subscript_attribute_target(), |p| p.name(), |p| {
                p.expect(T::Lpar)?;
                let a = p.single_target()?;
                p.expect(T::Rpar)?;
                Some(a)
            },)
        })
    }

    pub fn single_subscript_attribute_target(&mut self) -> Option<E> {
        self.rule(|p| p.subscript_attribute_target())
    }

    /// t_primary: the object part of an attribute or subscript target (left-recursive).
    pub fn t_primary(&mut self) -> Option<E> {
        self.memo(Rule::TPrimary, |p| {
            let start = p.mark;
            let mut a = p.alt(|p| {
                let a = p.atom()?;
                if !p.lookahead(|p| p.t_lookahead()) {
                    return None;
                }
                Some(a)
            })?;
            loop {
                let grown = first!(
                    p,
                    |p| {
                        p.expect(T::Dot)?;
                        p.name()?;
                        p.lookahead(|p| p.t_lookahead()).then(|| p.node(K::Attribute, start))
                    },
                    |p| {
                        p.expect(T::Lsqb)?;
                        p.slices()?;
                        p.expect(T::Rsqb)?;
                        p.lookahead(|p| p.t_lookahead()).then(|| p.node(K::Subscript, start))
                    },
                    |p| {
                        let g = p.genexp()?;
                        let call = K::Call { args: vec![g], kw_unpack: false };
                        p.lookahead(|p| p.t_lookahead()).then(|| p.node(call, start))
                    },
                    |p| {
                        p.expect(T::Lpar)?;
                        let args = p.alt(|p| p.arguments());
                        p.expect(T::Rpar)?;
                        let call = p.call_node(args, start);
                        p.lookahead(|p| p.t_lookahead()).then_some(call)
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

    fn t_lookahead(&mut self) -> Option<usize> {
        self.expect_any(&[T::Lpar, T::Lsqb, T::Dot])
    }

    pub fn del_targets(&mut self) -> Option<Vec<E>> {
        self.rule(|p| {
            let v = p.gather(T::Comma, |p| p.del_target())?;
            p.expect(T::Comma);
            Some(v)
        })
    }

    fn del_target(&mut self) -> Option<E> {
        self.memo(Rule::DelTarget, |p| first!(p, |p| p.subscript_attribute_target(), |p| p.del_t_atom()))
    }

    fn del_t_atom(&mut self) -> Option<E> {
        self.rule(|p| {
            let start = p.mark;
            first!(
                p,
                |p| p.name(),
                |p| {
                    p.expect(T::Lpar)?;
                    let a = p.del_target()?;
                    p.expect(T::Rpar)?;
                    Some(a)
                },
                |p| {
                    p.expect(T::Lpar)?;
                    let v = p.alt(|p| p.del_targets()).unwrap_or_default();
                    p.expect(T::Rpar)?;
                    Some(p.node(K::Tuple(v), start))
                },
                |p| {
                    p.expect(T::Lsqb)?;
                    let v = p.alt(|p| p.del_targets()).unwrap_or_default();
                    p.expect(T::Rsqb)?;
                    Some(p.node(K::List(v), start))
                },
            )
        })
    }
}
