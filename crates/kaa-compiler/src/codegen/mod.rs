//! Code generation: walks the AST with the symbol table and emits instructions into one
//! [`Unit`] per code object being built.
//!
//! The layout mirrors the AST: statements in `stmt.rs`, control flow and exceptions in
//! `flow.rs`, expressions in `expr.rs`, calls in `call.rs`, assignment targets in
//! `target.rs`, `def`/`lambda`/`class` in `function.rs`, comprehensions in
//! `comprehension.rs`, `match` statements in `pattern.rs`, constant folding in
//! `constant.rs`. [`crate::assemble`] turns a
//! finished unit into a [`CodeUnit`].
//!
//! Exception handling follows CPython 3.11: `setup_handler` opens a protected region
//! whose exceptions go to a handler label, `pop_handler` closes it. Every instruction
//! records the innermost open handler when it is emitted; the assembler turns those runs
//! into the exception table.

mod call;
mod comprehension;
mod constant;
mod expr;
mod flow;
mod function;
mod name;
mod pattern;
mod stmt;
pub mod target;
pub mod warnings;

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use indexmap::IndexSet;
use kaa_bytecode::{CodeUnit, Constant, Op, Position};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::error::{CompileError, ErrorKind};
use crate::lines::LineIndex;
use crate::symtable::{Resolution, ScopeId, ScopeKind, SymbolTable};

/// A jump target inside a unit.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// What an emitted item is.
#[derive(Copy, Clone, Debug)]
pub enum EmitKind {
    /// A plain instruction; its argument is final.
    Op(Op),
    /// A jump; its argument is a label number until assembly.
    Jump(Op),
    /// An instruction on a cell or free variable; its argument indexes
    /// `cellvars ++ freevars` until assembly maps it to a localsplus slot.
    Deref(Op),
    /// Pseudo-instruction: the handler numbered `arg` becomes active here (emits no code;
    /// the stack-depth pass uses it to find the handler's depth).
    Setup,
    /// An instruction the assembler optimized away (emits no code).
    Removed,
}

/// One emitted item.
#[derive(Copy, Clone, Debug)]
pub struct Emitted {
    pub kind: EmitKind,
    pub arg: u32,
    pub pos: Position,
    /// The innermost active exception handler (index into `Unit::handlers`).
    pub handler: Option<u32>,
}

/// An exception handler: where exceptions go, and whether the raising instruction's
/// index is pushed for a later `RERAISE 1`.
#[derive(Clone, Debug)]
pub struct Handler {
    pub label: Label,
    pub push_lasti: bool,
    /// Added to the stack depth at the setup point to get the depth the handler cuts the
    /// stack back to (-1 for `with`, whose `__enter__` result is gone by then).
    pub depth_adjust: i32,
    /// The handlers active when this one was set up (restored at its target).
    pub outer: Vec<u32>,
}

/// What kind of code object a unit becomes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum UnitKind {
    Module,
    Function,
    Lambda,
    Comprehension,
    Class,
}

/// A frame block: an enclosing construct that `break`, `continue` and `return` must
/// unwind (CPython's `fblockinfo`).
#[derive(Clone, Debug)]
pub enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    ForLoop {
        start: Label,
        exit: Label,
    },
    TryExcept,
    FinallyTry {
        body: &'a [Stmt],
    },
    FinallyEnd,
    /// A `with` block; its range locates the `__exit__` call when a jump leaves it.
    With {
        range: TextRange,
    },
    HandlerCleanup {
        name: Option<&'a str>,
    },
    PopValue,
    ExceptionHandler,
}

/// A code object under construction.
pub struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: UnitKind,
    pub name: Rc<str>,
    /// The innermost enclosing class's name: private names (`__x`) are mangled with it.
    pub private: Option<Rc<str>>,
    pub qualname: Rc<str>,
    pub consts: Vec<Constant>,
    /// `consts` indexed by [`const_hash`], so adding a constant is not a linear search.
    pub const_index: HashMap<u64, Vec<u32>>,
    pub names: IndexSet<Rc<str>>,
    pub varnames: IndexSet<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    pub code: Vec<Emitted>,
    /// Instruction index each label is bound to (`u32::MAX` while unbound).
    pub labels: Vec<u32>,
    pub handlers: Vec<Handler>,
    pub active: Vec<u32>,
    pub fblocks: Vec<FBlock<'a>>,
    pub pos: Position,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
}

