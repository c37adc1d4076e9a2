//! `_operator`: the function forms of Python's operators (`add`, `lt`, `getitem`,
//! `iadd`, ...) as builtin functions, as in CPython, so they are as fast as the
//! operators and fail with CPython's messages. `lib/operator.py` re-exports them and adds
//! `itemgetter`, `attrgetter` and `methodcaller`.

use kaa_bytecode::{BinaryOp, CompareOp, Op};
use kaa_vm::objects::builtin_func::{Args, NativeFn};
use kaa_vm::protocols::arith::int_value;
use kaa_vm::{ObjRef, Object, PyResult, Value, Vm};

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = vm.new_module("_operator");
    let Object::Module(m) = &*module else { unreachable!() };
    let d = m.dict.clone();
    let dict = d.as_dict().expect("dict");
    let doc = vm.str_val("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.");
    dict.set_str(vm, "__doc__", doc);
    for &(name, func) in FUNCTIONS {
        let f = vm.new_builtin_in("_operator", name, func);
        dict.set_str(vm, name, Value::Obj(f));
    }
    Ok(module)
}

/// The two arguments of a binary function, with CPython's messages.
fn two<'a>(vm: &mut Vm, a: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    vm.no_kwargs(&format!("_operator.{name}"), a)?;
    vm.check_positional(name, a, 2, 2)
}

/// `a op b` or `a op= b`. The in-place forms of list `+=` and `*=` mutate the list,
/// as the interpreter's augmented assignment does.
fn binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinaryOp, inplace: bool) -> PyResult<Value> {
    if inplace {
        if let Value::Obj(o) = a {
            if let Object::List(l) = &**o {
                match op {
                    BinaryOp::Add => {
                        let items = vm.iterate(b)?;
                        l.borrow_mut().extend(items);
                        return Ok(a.clone());
                    }
                    BinaryOp::Multiply if vm.as_bigint(b).is_some() => {
                        let n = vm.to_i64(b)?.max(0) as usize;
                        let items = l.borrow().clone();
                        let Some(total) = items.len().checked_mul(n).filter(|t| *t <= isize::MAX as usize / 16) else {
                            return Err(vm.memory_error());
                        };
                        let mut out = Vec::with_capacity(total);
                        for _ in 0..if items.is_empty() { 0 } else { n } {
                            out.extend(items.iter().cloned());
                        }
                        *l.borrow_mut() = out;
                        return Ok(a.clone());
                    }
                    _ => {}
                }
            }
        }
    }
    vm.binary_op(a, b, op, inplace)
}

macro_rules! binary {
    ($($name:ident $pyname:literal => $op:ident, $inplace:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let p = two(vm, &a, $pyname)?;
                binary_op(vm, &p[0], &p[1], BinaryOp::$op, $inplace)
            }
        )*
    };
}

binary! {
    add "add" => Add, false;
    sub "sub" => Subtract, false;
    mul "mul" => Multiply, false;
    matmul "matmul" => MatrixMultiply, false;
    truediv "truediv" => TrueDivide, false;
    floordiv "floordiv" => FloorDivide, false;
    mod_ "mod" => Remainder, false;
    pow "pow" => Power, false;
    lshift "lshift" => LShift, false;
    rshift "rshift" => RShift, false;
    and_ "and_" => And, false;
    or_ "or_" => Or, false;
    xor "xor" => Xor, false;
    iadd "iadd" => Add, true;
    isub "isub" => Subtract, true;
    imul "imul" => Multiply, true;
    imatmul "imatmul" => MatrixMultiply, true;
    itruediv "itruediv" => TrueDivide, true;
    ifloordiv "ifloordiv" => FloorDivide, true;
    imod "imod" => Remainder, true;
    ipow "ipow" => Power, true;
    ilshift "ilshift" => LShift, true;
    irshift "irshift" => RShift, true;
    iand "iand" => And, true;
    ior "ior" => Or, true;
    ixor "ixor" => Xor, true;
}

