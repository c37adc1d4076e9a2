//! Calling objects, and binding arguments to a Python function's parameters with
//! CPython 3.11's exact TypeError messages.

use std::rc::Rc;

use kaa_bytecode::CodeFlags;

use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::{Args, MethodDescriptor, MethodKind, NoKw, Sig};
use crate::objects::code::Code;
use crate::objects::function::FunctionObj;
use crate::protocols::args::{sig_accepts, Callee};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// `callable(*args)` with the trailing `kwnames.len()` arguments passed by keyword.
    pub fn call(&mut self, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let Value::Obj(o) = callable else {
            return Err(self.not_callable(callable));
        };
        match &**o {
            Object::Function(_) => self.call_python(o, args, kwnames),
            Object::BuiltinFunction(b) => {
                if !sig_accepts(b.sig, args.len() - kwnames.len(), kwnames.len()) {
                    let callee = match &b.bound_self {
                        Some(s) => Callee::Bound(s),
                        None => Callee::Function(b.module),
                    };
                    self.check_sig(b.sig, b.name, callee, args, kwnames)?;
                }
                self.enter_native_for(" while calling a Python object")?;
                let result = match &b.bound_self {
                    None => (b.func)(self, Args { args, kwnames }),
                    Some(s) => {
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.push(s.clone());
                        all.extend_from_slice(args);
                        (b.func)(self, Args { args: &all, kwnames })
                    }
                };
                self.leave_native();
                result
            }
            Object::MethodDescriptor(m) => self.call_method_descriptor(m, args, kwnames),
            Object::BoundMethod(m) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(m.bound_self.clone());
                all.extend_from_slice(args);
                let func = m.func.clone();
                self.call(&func, &all, kwnames)
            }
            Object::Type(t) => {
                // A metaclass's own __call__ takes over calling its classes.
                if let Some(meta) = &t.metaclass {
                    let m = meta.as_type().expect("type").lookup("__call__");
                    if let Some(m) = m.filter(|m| !self.is_builtin_slot(callable, "__call__", m)) {
                        let meta = meta.clone();
                        let bound = self.descr_get(&m, callable, &meta)?;
                        return self.call(&bound, args, kwnames);
                    }
                }
                // Types without CPython's vectorcall are called through `tp_call`, which
                // counts a level of recursion.
                if !t.has_vectorcall() {
                    self.enter_native_for(" while calling a Python object")?;
                    let r = self.call_type(o, Args { args, kwnames });
                    self.leave_native();
                    return r;
                }
                self.call_type(o, Args { args, kwnames })
            }
            Object::StaticMethod(f) => {
                let f = f.callable();
                self.call(&f, args, kwnames)
            }
            Object::Instance(_) => self.call_instance(callable, args, kwnames),
            Object::Native(n) => match n.class.as_type().and_then(|t| t.native_call.get()) {
                // The type's own call (classes deriving from it have none: they go
                // through `__call__`, as CPython's subclasses lose the vectorcall).
                Some(call) => call(self, callable, args, kwnames),
                None => self.call_instance(callable, args, kwnames),
            },
            _ => Err(self.not_callable(callable)),
        }
    }

    /// Calling an instance of a class: its type's `__call__`.
    fn call_instance(&mut self, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let ty = self.type_of(callable);
        match ty.as_type().expect("type").lookup("__call__") {
            Some(m) if matches!(&m, Value::Obj(f) if matches!(&**f, Object::Function(_))) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(callable.clone());
                all.extend_from_slice(args);
                // `tp_call`, which counts a level of recursion.
                self.enter_native_for(" while calling a Python object")?;
                let r = self.call(&m, &all, kwnames);
                self.leave_native();
                r
            }
            // A staticmethod, classmethod, property, ... binds as attribute
            // lookup would.
            Some(m) => {
                let bound = self.descr_get(&m, callable, &ty)?;
                self.call(&bound, args, kwnames)
            }
            None => Err(self.not_callable(callable)),
        }
    }

    pub fn not_callable(&mut self, v: &Value) -> crate::error::PyErr {
        let name = self.type_name(v);
        self.type_error(format!("'{name}' object is not callable"))
    }

    fn call_method_descriptor(&mut self, m: &MethodDescriptor, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let owner = m.owner.as_type().expect("type").tp_name();
        match m.kind {
            MethodKind::Instance => {
                let npos = args.len() - kwnames.len();
                // Slot wrappers (`int.__add__`) word these errors their own way.
                let wrapper = m.slot || matches!(m.sig, Sig::Wrap(_) | Sig::Pos { kw: NoKw::Wrapper, .. });
                if npos == 0 {
                    if wrapper {
                        return Err(
                            self.type_error(format!("descriptor '{}' of '{owner}' object needs an argument", m.name))
                        );
                    }
                    return Err(self.type_error(format!("unbound method {owner}.{}() needs an argument", m.name)));
                }
                if !self.is_instance_of(&args[0], &m.owner) {
                    let tn = self.type_name(&args[0]);
                    if wrapper {
                        return Err(self.type_error(format!(
                            "descriptor '{}' requires a '{owner}' object but received a '{tn}'",
                            m.name
                        )));
                    }
                    return Err(self.type_error(format!(
                        "descriptor '{}' for '{owner}' objects doesn't apply to a '{tn}' object",
                        m.name
                    )));
                }
                if !sig_accepts(m.sig, npos - 1, kwnames.len()) {
                    self.check_sig(m.sig, m.name, Callee::Descriptor(&m.owner), &args[1..], kwnames)?;
                }
            }
            MethodKind::Class => {
                // Taken from the type's dict (`int.__dict__['from_bytes']`), it needs the
                // class as its first argument.
                let npos = args.len() - kwnames.len();
                if npos == 0 {
                    return Err(
                        self.type_error(format!("descriptor '{}' of '{owner}' object needs an argument", m.name))
                    );
                }
                let cls = match &args[0] {
                    Value::Obj(o) if o.as_type().is_some() => o.clone(),
                    other => {
                        let tn = self.type_name(other);
                        return Err(self.type_error(format!(
                            "descriptor '{}' for type '{owner}' needs a type, not a '{tn}' as arg 2",
                            m.name
                        )));
                    }
                };
                if !self.is_subclass_ref(&cls, &m.owner) {
                    let cn = cls.as_type().expect("type").tp_name();
                    return Err(self.type_error(format!(
                        "descriptor '{}' requires a subtype of '{owner}' but received '{cn}'",
                        m.name
                    )));
                }
                if !sig_accepts(m.sig, npos - 1, kwnames.len()) {
                    self.check_sig(m.sig, m.name, Callee::Bound(&args[0]), &args[1..], kwnames)?;
                }
            }
            MethodKind::Static => {
                if !sig_accepts(m.sig, args.len() - kwnames.len(), kwnames.len()) {
                    self.check_sig(m.sig, m.name, Callee::Descriptor(&m.owner), args, kwnames)?;
                }
            }
        }
        if m.kind == MethodKind::Instance {
            if let Some(unwrapped) = self.unwrap_builtin_instances(&m.owner, m.name, args, kwnames.len()) {
                return self.call_on_builtin_values(m, args, &unwrapped, kwnames);
            }
        }
        self.enter_native_for(" while calling a Python object")?;
        let r = (m.func)(self, Args { args, kwnames });
        self.leave_native();
        r
    }

    /// For a method of builtin type `owner` (not `object`): the arguments with each
    /// instance of a subclass of `owner` replaced by the builtin value it extends, so the
    /// method works on that value (`Stack([1]).append(2)` appends to the list inside);
    /// `None` when no argument is such an instance.
    fn unwrap_builtin_instances(&self, owner: &ObjRef, name: &str, args: &[Value], nkw: usize) -> Option<Vec<Value>> {
        let t = owner.as_type()?;
        if t.is_heap || t.layout != crate::objects::typeobj::Layout::Builtin || Rc::ptr_eq(owner, &self.types.object) {
            return None;
        }
        // dict.update and dict(...) read a dict subclass argument by its own rules
        // (`dict_merge_source`), and the methods that store or look for the argument
        // itself (`l.append(l)`, `d[k] = v`, `s.add(x)`) must keep the instance: for
        // these only the receiver is unwrapped.
        let merges = matches!(name, "update" | "__init__") && std::ptr::eq(t, self.types.dict.as_type().expect("type"));
        let keeps_arguments = matches!(
            name,
            "append"
                | "insert"
                | "__setitem__"
                | "setdefault"
                | "add"
                | "index"
                | "count"
                | "remove"
                | "__contains__"
                | "fromkeys"
        );
        let npos = if (merges || keeps_arguments) && args.len() > nkw { 1 } else { args.len() - nkw };
        let base_of = |v: &Value| match v {
            Value::Obj(o) => match &**o {
                Object::Instance(i) => {
                    i.base().filter(|b| self.type_of(b).as_type().is_some_and(|bt| bt.is_subtype_of(owner))).cloned()
                }
                _ => None,
            },
            _ => None,
        };
        if !args[..npos].iter().any(|a| base_of(a).is_some()) {
            return None;
        }
        Some(
            args.iter()
                .enumerate()
                .map(|(i, a)| if i < npos { base_of(a).unwrap_or_else(|| a.clone()) } else { a.clone() })
                .collect(),
        )
    }

    /// Runs builtin method `m` on the builtin values inside `original`'s instances: a
    /// method returning its receiver (`__iadd__`) returns the instance, and a dict
    /// subclass's `__missing__` answers a missing key, as CPython's dict does.
    fn call_on_builtin_values(
        &mut self,
        m: &MethodDescriptor,
        original: &[Value],
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        // `format(x, '')` is `str(x)` for the builtin types: the subclass's `__str__`.
        if m.name == "__format__" && args.len() == 2 && self.as_str_ref(&args[1]) == Some("") {
            let s = self.to_str(&original[0])?;
            return Ok(Value::Obj(s));
        }
        self.enter_native_for(" while calling a Python object")?;
        let r = (m.func)(self, Args { args, kwnames });
        self.leave_native();
        match r {
            // A mutable value returned as itself (`__iadd__`) stands for the instance; an
            // immutable one (`bytes.__bytes__`, `str.__str__`) is the exact-type result
            // CPython makes for a subclass.
            Ok(Value::Obj(v))
                if matches!(&args[0], Value::Obj(a) if Rc::ptr_eq(a, &v))
                    && matches!(&*v, Object::List(_) | Object::Dict(_) | Object::Set(_) | Object::ByteArray(_)) =>
            {
                Ok(original[0].clone())
            }
            Err(e)
                if m.name == "__getitem__"
                    && Rc::ptr_eq(&m.owner, &self.types.dict)
                    && self.err_matches(&e, &self.exc.key_error.clone()) =>
            {
                let ty = self.type_of(&original[0]);
                match ty.as_type().expect("type").lookup("__missing__") {
                    Some(missing) => self.call_slot(&missing, &original[0], &args[1..2]),
                    None => Err(e),
                }
            }
            r => r,
        }
    }

    /// Calls a Python function from Rust: pushes its frame and runs it to completion.
    /// Only the frame counts against the recursion limit, as in CPython (the native
    /// stack is still checked).
    pub fn call_python(&mut self, func: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        if func.as_function().is_some_and(|f| f.code.borrow().as_code().is_some_and(|c| c.is_generator())) {
            return self.new_generator(func, args, kwnames);
        }
        self.check_native_stack()?;
        match self.push_call_frame(func, args, kwnames, true) {
            Ok(()) => self.run_frame(),
            Err(e) => Err(e),
        }
    }

    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name);
        let (callable, unbound) = self.get_method(obj, &n)?;
        if unbound {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj.clone());
            all.extend_from_slice(args);
            self.call(&callable, &all, &[])
        } else {
            self.call(&callable, args, &[])
        }
    }

    /// Calls the special method `name` looked up on the type of `obj` (not the
    /// instance), as the interpreter does for operators; `None` if the type lacks it.
    pub fn call_dunder(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj);
        let Some(m) = ty.as_type().expect("type").lookup(name) else { return Ok(None) };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(obj.clone());
        all.extend_from_slice(args);
        match &m {
            Value::Obj(o) if matches!(&**o, Object::Function(_) | Object::MethodDescriptor(_)) => {
                self.call(&m, &all, &[]).map(Some)
            }
            _ => {
                let bound = self.descr_get(&m, obj, &ty)?;
                self.call(&bound, args, &[]).map(Some)
            }
        }
    }
}

