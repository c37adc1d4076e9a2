//! The symbol table: which names are local, global, free or cell variables in every scope.
//!
//! Follows CPython's two passes. The first walks the AST and records, per scope, how
//! each name is used (assigned, a parameter, declared `global`/`nonlocal`, read). The
//! second ([`SymbolTable::analyze`]) resolves each name top-down: a name bound in a
//! function is local; one read but bound in an enclosing function is free (and becomes a
//! cell in the scope that binds it); everything else is global. Class bodies do not make
//! their names visible to nested scopes. Comprehensions and lambdas are function scopes.

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::error::{CompileError, ErrorKind};

mod analyze;
mod expr;

/// Assigned in the scope.
pub const DEF_LOCAL: u32 = 0x002;
/// Declared `global`.
pub const DEF_GLOBAL: u32 = 0x001;
/// A parameter.
pub const DEF_PARAM: u32 = 0x004;
/// Declared `nonlocal`.
pub const DEF_NONLOCAL: u32 = 0x008;
/// Read in the scope.
pub const USE: u32 = 0x010;
/// Free in a nested scope but bound in this class body.
pub const DEF_FREE_CLASS: u32 = 0x040;
/// Bound by an import.
pub const DEF_IMPORT: u32 = 0x080;
/// Annotated (`x: int`).
pub const DEF_ANNOT: u32 = 0x100;
/// A comprehension iteration variable.
pub const DEF_COMP_ITER: u32 = 0x200;
/// Any binding.
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// How a name is resolved in its scope.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// What kind of code block a scope is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

/// A name's use flags and, after analysis, its resolution.
#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub resolution: Resolution,
}

impl Symbol {
    fn new() -> Symbol {
        Symbol { flags: 0, resolution: Resolution::GlobalImplicit }
    }
}

/// Index of a scope in [`SymbolTable::scopes`].
pub type ScopeId = usize;

/// One scope (module, function, lambda, comprehension or class body).
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub symbols: IndexMap<String, Symbol>,
    /// Parameter names in CPython's `co_varnames` order.
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    /// Defined inside a function (so `co_flags` gets NESTED).
    pub nested: bool,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub is_comprehension: bool,
    pub is_lambda: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// Contains a free variable (its own or a child's).
    pub has_free: bool,
    pub child_has_free: bool,
    /// Class body whose methods use `super()` or `__class__`.
    pub needs_class_closure: bool,
    /// Visiting a comprehension's `for` target: names bound are iteration variables.
    comp_iter_target: bool,
    /// `global`/`nonlocal` statements, one entry per declared name, in source order: errors
    /// found while resolving a declared name point at its first declaration.
    directives: Vec<(String, TextRange)>,
    /// Inside a comprehension's iterable expression (where `:=` is not allowed).
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, nested: bool) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: IndexMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            nested,
            is_generator: false,
            is_coroutine: false,
            is_comprehension: false,
            is_lambda: false,
            has_varargs: false,
            has_varkeywords: false,
            has_free: false,
            child_has_free: false,
            needs_class_closure: false,
            comp_iter_target: false,
            directives: Vec::new(),
            comp_iter_expr: 0,
        }
    }

    /// The resolution of `name` in this scope (names the scope never saw are globals).
    pub fn resolve(&self, name: &str) -> Resolution {
        self.symbols.get(name).map(|s| s.resolution).unwrap_or(Resolution::GlobalImplicit)
    }

    /// Where `name` was first declared `global` or `nonlocal` in this scope.
    fn directive(&self, name: &str) -> TextRange {
        self.directives.iter().find(|(n, _)| n == name).map(|(_, r)| *r).unwrap_or_default()
    }

    /// The flags recorded for `name`.
    pub fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map(|s| s.flags).unwrap_or(0)
    }

    /// Whether the scope is a function body (including lambdas and comprehensions).
    pub fn is_function(&self) -> bool {
        self.kind == ScopeKind::Function
    }
}

/// The scopes of one compilation, keyed by the AST node that opens each.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    /// The deepest statement/expression nesting seen.
    pub max_depth: usize,
}

