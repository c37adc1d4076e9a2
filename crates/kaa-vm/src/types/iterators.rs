//! Iterator types: advancing each kind of iterator, the `__iter__`/`__next__` methods,
//! and the lazy builtins `enumerate`, `zip`, `map`, `filter`, `reversed`.

use std::cell::{Cell, RefCell};

use super::{add_method, set_doc};
use crate::error::PyResult;
use crate::object::{DictViewKind, Object};
use crate::objects::builtin_func::Args;
use crate::objects::iter::IterKind;
use crate::protocols::iter::new_iter;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Advances an iterator: `Ok(None)` when exhausted.
pub fn iter_next(vm: &mut Vm, kind: &IterKind) -> PyResult<Option<Value>> {
    match kind {
        IterKind::Seq { seq, index } => {
            let current = seq.borrow().clone();
            let Some(s) = current else { return Ok(None) };
            let i = index.get();
            let item = match &*s {
                Object::List(l) => l.borrow().get(i).cloned(),
                Object::Tuple(t) => t.get(i).cloned(),
                Object::Str(st) => st.char_at(i).map(|c| {
                    let mut buf = [0u8; 4];
                    vm.str_val(c.encode_utf8(&mut buf))
                }),
                Object::Bytes(b) => b.get(i).map(|x| Value::Int(*x as i64)),
                Object::ByteArray(b) => b.borrow().get(i).map(|x| Value::Int(*x as i64)),
                _ => None,
            };
            match item {
                Some(v) => {
                    index.set(i + 1);
                    Ok(Some(v))
                }
                None => {
                    *seq.borrow_mut() = None;
                    Ok(None)
                }
            }
        }
        IterKind::ListReverse { seq, index } => {
            let current = seq.borrow().clone();
            let Some(s) = current else { return Ok(None) };
            let i = index.get();
            if let Object::List(l) = &*s {
                if i >= 0 && (i as usize) < l.borrow().len() {
                    index.set(i - 1);
                    return Ok(l.borrow().get(i as usize).cloned());
                }
            }
            *seq.borrow_mut() = None;
            Ok(None)
        }
        IterKind::Range { next, step, remaining } => {
            let r = remaining.get();
            if r <= 0 {
                return Ok(None);
            }
            let v = next.get();
            next.set(v.wrapping_add(*step));
            remaining.set(r - 1);
            Ok(Some(Value::Int(v)))
        }
        IterKind::BigRange(state) => {
            let mut st = state.borrow_mut();
            if num_traits::Zero::is_zero(&st.2) {
                return Ok(None);
            }
            let v = st.0.clone();
            st.0 = &st.0 + &st.1;
            st.2 = &st.2 - 1u32;
            Ok(Some(crate::protocols::arith::int_value(v)))
        }
        IterKind::Dict { dict, pos, len, kind, reverse, seen } => {
            let current = dict.borrow().clone();
            let Some(d) = current else { return Ok(None) };
            let dobj = d.as_dict().expect("dict");
            if dobj.len() != *len {
                *dict.borrow_mut() = None;
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            if *reverse {
                let mut p = pos.get();
                while p > 0 {
                    p -= 1;
                    if let Some((k, v)) = dobj.entry_at(p) {
                        pos.set(p);
                        return Ok(Some(match kind {
                            DictViewKind::Keys => k,
                            DictViewKind::Values => v,
                            DictViewKind::Items => vm.tuple_val(vec![k, v]),
                        }));
                    }
                }
                pos.set(0);
                *dict.borrow_mut() = None;
                return Ok(None);
            }
            let slots = dobj.slot_count();
            let mut p = pos.get();
            while p < slots {
                if let Some((k, v)) = dobj.entry_at(p) {
                    if seen.get() == *len {
                        *dict.borrow_mut() = None;
                        return Err(vm.runtime_error("dictionary keys changed during iteration"));
                    }
                    seen.set(seen.get() + 1);
                    pos.set(p + 1);
                    return Ok(Some(match kind {
                        DictViewKind::Keys => k,
                        DictViewKind::Values => v,
                        DictViewKind::Items => vm.tuple_val(vec![k, v]),
                    }));
                }
                p += 1;
            }
            pos.set(p);
            *dict.borrow_mut() = None;
            Ok(None)
        }
        IterKind::Set { set, pos, len } => {
            let current = set.borrow().clone();
            let Some(s) = current else { return Ok(None) };
            let (Object::Set(sobj) | Object::FrozenSet(sobj)) = &*s else { return Ok(None) };
            if sobj.len() != *len {
                *set.borrow_mut() = None;
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
            let table = sobj.table.borrow();
            let mut p = pos.get();
            while p < table.slot_count() {
                if let Some(k) = table.slot(p) {
                    pos.set(p + 1);
                    return Ok(Some(k.clone()));
                }
                p += 1;
            }
            drop(table);
            *set.borrow_mut() = None;
            Ok(None)
        }
        IterKind::Enumerate { iter, count } => match vm.next(iter)? {
            Some(v) => {
                let c = count.get();
                count.set(c + 1);
                Ok(Some(vm.tuple_val(vec![Value::Int(c), v])))
            }
            None => Ok(None),
        },
        IterKind::Zip { iters, strict, done } => {
            if done.get() || iters.is_empty() {
                return Ok(None);
            }
            let mut items = Vec::with_capacity(iters.len());
            for (i, it) in iters.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => items.push(v),
                    None => {
                        done.set(true);
                        if *strict {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is shorter than argument{plural}{i}",
                                    i + 1
                                )));
                            }
                            for (j, other) in iters.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(vm.value_error(format!(
                                        "zip() argument {} is longer than argument{plural}{j}",
                                        j + 1
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.tuple_val(items)))
        }
        IterKind::Map { func, iters } => {
            let mut args = Vec::with_capacity(iters.len());
            for it in iters {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(func, &args, &[]).map(Some)
        }
        IterKind::Filter { func, iter } => loop {
            let Some(v) = vm.next(iter)? else { return Ok(None) };
            let keep = if func.is_none() {
                vm.truthy(&v)?
            } else {
                let r = vm.call(func, std::slice::from_ref(&v), &[])?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
        IterKind::GetItem { obj, index } => {
            let current = obj.borrow().clone();
            let Some(o) = current else { return Ok(None) };
            let i = index.get();
            match vm.getitem(&o, &Value::Int(i)) {
                Ok(v) => {
                    index.set(i + 1);
                    Ok(Some(v))
                }
                Err(e)
                    if vm.err_matches(&e, &vm.exc.index_error.clone())
                        || vm.err_matches(&e, &vm.exc.stop_iteration.clone()) =>
                {
                    *obj.borrow_mut() = None;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterKind::Callable { func, sentinel } => {
            let current = func.borrow().clone();
            let Some(f) = current else { return Ok(None) };
            let v = match vm.call(&f, &[], &[]) {
                Ok(v) => v,
                Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration.clone()) => {
                    *func.borrow_mut() = None;
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if vm.eq_bool(&v, sentinel)? {
                *func.borrow_mut() = None;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterKind::Reversed { obj, index } => {
            let current = obj.borrow().clone();
            let Some(o) = current else { return Ok(None) };
            let i = index.get();
            if i < 0 {
                *obj.borrow_mut() = None;
                return Ok(None);
            }
            match vm.getitem(&o, &Value::Int(i)) {
                Ok(v) => {
                    index.set(i - 1);
                    Ok(Some(v))
                }
                Err(e)
                    if vm.err_matches(&e, &vm.exc.index_error.clone())
                        || vm.err_matches(&e, &vm.exc.stop_iteration.clone()) =>
                {
                    *obj.borrow_mut() = None;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}

fn iter_types(vm: &Vm) -> Vec<ObjRef> {
    let t = &vm.types;
    vec![
        t.list_iterator.clone(),
        t.list_reverseiterator.clone(),
        t.tuple_iterator.clone(),
        t.str_ascii_iterator.clone(),
        t.str_iterator.clone(),
        t.bytes_iterator.clone(),
        t.range_iterator.clone(),
        t.dict_keyiterator.clone(),
        t.dict_valueiterator.clone(),
        t.dict_itemiterator.clone(),
        t.dict_reversekeyiterator.clone(),
        t.dict_reversevalueiterator.clone(),
        t.dict_reverseitemiterator.clone(),
        t.set_iterator.clone(),
        t.enumerate.clone(),
        t.zip.clone(),
        t.map.clone(),
        t.filter.clone(),
        t.reversed.clone(),
        t.iterator.clone(),
        t.callable_iterator.clone(),
    ]
}

pub fn init(vm: &mut Vm) {
    for ty in iter_types(vm) {
        add_method(vm, &ty, "__iter__", |_vm, a| Ok(a.args[0].clone()));
        add_method(vm, &ty, "__next__", |vm, a| {
            let it = a.args[0].clone();
            match vm.next(&it)? {
                Some(v) => Ok(v),
                None => Err(vm.stop_iteration(Value::None)),
            }
        });
    }
    let e = vm.types.enumerate.clone();
    set_doc(vm, &e, "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...");
    super::set_constructor(&e, |vm, _ty, a| {
        // CPython's fast path for positional calls words the missing argument without
        // its position.
        if a.args.is_empty() {
            return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
        }
        // CPython's vectorcall checks keywords by position: alone, only `iterable`;
        // after one positional argument, only `start`.
        let (npos, total) = (a.pos().len(), a.args.len());
        if total <= 2 {
            for (k, _) in a.kw() {
                let allowed = match (npos, total) {
                    (0, 1) => k == "iterable",
                    (1, 2) => k == "start",
                    _ => k == "iterable" || k == "start",
                };
                if !allowed {
                    return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for enumerate()")));
                }
            }
        }
        let slots = vm.parse_args("enumerate", &a, &["iterable", "start"], 1)?;
        let start = match &slots[1] {
            Some(s) => vm.to_i64(s)?,
            None => 0,
        };
        let it = vm.get_iter(slots[0].as_ref().expect("required"))?;
        Ok(new_iter(IterKind::Enumerate { iter: it, count: Cell::new(start) }))
    });
    let z = vm.types.zip.clone();
    super::set_constructor(&z, |vm, _ty, a| {
        let npos = a.pos().len();
        let kw = Args { args: &a.args[npos..], kwnames: a.kwnames };
        let slots = vm.parse_clinic("zip", &kw, &["strict"], 0, 0)?;
        let strict = match &slots[0] {
            Some(v) => vm.truthy(v)?,
            None => false,
        };
        let mut iters = Vec::new();
        for arg in a.pos() {
            iters.push(vm.get_iter(arg)?);
        }
        Ok(new_iter(IterKind::Zip { iters, strict, done: Cell::new(false) }))
    });
    let m = vm.types.map.clone();
    super::set_constructor(&m, |vm, _ty, a| {
        vm.no_kwargs("map", &a)?;
        let pos = a.pos();
        if pos.len() < 2 {
            return Err(vm.type_error("map() must have at least two arguments."));
        }
        let mut iters = Vec::new();
        for arg in &pos[1..] {
            iters.push(vm.get_iter(arg)?);
        }
        Ok(new_iter(IterKind::Map { func: pos[0].clone(), iters }))
    });
    let f = vm.types.filter.clone();
    super::set_constructor(&f, |vm, _ty, a| {
        vm.no_kwargs("filter", &a)?;
        let pos = vm.check_positional("filter", &a, 2, 2)?;
        let it = vm.get_iter(&pos[1])?;
        Ok(new_iter(IterKind::Filter { func: pos[0].clone(), iter: it }))
    });
    let r = vm.types.reversed.clone();
    super::set_constructor(&r, |vm, _ty, a| {
        vm.no_kwargs("reversed", &a)?;
        let pos = vm.check_positional("reversed", &a, 1, 1)?;
        vm.reversed(&pos[0])
    });
}

impl Vm {
    /// `reversed(seq)`.
    pub fn reversed(&mut self, seq: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = seq {
            match &**o {
                Object::List(l) => {
                    let n = l.borrow().len() as isize;
                    return Ok(new_iter(IterKind::ListReverse {
                        seq: RefCell::new(Some(o.clone())),
                        index: Cell::new(n - 1),
                    }));
                }
                Object::Range(rg) => {
                    let last = rg.item(rg.len - 1);
                    return Ok(new_iter(IterKind::Range {
                        next: Cell::new(last),
                        step: -rg.step,
                        remaining: Cell::new(rg.len),
                    }));
                }
                Object::Dict(_) | Object::DictView(..) => {
                    let (dict, kind) = match &**o {
                        Object::DictView(d, kind) => (d.clone(), *kind),
                        _ => (o.clone(), DictViewKind::Keys),
                    };
                    let d = dict.as_dict().expect("a view's mapping is a dict");
                    return Ok(new_iter(IterKind::Dict {
                        pos: Cell::new(d.slot_count()),
                        len: d.len(),
                        dict: RefCell::new(Some(dict.clone())),
                        kind,
                        reverse: true,
                        seen: Cell::new(0),
                    }));
                }
                Object::Instance(_) => {
                    if let Some(r) = self.call_dunder(seq, "__reversed__", &[])? {
                        return Ok(r);
                    }
                }
                _ => {}
            }
        }
        let is_seq = match seq {
            Value::Obj(o) => match &**o {
                Object::Tuple(_) | Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_) => true,
                Object::Instance(_) => {
                    let t = self.type_of(seq);
                    let t = t.as_type().expect("type");
                    t.lookup("__len__").is_some() && t.lookup("__getitem__").is_some()
                }
                _ => false,
            },
            _ => false,
        };
        if !is_seq {
            let tn = self.type_name(seq);
            return Err(self.type_error(format!("'{tn}' object is not reversible")));
        }
        let n = self.len(seq)? as i64;
        Ok(new_iter(IterKind::Reversed { obj: RefCell::new(Some(seq.clone())), index: Cell::new(n - 1) }))
    }
}