macro_rules! compare {
    ($($name:ident => $op:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let p = two(vm, &a, stringify!($name))?;
                vm.rich_compare(&p[0], &p[1], CompareOp::$op)
            }
        )*
    };
}

compare! {
    lt => Lt;
    le => Le;
    eq => Eq;
    ne => Ne;
    ge => Ge;
    gt => Gt;
}

macro_rules! unary {
    ($($name:ident => $op:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let v = vm.one_arg(concat!("_operator.", stringify!($name)), &a)?.clone();
                vm.unary_op(&v, Op::$op)
            }
        )*
    };
}

unary! {
    neg => UnaryNegative;
    pos => UnaryPositive;
    inv => UnaryInvert;
    invert => UnaryInvert;
}

fn abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.one_arg("_operator.abs", &a)?.clone();
    vm.abs(&v)
}

fn not_(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.one_arg("_operator.not_", &a)?.clone();
    Ok(Value::Bool(!vm.truthy(&v)?))
}

fn truth(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.one_arg("_operator.truth", &a)?.clone();
    Ok(Value::Bool(vm.truthy(&v)?))
}

fn index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.one_arg("_operator.index", &a)?.clone();
    Ok(int_value(crate::math::index_big(vm, &v)?))
}

fn is_(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = two(vm, &a, "is_")?;
    Ok(Value::Bool(p[0].is(&p[1])))
}

fn is_not(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = two(vm, &a, "is_not")?;
    Ok(Value::Bool(!p[0].is(&p[1])))
}

fn getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = two(vm, &a, "getitem")?;
    vm.getitem(&p[0], &p[1])
}

fn setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("_operator.setitem", &a)?;
    let p = vm.check_positional("setitem", &a, 3, 3)?;
    vm.setitem(&p[0], p[1].clone(), p[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = two(vm, &a, "delitem")?;
    vm.delitem(&p[0], &p[1])?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = two(vm, &a, "contains")?;
    Ok(Value::Bool(vm.contains(&p[0], &p[1])?))
}

/// Whether `v` is a sequence in the sense of CPython's `PySequence_Check`: it supports
/// indexing and is not a dict.
fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &**o {
            Object::Str(_) | Object::Bytes(_) | Object::Tuple(_) | Object::List(_) => true,
            Object::Range(_) | Object::BigRange(_) => true,
            Object::Dict(_) => false,
            _ => vm.type_of(v).as_type().is_some_and(|t| t.lookup("__getitem__").is_some()),
        },
        _ => false,
    }
}

fn concat_impl(vm: &mut Vm, a: Args, name: &str, inplace: bool) -> PyResult<Value> {
    let p = two(vm, &a, name)?;
    if !is_sequence(vm, &p[0]) {
        let tn = vm.type_name(&p[0]);
        return Err(vm.type_error(format!("'{tn}' object can't be concatenated")));
    }
    binary_op(vm, &p[0], &p[1], BinaryOp::Add, inplace)
}

fn concat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    concat_impl(vm, a, "concat", false)
}

fn iconcat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    concat_impl(vm, a, "iconcat", true)
}

/// Identity or equality, as `in` and `list.count` compare.
fn same(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
    Ok(x.is(y) || vm.eq_bool(x, y)?)
}

