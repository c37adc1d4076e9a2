//! Iteration: `iter()`, `next()`, and collecting an iterable into a vector.

use std::cell::{Cell, RefCell};

use crate::error::PyResult;
use crate::object::{DictViewKind, Object};
use crate::objects::iter::{IterKind, IterObj};
use crate::value::Value;
use crate::vm::Vm;

/// Makes an iterator object.
pub fn new_iter(kind: IterKind) -> Value {
    Value::from_obj(Object::Iter(Box::new(IterObj { kind })))
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            let seq = |o: &crate::value::ObjRef| {
                new_iter(IterKind::Seq { seq: RefCell::new(Some(o.clone())), index: Cell::new(0) })
            };
            match &**o {
                Object::List(_) | Object::Tuple(_) | Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_) => {
                    return Ok(seq(o))
                }
                Object::Range(r) => {
                    return Ok(new_iter(IterKind::Range {
                        next: Cell::new(r.start),
                        step: r.step,
                        remaining: Cell::new(r.len),
                    }))
                }
                Object::BigRange(r) => {
                    return Ok(new_iter(IterKind::BigRange(RefCell::new((
                        r.start.clone(),
                        r.step.clone(),
                        r.len.clone(),
                    )))))
                }
                Object::Dict(d) => {
                    return Ok(new_iter(IterKind::Dict {
                        dict: RefCell::new(Some(o.clone())),
                        pos: Cell::new(0),
                        len: d.len(),
                        kind: DictViewKind::Keys,
                        reverse: false,
                        seen: Cell::new(0),
                    }))
                }
                Object::DictView(d, kind) => {
                    let len = d.as_dict().expect("dict").len();
                    return Ok(new_iter(IterKind::Dict {
                        dict: RefCell::new(Some(d.clone())),
                        pos: Cell::new(0),
                        len,
                        kind: *kind,
                        reverse: false,
                        seen: Cell::new(0),
                    }));
                }
                Object::Set(s) | Object::FrozenSet(s) => {
                    return Ok(new_iter(IterKind::Set {
                        set: RefCell::new(Some(o.clone())),
                        pos: Cell::new(0),
                        len: s.len(),
                    }))
                }
                Object::Iter(_) | Object::Generator(_) => return Ok(v.clone()),
                Object::TextIO(_) => return Ok(v.clone()),
                Object::File(f) => {
                    if f.state.borrow().file.is_none() {
                        return Err(self.value_error("I/O operation on closed file."));
                    }
                    return Ok(v.clone());
                }
                _ if crate::protocols::instance::has_python_class(v) => {
                    // `__iter__ = None` declares the class not iterable.
                    let declared = self.type_of(v).as_type().expect("type").lookup("__iter__");
                    if matches!(declared, Some(Value::None)) {
                        let tn = self.type_name(v);
                        return Err(self.type_error(format!("'{tn}' object is not iterable")));
                    }
                    if let Some(it) = self.call_dunder(v, "__iter__", &[])? {
                        if !self.is_iterator(&it) {
                            let tn = self.type_name(&it);
                            return Err(self.type_error(format!("iter() returned non-iterator of type '{tn}'")));
                        }
                        return Ok(it);
                    }
                    let ty = self.type_of(v);
                    if ty.as_type().expect("type").lookup("__getitem__").is_some() {
                        return Ok(new_iter(IterKind::GetItem {
                            obj: RefCell::new(Some(v.clone())),
                            index: Cell::new(0),
                        }));
                    }
                }
                _ => {}
            }
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("'{tn}' object is not iterable")))
    }

    /// Whether `iter(v)` would succeed (without calling anything).
    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &**o {
                Object::List(_)
                | Object::Tuple(_)
                | Object::Str(_)
                | Object::Bytes(_)
                | Object::ByteArray(_)
                | Object::Range(_)
                | Object::BigRange(_)
                | Object::Dict(_)
                | Object::DictView(..)
                | Object::Set(_)
                | Object::FrozenSet(_)
                | Object::Iter(_)
                | Object::Generator(_)
                | Object::TextIO(_)
                | Object::File(_) => true,
                Object::Instance(_) => {
                    let ty = self.type_of(v);
                    let t = ty.as_type().expect("type");
                    match t.lookup("__iter__") {
                        Some(Value::None) => false,
                        Some(_) => true,
                        None => t.lookup("__getitem__").is_some(),
                    }
                }
                _ => false,
            },
            _ => false,
        }
    }

    fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &**o {
                Object::Iter(_) | Object::Generator(_) | Object::TextIO(_) | Object::File(_) => true,
                Object::Instance(_) => {
                    let ty = self.type_of(v);
                    ty.as_type().expect("type").lookup("__next__").is_some()
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = it else {
            let tn = self.type_name(it);
            return Err(self.type_error(format!("'{tn}' object is not an iterator")));
        };
        match &**o {
            Object::Iter(i) => crate::types::iter_next(self, &i.kind),
            Object::Generator(_) => match self.gen_resume(o, crate::eval::generator::Resume::Send(Value::None))? {
                crate::eval::generator::GenResult::Yielded(v) => Ok(Some(v)),
                crate::eval::generator::GenResult::Returned(_) => Ok(None),
            },
            Object::Instance(_) => match self.call_dunder(it, "__next__", &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => {
                    let tn = self.type_name(it);
                    Err(self.type_error(format!("'{tn}' object is not an iterator")))
                }
                Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => Ok(None),
                Err(e) => Err(e),
            },
            Object::File(_) => crate::types::file_next(self, it),
            Object::TextIO(t) => {
                if t.closed.get() {
                    return Err(self.value_error("I/O operation on closed file."));
                }
                if t.stream != crate::objects::textio::Stream::Stdin {
                    let e = self.exc.os_error.clone();
                    return Err(self.new_error(&e, "not readable"));
                }
                self.flush_std();
                let line = crate::objects::textio::stdin::read_line(None);
                Ok((!line.is_empty()).then(|| self.str_val(&line)))
            }
            _ => {
                let tn = self.type_name(it);
                Err(self.type_error(format!("'{tn}' object is not an iterator")))
            }
        }
    }

    /// All items of an iterable.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            match &**o {
                Object::List(l) => return Ok(l.borrow().clone()),
                Object::Tuple(t) => return Ok(t.to_vec()),
                Object::Dict(d) => return Ok(d.keys()),
                Object::Set(s) | Object::FrozenSet(s) => return Ok(s.keys()),
                _ => {}
            }
        }
        // CPython sizes the result from the length hint first, so a huge range is a
        // MemoryError (or an OverflowError when its length exceeds a ssize_t) at once
        // rather than after exhausting memory.
        let hint = match v {
            Value::Obj(o) => match &**o {
                Object::Range(r) => r.len as usize,
                Object::BigRange(r) => match num_traits::ToPrimitive::to_isize(&r.len) {
                    Some(n) => n as usize,
                    None => return Err(self.overflow_error("Python int too large to convert to C ssize_t")),
                },
                _ => 0,
            },
            _ => 0,
        };
        let it = self.get_iter(v)?;
        let mut out = self.alloc_vec(hint)?;
        while let Some(x) = self.next(&it)? {
            self.reserve_more(&mut out, 1)?;
            out.push(x);
        }
        Ok(out)
    }
}