/// How `compile` treats the source.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec` input: a sequence of statements.
    Exec,
    /// `eval` input: one expression whose value is returned.
    Eval,
    /// One interactive statement: expression statements print their value.
    Single,
}

/// Safety limit on nested expressions and statements. The symbol table pass applies
/// CPython's limit first (see `symtable::COMPILER_RECURSION_LIMIT`); code generation
/// nests a little differently, so its own limit is only a backstop.
pub const MAX_NESTING: u32 = 3100;

pub struct Compiler<'a> {
    pub source: &'a str,
    pub lines: LineIndex,
    pub filename: Rc<str>,
    pub table: SymbolTable,
    pub units: Vec<Unit<'a>>,
    pub mode: Mode,
    /// Current nesting of expressions/statements being compiled.
    pub depth: u32,
    /// Line of the last valid `from __future__` import (0 if none): a later one is an error.
    pub future_line: u32,
    /// SyntaxWarnings found so far (see `warnings.rs`).
    pub warnings: Vec<warnings::CompileWarning>,
    /// Future features in effect (`CO_FUTURE_*` bits), carried by every code object.
    pub future_flags: u32,
    /// `compile()`'s optimization level: 1 drops asserts, 2 also docstrings.
    pub optimize: u8,
    /// Nesting beyond which code generation gives up (a backstop behind the symbol
    /// table's CPython-exact limit).
    pub max_nesting: u32,
    /// The statement being compiled (where "too many statically nested blocks" points).
    pub stmt_range: TextRange,
}

/// CPython's `CO_MAXBLOCKS`.
const MAX_BLOCKS: usize = 20;

/// `Result` of a codegen step.
pub type CResult<T = ()> = Result<T, CompileError>;

impl<'a> Compiler<'a> {
    pub fn new(source: &'a str, filename: &str, table: SymbolTable, mode: Mode) -> Compiler<'a> {
        Compiler {
            source,
            lines: LineIndex::new(source),
            filename: Rc::from(filename),
            table,
            units: Vec::new(),
            mode,
            depth: 0,
            future_line: 0,
            warnings: Vec::new(),
            future_flags: 0,
            optimize: 0,
            max_nesting: MAX_NESTING,
            stmt_range: TextRange::default(),
        }
    }

    // ----- units and scopes -------------------------------------------------------------

    pub fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("no unit")
    }