#[allow(non_snake_case)]
fn countOf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = two(vm, &a, "countOf")?;
    let it = vm.get_iter(&p[0])?;
    let mut n = 0i64;
    while let Some(item) = vm.next(&it)? {
        if same(vm, &item, &p[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

#[allow(non_snake_case)]
fn indexOf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = two(vm, &a, "indexOf")?;
    let it = vm.get_iter(&p[0])?;
    let mut i = 0i64;
    while let Some(item) = vm.next(&it)? {
        if same(vm, &item, &p[1])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

/// `length_hint(obj, default=0)`: len(obj) if it has one, else its `__length_hint__`,
/// else the default.
fn length_hint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("_operator.length_hint", &a)?;
    let p = vm.check_positional("length_hint", &a, 1, 2)?;
    let obj = p[0].clone();
    let default = match p.get(1) {
        Some(d) => {
            if vm.as_bigint(d).is_none() {
                let tn = vm.type_name(d);
                return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
            }
            vm.to_i64(d)?
        }
        None => 0,
    };
    let ty = vm.type_of(&obj);
    let has_len = ty.as_type().is_some_and(|t| t.lookup("__len__").is_some());
    if has_len {
        return Ok(Value::Int(vm.len(&obj)? as i64));
    }
    if let Some(n) = builtin_iter_remaining(vm, &obj)? {
        return Ok(Value::Int(n));
    }
    let hint = vm.call_dunder(&obj, "__length_hint__", &[])?;
    let Some(hint) = hint else { return Ok(Value::Int(default)) };
    if let Value::Obj(o) = &hint {
        if matches!(&**o, Object::NotImplemented) {
            return Ok(Value::Int(default));
        }
    }
    if vm.as_bigint(&hint).is_none() {
        let tn = vm.type_name(&hint);
        return Err(vm.type_error(format!("__length_hint__ must be an integer, not {tn}")));
    }
    let n = vm.to_i64(&hint)?;
    if n < 0 {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(Value::Int(n))
}

/// How many items a builtin sequence or range iterator has left (its
/// `__length_hint__` in CPython).
fn builtin_iter_remaining(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    use kaa_vm::objects::iter::IterKind;
    let Value::Obj(o) = v else { return Ok(None) };
    let Object::Iter(it) = &**o else { return Ok(None) };
    Ok(match &it.kind {
        IterKind::Seq { seq, index } => {
            let seq = seq.borrow().clone();
            match seq {
                Some(s) => Some((vm.len(&Value::Obj(s))? as i64 - index.get() as i64).max(0)),
                None => Some(0),
            }
        }
        IterKind::ListReverse { seq, index } => {
            Some(if seq.borrow().is_some() { index.get() as i64 + 1 } else { 0 }.max(0))
        }
        IterKind::Range { remaining, .. } => Some(remaining.get()),
        _ => None,
    })
}

/// `call(obj, /, *args, **kwargs)`.
fn call(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos().is_empty() {
        return Err(vm.type_error("call expected at least 1 argument, got 0"));
    }
    let callee = a.args[0].clone();
    vm.call(&callee, &a.args[1..], a.kwnames)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("add", add),
    ("sub", sub),
    ("mul", mul),
    ("matmul", matmul),
    ("truediv", truediv),
    ("floordiv", floordiv),
    ("mod", mod_),
    ("pow", pow),
    ("lshift", lshift),
    ("rshift", rshift),
    ("and_", and_),
    ("or_", or_),
    ("xor", xor),
    ("iadd", iadd),
    ("isub", isub),
    ("imul", imul),
    ("imatmul", imatmul),
    ("itruediv", itruediv),
    ("ifloordiv", ifloordiv),
    ("imod", imod),
    ("ipow", ipow),
    ("ilshift", ilshift),
    ("irshift", irshift),
    ("iand", iand),
    ("ior", ior),
    ("ixor", ixor),
    ("lt", lt),
    ("le", le),
    ("eq", eq),
    ("ne", ne),
    ("ge", ge),
    ("gt", gt),
    ("neg", neg),
    ("pos", pos),
    ("inv", inv),
    ("invert", invert),
    ("abs", abs),
    ("not_", not_),
    ("truth", truth),
    ("index", index),
    ("is_", is_),
    ("is_not", is_not),
    ("getitem", getitem),
    ("setitem", setitem),
    ("delitem", delitem),
    ("contains", contains),
    ("concat", concat),
    ("iconcat", iconcat),
    ("countOf", countOf),
    ("indexOf", indexOf),
    ("length_hint", length_hint),
    ("call", call),
];