/// Binds `args` (positional, then keyword values named by `kwnames`) to the parameters
/// of `func` in `slots` (its fresh localsplus), as CPython's `initialize_locals` does.
pub fn bind_args(
    vm: &mut Vm,
    func: &FunctionObj,
    code: &Code,
    slots: &mut [Value],
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<()> {
    let nkw = kwnames.len();
    let npos = args.len() - nkw;
    let argcount = code.argcount();
    let kwonly = code.kwonlyargcount();
    let posonly = code.posonlyargcount();
    let total = argcount + kwonly;
    let flags = code.flags();
    let has_varargs = flags & CodeFlags::VARARGS != 0;
    let has_varkw = flags & CodeFlags::VARKEYWORDS != 0;

    let kwdict = if has_varkw {
        let d = vm.new_dict();
        slots[total + has_varargs as usize] = Value::Obj(d.clone());
        Some(d)
    } else {
        None
    };
    let n = npos.min(argcount);
    for i in 0..n {
        slots[i] = args[i].clone();
    }
    if has_varargs {
        slots[total] = vm.tuple_val(args[n..npos].to_vec());
    }
    let qualname = || func.qualname.borrow().as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
    for (k, value) in kwnames.iter().zip(&args[npos..]) {
        let Some(kname) = (match k {
            Value::Obj(o) => o.as_str().map(|s| s.as_str()),
            _ => None,
        }) else {
            return Err(vm.type_error(format!("{}() keywords must be strings", qualname())));
        };
        let found = (posonly..total).find(|&j| {
            let name = &code.localsplus_names[j];
            matches!(k, Value::Obj(o) if Rc::ptr_eq(o, name)) || name.as_str().is_some_and(|s| s.as_str() == kname)
        });
        match found {
            Some(j) => {
                if !slots[j].is_null() {
                    return Err(vm.type_error(format!("{}() got multiple values for argument '{kname}'", qualname())));
                }
                slots[j] = value.clone();
            }
            None => {
                if let Some(d) = &kwdict {
                    d.as_dict().expect("dict").set_item(vm, k.clone(), value.clone())?;
                    continue;
                }
                if posonly > 0 {
                    let given: Vec<String> =
                        kwnames.iter().filter_map(|kw| vm.as_str_ref(kw).map(str::to_string)).collect();
                    let conflicts: Vec<String> = (0..posonly)
                        .filter_map(|j| code.localsplus_names[j].as_str().map(|s| s.as_str().to_string()))
                        .filter(|name| given.contains(name))
                        .collect();
                    if !conflicts.is_empty() {
                        return Err(vm.type_error(format!(
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            qualname(),
                            conflicts.join(", ")
                        )));
                    }
                }
                return Err(vm.type_error(format!("{}() got an unexpected keyword argument '{kname}'", qualname())));
            }
        }
    }
    if npos > argcount && !has_varargs {
        return Err(too_many_positional(vm, func, code, npos, slots, &qualname()));
    }
    if npos < argcount {
        let defaults_obj = func.defaults.borrow().clone();
        let defaults: &[Value] = defaults_obj.as_ref().and_then(|d| d.as_tuple()).unwrap_or(&[]);
        // `__defaults__` may be longer than the parameters (it is writable): then `m`
        // is negative and only the last `argcount` defaults apply, as in CPython.
        let defcount = defaults.len() as i64;
        let m = argcount as i64 - defcount;
        let missing = (npos as i64..m).filter(|&i| slots[i as usize].is_null()).count();
        if missing > 0 {
            return Err(missing_arguments(vm, code, 0, m as usize, slots, "positional", &qualname()));
        }
        let start = if n as i64 > m { n as i64 - m } else { 0 };
        for i in start..defcount {
            let slot = (m + i) as usize;
            if slots[slot].is_null() {
                slots[slot] = defaults[i as usize].clone();
            }
        }
    }
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing = 0;
        for i in argcount..total {
            if !slots[i].is_null() {
                continue;
            }
            if let (Some(kd), Some(name)) = (&kwdefaults, code.localsplus_names[i].as_str()) {
                if let Some(v) = kd.as_dict().and_then(|d| d.get_str_obj(name)) {
                    slots[i] = v;
                    continue;
                }
            }
            missing += 1;
        }
        if missing > 0 {
            return Err(missing_arguments(vm, code, argcount, total, slots, "keyword-only", &qualname()));
        }
    }
    Ok(())
}

