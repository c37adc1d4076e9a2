//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction with CPython's
//! checks (a message and a non-empty sequence of exceptions; a group of only `Exception`s
//! made through `BaseExceptionGroup` becomes an `ExceptionGroup`), `str`, the read-only
//! `message` and `exceptions`, and `derive`, `split` and `subgroup`.

use std::rc::Rc;

use super::{add_member, add_method};
use crate::error::PyResult;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Checks `BaseExceptionGroup(message, exceptions)`'s arguments; returns the class the
/// group gets and the exceptions as a tuple.
pub fn check_new(vm: &mut Vm, ty: &ObjRef, pos: &[Value], has_kwargs: bool) -> PyResult<(ObjRef, Value)> {
    let t = ty.as_type().expect("type");
    if has_kwargs {
        let name = t.name();
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if pos.len() != 2 {
        return Err(
            vm.type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", pos.len()))
        );
    }
    if vm.as_str_ref(&pos[0]).is_none() {
        let tn = vm.type_name(&pos[0]);
        return Err(vm.type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {tn}")));
    }
    let is_sequence = match &pos[1] {
        Value::Obj(o) => match &**o {
            Object::Tuple(_) | Object::List(_) | Object::Str(_) | Object::Bytes(_) | Object::Range(_) => true,
            Object::Dict(_) | Object::Set(_) | Object::FrozenSet(_) => false,
            _ => vm.has_attr(&pos[1], "__getitem__")?,
        },
        _ => false,
    };
    if !is_sequence {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.iterate(&pos[1])?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, item) in items.iter().enumerate() {
        let Value::Obj(o) = item else {
            return Err(vm.value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        };
        if o.as_exception().is_none() {
            return Err(vm.value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        let exception = vm.exc.exception.clone();
        if !vm.is_instance_of(item, &exception) {
            nested_base = true;
        }
    }
    let mut class = ty.clone();
    if Rc::ptr_eq(ty, &vm.exc.exception_group) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if Rc::ptr_eq(ty, &vm.exc.base_exception_group) {
        if !nested_base {
            class = vm.exc.exception_group.clone();
        }
    } else if nested_base && t.is_subtype_of(&vm.exc.exception) {
        let name = t.name();
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{name}'")));
    }
    Ok((class, vm.tuple_val(items)))
}

fn group_fields(vm: &mut Vm, v: &Value) -> PyResult<(Value, Vec<Value>)> {
    let e = match v {
        Value::Obj(o) => o.as_exception(),
        _ => None,
    };
    let Some(e) = e else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("descriptor requires a 'BaseExceptionGroup' object but received a '{tn}'")));
    };
    let message = e.field("message").unwrap_or(Value::None);
    let excs = match e.field("exceptions") {
        Some(Value::Obj(t)) => t.as_tuple().map(|t| t.to_vec()).unwrap_or_default(),
        _ => Vec::new(),
    };
    Ok((message, excs))
}

/// How `split`/`subgroup` decide that an exception matches.
enum Matcher {
    Types(Value),
    Predicate(Value),
}

impl Matcher {
    fn new(vm: &mut Vm, condition: &Value) -> PyResult<Matcher> {
        let base = vm.exc.base_exception.clone();
        let is_exc_class =
            |v: &Value| matches!(v, Value::Obj(o) if o.as_type().is_some_and(|t| t.is_subtype_of(&base)));
        if let Value::Obj(o) = condition {
            if o.as_type().is_none() && vm.is_callable(condition) {
                return Ok(Matcher::Predicate(condition.clone()));
            }
            if is_exc_class(condition) {
                return Ok(Matcher::Types(condition.clone()));
            }
            if let Some(items) = o.as_tuple() {
                if items.iter().all(is_exc_class) {
                    return Ok(Matcher::Types(condition.clone()));
                }
            }
        }
        Err(vm.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn matches(&self, vm: &mut Vm, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(t) => vm.exception_matches(exc, t),
            Matcher::Predicate(f) => {
                let r = vm.call(f, std::slice::from_ref(exc), &[])?;
                vm.truthy(&r)
            }
        }
    }
}

/// The parts of `exc` that match and (if wanted) the rest, as CPython's
/// `exceptiongroup_split_recursive`.
fn split_recursive(
    vm: &mut Vm,
    exc: &Value,
    matcher: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matcher.matches(vm, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let group_type = vm.exc.base_exception_group.clone();
    if !vm.is_instance_of(exc, &group_type) {
        return Ok((None, want_rest.then(|| exc.clone())));
    }
    let (_, excs) = group_fields(vm, exc)?;
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for e in &excs {
        let (m, r) = split_recursive(vm, e, matcher, want_rest)?;
        matched.extend(m);
        rest.extend(r);
    }
    let m = subset(vm, exc, matched)?;
    let r = if want_rest { subset(vm, exc, rest)? } else { None };
    Ok((m, r))
}

/// A group like `orig` holding `excs` (through `derive`), with its traceback, cause,
/// context and a copy of its notes; None when `excs` is empty.
fn subset(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let list = Value::Obj(vm.new_list(excs));
    let eg = vm.call_method(orig, "derive", &[list])?;
    let group_type = vm.exc.base_exception_group.clone();
    if !vm.is_instance_of(&eg, &group_type) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Value::Obj(o), Value::Obj(n)) = (orig, &eg) {
        if let (Some(src), Some(dst)) = (o.as_exception(), n.as_exception()) {
            *dst.traceback.borrow_mut() = src.traceback.borrow().clone();
            *dst.context.borrow_mut() = src.context.borrow().clone();
            *dst.cause.borrow_mut() = src.cause.borrow().clone();
        }
    }
    let notes_name = vm.intern("__notes__");
    if let Some(notes) = vm.getattr_opt(orig, &notes_name)? {
        let is_sequence = matches!(&notes, Value::Obj(o) if o.as_tuple().is_some() || matches!(&**o, Object::List(_)));
        if is_sequence {
            let items = vm.iterate(&notes)?;
            let copy = Value::Obj(vm.new_list(items));
            let name = vm.intern("__notes__");
            vm.setattr(&eg, &name, Some(copy))?;
        }
    }
    Ok(Some(eg))
}

/// `str(group)`: "message (N sub-exceptions)".
pub fn group_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let (message, excs) = group_fields(vm, v)?;
    let m = vm.to_str_string(&message)?;
    let n = excs.len();
    Ok(format!("{m} ({n} sub-exception{})", if n == 1 { "" } else { "s" }))
}

pub fn init(vm: &mut Vm) {
    let t = vm.exc.base_exception_group.clone();
    add_method(vm, &t, "__str__", |vm, a| {
        let s = group_str(vm, &a.args[0])?;
        Ok(vm.str_val(&s))
    });
    add_method(vm, &t, "derive", |vm, a| {
        let pos = vm.check_positional("derive", &a, 2, 2)?;
        let (message, _) = group_fields(vm, &pos[0])?;
        let cls = Value::Obj(vm.exc.base_exception_group.clone());
        vm.call(&cls, &[message, pos[1].clone()], &[])
    });
    add_method(vm, &t, "split", |vm, a| {
        let pos = vm.check_positional("split", &a, 2, 2)?;
        let matcher = Matcher::new(vm, &pos[1])?;
        let (m, r) = split_recursive(vm, &pos[0], &matcher, true)?;
        Ok(vm.tuple_val(vec![m.unwrap_or(Value::None), r.unwrap_or(Value::None)]))
    });
    add_method(vm, &t, "subgroup", |vm, a| {
        let pos = vm.check_positional("subgroup", &a, 2, 2)?;
        let matcher = Matcher::new(vm, &pos[1])?;
        let (m, _) = split_recursive(vm, &pos[0], &matcher, false)?;
        Ok(m.unwrap_or(Value::None))
    });
    add_member(vm, &t, "message", |vm, v| Ok(group_fields(vm, v)?.0), None);
    add_member(
        vm,
        &t,
        "exceptions",
        |vm, v| {
            let e = match v {
                Value::Obj(o) => o.as_exception().and_then(|e| e.field("exceptions")),
                _ => None,
            };
            match e {
                Some(x) => Ok(x),
                None => group_fields(vm, v).map(|_| Value::None),
            }
        },
        None,
    );
}
