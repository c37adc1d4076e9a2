//! Calls from the eval loop: the `CALL*` instructions, pushing and popping frames, and
//! `MAKE_FUNCTION`.
//!
//! A call to a Python function pushes a frame and returns to the loop, which continues
//! in the callee (no Rust recursion). The common case — positional arguments matching a
//! simple signature exactly — moves the arguments into the new frame without touching
//! reference counts.

use std::cell::RefCell;
use std::ptr;
use std::rc::Rc;

use kaa_bytecode::Op;

use super::frame::Frame;
use super::CallOutcome;
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::frame::{DeadFrame, FrameState};
use crate::objects::function::FunctionObj;
use crate::protocols::call::bind_args;
use crate::value::{read_value, write_value, ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// Executes a call instruction whose operands end just below `sp`. On success the
    /// operands are consumed and the caller's saved `sp` points where the result goes; on
    /// error they are left in place for the unwinder.
    pub(crate) fn call_instruction(&mut self, op: Op, arg: u32, sp: *mut Value) -> PyResult<CallOutcome> {
        let argc = arg as usize;
        // Layout: [callable, (self-or-NULL), args..., (kwnames)] ending at sp.
        // SAFETY: the verifier guarantees the operands of the call are on the stack.
        let (callable_at, first_arg, nargs, kwnames): (*mut Value, *mut Value, usize, Option<Value>) = unsafe {
            match op {
                Op::Call => (sp.sub(argc + 1), sp.sub(argc), argc, None),
                Op::CallMethod | Op::CallKw => {
                    let kw = op == Op::CallKw;
                    let top = if kw { sp.sub(1) } else { sp };
                    let callable = top.sub(argc + 2);
                    let self_slot = top.sub(argc + 1);
                    let (first, n) = if (*self_slot).is_null() { (top.sub(argc), argc) } else { (self_slot, argc + 1) };
                    (callable, first, n, if kw { Some((*top).clone()) } else { None })
                }
                _ => {
                    // CALL_FUNCTION_EX: [callable, self-or-NULL, args, (kwargs)]
                    return self.call_function_ex(arg, sp);
                }
            }
        };
        // SAFETY: these slots are live operands (see above).
        let callable = unsafe { &*callable_at };
        // SAFETY: `nargs` live argument values start at `first_arg` (see above).
        let args = unsafe { std::slice::from_raw_parts(first_arg, nargs) };
        // The names tuple is held by `kwnames`; borrow its items.
        let kwnames_vec: &[Value] = match &kwnames {
            Some(Value::Obj(t)) => t.as_tuple().unwrap_or(&[]),
            _ => &[],
        };

        if let Value::Obj(func) = callable {
            if let Object::Function(f) = &**func {
                // Fast path: move the arguments into the new frame.
                let code_obj = f.code.borrow().clone();
                let code = code_obj.as_code().expect("code");
                if kwnames_vec.is_empty() && code.simple_args && nargs == code.argcount() {
                    if self.recursion_depth() >= self.recursion_limit {
                        return Err(self.recursion_error());
                    }
                    code.note_start();
                    let func = func.clone();
                    let (base, mark) = self.stack.alloc(code.nlocalsplus + code.stacksize, code.nlocalsplus);
                    // SAFETY: `args` are `nargs` live values and the new block's first
                    // `nargs` slots hold Nulls (nothing to drop); after the copy the
                    // caller's stack top is lowered below the callable, so the moved values
                    // are owned only by the new frame, and the callable and the self slot
                    // (if NULL) are dropped here exactly once.
                    unsafe {
                        ptr::copy_nonoverlapping(first_arg, base, nargs);
                        let mut p = callable_at;
                        while p < first_arg {
                            ptr::drop_in_place(p);
                            p = p.add(1);
                        }
                    }
                    self.frames.last_mut().expect("caller").sp = callable_at;
                    let nlocals = code.nlocalsplus;
                    self.frames.push(Frame {
                        code: code_obj,
                        scope: None,
                        func: Some(func),
                        locals: None,
                        base,
                        // SAFETY: within the block just allocated.
                        sp: unsafe { base.add(nlocals) },
                        ip: 0,
                        lasti: 0,
                        frame_obj: None,
                        is_entry: false,
                        inline_gen: false,
                        trace_call_pending: self.tracing,
                        trace: None,
                        mark,
                    });
                    return Ok(CallOutcome::Pushed);
                }
                let func = func.clone();
                if code.is_generator() {
                    let gen = self.new_generator(&func, args, kwnames_vec)?;
                    self.drop_operands(callable_at, sp, 0);
                    return Ok(CallOutcome::Done(gen));
                }
                self.push_call_frame(&func, &args[..], &kwnames_vec, false)?;
                // The callee has copies of the arguments: drop the caller's operands.
                self.drop_operands(callable_at, sp, 1);
                return Ok(CallOutcome::Pushed);
            }
        }
        let callable = callable.clone();
        if self.profile_func.is_some() {
            // `sys.setprofile`: c_call / c_return events around a builtin.
            let result = self.profile_builtin_call(&callable, args, kwnames_vec)?;
            self.drop_operands(callable_at, sp, 0);
            return Ok(CallOutcome::Done(result));
        }
        let result = match &callable {
            Value::Obj(o) => match &**o {
                Object::BuiltinFunction(b) if self.specialized_builtin_call(b) => {
                    self.check_native_stack()?;
                    (b.func)(self, crate::objects::builtin_func::Args { args, kwnames: kwnames_vec })?
                }
                // `str(x)` has its own specialised instruction (no `tp_call` level).
                Object::Type(_)
                    if Rc::ptr_eq(o, &self.types.str)
                        && args.len() == 1
                        && kwnames_vec.is_empty()
                        && self.frames.last().is_some_and(|f| f.code().is_warm()) =>
                {
                    self.call_type(o, crate::objects::builtin_func::Args { args, kwnames: &[] })?
                }
                _ => self.call(&callable, args, kwnames_vec)?,
            },
            _ => self.call(&callable, args, kwnames_vec)?,
        };
        self.drop_operands(callable_at, sp, 0);
        Ok(CallOutcome::Done(result))
    }

    /// Whether CPython 3.11 would run this call of a builtin function through a
    /// specialised instruction that skips the recursion check: the calling code has
    /// warmed up, and the builtin takes the FASTCALL convention (or has its own
    /// instruction, like `len` and `isinstance`). Other calls of builtins count a level.
    fn specialized_builtin_call(&self, b: &crate::objects::builtin_func::BuiltinFunction) -> bool {
        let fast = match b.module {
            Some("sys") => matches!(b.name, "_getframe" | "exit" | "excepthook" | "audit"),
            Some("builtins") => matches!(
                b.name,
                "__build_class__"
                    | "__import__"
                    | "compile"
                    | "delattr"
                    | "divmod"
                    | "eval"
                    | "exec"
                    | "format"
                    | "getattr"
                    | "hasattr"
                    | "isinstance"
                    | "issubclass"
                    | "iter"
                    | "anext"
                    | "next"
                    | "pow"
                    | "print"
                    | "round"
                    | "setattr"
                    | "sorted"
                    | "sum"
                    | "input"
                    | "breakpoint"
                    | "len"
            ),
            _ => false,
        };
        fast && b.bound_self.is_none() && self.frames.last().is_some_and(|f| f.code().is_warm())
    }

    /// The fast path of `CALL`: a Python function whose positional parameters the
    /// arguments fill exactly. Moves the callable and arguments (ending at `sp`) into a
    /// new frame and returns true; returns false (touching nothing) otherwise.
    #[inline(always)]
    pub(crate) fn push_simple_call(&mut self, sp: *mut Value, argc: usize, ip: usize) -> bool {
        // SAFETY: the verifier guarantees `argc + 1` operands below `sp`.
        let callable_at = unsafe { sp.sub(argc + 1) };
        // SAFETY: a live stack slot.
        let Value::Obj(func) = (unsafe { &*callable_at }) else { return false };
        let Object::Function(f) = &**func else { return false };
        let code_ref = f.code.borrow();
        let code = match &**code_ref {
            Object::Code(c) => c,
            _ => return false,
        };
        if !code.simple_args || argc != code.argcount() || self.recursion_depth() >= self.recursion_limit {
            return false;
        }
        code.note_start();
        let nlocals = code.nlocalsplus;
        let size = nlocals + code.stacksize;
        let code_obj = code_ref.clone();
        drop(code_ref);
        let n = self.frames.len();
        // SAFETY: `frames` is non-empty while the loop runs a frame.
        let caller = unsafe { self.frames.get_unchecked_mut(n - 1) };
        caller.sp = callable_at;
        caller.ip = ip as u32;
        caller.lasti = ip as u32 - 1;
        let (base, mark) = self.stack.alloc(size, nlocals);
        // SAFETY: the arguments are `argc` live values right above the callable; the new
        // block's first slots hold Nulls (nothing to drop). After the copy the caller's
        // stack top is below the callable, so the arguments and the callable (read out
        // into the frame record) are owned only by the new frame.
        let func = unsafe {
            for i in 0..argc {
                write_value(base.add(i), read_value(callable_at.add(1 + i)));
            }
            match read_value(callable_at) {
                Value::Obj(o) => o,
                _ => unreachable!("checked above"),
            }
        };
        // SAFETY: within the block just allocated.
        let sp = unsafe { base.add(nlocals) };
        self.push_frame_record(code_obj, Some(func), base, sp, mark);
        true
    }

    /// Appends a function frame record, writing its fields in place (building it on the
    /// stack and copying it in costs a store-forwarding stall per call).
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn push_frame_record(
        &mut self,
        code: ObjRef,
        func: Option<ObjRef>,
        base: *mut Value,
        sp: *mut Value,
        mark: super::frame::StackMark,
    ) {
        self.frames.reserve(1);
        let len = self.frames.len();
        // SAFETY: capacity for one more record was just reserved; every field of the
        // slot is written before the length is raised to include it.
        unsafe {
            let slot = self.frames.as_mut_ptr().add(len);
            ptr::addr_of_mut!((*slot).code).write(code);
            ptr::addr_of_mut!((*slot).func).write(func);
            ptr::addr_of_mut!((*slot).scope).write(None);
            ptr::addr_of_mut!((*slot).locals).write(None);
            ptr::addr_of_mut!((*slot).base).write(base);
            ptr::addr_of_mut!((*slot).sp).write(sp);
            ptr::addr_of_mut!((*slot).ip).write(0);
            ptr::addr_of_mut!((*slot).lasti).write(0);
            ptr::addr_of_mut!((*slot).frame_obj).write(None);
            ptr::addr_of_mut!((*slot).is_entry).write(false);
            ptr::addr_of_mut!((*slot).inline_gen).write(false);
            ptr::addr_of_mut!((*slot).trace_call_pending).write(self.tracing);
            ptr::addr_of_mut!((*slot).trace).write(None);
            ptr::addr_of_mut!((*slot).mark).write(mark);
            self.frames.set_len(len + 1);
        }
    }

    /// Drops the operand slots from `from` up to `to` and records `from` as the saved
    /// stack top of the frame `depth_from_top` below the top (0: the running frame).
    fn drop_operands(&mut self, from: *mut Value, to: *mut Value, depth_from_top: usize) {
        // SAFETY: [from, to) are live operand slots of that frame, dropped once; its
        // saved top is lowered to `from` so they are not dropped again.
        unsafe {
            let mut p = to;
            while p > from {
                p = p.sub(1);
                ptr::drop_in_place(p);
            }
        }
        let n = self.frames.len();
        self.frames[n - 1 - depth_from_top].sp = from;
    }

    fn call_function_ex(&mut self, flags: u32, sp: *mut Value) -> PyResult<CallOutcome> {
        let has_kwargs = flags & 1 != 0;
        let n = 3 + has_kwargs as usize;
        // SAFETY: verified operands: callable, self-or-NULL, args, (kwargs).
        let (callable, self_slot, args_v, kwargs_v) = unsafe {
            let base = sp.sub(n);
            (
                (*base).clone(),
                (*base.add(1)).clone(),
                (*base.add(2)).clone(),
                if has_kwargs { Some((*base.add(3)).clone()) } else { None },
            )
        };
        let mut args: Vec<Value> = Vec::new();
        if !self_slot.is_null() {
            args.push(self_slot);
        }
        match &args_v {
            Value::Obj(o) if matches!(&**o, Object::Tuple(_)) => {
                args.extend(o.as_tuple().expect("tuple").iter().cloned())
            }
            _ => {
                let items = match self.iterate(&args_v) {
                    Ok(items) => items,
                    Err(e) => {
                        if self.err_matches(&e, &self.exc.type_error.clone()) && !self.is_iterable(&args_v) {
                            let fname = self.callable_description(&callable);
                            let tn = self.type_name(&args_v);
                            return Err(
                                self.type_error(format!("{fname} argument after * must be an iterable, not {tn}"))
                            );
                        }
                        return Err(e);
                    }
                };
                args.extend(items);
            }
        }
        let mut kwnames = Vec::new();
        if let Some(kw) = kwargs_v {
            let items = match &kw {
                Value::Obj(o) if matches!(&**o, Object::Dict(_)) => o.as_dict().expect("dict").items(),
                _ => {
                    let fname = self.callable_description(&callable);
                    let tn = self.type_name(&kw);
                    if !self.has_attr(&kw, "keys")? {
                        return Err(self.type_error(format!("{fname} argument after ** must be a mapping, not {tn}")));
                    }
                    let keys = self.call_method(&kw, "keys", &[])?;
                    if !self.is_iterable(&keys) {
                        let kt = self.type_name(&keys);
                        return Err(self.type_error(format!("{tn}.keys() returned a non-iterable (type {kt})")));
                    }
                    let keys = self.iterate(&keys)?;
                    let mut items = Vec::new();
                    for k in keys {
                        let v = self.getitem(&kw, &k)?;
                        items.push((k, v));
                    }
                    items
                }
            };
            // Callables receive `**` keywords as names, which must be strings; only
            // str.format takes CPython's keyword dict as it is (its fields are looked
            // up by name, so other keys are simply never used).
            let any_keys = match &callable {
                Value::Obj(o) => match &**o {
                    Object::MethodDescriptor(m) => m.name == "format" && Rc::ptr_eq(&m.owner, &self.types.str),
                    Object::BuiltinFunction(b) => {
                        b.name == "format" && matches!(&b.bound_self, Some(s) if self.as_str_ref(s).is_some())
                    }
                    _ => false,
                },
                _ => false,
            };
            for (k, v) in items {
                if self.as_str_ref(&k).is_none() {
                    if any_keys {
                        continue;
                    }
                    return Err(self.type_error("keywords must be strings"));
                }
                args.push(v);
                kwnames.push(k);
            }
        }
        if let Value::Obj(func) = &callable {
            if let Object::Function(f) = &**func {
                let func = func.clone();
                if f.code.borrow().as_code().is_some_and(|c| c.is_generator()) {
                    let gen = self.new_generator(&func, &args, &kwnames)?;
                    // SAFETY: the `n` call operands are live stack entries just below `sp` (verified).
                    self.drop_operands(unsafe { sp.sub(n) }, sp, 0);
                    return Ok(CallOutcome::Done(gen));
                }
                self.push_call_frame(&func, &args, &kwnames, false)?;
                // SAFETY: as above: the `n` operands are just below `sp`.
                self.drop_operands(unsafe { sp.sub(n) }, sp, 1);
                return Ok(CallOutcome::Pushed);
            }
        }
        let result = self.call(&callable, &args, &kwnames)?;
        // SAFETY: as above: the `n` operands are just below `sp`.
        self.drop_operands(unsafe { sp.sub(n) }, sp, 0);
        Ok(CallOutcome::Done(result))
    }

    /// How CPython names a callable in argument-unpacking errors: `f()` for builtins,
    /// `__main__.f()` (module and qualname) for Python functions.
    pub fn callable_description(&self, callable: &Value) -> String {
        match callable {
            Value::Obj(o) => match &**o {
                Object::Function(f) => {
                    let qn = f.qualname.borrow().as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
                    match &*f.module.borrow() {
                        Value::Obj(m) if m.as_str().is_some() => {
                            format!("{}.{qn}()", m.as_str().expect("str").as_str())
                        }
                        _ => format!("{qn}()"),
                    }
                }
                Object::BuiltinFunction(b) => format!("{}()", b.name),
                Object::MethodDescriptor(m) => format!("{}()", m.name),
                Object::BoundMethod(m) => self.callable_description(&m.func),
                Object::Type(t) => format!("{}()", t.name()),
                _ => format!("{} object", self.type_name(callable)),
            },
            _ => format!("{} object", self.type_name(callable)),
        }
    }

    /// Pushes a frame for calling `func` with bound arguments.
    pub fn push_call_frame(
        &mut self,
        func: &ObjRef,
        args: &[Value],
        kwnames: &[Value],
        is_entry: bool,
    ) -> PyResult<()> {
        let f = func.as_function().expect("function");
        let code_obj = f.code.borrow().clone();
        let code = code_obj.as_code().expect("code");
        if self.recursion_depth() >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        code.note_start();
        let nlocals = code.nlocalsplus;
        let (base, mark) = self.stack.alloc(nlocals + code.stacksize, nlocals);
        // SAFETY: the block's first `nlocals` slots were just initialised; nothing else
        // refers to them until the frame is pushed.
        let slots = unsafe { std::slice::from_raw_parts_mut(base, nlocals) };
        let bound = if kwnames.is_empty() && code.simple_args && args.len() == code.argcount() {
            for (slot, a) in slots.iter_mut().zip(args) {
                *slot = a.clone();
            }
            Ok(())
        } else {
            bind_args(self, f, code, slots, args, kwnames)
        };
        if let Err(e) = bound {
            for slot in slots.iter_mut() {
                drop(slot.take());
            }
            self.stack.release(mark);
            return Err(e);
        }
        // Code without fast locals (a module body made into a function) uses the
        // globals as its locals, as CPython does.
        let locals = if code.unit.flags & kaa_bytecode::CodeFlags::OPTIMIZED == 0 {
            Some(Value::Obj(f.globals.clone()))
        } else {
            None
        };
        self.frames.push(Frame {
            code: code_obj.clone(),
            scope: None,
            func: Some(func.clone()),
            locals,
            base,
            // SAFETY: within the block just allocated.
            sp: unsafe { base.add(nlocals) },
            ip: 0,
            lasti: 0,
            frame_obj: None,
            is_entry,
            inline_gen: false,
            trace_call_pending: self.tracing,
            trace: None,
            mark,
        });
        Ok(())
    }

    /// Pushes a frame running `code` with a locals mapping (module bodies, class bodies,
    /// `exec`/`eval`).
    pub fn push_code_frame(
        &mut self,
        code_obj: &ObjRef,
        globals: ObjRef,
        locals: Option<Value>,
        builtins: ObjRef,
        func: Option<ObjRef>,
    ) -> PyResult<()> {
        let code = code_obj.as_code().expect("code");
        if self.recursion_depth() >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        code.note_start();
        let nlocals = code.nlocalsplus;
        let (base, mark) = self.stack.alloc(nlocals + code.stacksize, nlocals);
        self.frames.push(Frame {
            code: code_obj.clone(),
            scope: Some((globals, builtins)),
            func,
            locals,
            base,
            // SAFETY: within the block just allocated.
            sp: unsafe { base.add(nlocals) },
            ip: 0,
            lasti: 0,
            frame_obj: None,
            is_entry: true,
            inline_gen: false,
            trace_call_pending: self.tracing,
            trace: None,
            mark,
        });
        Ok(())
    }

    /// Pops the top frame: hands its state to its frame object (if one was made), drops
    /// its values and releases its stack block.
    pub fn pop_frame(&mut self) {
        let depth = self.frames.len() - 1;
        if self.frames[depth].frame_obj.is_some() {
            self.retire_frame_object(depth);
        }
        let mut frame = self.frames.pop().expect("frame");
        frame.clear();
        self.stack.release(frame.mark);
    }

    /// Moves what a finished frame's object can still show into the object.
    fn retire_frame_object(&mut self, depth: usize) {
        let back = if depth > 0 { Some(self.frame_object(depth - 1)) } else { None };
        let frame = &mut self.frames[depth];
        let Some(obj) = frame.frame_obj.take() else { return };
        let localsplus: Vec<Value> = frame.localsplus().to_vec();
        let dead = DeadFrame {
            code: frame.code.clone(),
            globals: frame.globals().clone(),
            builtins: frame.builtins().clone(),
            localsplus,
            locals: frame.locals.clone(),
            lasti: frame.lasti,
            back,
        };
        if let Object::Frame(fo) = &*obj {
            *fo.state.borrow_mut() = FrameState::Dead(dead);
        }
    }

    /// The frame object for the frame at `depth` (0 = outermost), made on first request.
    pub fn frame_object(&mut self, depth: usize) -> ObjRef {
        if let Some(o) = &self.frames[depth].frame_obj {
            return o.clone();
        }
        let obj = Rc::new(Object::Frame(Box::new(crate::objects::frame::FrameObj {
            state: RefCell::new(FrameState::Live(depth)),
            locals_dict: RefCell::new(None),
        })));
        self.frames[depth].frame_obj = Some(obj.clone());
        obj
    }

    /// `MAKE_FUNCTION`: a function object from a code object and what the flags pushed.
    pub(crate) fn make_function(
        &mut self,
        code_obj: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        annotations: Option<Value>,
        closure: Option<Value>,
    ) -> PyResult<Value> {
        let Value::Obj(code_obj) = code_obj else { return Err(self.system_error("MAKE_FUNCTION without code")) };
        let frame = self.frames.last().expect("frame");
        let globals = frame.globals().clone();
        let builtins = frame.builtins().clone();
        let code = code_obj.as_code().expect("code");
        let name = code.name.clone();
        let qualname = code.qualname.clone();
        let doc = match code.consts.first() {
            // As in CPython: a str first constant is the docstring.
            Some(d @ Value::Obj(o)) if o.as_str().is_some() => d.clone(),
            _ => Value::None,
        };
        let module = globals.as_dict().and_then(|d| d.get_str("__name__")).unwrap_or(Value::None);
        let annotations = match annotations {
            Some(Value::Obj(t)) if t.as_tuple().is_some() => {
                let items = t.as_tuple().expect("tuple").to_vec();
                let d = self.new_dict();
                for pair in items.chunks(2) {
                    if let [k, v] = pair {
                        d.as_dict().expect("dict").set_item(self, k.clone(), v.clone())?;
                    }
                }
                Some(d)
            }
            Some(Value::Obj(d)) => Some(d),
            _ => None,
        };
        let as_obj = |v: Option<Value>| match v {
            Some(Value::Obj(o)) => Some(o),
            _ => None,
        };
        Ok(Value::from_obj(Object::Function(Box::new(FunctionObj {
            code: RefCell::new(code_obj.clone()),
            globals,
            builtins,
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            defaults: RefCell::new(as_obj(defaults)),
            kwdefaults: RefCell::new(as_obj(kwdefaults)),
            closure: as_obj(closure),
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            dict: RefCell::new(None),
            annotations: RefCell::new(annotations),
        }))))
    }
}

/// Detaches the frame object (if any) of a generator frame that ends without running
/// again (a generator dropped or closed before it finished): the object keeps a
/// snapshot of the locals and last line, and no caller.
pub(crate) fn retire_detached_frame(frame: &mut Frame) {
    let Some(obj) = frame.frame_obj.take() else { return };
    let dead = DeadFrame {
        code: frame.code.clone(),
        globals: frame.globals().clone(),
        builtins: frame.builtins().clone(),
        localsplus: frame.localsplus().to_vec(),
        locals: frame.locals.clone(),
        lasti: frame.lasti,
        back: None,
    };
    if let Object::Frame(fo) = &*obj {
        *fo.state.borrow_mut() = FrameState::Dead(dead);
    }
}