    pub fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("no unit")
    }

    /// Starts a new code object for `scope`.
    pub fn enter_scope(&mut self, name: &str, kind: UnitKind, scope: ScopeId, firstlineno: u32) {
        let qualname: Rc<str> = match kind {
            UnitKind::Module => Rc::from(name),
            _ => Rc::from(self.qualname_for(name).as_str()),
        };
        let s = &self.table.scopes[scope];
        let mut varnames = IndexSet::new();
        for p in &s.params {
            varnames.insert(Rc::from(p.as_str()));
        }
        let mut cellvars: Vec<Rc<str>> = s
            .symbols
            .iter()
            .filter(|(_, sym)| sym.resolution == Resolution::Cell)
            .map(|(n, _)| Rc::from(n.as_str()))
            .collect();
        if s.kind == ScopeKind::Class && s.needs_class_closure {
            cellvars.push(Rc::from("__class__"));
        }
        cellvars.sort();
        let mut freevars: Vec<Rc<str>> = s
            .symbols
            .iter()
            .filter(|(_, sym)| sym.resolution == Resolution::Free || sym.flags & crate::symtable::DEF_FREE_CLASS != 0)
            .map(|(n, _)| Rc::from(n.as_str()))
            .collect();
        freevars.sort();
        let pos = self.unit_pos_or_default();
        // A class body mangles with its own name; other units inherit their parent's.
        let private = match kind {
            UnitKind::Class => Some(Rc::from(name)),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        self.units.push(Unit {
            scope,
            kind,
            name: Rc::from(name),
            private,
            qualname,
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: IndexSet::new(),
            varnames,
            cellvars,
            freevars,
            code: Vec::new(),
            labels: Vec::new(),
            handlers: Vec::new(),
            active: Vec::new(),
            fblocks: Vec::new(),
            pos,
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
        });
    }

    fn unit_pos_or_default(&self) -> Position {
        self.units.last().map(|u| u.pos).unwrap_or_default()
    }

    /// Finishes the innermost unit and assembles it.
    pub fn exit_scope(&mut self) -> CResult<Rc<CodeUnit>> {
        let mut unit = self.units.pop().expect("no unit");
        unit.flags |= self.future_flags;
        crate::assemble::assemble(unit, &self.filename).map(Rc::new)
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, name: &str) -> String {
        let Some(parent) = self.units.last() else { return name.to_string() };
        if parent.kind == UnitKind::Module {
            return name.to_string();
        }
        let parent_scope = &self.table.scopes[parent.scope];
        let mangled = crate::symtable::mangle(parent.private.as_deref(), name);
        if parent_scope.resolve(&mangled) == Resolution::GlobalExplicit {
            return name.to_string();
        }
        match parent.kind {
            UnitKind::Function | UnitKind::Lambda => format!("{}.<locals>.{}", parent.qualname, name),
            _ => format!("{}.{}", parent.qualname, name),
        }
    }

    /// The symbol-table scope of the unit being built.
    pub fn scope(&self) -> &crate::symtable::Scope {
        &self.table.scopes[self.unit_ref().scope]
    }

    // ----- positions --------------------------------------------------------------------

    pub fn position_of(&self, range: TextRange) -> Position {
        let (line, col) = self.lines.line_col(range.start().to_u32());
        let (end_line, end_col) = self.lines.line_col(range.end().to_u32());
        Position { line, end_line, col, end_col }
    }

    /// Makes `range` the source position of instructions emitted from now on; returns the
    /// previous one so the caller can restore it.
    pub fn set_pos(&mut self, range: TextRange) -> Position {
        let pos = self.position_of(range);
        std::mem::replace(&mut self.unit().pos, pos)
    }

    pub fn restore_pos(&mut self, pos: Position) {
        self.unit().pos = pos;
    }

    /// `pos` moved to start at the attribute name when `attr` spans lines (CPython's
    /// `update_start_location_to_match_attr`): in a chain written across lines, an
    /// attribute or method failure is reported on the line of its name.
    pub fn pos_at_attr_name(&self, attr: &ast::ExprAttribute, pos: Position) -> Position {
        let (end_line, _) = self.lines.line_col(attr.range.end().to_u32());
        if pos.line == end_line {
            return pos;
        }
        let (_, col) = self.lines.line_col(attr.attr.range.start().to_u32());
        let mut moved = Position { line: end_line, col, ..pos };
        moved.end_line = moved.end_line.max(end_line);
        if moved.end_line == moved.line {
            moved.end_col = moved.end_col.max(col);
        }
        moved
    }

    /// Makes `pos` the position of instructions emitted from now on; returns the previous
    /// one.
    pub fn set_position(&mut self, pos: Position) -> Position {
        std::mem::replace(&mut self.unit().pos, pos)
    }

    pub fn line_of(&self, range: TextRange) -> u32 {
        self.lines.line(range.start().to_u32())
    }

    // ----- emitting ---------------------------------------------------------------------

    fn push_item(&mut self, kind: EmitKind, arg: u32) {
        let unit = self.unit();
        let handler = unit.active.last().copied();
        let pos = unit.pos;
        unit.code.push(Emitted { kind, arg, pos, handler });
    }

    pub fn emit(&mut self, op: Op, arg: u32) {
        debug_assert!(!op.is_jump(), "use emit_jump for {op:?}");
        self.push_item(EmitKind::Op(op), arg);
    }

    /// Emits `op` with no source location (CPython's `UNSET_LOC`): it starts no line
    /// (for `co_lines()` and line tracing).
    pub fn emit_unlocated(&mut self, op: Op) {
        let saved = std::mem::take(&mut self.unit().pos);
        self.emit(op, 0);
        self.unit().pos = saved;
    }

    /// Emits a jump with no source location (CPython's artificial jumps): it takes the
    /// line of the instruction before it when it can only be reached from there.
    pub fn emit_jump_unlocated(&mut self, op: Op, target: Label) {
        let saved = std::mem::take(&mut self.unit().pos);
        self.emit_jump(op, target);
        self.unit().pos = saved;
    }

    /// Runs `f` emitting with no source location (CPython's `UNSET_LOC`).
    pub fn unlocated<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::take(&mut self.unit().pos);
        let r = f(self);
        self.unit().pos = saved;
        r
    }

    pub fn emit0(&mut self, op: Op) {
        self.emit(op, 0);
    }

    pub fn emit_jump(&mut self, op: Op, target: Label) {
        debug_assert!(op.is_jump());
        self.push_item(EmitKind::Jump(op), target.0);
    }

    pub fn emit_deref(&mut self, op: Op, index: u32) {
        self.push_item(EmitKind::Deref(op), index);
    }

    pub fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(u32::MAX);
        Label(unit.labels.len() as u32 - 1)
    }

    /// Binds `label` to the next instruction emitted.
    pub fn bind(&mut self, label: Label) {
        let unit = self.unit();
        unit.labels[label.0 as usize] = unit.code.len() as u32;
    }

    /// Opens a protected region whose exceptions go to `label`.
    pub fn setup_handler(&mut self, label: Label, push_lasti: bool) {
        self.setup_handler_adjusted(label, push_lasti, 0);
    }

    /// Like `setup_handler`, with the handler's stack depth `depth_adjust` away from the
    /// depth at this point.
    pub fn setup_handler_adjusted(&mut self, label: Label, push_lasti: bool, depth_adjust: i32) {
        let unit = self.unit();
        let outer = unit.active.clone();
        unit.handlers.push(Handler { label, push_lasti, depth_adjust, outer });
        let id = unit.handlers.len() as u32 - 1;
        self.push_item(EmitKind::Setup, id);
        self.unit().active.push(id);
    }

    /// Closes the innermost protected region (CPython's `POP_BLOCK`).
    pub fn pop_handler(&mut self) {
        self.unit().active.pop();
    }

    /// Binds a handler's target label; the handlers active there are those that were
    /// active when it was set up.
    pub fn bind_handler(&mut self, label: Label) {
        let unit = self.unit();
        let outer = unit.handlers.iter().rev().find(|h| h.label == label).map(|h| h.outer.clone()).unwrap_or_default();
        unit.active = outer;
        self.bind(label);
    }

    // ----- constants and names ----------------------------------------------------------

    /// Index of `value` in `co_consts`, adding it if needed.
    pub fn add_const(&mut self, value: Constant) -> u32 {
        let unit = self.unit();
        let key = const_hash(&value);
        let candidates = unit.const_index.entry(key).or_default();
        if let Some(&i) = candidates.iter().find(|&&i| unit.consts[i as usize].same_as(&value)) {
            return i;
        }
        let i = unit.consts.len() as u32;
        candidates.push(i);
        unit.consts.push(value);
        i
    }

    pub fn load_const(&mut self, value: Constant) {
        let i = self.add_const(value);
        self.emit(Op::LoadConst, i);
    }

    /// `name` mangled for the current class, if it is a private name.
    pub fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        crate::symtable::mangle(self.unit_ref().private.as_deref(), name)
    }

    /// Index of `name` (mangled, as CPython's ADDOP_NAME does) in `co_names`.
    pub fn add_name(&mut self, name: &str) -> u32 {
        let mangled = self.mangle(name).into_owned();
        let name = mangled.as_str();
        let unit = self.unit();
        if let Some(i) = unit.names.get_index_of(name) {
            return i as u32;
        }
        unit.names.insert(Rc::from(name));
        unit.names.len() as u32 - 1
    }

    /// Index of `name` in `co_varnames`, adding it on first use as CPython does.
    pub fn add_varname(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(i) = unit.varnames.get_index_of(name) {
            return i as u32;
        }
        unit.varnames.insert(Rc::from(name));
        unit.varnames.len() as u32 - 1
    }

    /// Index of a cell or free variable in `cellvars ++ freevars`.
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        let unit = self.unit_ref();
        if let Some(i) = unit.cellvars.iter().position(|c| &**c == name) {
            return Some(i as u32);
        }
        unit.freevars.iter().position(|c| &**c == name).map(|i| (i + unit.cellvars.len()) as u32)
    }

    // ----- frame blocks -----------------------------------------------------------------

    /// Enters a block that `break`/`continue`/`return` must unwind; CPython allows 20
    /// of them nested in one code object (`CO_MAXBLOCKS`).
    pub fn push_fblock(&mut self, block: FBlock<'a>) -> CResult {
        if self.unit_ref().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks", self.stmt_range));
        }
        self.unit().fblocks.push(block);
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    // ----- errors and depth -------------------------------------------------------------

    pub fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        CompileError::new(ErrorKind::SyntaxError, msg, range)
    }

    /// Enters one level of nesting; fails like CPython when the input nests too deeply.
    pub fn enter_nested(&mut self, range: TextRange) -> CResult {
        self.depth += 1;
        if self.depth > self.max_nesting {
            return Err(CompileError::too_deep(range));
        }
        Ok(())
    }

    pub fn leave_nested(&mut self) {
        self.depth -= 1;
    }

    // ----- whole programs ---------------------------------------------------------------

    /// Compiles a module body (mode `exec` or `single`).
    pub fn compile_module(&mut self, body: &'a [Stmt]) -> CResult<Rc<CodeUnit>> {
        self.enter_scope("<module>", UnitKind::Module, 0, 1);
        if has_annotations(body) {
            self.emit0(Op::SetupAnnotations);
        }
        if self.mode == Mode::Single {
            for stmt in body {
                self.compile_stmt(stmt)?;
            }
        } else {
            self.compile_body_with_docstring(body)?;
        }
        // The implicit `return None` carries the last statement's position.
        if let Some(last) = body.last() {
            let r = self.stmt_range(last);
            self.set_pos(r);
        }
        self.load_const(Constant::None);
        self.emit0(Op::ReturnValue);
        self.exit_scope()
    }

    /// Compiles an `eval` expression.
    pub fn compile_eval(&mut self, expr: &'a ruff_python_ast::Expr) -> CResult<Rc<CodeUnit>> {
        self.enter_scope("<module>", UnitKind::Module, 0, 1);
        self.set_pos(expr.range());
        self.compile_expr(expr)?;
        self.emit0(Op::ReturnValue);
        self.exit_scope()
    }

    /// A module or class body: a leading string literal becomes `__doc__`.
    pub fn compile_body_with_docstring(&mut self, body: &'a [Stmt]) -> CResult {
        let mut rest = body;
        if let Some(doc) = docstring(body).filter(|_| self.optimize < 2) {
            let first = &body[0];
            let saved = self.set_pos(first.range());
            self.load_const(Constant::Str(Rc::from(doc.as_str())));
            let name = "__doc__";
            self.store_name(name, first.range())?;
            self.restore_pos(saved);
            rest = &body[1..];
        }
        for stmt in rest {
            self.compile_stmt(stmt)?;
        }
        Ok(())
    }
}