fn too_many_positional(
    vm: &mut Vm,
    func: &FunctionObj,
    code: &Code,
    given: usize,
    slots: &[Value],
    qualname: &str,
) -> crate::error::PyErr {
    let argcount = code.argcount();
    let kwonly_given = (argcount..argcount + code.kwonlyargcount()).filter(|&i| !slots[i].is_null()).count();
    let defcount = func.defaults.borrow().as_ref().and_then(|d| d.as_tuple().map(|t| t.len())).unwrap_or(0);
    let (sig, plural) = if defcount > 0 {
        (format!("from {} to {}", argcount as i64 - defcount as i64, argcount), true)
    } else {
        (argcount.to_string(), argcount != 1)
    };
    let kwonly_sig = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            if given != 1 { "s" } else { "" },
            kwonly_given,
            if kwonly_given != 1 { "s" } else { "" }
        )
    } else {
        String::new()
    };
    vm.type_error(format!(
        "{qualname}() takes {sig} positional argument{} but {given}{kwonly_sig} {} given",
        if plural { "s" } else { "" },
        if given == 1 && kwonly_given == 0 { "was" } else { "were" }
    ))
}

fn missing_arguments(
    vm: &mut Vm,
    code: &Code,
    start: usize,
    end: usize,
    slots: &[Value],
    kind: &str,
    qualname: &str,
) -> crate::error::PyErr {
    let names: Vec<String> = (start..end)
        .filter(|&i| slots[i].is_null())
        .map(|i| format!("'{}'", code.localsplus_names[i].as_str().map(|s| s.as_str()).unwrap_or("")))
        .collect();
    let n = names.len();
    let list = match n {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!("{}, {}, and {}", names[..n - 2].join(", "), names[n - 2], names[n - 1]),
    };
    vm.type_error(format!("{qualname}() missing {n} required {kind} argument{}: {list}", if n == 1 { "" } else { "s" }))
}
