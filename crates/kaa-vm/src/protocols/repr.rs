//! `repr()`, `str()` and `format()` of every builtin type, as CPython prints them
//! (addresses in reprs are the objects' real addresses).

use crate::error::PyResult;
use crate::format::{bytes_repr, complex_repr, float_repr, str_repr};
use crate::object::{DictViewKind, Object};
use crate::objects::frame::FrameState;
use crate::protocols::hash::id_of;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// `0x7f...` as CPython's `%p` prints it.
pub fn addr(v: &Value) -> String {
    format!("{:#x}", id_of(v))
}

impl Vm {
    /// `repr(v)` as a str object.
    pub fn repr(&mut self, v: &Value) -> PyResult<ObjRef> {
        let s = self.repr_string(v)?;
        Ok(self.new_string(s))
    }

    /// `str(v)` as a str object (the same object for strs).
    pub fn to_str(&mut self, v: &Value) -> PyResult<ObjRef> {
        if let Value::Obj(o) = v {
            // An exact str is its own str; a subclass instance gives a plain str.
            if matches!(&**o, Object::Str(_)) {
                return Ok(o.clone());
            }
        }
        let s = self.to_str_string(v)?;
        Ok(self.new_string(s))
    }

    /// `str(v)` as Rust text.
    pub fn to_str_string(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Obj(o) => match &**o {
                Object::Str(s) => Ok(s.as_str().to_string()),
                Object::Exception(_) => self.exception_str(v),
                Object::Instance(_) | Object::Native(_) => self.instance_str(v),
                Object::Type(t) if t.metaclass.is_some() => self.instance_str(v),
                _ => self.repr_string(v),
            },
            _ => self.repr_string(v),
        }
    }

    /// `str()` of an exception: '' for no args, str(arg) for one, str(args) otherwise;
    /// KeyError shows the repr of its single key.
    pub fn exception_str(&mut self, v: &Value) -> PyResult<String> {
        let Value::Obj(o) = v else { return Ok(String::new()) };
        let ty = self.type_of(v);
        // A class may override __str__.
        if let Some(m) = ty.as_type().expect("type").lookup("__str__") {
            if matches!(&m, Value::Obj(f) if matches!(&**f, Object::Function(_))) {
                let r = self.call(&m, &[v.clone()], &[])?;
                return match self.as_str_ref(&r) {
                    Some(s) => Ok(s.to_string()),
                    None => {
                        let tn = self.type_name(&r);
                        Err(self.type_error(format!("__str__ returned non-string (type {tn})")))
                    }
                };
            }
        }
        crate::types::exception::exception_str_builtin(self, o)
    }

    /// `repr(v)` as Rust text.
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_repr(*f),
            Value::Null => "<NULL>".into(),
            Value::Obj(o) => match &**o {
                Object::Str(s) => str_repr(s.as_str()),
                Object::BigInt(b) => {
                    let limit = crate::format::spec::int_max_str_digits();
                    if limit > 0 && crate::format::spec::may_exceed_digits(b.bits(), limit) {
                        let digits = b.to_string().trim_start_matches('-').len();
                        if digits > limit {
                            return Err(self.value_error(crate::format::spec::int_limit_message()));
                        }
                    }
                    b.to_string()
                }
                Object::Complex(re, im) => complex_repr(*re, *im),
                Object::ByteArray(b) => format!("bytearray({})", crate::format::bytearray_repr(&b.borrow())),
                Object::Bytes(b) => bytes_repr(b),
                Object::Tuple(t) => {
                    let items = t.to_vec();
                    if items.is_empty() {
                        return Ok("()".into());
                    }
                    let inner = self.repr_items(o, &items, "(...)")?;
                    match inner {
                        Err(s) => s,
                        Ok(parts) if parts.len() == 1 => format!("({},)", parts[0]),
                        Ok(parts) => format!("({})", parts.join(", ")),
                    }
                }
                Object::List(l) => {
                    // Read as the list stands at each step: an item's repr may change it.
                    match self.repr_items_by(o, &|i| crate::types::live_item(l, i), "[...]")? {
                        Err(s) => s,
                        Ok(parts) => format!("[{}]", parts.join(", ")),
                    }
                }
                Object::Dict(d) => {
                    let items = d.items();
                    if items.is_empty() {
                        return Ok("{}".into());
                    }
                    self.dict_repr(o, &items)?
                }
                Object::Set(s) | Object::FrozenSet(s) => {
                    let frozen = matches!(&**o, Object::FrozenSet(_));
                    let items = s.keys();
                    let name = if frozen { "frozenset" } else { "set" };
                    if items.is_empty() {
                        return Ok(format!("{name}()"));
                    }
                    match self.repr_items(o, &items, &format!("{name}(...)"))? {
                        Err(s) => s,
                        Ok(parts) if frozen => format!("frozenset({{{}}})", parts.join(", ")),
                        Ok(parts) => format!("{{{}}}", parts.join(", ")),
                    }
                }
                Object::DictView(d, kind) => {
                    let dict = d.as_dict().expect("dict");
                    let (name, items): (&str, Vec<Value>) = match kind {
                        DictViewKind::Keys => ("dict_keys", dict.keys()),
                        DictViewKind::Values => ("dict_values", dict.values()),
                        DictViewKind::Items => {
                            ("dict_items", dict.items().into_iter().map(|(k, v)| self.tuple_val(vec![k, v])).collect())
                        }
                    };
                    match self.repr_items(o, &items, "...")? {
                        Err(s) => s,
                        Ok(parts) => format!("{name}([{}])", parts.join(", ")),
                    }
                }
                Object::Range(r) => {
                    if r.step == 1 {
                        format!("range({}, {})", r.start, r.stop)
                    } else {
                        format!("range({}, {}, {})", r.start, r.stop, r.step)
                    }
                }
                Object::BigRange(r) => {
                    if r.step == num_bigint::BigInt::from(1) {
                        format!("range({}, {})", r.start, r.stop)
                    } else {
                        format!("range({}, {}, {})", r.start, r.stop, r.step)
                    }
                }
                Object::Slice(s) => {
                    let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                    format!("slice({}, {}, {})", self.repr_string(&a)?, self.repr_string(&b)?, self.repr_string(&c)?)
                }
                Object::Function(f) => {
                    let qn = f.qualname.borrow().clone();
                    format!("<function {} at {}>", qn.as_str().map(|s| s.as_str()).unwrap_or("?"), addr(v))
                }
                Object::BuiltinFunction(b) => match &b.bound_self {
                    None => format!("<built-in function {}>", b.name),
                    Some(s) if b.slot => {
                        format!("<method-wrapper '{}' of {} object at {}>", b.name, self.type_name(s), addr(s))
                    }
                    Some(s) => format!("<built-in method {} of {} object at {}>", b.name, self.type_name(s), addr(s)),
                },
                Object::MethodDescriptor(m) => {
                    let owner = m.owner.as_type().expect("type").tp_name();
                    let kind = if m.slot { "slot wrapper" } else { "method" };
                    format!("<{kind} '{}' of '{owner}' objects>", m.name)
                }
                Object::GetSetDescriptor(g) => {
                    let owner = g.owner.as_type().expect("type").tp_name();
                    let kind = if g.member { "member" } else { "attribute" };
                    format!("<{kind} '{}' of '{owner}' objects>", g.name)
                }
                Object::SlotMember(m) => {
                    let name = m.name.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
                    let owner = m.owner.as_type().expect("type").tp_name();
                    format!("<member '{name}' of '{owner}' objects>")
                }
                Object::BoundMethod(m) => {
                    let func = m.func.clone();
                    let qn = match &func {
                        Value::Obj(f) => match &**f {
                            Object::Function(f) => {
                                f.qualname.borrow().as_str().map(|s| s.as_str().to_string()).unwrap_or_default()
                            }
                            _ => self
                                .getattr_str(&func, "__qualname__")
                                .ok()
                                .and_then(|q| self.as_str_ref(&q).map(str::to_string))
                                .unwrap_or_else(|| "?".into()),
                        },
                        _ => "?".into(),
                    };
                    let s = m.bound_self.clone();
                    format!("<bound method {qn} of {}>", self.repr_string(&s)?)
                }
                Object::StaticMethod(f) => {
                    let f = f.callable();
                    format!("<staticmethod({})>", self.repr_string(&f)?)
                }
                Object::ClassMethod(f) => {
                    let f = f.callable();
                    format!("<classmethod({})>", self.repr_string(&f)?)
                }
                Object::Property(_) => format!("<property object at {}>", addr(v)),
                Object::Code(c) => {
                    format!(
                        "<code object {} at {}, file \"{}\", line {}>",
                        c.name.as_str().map(|s| s.as_str()).unwrap_or("?"),
                        addr(v),
                        c.filename.as_str().map(|s| s.as_str()).unwrap_or("?"),
                        c.unit.firstlineno
                    )
                }
                Object::Cell(c) => {
                    let content = c.borrow().clone();
                    if content.is_null() {
                        format!("<cell at {}: empty>", addr(v))
                    } else {
                        format!("<cell at {}: {} object at {}>", addr(v), self.type_name(&content), addr(&content))
                    }
                }
                Object::Module(m) => {
                    let d = m.dict.as_dict().expect("dict");
                    let name = d
                        .get_str("__name__")
                        .and_then(|n| self.as_str_ref(&n).map(str::to_string))
                        .unwrap_or_else(|| "?".into());
                    match d.get_str("__file__").and_then(|f| self.as_str_ref(&f).map(str::to_string)) {
                        Some(f) => format!("<module '{name}' from '{f}'>"),
                        None if self.native_modules.iter().any(|(n, _)| *n == name) || name == "builtins" => {
                            format!("<module '{name}' (built-in)>")
                        }
                        None => format!("<module '{name}'>"),
                    }
                }
                Object::Type(t) if t.metaclass.is_some() && self.user_slot(v, "__repr__").is_some() => {
                    self.instance_repr(v)?
                }
                Object::Type(t) => {
                    let module = if t.is_heap {
                        t.dict
                            .as_dict()
                            .expect("dict")
                            .get_str("__module__")
                            .and_then(|m| self.as_str_ref(&m).map(str::to_string))
                    } else {
                        Some(t.module.to_string())
                    };
                    let qn = t.qualname.borrow().clone();
                    match module {
                        Some(m) if m != "builtins" => format!("<class '{m}.{qn}'>"),
                        _ => format!("<class '{qn}'>"),
                    }
                }
                Object::Exception(_) => self.exception_repr(v)?,
                Object::Frame(f) => {
                    let (code, lasti) = match &*f.state.borrow() {
                        FrameState::Live(d) => {
                            let fr = &self.frames[*d];
                            (fr.code.clone(), fr.lasti)
                        }
                        FrameState::Dead(d) => (d.code.clone(), d.lasti),
                        FrameState::Suspended(g) => {
                            crate::objects::frame::with_suspended_record(g, |r| (r.code.clone(), r.lasti))
                                .unwrap_or_else(|| (self.types.code.clone(), 0))
                        }
                    };
                    let c = code.as_code().expect("code");
                    format!(
                        "<frame at {}, file '{}', line {}, code {}>",
                        addr(v),
                        c.filename.as_str().map(|s| s.as_str()).unwrap_or("?"),
                        c.line_of(lasti as usize).unwrap_or(c.unit.firstlineno),
                        c.name.as_str().map(|s| s.as_str()).unwrap_or("?")
                    )
                }
                Object::Traceback(_) => format!("<traceback object at {}>", addr(v)),
                Object::TextIO(t) => format!(
                    "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
                    t.name(),
                    if t.name() == "<stdin>" { "r" } else { "w" }
                ),
                Object::File(f) => crate::types::file_repr(self, f)?,
                Object::Instance(_) | Object::Native(_) => self.instance_repr(v)?,
                Object::NotImplemented => "NotImplemented".into(),
                Object::Ellipsis => "Ellipsis".into(),
                Object::Super(_) => return self.super_repr(o),
                Object::Generator(g) => {
                    let qualname = g.qualname.borrow().as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
                    format!("<generator object {qualname} at {}>", addr(v))
                }
                Object::Iter(_) => format!("<{} object at {}>", self.type_name(v), addr(v)),
            },
        })
    }

    /// Reprs of a container's items, or `Err(placeholder)` when the container is already
    /// being printed (a reference cycle).
    fn repr_items(
        &mut self,
        container: &ObjRef,
        items: &[Value],
        placeholder: &str,
    ) -> PyResult<Result<Vec<String>, String>> {
        self.repr_items_by(container, &|i| items.get(i).cloned(), placeholder)
    }

    /// The reprs of the items `get(0)`, `get(1)`, ... until it gives None, or the
    /// placeholder when the container is already being shown (a cycle).
    fn repr_items_by(
        &mut self,
        container: &ObjRef,
        get: &dyn Fn(usize) -> Option<Value>,
        placeholder: &str,
    ) -> PyResult<Result<Vec<String>, String>> {
        let id = std::rc::Rc::as_ptr(container) as *const u8 as usize;
        if self.repr_stack.contains(&id) {
            return Ok(Err(placeholder.to_string()));
        }
        self.enter_native_for(" while getting the repr of an object")?;
        self.repr_stack.push(id);
        let mut parts = Vec::new();
        let mut result = Ok(());
        let mut i = 0;
        while let Some(item) = get(i) {
            match self.repr_string(&item) {
                Ok(s) => parts.push(s),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
            i += 1;
        }
        self.repr_stack.pop();
        self.leave_native();
        result.map(|_| Ok(parts))
    }

    fn dict_repr(&mut self, o: &ObjRef, items: &[(Value, Value)]) -> PyResult<String> {
        let id = std::rc::Rc::as_ptr(o) as *const u8 as usize;
        if self.repr_stack.contains(&id) {
            return Ok("{...}".into());
        }
        self.enter_native_for(" while getting the repr of an object")?;
        self.repr_stack.push(id);
        let mut parts = Vec::with_capacity(items.len());
        let mut result = Ok(());
        // Entries are read by position as the dict stands at each step (a repr may
        // change it), as CPython's dict_repr walks its entries.
        let dict = o.as_dict();
        let mut pos = 0;
        loop {
            let entry = match dict {
                Some(d) => {
                    if pos >= d.slot_count() {
                        break;
                    }
                    pos += 1;
                    match d.entry_at(pos - 1) {
                        Some(e) => e,
                        None => continue,
                    }
                }
                None => match items.get(pos) {
                    Some(e) => {
                        pos += 1;
                        e.clone()
                    }
                    None => break,
                },
            };
            let (k, v) = (&entry.0, &entry.1);
            let r = self.repr_string(k).and_then(|ks| self.repr_string(v).map(|vs| format!("{ks}: {vs}")));
            match r {
                Ok(s) => parts.push(s),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.repr_stack.pop();
        self.leave_native();
        result.map(|_| format!("{{{}}}", parts.join(", ")))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<ObjRef> {
        // int, bool, float, complex and str: the format-spec mini-language.
        if let Some(s) = crate::format::format_builtin(self, v, spec)? {
            return Ok(s);
        }
        match v {
            _ if crate::protocols::instance::has_python_class(v) => {
                if let Some(r) = self.instance_format(v, spec)? {
                    return Ok(r);
                }
                // CPython calls the inherited `object.__format__`, a builtin method (one
                // level of recursion).
                self.enter_native_for(" while calling a Python object")?;
                let s = self.default_format(v, spec);
                self.leave_native();
                Ok(self.new_string(s?))
            }
            _ => {
                let s = self.default_format(v, spec)?;
                Ok(self.new_string(s))
            }
        }
    }

    /// `object.__format__`: str(v) for an empty spec, else a TypeError.
    fn default_format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.to_str_string(v);
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("unsupported format string passed to {tn}.__format__")))
    }
}