/// CPython's `_Py_Mangle`: inside a class named `private`, `__name` (not ending in `__` and
/// without a dot) becomes `_Private__name` (the class name without leading underscores).
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    use std::borrow::Cow;
    let Some(class) = private else { return Cow::Borrowed(name) };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{class}{name}"))
}

/// Identity of an AST node: its address, stable while the AST is alive and unmoved.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Where CPython's compiler starts counting statement/expression nesting, and where it
/// stops: three levels per level of Python recursion (`COMPILER_STACK_FRAME_SCALE`).
#[derive(Copy, Clone, Debug)]
pub struct Limits {
    pub start: usize,
    pub limit: usize,
}

impl Limits {
    /// The limits when compiling at recursion depth `depth` under recursion limit `limit`.
    pub fn for_depth(depth: usize, limit: usize) -> Limits {
        Limits { start: depth.saturating_mul(3), limit: limit.saturating_mul(3) }
    }
}

impl Default for Limits {
    /// Compiling a program before it runs: no frames yet.
    fn default() -> Limits {
        Limits { start: 0, limit: COMPILER_RECURSION_LIMIT }
    }
}

impl SymbolTable {
    /// Builds and analyses the symbol table for a module (or `eval`/interactive input).
    /// `annotations_as_strings` under `from __future__ import annotations`: annotations
    /// are never evaluated, so their names bind nothing.
    pub fn build(
        body: &[Stmt],
        expr: Option<&Expr>,
        annotations_as_strings: bool,
        limits: Limits,
    ) -> Result<SymbolTable, CompileError> {
        let mut builder = Builder {
            table: SymbolTable {
                scopes: vec![Scope::new(ScopeKind::Module, "top", false)],
                by_node: HashMap::new(),
                max_depth: 0,
            },
            stack: vec![0],
            loop_depth: 0,
            depth: limits.start,
            limits,
            private: None,
            annotations_as_strings,
        };
        for stmt in body {
            builder.visit_stmt(stmt)?;
        }
        if let Some(expr) = expr {
            builder.visit_expr(expr)?;
        }
        let mut table = builder.table;
        table.analyze()?;
        Ok(table)
    }

    /// The scope opened by `node` (a function, lambda, class or comprehension).
    pub fn scope_of<T>(&self, node: &T) -> ScopeId {
        self.by_node[&node_key(node)]
    }
}

/// The first pass: records each scope's names and how they are used.
/// Statement/expression nesting beyond which compiling fails with RecursionError.
pub(crate) const COMPILER_RECURSION_LIMIT: usize = 3000;

struct Builder {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    loop_depth: u32,
    /// Nesting of statements and expressions being visited, limited like CPython's
    /// symbol table pass.
    depth: usize,
    limits: Limits,
    annotations_as_strings: bool,
    /// The innermost enclosing class's name, for private-name mangling.
    private: Option<String>,
}

