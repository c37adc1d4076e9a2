//! `def`, `lambda` and `class`: compiling the body into its own code object and emitting
//! the code that builds the function (defaults, keyword-only defaults, annotations,
//! closure cells, `MAKE_FUNCTION`) and applies decorators.

use std::rc::Rc;

use kaa_bytecode::instruction::{
    MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_CLOSURE, MAKE_FUNCTION_DEFAULTS, MAKE_FUNCTION_KWDEFAULTS,
};
use kaa_bytecode::{CodeFlags, CodeUnit, Constant, Op};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::{docstring, CResult, Compiler, UnitKind};

impl<'a> Compiler<'a> {
    pub fn compile_function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        if f.is_async {
            return Err(self.error("'async def' is not supported yet", f.range));
        }
        if f.type_params.is_some() {
            return Err(self.error("invalid syntax", f.range));
        }
        let def_range = self.def_range(f.name.range, f.range);
        self.check_debug_params(&f.parameters, def_range)?;
        for d in &f.decorator_list {
            self.compile_expr(&d.expression)?;
        }
        let firstlineno = match f.decorator_list.first() {
            Some(d) => self.line_of(d.range),
            None => self.line_of(f.range),
        };
        let mut flags = self.compile_defaults(&f.parameters)?;
        if self.compile_annotations(&f.parameters, f.returns.as_deref())? {
            flags |= MAKE_FUNCTION_ANNOTATIONS;
        }
        let scope = self.table.scope_of(f);
        self.enter_scope(f.name.as_str(), UnitKind::Function, scope, firstlineno);
        self.set_function_counts(Some(&f.parameters));
        let doc = docstring(&f.body).filter(|_| self.optimize < 2);
        let body: &'a [ast::Stmt] = if doc.is_some() { &f.body[1..] } else { &f.body };
        self.add_const(match &doc {
            Some(d) => Constant::Str(Rc::from(d.as_str())),
            None => Constant::None,
        });
        self.compile_body(body)?;
        if let Some(last) = f.body.last() {
            let r = self.stmt_range(last);
            self.set_pos(r);
        }
        self.load_const(Constant::None);
        self.emit0(Op::ReturnValue);
        let code = self.exit_scope()?;
        self.make_closure(code, flags);
        self.apply_decorators(&f.decorator_list);
        self.store_name(f.name.as_str(), def_range)
    }

    /// Calls the decorators, innermost first, each at its own position (CPython's
    /// `compiler_apply_decorators`).
    fn apply_decorators(&mut self, decorators: &'a [ast::Decorator]) {
        for d in decorators.iter().rev() {
            let saved = self.set_pos(d.expression.range());
            self.emit(Op::Call, 1);
            self.restore_pos(saved);
        }
    }

    /// The range CPython gives statement `stmt` (a `def` or `class` starts at its keyword,
    /// not at its first decorator).
    pub fn stmt_range(&self, stmt: &ast::Stmt) -> TextRange {
        match stmt {
            ast::Stmt::FunctionDef(f) => self.def_range(f.name.range, f.range),
            ast::Stmt::ClassDef(c) => self.def_range(c.name.range, c.range),
            _ => stmt.range(),
        }
    }

    /// The range CPython gives a `def`/`class` statement: from its keyword (after any
    /// decorators) to its end.
    pub fn def_range(&self, name: TextRange, stmt: TextRange) -> TextRange {
        let bytes = self.source.as_bytes();
        let mut i = name.start().to_usize();
        let skip_ws = |i: &mut usize| {
            while *i > 0 && matches!(bytes[*i - 1], b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' | b'\\') {
                *i -= 1;
            }
        };
        skip_ws(&mut i);
        for kw in [&b"def"[..], b"class"] {
            if i >= kw.len() && &bytes[i - kw.len()..i] == kw {
                i -= kw.len();
                let mut j = i;
                skip_ws(&mut j);
                if j >= 5 && &bytes[j - 5..j] == b"async" {
                    i = j - 5;
                }
                break;
            }
        }
        let start = TextSize::from(i as u32).max(stmt.start());
        TextRange::new(start, stmt.end())
    }

    /// CPython's `compiler_check_debug_args`: no parameter may be named `__debug__`.
    pub fn check_debug_params(&self, params: &ast::Parameters, range: TextRange) -> CResult {
        let names = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwonlyargs.iter().map(|p| &p.parameter))
            .chain(params.kwarg.as_deref());
        for p in names {
            if p.name.as_str() == "__debug__" {
                return Err(self.error("cannot assign to __debug__", range));
            }
        }
        Ok(())
    }

    pub fn compile_lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
        let params: Option<&'a ast::Parameters> = l.parameters.as_deref();
        if let Some(p) = params {
            self.check_debug_params(p, l.range)?;
        }
        let flags = match params {
            Some(p) => self.compile_defaults(p)?,
            None => 0,
        };
        let scope = self.table.scope_of(l);
        let line = self.line_of(l.range);
        self.enter_scope("<lambda>", UnitKind::Lambda, scope, line);
        self.set_function_counts(params);
        // None comes first so a lambda never has a docstring.
        self.add_const(Constant::None);
        self.compile_expr(&l.body)?;
        self.emit0(Op::ReturnValue);
        let code = self.exit_scope()?;
        self.make_closure(code, flags);
        Ok(())
    }

    /// Records argument counts and the function flags of the unit just entered.
    fn set_function_counts(&mut self, params: Option<&ast::Parameters>) {
        let scope = self.scope();
        let mut flags = CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS;
        if scope.has_varargs {
            flags |= CodeFlags::VARARGS;
        }
        if scope.has_varkeywords {
            flags |= CodeFlags::VARKEYWORDS;
        }
        if scope.nested {
            flags |= CodeFlags::NESTED;
        }
        if scope.is_generator {
            flags |= CodeFlags::GENERATOR;
        }
        let unit = self.unit();
        unit.flags = flags;
        if let Some(params) = params {
            unit.posonlyargcount = params.posonlyargs.len() as u32;
            unit.argcount = (params.posonlyargs.len() + params.args.len()) as u32;
            unit.kwonlyargcount = params.kwonlyargs.len() as u32;
        }
    }

    /// Pushes the positional-defaults tuple and keyword-only-defaults dict; returns the
    /// `MAKE_FUNCTION` flags for what was pushed.
    fn compile_defaults(&mut self, params: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&'a Expr> =
            params.posonlyargs.iter().chain(params.args.iter()).filter_map(|p| p.default.as_deref()).collect();
        if !defaults.is_empty() {
            // A tuple of constant defaults is folded by the assembler, as CPython's optimizer
            // does (so the tuple comes after the constants the code generator adds).
            for d in &defaults {
                self.compile_expr(d)?;
            }
            self.emit(Op::BuildTuple, defaults.len() as u32);
            flags |= MAKE_FUNCTION_DEFAULTS;
        }
        let mut keys = Vec::new();
        for p in params.kwonlyargs.iter() {
            if let Some(d) = &p.default {
                keys.push(Constant::Str(Rc::from(self.mangle(p.parameter.name.as_str()).as_ref())));
                self.compile_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(Rc::from(keys)));
            self.emit(Op::BuildConstKeyMap, n);
            flags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Whether annotations are stored as their source text (`from __future__ import
    /// annotations`).
    pub fn annotations_as_strings(&self) -> bool {
        self.future_flags & crate::future::CO_FUTURE_ANNOTATIONS != 0
    }

    /// Pushes an annotation's text, normalised as CPython's unparser writes it.
    pub fn load_annotation_string(&mut self, annotation: &Expr) {
        let text = crate::unparse::unparse_annotation(annotation);
        self.load_const(Constant::Str(Rc::from(text.as_str())));
    }

    /// Pushes a tuple of (name, annotation, ...) pairs if any parameter or the return is
    /// annotated; returns whether it did.
    fn compile_annotations(&mut self, params: &'a ast::Parameters, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut count = 0u32;
        let ordered = params
            .args
            .iter()
            .chain(params.posonlyargs.iter())
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwonlyargs.iter().map(|p| &p.parameter))
            .chain(params.kwarg.as_deref());
        for p in ordered {
            if let Some(a) = &p.annotation {
                let key = Constant::Str(Rc::from(self.mangle(p.name.as_str()).as_ref()));
                self.load_const(key);
                if self.annotations_as_strings() {
                    self.load_annotation_string(a);
                } else if let Expr::Starred(s) = a.as_ref() {
                    // `*args: *Ts`: the annotation is the one element of `Ts`.
                    self.compile_expr(&s.value)?;
                    self.emit(Op::UnpackSequence, 1);
                } else {
                    self.compile_expr(a)?;
                }
                count += 2;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str(Rc::from("return")));
            if self.annotations_as_strings() {
                self.load_annotation_string(r);
            } else {
                self.compile_expr(r)?;
            }
            count += 2;
        }
        if count == 0 {
            return Ok(false);
        }
        self.emit(Op::BuildTuple, count);
        Ok(true)
    }

    /// Pushes the closure tuple (if the code has free variables) and the code object, then
    /// `MAKE_FUNCTION`.
    pub fn make_closure(&mut self, code: Rc<CodeUnit>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let idx = self.deref_index(name).expect("free variable of a child is a cell or free here");
                self.emit_deref(Op::LoadClosure, idx);
            }
            self.emit(Op::BuildTuple, code.freevars.len() as u32);
            flags |= MAKE_FUNCTION_CLOSURE;
        }
        self.load_const(Constant::Code(code));
        self.emit(Op::MakeFunction, flags);
    }

    pub fn compile_class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        if c.type_params.is_some() {
            return Err(self.error("invalid syntax", c.range));
        }
        for d in &c.decorator_list {
            self.compile_expr(&d.expression)?;
        }
        let firstlineno = match c.decorator_list.first() {
            Some(d) => self.line_of(d.range),
            None => self.line_of(c.range),
        };
        let scope = self.table.scope_of(c);
        self.enter_scope(c.name.as_str(), UnitKind::Class, scope, firstlineno);
        let range = c.range;
        self.load_name("__name__", range)?;
        self.store_name("__module__", range)?;
        let qualname = self.unit_ref().qualname.clone();
        self.load_const(Constant::Str(qualname));
        self.store_name("__qualname__", range)?;
        // After `__module__`/`__qualname__` and before the docstring, as CPython's
        // compiler_body: the class dict's order shows it.
        if super::has_annotations(&c.body) {
            self.emit0(Op::SetupAnnotations);
        }
        self.compile_body_with_docstring(&c.body)?;
        // The implicit return carries the last statement's position.
        if let Some(last) = c.body.last() {
            let r = self.stmt_range(last);
            self.set_pos(r);
        }
        if self.scope().needs_class_closure {
            let idx = self.deref_index("__class__").expect("__class__ cell");
            self.emit_deref(Op::LoadClosure, idx);
            self.emit(Op::Copy, 1);
            self.store_name("__classcell__", range)?;
        } else {
            self.load_const(Constant::None);
        }
        self.emit0(Op::ReturnValue);
        let code = self.exit_scope()?;

        self.emit0(Op::LoadBuildClass);
        self.emit0(Op::PushNull);
        self.make_closure(code, 0);
        self.load_const(Constant::Str(Rc::from(c.name.as_str())));
        let (args, keywords): (&'a [Expr], &'a [ast::Keyword]) = match c.arguments.as_deref() {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        let class_range = self.def_range(c.name.range, c.range);
        self.compile_call_with_prefix(2, args, keywords, class_range)?;
        self.apply_decorators(&c.decorator_list);
        let def_range = self.def_range(c.name.range, c.range);
        self.store_name(c.name.as_str(), def_range)
    }
}