/// Whether a module or class body has annotated assignments (at any depth outside nested
/// functions and classes), so it needs an `__annotations__` dict.
pub fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body)),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ruff_python_ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

/// The docstring of a body: its first statement, when that is a plain string literal.
pub fn docstring(body: &[Stmt]) -> Option<String> {
    let Stmt::Expr(e) = body.first()? else { return None };
    match e.value.as_ref() {
        ruff_python_ast::Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
        _ => None,
    }
}

/// A hash consistent with [`Constant::same_as`] (equal constants hash alike).
fn const_hash(c: &Constant) -> u64 {
    fn feed(c: &Constant, h: &mut std::collections::hash_map::DefaultHasher) {
        std::mem::discriminant(c).hash(h);
        match c {
            Constant::None | Constant::Ellipsis => {}
            Constant::Bool(b) => b.hash(h),
            Constant::Int(i) => i.hash(h),
            Constant::BigInt(b) => b.hash(h),
            Constant::Float(f) => f.to_bits().hash(h),
            Constant::Complex { real, imag } => {
                real.to_bits().hash(h);
                imag.to_bits().hash(h);
            }
            Constant::Str(s) => s.hash(h),
            Constant::Bytes(b) => b.hash(h),
            Constant::Tuple(t) => {
                t.len().hash(h);
                for x in t.iter() {
                    feed(x, h);
                }
            }
            Constant::FrozenSet(t) => {
                // Independent of the items' order, like the set's equality.
                let combined = t.iter().fold(0u64, |acc, x| acc ^ const_hash(x));
                combined.hash(h);
            }
            Constant::Code(code) => (Rc::as_ptr(code) as usize).hash(h),
        }
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    feed(c, &mut h);
    h.finish()
}