fn error(msg: impl Into<String>, range: TextRange) -> CompileError {
    CompileError::new(ErrorKind::SyntaxError, msg, range)
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().expect("scope stack");
        &mut self.table.scopes[id]
    }

    fn enter<T>(&mut self, node: &T, kind: ScopeKind, name: &str) -> ScopeId {
        let parent = *self.stack.last().expect("scope stack");
        let parent_scope = &self.table.scopes[parent];
        let nested = parent_scope.nested || parent_scope.kind == ScopeKind::Function;
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, name, nested));
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(node_key(node), id);
        self.stack.push(id);
        id
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    /// Records a use of `name` with `flag`, applying CPython's ordering checks for
    /// `global`/`nonlocal` declarations.
    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> Result<(), CompileError> {
        let raw = name;
        let mangled = mangle(self.private.as_deref(), name);
        let name: &str = &mangled;
        let scope = self.cur();
        let entry = scope.symbols.entry(name.to_string()).or_insert(Symbol::new());
        if flag & DEF_PARAM != 0 && entry.flags & DEF_PARAM != 0 {
            return Err(error(format!("duplicate argument '{raw}' in function definition"), range));
        }
        entry.flags |= flag;
        if flag & DEF_GLOBAL != 0 {
            self.mark_module_global(name);
        }
        let scope = self.cur();
        let entry = scope.symbols.get_mut(name).expect("just added");
        if scope.comp_iter_target {
            // An iteration variable may not rebind a name a `:=` in the comprehension bound.
            if entry.flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(error(
                    format!("comprehension inner loop cannot rebind assignment expression target '{raw}'"),
                    range,
                ));
            }
            entry.flags |= DEF_COMP_ITER;
        }
        if flag & DEF_PARAM != 0 {
            scope.params.push(name.to_string());
        }
        Ok(())
    }

    /// CPython records every `global` declaration (in any scope) in the module's own
    /// symbols too, so the module itself then uses STORE_GLOBAL/LOAD_GLOBAL for the name.
    fn mark_module_global(&mut self, name: &str) {
        self.table.scopes[0].symbols.entry(name.to_string()).or_insert_with(Symbol::new).flags |= DEF_GLOBAL;
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for stmt in body {
            self.visit_stmt(stmt)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, stmt: &Stmt) -> Result<(), CompileError> {
        self.descend(stmt.range())?;
        let result = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.visit_stmt_inner(stmt));
        self.depth -= 1;
        result
    }

    /// Enters one more level of statement/expression nesting. CPython's limit is three
    /// times the recursion limit (1000) less three per Python frame active when compiling;
    /// a program compiled at top level has none.
    fn descend(&mut self, range: TextRange) -> Result<(), CompileError> {
        self.depth += 1;
        self.table.max_depth = self.table.max_depth.max(self.depth - self.limits.start);
        if self.depth > self.limits.limit {
            self.depth -= 1;
            return Err(CompileError::new(
                ErrorKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
                range,
            ));
        }
        Ok(())
    }

    fn visit_stmt_inner(&mut self, stmt: &Stmt) -> Result<(), CompileError> {
        match stmt {
            Stmt::FunctionDef(f) => {
                self.add_def(f.name.as_str(), DEF_LOCAL, f.name.range)?;
                self.visit_parameter_defaults(&f.parameters)?;
                self.visit_annotations(&f.parameters, f.returns.as_deref())?;
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(f, ScopeKind::Function, f.name.as_str());
                if f.is_async {
                    self.cur().is_coroutine = true;
                }
                self.visit_params(&f.parameters)?;
                let saved_loops = std::mem::replace(&mut self.loop_depth, 0);
                self.visit_body(&f.body)?;
                self.loop_depth = saved_loops;
                self.leave();
            }
            Stmt::ClassDef(c) => {
                self.add_def(c.name.as_str(), DEF_LOCAL, c.name.range)?;
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value)?;
                    }
                }
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(c, ScopeKind::Class, c.name.as_str());
                let saved_loops = std::mem::replace(&mut self.loop_depth, 0);
                let saved_private = self.private.replace(c.name.to_string());
                self.visit_body(&c.body)?;
                self.private = saved_private;
                self.loop_depth = saved_loops;
                self.leave();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = a.target.as_ref() {
                    let mangled = mangle(self.private.as_deref(), n.id.as_str()).into_owned();
                    let cur = self.cur().flags(&mangled);
                    // (At module level a `global` declaration changes nothing.)
                    let at_module = self.stack.len() == 1;
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple && !at_module {
                        let which = if cur & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(error(format!("annotated name '{}' can't be {which}", n.id), a.range));
                    }
                    if a.simple {
                        self.add_def(n.id.as_str(), DEF_ANNOT | DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(n.id.as_str(), DEF_LOCAL, n.range)?;
                    }
                } else {
                    self.visit_expr(&a.target)?;
                }
                self.visit_annotation(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::TypeAlias(t) => {
                return Err(error("invalid syntax", t.range));
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.loop_depth += 1;
                self.visit_body(&f.body)?;
                self.loop_depth -= 1;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.loop_depth += 1;
                self.visit_body(&w.body)?;
                self.loop_depth -= 1;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&clause.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                self.visit_body(&t.orelse)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name.as_str(), DEF_LOCAL, name.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let stored = match &alias.asname {
                        Some(a) => a.as_str().to_string(),
                        None => alias.name.as_str().split('.').next().unwrap_or("").to_string(),
                    };
                    self.add_def(&stored, DEF_IMPORT, alias.range)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(error("import * only allowed at module level", alias.range));
                        }
                        continue;
                    }
                    let stored = alias.asname.as_ref().unwrap_or(&alias.name).as_str().to_string();
                    self.add_def(&stored, DEF_IMPORT, alias.range)?;
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    let n = name.as_str();
                    let mangled = mangle(self.private.as_deref(), n).into_owned();
                    let cur = self.cur().flags(&mangled);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{n}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{n}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{n}' can't be global")
                        } else {
                            format!("name '{n}' is assigned to before global declaration")
                        };
                        return Err(error(msg, g.range));
                    }
                    self.add_def(n, DEF_GLOBAL, name.range)?;
                    self.cur().directives.push((mangled, g.range));
                }
            }
            Stmt::Nonlocal(nl) => {
                // A module-level `nonlocal` is reported when names are resolved, after the
                // checks below.
                for name in &nl.names {
                    let n = name.as_str();
                    let mangled = mangle(self.private.as_deref(), n).into_owned();
                    let cur = self.cur().flags(&mangled);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{n}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{n}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{n}' can't be nonlocal")
                        } else {
                            format!("name '{n}' is assigned to before nonlocal declaration")
                        };
                        return Err(error(msg, nl.range));
                    }
                    self.add_def(n, DEF_NONLOCAL, name.range)?;
                    self.cur().directives.push((mangled, nl.range));
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn visit_params(&mut self, params: &ast::Parameters) -> Result<(), CompileError> {
        // CPython's co_varnames order: positional-only, positional, keyword-only, *args, **kwargs.
        for p in params.posonlyargs.iter().chain(params.args.iter()).chain(params.kwonlyargs.iter()) {
            self.add_def(p.parameter.name.as_str(), DEF_PARAM, p.parameter.name.range)?;
        }
        if let Some(v) = &params.vararg {
            self.add_def(v.name.as_str(), DEF_PARAM, v.name.range)?;
            self.cur().has_varargs = true;
        }
        if let Some(k) = &params.kwarg {
            self.add_def(k.name.as_str(), DEF_PARAM, k.name.range)?;
            self.cur().has_varkeywords = true;
        }
        Ok(())
    }

    fn visit_parameter_defaults(&mut self, params: &ast::Parameters) -> Result<(), CompileError> {
        for p in params.posonlyargs.iter().chain(params.args.iter()).chain(params.kwonlyargs.iter()) {
            if let Some(d) = &p.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_annotations(&mut self, params: &ast::Parameters, returns: Option<&Expr>) -> Result<(), CompileError> {
        let all = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwarg.as_deref());
        for p in all {
            if let Some(a) = &p.annotation {
                self.visit_annotation(a)?;
            }
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    /// An annotation: an expression evaluated where it stands, or, under `from
    /// __future__ import annotations`, only text (CPython visits it in a block of its own,
    /// where it may not bind names or suspend).
    fn visit_annotation(&mut self, a: &Expr) -> Result<(), CompileError> {
        if !self.annotations_as_strings {
            return self.visit_expr(a);
        }
        self.check_string_annotation(a)
    }

    fn check_string_annotation(&mut self, e: &Expr) -> Result<(), CompileError> {
        use ruff_python_ast::visitor::{walk_expr, Visitor};
        struct Check {
            found: Option<(&'static str, TextRange)>,
        }
        impl<'b> Visitor<'b> for Check {
            fn visit_expr(&mut self, e: &'b Expr) {
                if self.found.is_some() {
                    return;
                }
                let what = match e {
                    Expr::Named(_) => "named expression",
                    Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
                    Expr::Await(_) => "await expression",
                    // Their bodies are scopes of their own.
                    Expr::Lambda(_) => return,
                    Expr::ListComp(c) => return self.visit_expr(&c.generators[0].iter),
                    Expr::SetComp(c) => return self.visit_expr(&c.generators[0].iter),
                    Expr::DictComp(c) => return self.visit_expr(&c.generators[0].iter),
                    Expr::Generator(c) => return self.visit_expr(&c.generators[0].iter),
                    _ => return walk_expr(self, e),
                };
                self.found = Some((what, e.range()));
            }
        }
        let mut check = Check { found: None };
        check.visit_expr(e);
        match check.found {
            Some((what, range)) => Err(error(format!("'{what}' can not be used within an annotation"), range)),
            None => Ok(()),
        }
    }
}
