//! The first pass of the symbol table over patterns and expressions: names bound by
//! `match` patterns, walrus targets and comprehensions (each its own function scope, as
//! in CPython 3.11), and the uses of names.

use super::*;

impl Builder {
    pub(super) fn visit_pattern(&mut self, pattern: &ast::Pattern) -> Result<(), CompileError> {
        use ast::Pattern;
        match pattern {
            Pattern::MatchValue(v) => self.visit_expr(&v.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for p in &s.patterns {
                    self.visit_pattern(p)?;
                }
            }
            Pattern::MatchMapping(m) => {
                for k in &m.keys {
                    self.visit_expr(k)?;
                }
                for p in &m.patterns {
                    self.visit_pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.add_def(r.as_str(), DEF_LOCAL, r.range)?;
                }
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for p in &c.arguments.patterns {
                    self.visit_pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(n.as_str(), DEF_LOCAL, n.range)?;
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(n.as_str(), DEF_LOCAL, n.range)?;
                }
            }
            Pattern::MatchOr(o) => {
                for p in &o.patterns {
                    self.visit_pattern(p)?;
                }
            }
        }
        Ok(())
    }

    pub(super) fn visit_expr(&mut self, expr: &Expr) -> Result<(), CompileError> {
        self.descend(expr.range())?;
        let result = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_expr_inner(expr));
        self.depth -= 1;
        result
    }

    pub(super) fn visit_expr_inner(&mut self, expr: &Expr) -> Result<(), CompileError> {
        match expr {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.visit_expr(v)?;
                }
            }
            Expr::Named(n) => {
                if self.cur().comp_iter_expr > 0 {
                    return Err(error(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        n.range,
                    ));
                }
                self.visit_expr(&n.value)?;
                self.visit_named_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_parameter_defaults(p)?;
                }
                self.enter(l, ScopeKind::Function, "lambda");
                self.cur().is_lambda = true;
                if let Some(p) = &l.parameters {
                    self.visit_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.leave();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => {
                for e in &s.elts {
                    self.visit_expr(e)?;
                }
            }
            Expr::ListComp(c) => self.visit_comprehension(expr, "listcomp", &c.generators, &c.elt, None)?,
            Expr::SetComp(c) => self.visit_comprehension(expr, "setcomp", &c.generators, &c.elt, None)?,
            Expr::DictComp(c) => {
                // The element is the key; the value is visited first.
                match c.key.as_deref() {
                    Some(key) => self.visit_comprehension(expr, "dictcomp", &c.generators, key, Some(&c.value))?,
                    None => return Err(error("dict unpacking cannot be used in dict comprehension", c.range)),
                }
            }
            Expr::Generator(c) => self.visit_comprehension(expr, "genexpr", &c.generators, &c.elt, None)?,
            Expr::Await(a) => {
                if !self.cur().is_function() {
                    return Err(error("'await' outside function", a.range));
                }
                self.visit_expr(&a.value)?;
                self.cur().is_coroutine = true;
            }
            Expr::Yield(y) => {
                self.mark_generator(y.range)?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(y.range)?;
                self.visit_expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                for e in c.comparators.iter() {
                    self.visit_expr(e)?;
                }
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.visit_expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.visit_interpolated(&fs.elements)?;
                    }
                }
            }
            Expr::TString(t) => return Err(error("invalid syntax", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ast::ExprContext::Load | ast::ExprContext::Invalid => USE,
                    ast::ExprContext::Store | ast::ExprContext::Del => DEF_LOCAL,
                };
                self.add_def(n.id.as_str(), flag, n.range)?;
                // A function that uses `super` gets the implicit `__class__` cell.
                if n.ctx == ast::ExprContext::Load && n.id.as_str() == "super" && self.cur().is_function() {
                    self.add_def("__class__", USE, n.range)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.visit_expr(e)?;
                }
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.visit_expr(e)?;
                }
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
        }
        Ok(())
    }

    pub(super) fn visit_interpolated(
        &mut self,
        elements: &ast::InterpolatedStringElements,
    ) -> Result<(), CompileError> {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.visit_expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.visit_interpolated(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    pub(super) fn mark_generator(&mut self, range: TextRange) -> Result<(), CompileError> {
        let scope = self.cur();
        if !scope.is_function() {
            return Err(error("'yield' outside function", range));
        }
        if scope.is_comprehension {
            let kind = scope.name.trim_start_matches('<').trim_end_matches('>').to_string();
            let what = match kind.as_str() {
                "listcomp" => "list comprehension",
                "setcomp" => "set comprehension",
                "dictcomp" => "dict comprehension",
                _ => "generator expression",
            };
            return Err(error(format!("'yield' inside {what}"), range));
        }
        scope.is_generator = true;
        Ok(())
    }

    /// `target := value`: inside comprehensions the target binds in the nearest enclosing
    /// non-comprehension scope.
    pub(super) fn visit_named_target(&mut self, target: &Expr) -> Result<(), CompileError> {
        let Expr::Name(n) = target else {
            return self.visit_expr(target);
        };
        let raw = n.id.as_str();
        if !self.cur().is_comprehension {
            return self.add_def(raw, DEF_LOCAL, n.range);
        }
        let mangled = mangle(self.private.as_deref(), raw).into_owned();
        let name = mangled.as_str();
        // Walk out through the comprehensions.
        for depth in (0..self.stack.len()).rev() {
            let id = self.stack[depth];
            let scope = &self.table.scopes[id];
            if scope.is_comprehension {
                if scope.flags(name) & DEF_COMP_ITER != 0 {
                    return Err(error(
                        format!("assignment expression cannot rebind comprehension iteration variable '{raw}'"),
                        n.range,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Class => {
                    return Err(error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        n.range,
                    ));
                }
                ScopeKind::Function => {
                    let flags = scope.flags(name);
                    let inner_flag = if flags & DEF_GLOBAL != 0 { DEF_GLOBAL } else { DEF_NONLOCAL };
                    self.table.scopes[id].symbols.entry(name.to_string()).or_insert(Symbol::new()).flags |= DEF_LOCAL;
                    for &inner in &self.stack[depth + 1..] {
                        self.table.scopes[inner].symbols.entry(name.to_string()).or_insert(Symbol::new()).flags |=
                            inner_flag;
                    }
                    if inner_flag == DEF_GLOBAL {
                        self.mark_module_global(name);
                    }
                    return Ok(());
                }
                ScopeKind::Module => {
                    self.table.scopes[id].symbols.entry(name.to_string()).or_insert(Symbol::new()).flags |= DEF_LOCAL;
                    for &inner in &self.stack[depth + 1..] {
                        self.table.scopes[inner].symbols.entry(name.to_string()).or_insert(Symbol::new()).flags |=
                            DEF_GLOBAL;
                    }
                    self.mark_module_global(name);
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    pub(super) fn visit_comprehension(
        &mut self,
        node: &Expr,
        kind: &str,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<(), CompileError> {
        let Some(first) = generators.first() else { return Ok(()) };
        // The outermost iterable is evaluated in the enclosing scope.
        self.visit_comp_iter(&first.iter)?;
        let name = format!("<{kind}>");
        self.enter(node, ScopeKind::Function, &name);
        {
            let scope = self.cur();
            scope.is_comprehension = true;
            if kind == "genexpr" {
                scope.is_generator = true;
            }
        }
        if generators.iter().any(|g| g.is_async) {
            self.cur().is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, first.range)?;
        // CPython's order: the first target and conditions, then each further clause's
        // target before its iterable, then the value (of a dict comprehension), then the
        // element.
        self.visit_comp_target(&first.target)?;
        for cond in &first.ifs {
            self.visit_expr(cond)?;
        }
        for g in &generators[1..] {
            self.visit_comp_target(&g.target)?;
            self.visit_comp_iter(&g.iter)?;
            for cond in &g.ifs {
                self.visit_expr(cond)?;
            }
        }
        if let Some(v) = value {
            // A dict comprehension: CPython visits the value before the key.
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        self.leave();
        Ok(())
    }

    pub(super) fn visit_comp_iter(&mut self, iter: &Expr) -> Result<(), CompileError> {
        self.cur().comp_iter_expr += 1;
        let r = self.visit_expr(iter);
        self.cur().comp_iter_expr -= 1;
        r
    }

    pub(super) fn visit_comp_target(&mut self, target: &Expr) -> Result<(), CompileError> {
        self.cur().comp_iter_target = true;
        let r = self.visit_expr(target);
        self.cur().comp_iter_target = false;
        r
    }
}
