//! Loading compiled code: turning the compiler's [`CodeUnit`]s into runtime code objects
//! (after verifying them), and `compile()` errors into SyntaxError objects.

use std::cell::Cell;
use std::rc::Rc;

use kaa_bytecode::{CodeFlags, CodeUnit, Constant};
use kaa_compiler::{CompileError, CompileOptions, ErrorKind, Mode};

use crate::error::{PyErr, PyResult};
use crate::object::Object;
use crate::objects::code::{Code, GlobalCache};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// Compiles source text into a code object.
    pub fn compile(&mut self, source: &str, filename: &str, mode: Mode) -> PyResult<ObjRef> {
        self.compile_with(source, filename, CompileOptions::new(mode))
    }

    /// Compiles the main script, read from a file or stdin (see
    /// `CompileOptions::from_file`).
    pub fn compile_script(&mut self, source: &str, filename: &str) -> PyResult<ObjRef> {
        let mut opts = CompileOptions::new(Mode::Exec);
        opts.from_file = true;
        self.compile_with(source, filename, opts)
    }

    /// Compiles with the given options; the compiler's nesting limit follows the current
    /// recursion depth, as CPython's does.
    pub fn compile_with(&mut self, source: &str, filename: &str, mut opts: CompileOptions) -> PyResult<ObjRef> {
        opts.recursion_depth = self.recursion_depth();
        opts.recursion_limit = self.recursion_limit;
        let compiled = stacker::maybe_grow(256 * 1024, 8 * 1024 * 1024, || {
            kaa_compiler::compile_with_options(source, filename, &opts)
        });
        let (unit, warnings) = match compiled {
            Ok(u) => u,
            Err(e) => return Err(self.compile_error(&e)),
        };
        // The compiler warns without a registry: every occurrence is shown.
        for w in &warnings {
            self.show_warning(w.category, &w.message, filename, w.lineno, false);
        }
        self.load_code(&unit)
    }

    /// A warning raised at run time by the running Python code (CPython's `PyErr_WarnEx`
    /// with stack level 1), under the default filters: DeprecationWarning is shown only
    /// for code in `__main__`; PendingDeprecationWarning, ImportWarning and
    /// ResourceWarning are ignored; any other category is shown once per location.
    pub fn warn(&mut self, category: &str, message: &str) {
        let Some(frame) = self.frames.last() else { return };
        let code = frame.code();
        let lineno = code.line_of(frame.lasti as usize).unwrap_or(code.unit.firstlineno);
        let filename = code.unit.filename.to_string();
        let module = frame.globals().as_dict().and_then(|d| d.get_str("__name__"));
        let in_main = module.as_ref().and_then(|m| self.as_str_ref(m)) == Some("__main__");
        match category {
            "DeprecationWarning" if !in_main => return,
            "PendingDeprecationWarning" | "ImportWarning" | "ResourceWarning" => return,
            _ => {}
        }
        self.show_warning(category, message, &filename, lineno, true);
    }

    /// Writes a warning to `sys.stderr` as the `warnings` module's default action does:
    /// `file:line: Category: message` and the source line; with `once_per_location`,
    /// only the first time for its location and text (the module's warning registry).
    pub fn show_warning(
        &mut self,
        category: &str,
        message: &str,
        filename: &str,
        lineno: u32,
        once_per_location: bool,
    ) {
        let key = format!("{filename}\0{lineno}\0{category}\0{message}");
        if once_per_location && !self.warnings_shown.insert(key) {
            return;
        }
        let mut text = format!("{filename}:{lineno}: {category}: {message}\n");
        // The source line comes from the file, as linecache reads it (so none for
        // `<string>` or `<stdin>`).
        let from_file = std::fs::read(filename).ok().and_then(|b| crate::source::decode_source(&b, filename).ok());
        let line = from_file
            .as_deref()
            .and_then(|s| s.lines().nth(lineno.saturating_sub(1) as usize))
            .map(|l| l.trim().to_string());
        if let Some(l) = line.filter(|l| !l.is_empty()) {
            text.push_str(&format!("  {l}\n"));
        }
        self.flush_std();
        let stderr = self.sys_attr("stderr").unwrap_or(Value::Obj(self.stderr.clone()));
        let _ = self.write_to(&stderr, &text);
        self.flush_std();
    }

    /// The Python exception for a compile error.
    pub fn compile_error(&mut self, e: &CompileError) -> PyErr {
        match e.kind {
            ErrorKind::RecursionError => {
                let t = self.exc.recursion_error.clone();
                self.new_error(&t, e.msg.clone())
            }
            ErrorKind::MemoryError => self.memory_error(),
            kind => {
                let t = match kind {
                    ErrorKind::IndentationError => self.exc.indentation_error.clone(),
                    ErrorKind::TabError => self.exc.tab_error.clone(),
                    _ => self.exc.syntax_error.clone(),
                };
                let msg = self.str_val(&e.msg);
                let filename = self.str_val(&e.filename);
                let text = match &e.text {
                    Some(t) => self.str_val(t),
                    None => Value::None,
                };
                // END_NONE: CPython leaves end_offset None (e.g. `from __future__ import braces`).
                let end_offset = if e.end_offset == kaa_compiler::CompileError::END_NONE {
                    Value::None
                } else if e.end_offset == usize::MAX {
                    Value::Int(-1)
                } else {
                    Value::Int(e.end_offset as i64)
                };
                let details = self.tuple_val(vec![
                    filename.clone(),
                    Value::Int(e.lineno as i64),
                    Value::Int(e.offset as i64),
                    text.clone(),
                    Value::Int(e.end_lineno as i64),
                    end_offset.clone(),
                ]);
                let exc = self.new_exception(&t, vec![msg.clone(), details]);
                let ex = exc.as_exception().expect("exception");
                ex.set_field("msg", msg);
                ex.set_field("filename", filename);
                ex.set_field("lineno", Value::Int(e.lineno as i64));
                ex.set_field("offset", Value::Int(e.offset as i64));
                ex.set_field("text", text);
                ex.set_field("end_lineno", Value::Int(e.end_lineno as i64));
                ex.set_field("end_offset", end_offset);
                ex.set_field("print_file_and_line", Value::None);
                PyErr(exc)
            }
        }
    }

    /// A runtime code object for `unit` (and, recursively, its nested code constants).
    pub fn load_code(&mut self, unit: &Rc<CodeUnit>) -> PyResult<ObjRef> {
        if let Err(msg) = crate::eval::verify::verify(unit) {
            return Err(self.system_error(format!("invalid bytecode in {}: {msg}", unit.qualname)));
        }
        let mut consts = Vec::with_capacity(unit.consts.len());
        for c in &unit.consts {
            consts.push(self.constant_value(c)?);
        }
        let names: Vec<ObjRef> = unit.names.iter().map(|n| self.intern(n)).collect();
        let localsplus_names: Vec<ObjRef> = unit.localsplus.iter().map(|(n, _)| self.intern(n)).collect();
        let localsplus_kinds: Vec<u8> = unit.localsplus.iter().map(|(_, k)| *k).collect();
        let nlocalsplus = unit.localsplus.len();
        let flags = unit.flags;
        let has_varargs = flags & CodeFlags::VARARGS != 0;
        let has_varkw = flags & CodeFlags::VARKEYWORDS != 0;
        let total_args =
            unit.argcount as usize + unit.kwonlyargcount as usize + has_varargs as usize + has_varkw as usize;
        let code = Code {
            instrs: unit.instructions.clone().into_boxed_slice(),
            consts: consts.into_boxed_slice(),
            global_cache: (0..names.len()).map(|_| Cell::new(GlobalCache::default())).collect(),
            attr_cache: (0..unit.instructions.len()).map(|_| Cell::new(Default::default())).collect(),
            names: names.into_boxed_slice(),
            localsplus_names: localsplus_names.into_boxed_slice(),
            localsplus_kinds: localsplus_kinds.into_boxed_slice(),
            filename: self.intern(&unit.filename),
            name: self.intern(&unit.name),
            qualname: self.intern(&unit.qualname),
            nlocalsplus,
            stacksize: unit.stacksize as usize,
            total_args,
            simple_args: !has_varargs
                && !has_varkw
                && unit.kwonlyargcount == 0
                && flags & CodeFlags::OPTIMIZED != 0
                && flags & CodeFlags::GENERATOR == 0,
            warmup: Cell::new(0),
            unit: unit.clone(),
        };
        Ok(Rc::new(Object::Code(Box::new(code))))
    }

    fn constant_value(&mut self, c: &Constant) -> PyResult<Value> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(b) => crate::protocols::arith::int_value(b.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex { real, imag } => Value::from_obj(Object::Complex(*real, *imag)),
            Constant::Str(s) => {
                // Short identifier-like constants are interned, as in CPython.
                if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    Value::Obj(self.intern(s))
                } else {
                    self.str_val(s)
                }
            }
            Constant::Bytes(b) => Value::from_obj(Object::Bytes(b.to_vec().into_boxed_slice())),
            Constant::Tuple(items) => {
                let mut vals = Vec::with_capacity(items.len());
                for i in items.iter() {
                    vals.push(self.constant_value(i)?);
                }
                self.tuple_val(vals)
            }
            Constant::FrozenSet(items) => {
                // As CPython's compiler: a frozenset of the items in source order, then
                // (merging constants) rebuilt from that one's iteration order.
                let first = crate::objects::set::SetObj::new();
                for i in items.iter() {
                    let v = self.constant_value(i)?;
                    first.add(self, v)?;
                }
                let set = crate::objects::set::SetObj::new();
                for (h, k) in first.entries() {
                    set.add_hashed(self, k, h)?;
                }
                Value::from_obj(Object::FrozenSet(Box::new(set)))
            }
            Constant::Ellipsis => Value::Obj(self.ellipsis.clone()),
            Constant::Code(u) => Value::Obj(self.load_code(u)?),
        })
    }
}
