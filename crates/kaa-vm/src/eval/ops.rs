//! Out-of-line bodies of instructions too large for the dispatch loop: name lookups,
//! building containers, unpacking, f-string formatting, `with`, imports and the
//! interactive `PRINT_EXPR`.

use kaa_bytecode::{BinaryOp, Op};

use crate::error::PyResult;
use crate::object::Object;
use crate::objects::code::{Code, GlobalCache};
use crate::protocols::hash::hash_str;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// LOAD_GLOBAL without a current cache: look up globals then builtins, and cache.
    pub(crate) fn load_global_slow(&mut self, code: &Code, i: usize) -> PyResult<Value> {
        let name_obj = code.names[i].clone();
        let name = name_obj.as_str().expect("name").as_str();
        let hash = hash_str(name);
        let frame = self.frames.last().expect("frame");
        let (globals, builtins) = (frame.globals().clone(), frame.builtins().clone());
        if let Some(g) = globals.as_dict() {
            if let Some(idx) = g.index_of_str(name, hash) {
                let v = g.table.borrow().value_at(idx).cloned().unwrap_or(Value::None);
                code.global_cache[i].set(GlobalCache {
                    globals_version: g.keys_version(),
                    builtins_version: 0,
                    index: idx as u32,
                });
                return Ok(v);
            }
            if let Some(b) = builtins.as_dict() {
                if let Some(idx) = b.index_of_str(name, hash) {
                    let v = b.table.borrow().value_at(idx).cloned().unwrap_or(Value::None);
                    code.global_cache[i].set(GlobalCache {
                        globals_version: g.keys_version(),
                        builtins_version: b.keys_version(),
                        index: idx as u32,
                    });
                    return Ok(v);
                }
            } else if let Some(v) = self.mapping_get(&Value::Obj(builtins.clone()), &Value::Obj(name_obj.clone()))? {
                return Ok(v);
            }
        }
        Err(self.name_error(name))
    }

    pub(crate) fn store_global(&mut self, code: &Code, i: usize, v: Value) -> PyResult<()> {
        let name = code.names[i].clone();
        let globals = self.frames.last().expect("frame").globals().clone();
        globals.as_dict().expect("globals dict").set_item(self, Value::Obj(name), v)
    }

    pub(crate) fn delete_global(&mut self, code: &Code, i: usize) -> PyResult<()> {
        let name = code.names[i].clone();
        let globals = self.frames.last().expect("frame").globals().clone();
        match globals.as_dict().expect("globals dict").del_item(self, &Value::Obj(name.clone()))? {
            Some(_) => Ok(()),
            None => Err(self.name_error(name.as_str().expect("name").as_str())),
        }
    }

    /// `mapping[key]` for a dict or any object with `__getitem__`; None on KeyError.
    pub(crate) fn mapping_get(&mut self, mapping: &Value, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = mapping {
            if let Some(d) = o.as_dict() {
                return d.get_item(self, key);
            }
        }
        match self.getitem(mapping, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.exc.key_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub(crate) fn load_name(&mut self, code: &Code, i: usize) -> PyResult<Value> {
        let name = code.names[i].clone();
        let key = Value::Obj(name.clone());
        let frame = self.frames.last().expect("frame");
        let (locals, globals, builtins) = (frame.locals.clone(), frame.globals().clone(), frame.builtins().clone());
        if let Some(locals) = &locals {
            if let Some(v) = self.mapping_get(locals, &key)? {
                return Ok(v);
            }
        }
        if let Some(v) = globals.as_dict().expect("globals dict").get_item(self, &key)? {
            return Ok(v);
        }
        if let Some(v) = self.mapping_get(&Value::Obj(builtins), &key)? {
            return Ok(v);
        }
        Err(self.name_error(name.as_str().expect("name").as_str()))
    }

    pub(crate) fn store_name(&mut self, code: &Code, i: usize, v: Value) -> PyResult<()> {
        let name = code.names[i].clone();
        let Some(locals) = self.frames.last().expect("frame").locals.clone() else {
            let n = name.as_str().expect("name").as_str().to_string();
            return Err(self.system_error(format!("no locals found when storing '{n}'")));
        };
        self.setitem(&locals, Value::Obj(name), v)
    }

    pub(crate) fn delete_name(&mut self, code: &Code, i: usize) -> PyResult<()> {
        let name = code.names[i].clone();
        let Some(locals) = self.frames.last().expect("frame").locals.clone() else {
            return Err(self.system_error("no locals when deleting"));
        };
        let key = Value::Obj(name.clone());
        let missing = match &locals {
            Value::Obj(o) if o.as_dict().is_some() => o.as_dict().expect("dict").del_item(self, &key)?.is_none(),
            _ => match self.delitem(&locals, &key) {
                Ok(()) => false,
                Err(e) if self.err_matches(&e, &self.exc.key_error.clone()) => true,
                Err(e) => return Err(e),
            },
        };
        if missing {
            return Err(self.name_error(name.as_str().expect("name").as_str()));
        }
        Ok(())
    }

    /// LOAD_CLASSDEREF: the class namespace first, then the cell.
    pub(crate) fn load_class_deref(&mut self, code: &Code, slot: usize, fp: *mut Value) -> PyResult<Value> {
        let name = code.localsplus_names[slot].clone();
        if let Some(locals) = self.frames.last().expect("frame").locals.clone() {
            if let Some(v) = self.mapping_get(&locals, &Value::Obj(name))? {
                return Ok(v);
            }
        }
        // SAFETY: verified slot index into this frame's localsplus.
        let cell = unsafe { (*fp.add(slot)).clone() };
        let v = match &cell {
            Value::Obj(o) => match &**o {
                Object::Cell(c) => c.borrow().clone(),
                _ => Value::Null,
            },
            _ => Value::Null,
        };
        if v.is_null() {
            return Err(self.unbound_deref(code, slot));
        }
        Ok(v)
    }

    pub(crate) fn load_build_class(&mut self) -> PyResult<Value> {
        let builtins = self.frames.last().expect("frame").builtins().clone();
        match builtins.as_dict().and_then(|d| d.get_str("__build_class__")) {
            Some(v) => Ok(v),
            None => {
                let t = self.exc.name_error.clone();
                Err(self.new_error(&t, "__build_class__ not found"))
            }
        }
    }

    /// Binary operators not handled by the loop's int/float fast path.
    pub(crate) fn binary_op_slow(&mut self, a: &Value, b: &Value, op: BinaryOp, inplace: bool) -> PyResult<Value> {
        if inplace {
            // list += iterable extends in place.
            if let (BinaryOp::Add, Value::Obj(o)) = (op, a) {
                if let Object::List(l) = &**o {
                    self.list_extend(l, b)?;
                    return Ok(a.clone());
                }
            }
            // bytearray += bytes-like, bytearray *= n change it in place.
            if let Value::Obj(o) = a {
                if let Object::ByteArray(ba) = &**o {
                    if op == BinaryOp::Add {
                        if let Some(extra) = crate::types::bytes_like(b).map(|x| x.into_owned()) {
                            ba.borrow_mut().extend(extra);
                            return Ok(a.clone());
                        }
                    }
                    if op == BinaryOp::Multiply && crate::protocols::arith::as_int(b).is_some() {
                        let n = self
                            .to_i64(b)
                            .map_err(|_| self.overflow_error("cannot fit 'int' into an index-sized integer"))?
                            .max(0) as usize;
                        let data = ba.borrow().clone();
                        let out = self.repeat_bytes(&data, n)?;
                        *ba.borrow_mut() = out;
                        return Ok(a.clone());
                    }
                }
            }
            if let (BinaryOp::Multiply, Value::Obj(o)) = (op, a) {
                if let Object::List(l) = &**o {
                    if crate::protocols::arith::as_int(b).is_some() {
                        let n = self
                            .to_i64(b)
                            .map_err(|_| self.overflow_error("cannot fit 'int' into an index-sized integer"))?
                            .max(0) as usize;
                        let items = l.borrow().clone();
                        let out = self.repeat_items(&items, n)?;
                        *l.borrow_mut() = out;
                        return Ok(a.clone());
                    }
                }
            }
            if let Value::Obj(o) = a {
                if let Object::Set(s) = &**o {
                    if let Value::Obj(bo) = b {
                        if let Object::Set(_) | Object::FrozenSet(_) = &**bo {
                            use crate::types::set_ops;
                            match op {
                                BinaryOp::Or => set_ops::update(self, s, b)?,
                                BinaryOp::And => {
                                    let r = set_ops::intersection(self, a, b)?;
                                    s.replace_with(r);
                                }
                                BinaryOp::Subtract => set_ops::difference_update(self, a, b)?,
                                BinaryOp::Xor => set_ops::symmetric_difference_update(self, a, b)?,
                                _ => return self.binary_op(a, b, op, inplace),
                            }
                            return Ok(a.clone());
                        }
                    }
                }
                if let Object::Dict(d) = &**o {
                    if op == BinaryOp::Or {
                        self.dict_update(d, b)?;
                        return Ok(a.clone());
                    }
                }
            }
        }
        self.binary_op(a, b, op, inplace)
    }

    /// BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP, BUILD_STRING from `items`.
    pub(crate) fn build_collection(&mut self, op: Op, items: &[Value]) -> PyResult<Value> {
        match op {
            Op::BuildSet => {
                let set = crate::objects::set::SetObj::new();
                for v in items {
                    set.add(self, v.clone())?;
                }
                Ok(Value::from_obj(Object::Set(Box::new(set))))
            }
            Op::BuildMap => {
                let d = self.new_dict();
                for pair in items.chunks(2) {
                    d.as_dict().expect("dict").set_item(self, pair[0].clone(), pair[1].clone())?;
                }
                Ok(Value::Obj(d))
            }
            Op::BuildConstKeyMap => {
                let (values, keys) = items.split_at(items.len() - 1);
                let keys = keys[0].as_obj().and_then(|k| k.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
                let d = self.new_dict();
                for (k, v) in keys.into_iter().zip(values) {
                    d.as_dict().expect("dict").set_item(self, k, v.clone())?;
                }
                Ok(Value::Obj(d))
            }
            _ => {
                let mut s = String::new();
                for v in items {
                    if let Some(t) = self.as_str_ref(v) {
                        s.push_str(t);
                    }
                }
                Ok(Value::Obj(self.new_string(s)))
            }
        }
    }

    /// SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE.
    /// `callee` is the function being called, for DICT_MERGE's error messages.
    pub(crate) fn collection_add(
        &mut self,
        op: Op,
        target: &Value,
        items: &[Value],
        callee: Option<&Value>,
    ) -> PyResult<()> {
        let Value::Obj(t) = target else { return Ok(()) };
        match (op, &**t) {
            (Op::SetAdd, Object::Set(s)) => s.add(self, items[0].clone()),
            (Op::SetUpdate, Object::Set(s)) => crate::types::set_ops::update(self, s, &items[0]),
            (Op::MapAdd, Object::Dict(d)) => d.set_item(self, items[0].clone(), items[1].clone()),
            (Op::ListExtend, Object::List(l)) => {
                let src = &items[0];
                match self.iterate(src) {
                    Ok(v) => {
                        l.borrow_mut().extend(v);
                        Ok(())
                    }
                    Err(e) => {
                        if !self.is_iterable(src) {
                            let tn = self.type_name(src);
                            return Err(self.type_error(format!("Value after * must be an iterable, not {tn}")));
                        }
                        Err(e)
                    }
                }
            }
            (Op::DictUpdate, Object::Dict(d)) => {
                let src = items[0].clone();
                if !matches!(&src, Value::Obj(o) if o.as_dict().is_some()) && !self.has_attr(&src, "keys")? {
                    let tn = self.type_name(&src);
                    return Err(self.type_error(format!("'{tn}' object is not a mapping")));
                }
                self.dict_update(d, &src)
            }
            (Op::DictMerge, Object::Dict(d)) => {
                let src = items[0].clone();
                let plain = self.dict_merge_source(&src);
                let pairs = match &plain {
                    Some(Value::Obj(o)) => o.as_dict().expect("dict").items(),
                    _ => {
                        if !self.has_attr(&src, "keys")? {
                            let fname = callee.map(|c| self.callable_description(c)).unwrap_or_default();
                            let tn = self.type_name(&src);
                            return Err(
                                self.type_error(format!("{fname} argument after ** must be a mapping, not {tn}"))
                            );
                        }
                        let keys = self.call_method(&src, "keys", &[])?;
                        if !self.is_iterable(&keys) {
                            let (tn, kt) = (self.type_name(&src), self.type_name(&keys));
                            return Err(self.type_error(format!("{tn}.keys() returned a non-iterable (type {kt})")));
                        }
                        let mut pairs = Vec::new();
                        for k in self.iterate(&keys)? {
                            let v = self.getitem(&src, &k)?;
                            pairs.push((k, v));
                        }
                        pairs
                    }
                };
                for (k, v) in pairs {
                    if d.contains(self, &k)? {
                        let fname = callee.map(|c| self.callable_description(c)).unwrap_or_default();
                        let key = match self.as_str_ref(&k) {
                            Some(s) => s.to_string(),
                            None => self.repr_string(&k)?,
                        };
                        return Err(
                            self.type_error(format!("{fname} got multiple values for keyword argument '{key}'"))
                        );
                    }
                    d.set_item(self, k, v)?;
                }
                Ok(())
            }
            _ => Err(self.system_error("bad collection operation")),
        }
    }

    /// FORMAT_VALUE: conversion (1 str, 2 repr, 3 ascii) then `format(v, spec)`.
    pub(crate) fn format_value(&mut self, v: &Value, conversion: u32, spec: Option<&Value>) -> PyResult<Value> {
        let converted = match conversion {
            1 => Value::Obj(self.to_str(v)?),
            2 => Value::Obj(self.repr(v)?),
            3 => {
                let r = self.repr_string(v)?;
                Value::Obj(self.new_string(crate::format::ascii_escape(&r)))
            }
            _ => v.clone(),
        };
        let spec_str = spec.and_then(|s| self.as_str_ref(s)).unwrap_or("").to_string();
        if spec_str.is_empty() {
            if let Value::Obj(o) = &converted {
                if o.as_str().is_some() {
                    return Ok(converted);
                }
            }
        }
        let r = self.format(&converted, &spec_str)?;
        Ok(Value::Obj(r))
    }

    /// UNPACK_SEQUENCE / UNPACK_EX: the items in order (the loop pushes them reversed).
    pub(crate) fn unpack(&mut self, seq: &Value, op: Op, arg: u32) -> PyResult<Vec<Value>> {
        let items: Vec<Value> = match seq {
            Value::Obj(o) => match &**o {
                Object::Tuple(t) => t.to_vec(),
                Object::List(l) => l.borrow().clone(),
                _ => self.unpack_iterate(seq)?,
            },
            _ => self.unpack_iterate(seq)?,
        };
        if op == Op::UnpackSequence {
            let n = arg as usize;
            if items.len() != n {
                return Err(if items.len() > n {
                    self.value_error(format!("too many values to unpack (expected {n})"))
                } else {
                    self.value_error(format!("not enough values to unpack (expected {n}, got {})", items.len()))
                });
            }
            return Ok(items);
        }
        let before = (arg & 0xff) as usize;
        let after = (arg >> 8) as usize;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = Vec::with_capacity(before + after + 1);
        out.extend(items[..before].iter().cloned());
        let mid = items[before..items.len() - after].to_vec();
        out.push(Value::Obj(self.new_list(mid)));
        out.extend(items[items.len() - after..].iter().cloned());
        Ok(out)
    }

    fn unpack_iterate(&mut self, seq: &Value) -> PyResult<Vec<Value>> {
        if !self.is_iterable(seq) {
            let tn = self.type_name(seq);
            return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
        }
        self.iterate(seq)
    }

    /// BEFORE_WITH: (bound `__exit__`, result of `__enter__()`).
    pub(crate) fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let ty = self.type_of(mgr);
        let t = ty.as_type().expect("type");
        let enter = t.lookup("__enter__");
        let exit = t.lookup("__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = self.type_name(mgr);
            // CPython 3.11 names the missing method only when __enter__ was found.
            let missing = if t.lookup("__enter__").is_some() { " (missed __exit__ method)" } else { "" };
            return Err(
                self.type_error(format!("'{tn}' object does not support the context manager protocol{missing}"))
            );
        };
        let exit = self.descr_get(&exit, mgr, &ty)?;
        let enter = self.descr_get(&enter, mgr, &ty)?;
        let entered = self.call(&enter, &[], &[])?;
        Ok((exit, entered))
    }

    /// WITH_EXCEPT_START: `__exit__(type, exc, traceback)`.
    pub(crate) fn with_except_start(&mut self, exit: &Value, exc: &Value) -> PyResult<Value> {
        let ty = Value::Obj(self.type_of(exc));
        let tb = match exc {
            Value::Obj(o) => match o.as_exception().and_then(|e| e.traceback.borrow().clone()) {
                Some(tb) => Value::Obj(tb),
                None => Value::None,
            },
            _ => Value::None,
        };
        self.call(exit, &[ty, exc.clone(), tb], &[])
    }

    pub(crate) fn setup_annotations(&mut self) -> PyResult<()> {
        let Some(locals) = self.frames.last().expect("frame").locals.clone() else { return Ok(()) };
        let key = self.str_val("__annotations__");
        if self.mapping_get(&locals, &key)?.is_none() {
            let d = Value::Obj(self.new_dict());
            self.setitem(&locals, key, d)?;
        }
        Ok(())
    }

    /// PRINT_EXPR: interactive mode shows expression results through sys.displayhook.
    pub(crate) fn print_expr(&mut self, v: Value) -> PyResult<()> {
        match self.sys_attr("displayhook") {
            Some(hook) => {
                self.call(&hook, &[v], &[])?;
                Ok(())
            }
            None => {
                let t = self.exc.runtime_error.clone();
                Err(self.new_error(&t, "lost sys.displayhook"))
            }
        }
    }

    /// The default `sys.displayhook`: prints the repr of non-None values and binds `_`.
    pub fn display_hook(&mut self, v: &Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let builtins = self.builtins_dict.clone();
        builtins.as_dict().expect("dict").set_str(self, "_", Value::None);
        let r = self.repr_string(v)?;
        self.write_stdout(&format!("{r}\n"))?;
        builtins.as_dict().expect("dict").set_str(self, "_", v.clone());
        Ok(())
    }

    /// Writes to `sys.stdout` (whatever object it currently is).
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        let out = self.sys_attr("stdout").unwrap_or(Value::Obj(self.stdout.clone()));
        self.write_to(&out, s)
    }

    /// Writes text to a file-like object.
    pub fn write_to(&mut self, file: &Value, s: &str) -> PyResult<()> {
        if let Value::Obj(o) = file {
            if let Object::TextIO(t) = &**o {
                if t.closed.get() {
                    return Err(self.value_error("I/O operation on closed file."));
                }
                t.write(s);
                return Ok(());
            }
        }
        if file.is_none() {
            return Ok(());
        }
        let text = self.str_val(s);
        self.call_method(file, "write", &[text])?;
        Ok(())
    }

    /// The module object for `import name` (relative imports resolved from `level`).
    pub(crate) fn import_name(&mut self, name: &ObjRef, fromlist: &Value, level: &Value) -> PyResult<Value> {
        let name = name.as_str().expect("name").as_str().to_string();
        let level = match level {
            Value::Int(i) => *i,
            _ => 0,
        };
        let has_fromlist = match fromlist {
            Value::Obj(o) => o.as_tuple().is_some_and(|t| !t.is_empty()),
            _ => false,
        };
        // `import` goes through the frame's builtins `__import__`, as CPython's
        // IMPORT_NAME: missing, it is an error; replaced, the replacement is called.
        if let Some(frame) = self.frames.last() {
            let builtins = frame.builtins().clone();
            let globals = frame.globals().clone();
            let locals = frame.locals.clone().unwrap_or(Value::None);
            let import = match &*builtins {
                Object::Dict(d) => d.get_str("__import__"),
                Object::Module(m) => m.dict.as_dict().and_then(|d| d.get_str("__import__")),
                _ => None,
            };
            match import {
                None => {
                    let t = self.exc.import_error.clone();
                    return Err(self.new_error(&t, "__import__ not found"));
                }
                Some(Value::Obj(f)) if matches!(&*f, Object::BuiltinFunction(b) if b.name == "__import__" && b.bound_self.is_none()) =>
                    {}
                Some(f) => {
                    let name_v = self.str_val(&name);
                    let args = [name_v, Value::Obj(globals), locals, fromlist.clone(), Value::Int(level)];
                    return self.call(&f, &args, &[]);
                }
            }
        }
        self.import_module_level(&name, has_fromlist, level)
    }

    pub(crate) fn import_from(&mut self, module: &Value, name: &ObjRef) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(module, name)? {
            return Ok(v);
        }
        let n = name.as_str().expect("name").as_str().to_string();
        let mod_name = match module {
            Value::Obj(o) => match &**o {
                Object::Module(m) => m.dict.as_dict().and_then(|d| d.get_str("__name__")),
                _ => None,
            },
            _ => None,
        };
        let mod_name = mod_name
            .and_then(|v| self.as_str_ref(&v).map(str::to_string))
            .unwrap_or_else(|| "<unknown module name>".into());
        // A submodule not yet imported.
        let full = format!("{mod_name}.{n}");
        if let Ok(m) = self.import_module_level(&full, true, 0) {
            return Ok(m);
        }
        let file = match module {
            Value::Obj(o) => match &**o {
                Object::Module(m) => m.dict.as_dict().and_then(|d| d.get_str("__file__")),
                _ => None,
            },
            _ => None,
        };
        let location = match file.as_ref().and_then(|f| self.as_str_ref(f)) {
            Some(f) => format!(" ({f})"),
            None => " (unknown location)".to_string(),
        };
        let t = self.exc.import_error.clone();
        let msg = if self.initializing.contains(&mod_name) {
            format!(
                "cannot import name '{n}' from partially initialized module '{mod_name}' (most likely due to a circular import){location}"
            )
        } else {
            format!("cannot import name '{n}' from '{mod_name}'{location}")
        };
        let err = self.new_error(&t, msg.clone());
        let e = err.0.as_exception().expect("exception");
        let nv = self.str_val(&mod_name);
        e.set_field("name", nv);
        let mv = self.str_val(&msg);
        e.set_field("msg", mv);
        e.set_field("path", file.unwrap_or(Value::None));
        Err(err)
    }

    pub(crate) fn import_star(&mut self, module: &Value) -> PyResult<()> {
        let Some(locals) = self.frames.last().expect("frame").locals.clone() else {
            return Err(self.system_error("import * needs a namespace"));
        };
        let dict = match module {
            Value::Obj(o) => match &**o {
                Object::Module(m) => m.dict.clone(),
                _ => return Err(self.type_error("import * from a non-module")),
            },
            _ => return Err(self.type_error("import * from a non-module")),
        };
        let all = dict.as_dict().expect("dict").get_str("__all__");
        let names: Vec<Value> = match all {
            Some(a) => self.iterate(&a)?,
            None => dict
                .as_dict()
                .expect("dict")
                .keys()
                .into_iter()
                .filter(|k| self.as_str_ref(k).is_some_and(|s| !s.starts_with('_')))
                .collect(),
        };
        for name in names {
            let Some(n) = name.as_obj().cloned() else { continue };
            let v = self.getattr(module, &n)?;
            self.setitem(&locals, name, v)?;
        }
        Ok(())
    }
}
