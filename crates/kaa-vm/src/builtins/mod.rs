//! The `builtins` module: builtin functions and the names of builtin types and
//! exceptions. Functions that run code (`exec`, `eval`, `compile`, `__import__`) are in
//! `exec.rs`; the rest are grouped here by theme.

mod docs;
mod exec;
mod functions;

pub(crate) use functions::pow_mod;

use crate::value::Value;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let d = vm.builtins_dict.clone();
    let dict = d.as_dict().expect("dict");
    let name = vm.str_val("builtins");
    dict.set_str(vm, "__name__", name);
    let doc = vm.str_val("Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices.");
    dict.set_str(vm, "__doc__", doc);
    dict.set_str(vm, "__package__", Value::None);
    dict.set_str(vm, "__loader__", Value::None);
    dict.set_str(vm, "__spec__", Value::None);
    dict.set_str(vm, "__debug__", Value::Bool(true));
    dict.set_str(vm, "None", Value::None);
    dict.set_str(vm, "True", Value::Bool(true));
    dict.set_str(vm, "False", Value::Bool(false));
    let t = vm.types.clone();
    for (name, ty) in [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("tuple", t.tuple),
        ("list", t.list),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
        ("property", t.property),
        ("super", t.super_),
    ] {
        dict.set_str(vm, name, Value::Obj(ty));
    }
    dict.set_str(vm, "NotImplemented", Value::Obj(vm.not_implemented.clone()));
    dict.set_str(vm, "Ellipsis", Value::Obj(vm.ellipsis.clone()));
    for (name, ty) in vm.exc.all.clone() {
        dict.set_str(vm, name, Value::Obj(ty));
    }
    let os_error = vm.exc.os_error.clone();
    dict.set_str(vm, "EnvironmentError", Value::Obj(os_error.clone()));
    dict.set_str(vm, "IOError", Value::Obj(os_error));
    functions::register(vm);
    exec::register(vm);
}

/// Registers a builtin function in the builtins namespace.
pub fn add_builtin(vm: &mut Vm, name: &'static str, func: crate::objects::builtin_func::NativeFn) {
    let doc = docs::DOCS.iter().find(|(n, _)| *n == name).map(|(_, d)| *d);
    let f = std::rc::Rc::new(crate::object::Object::BuiltinFunction(Box::new(
        crate::objects::builtin_func::BuiltinFunction {
            name,
            func,
            bound_self: None,
            module: Some("builtins"),
            doc,
            sig: crate::types::signature_of("builtins", name),
            slot: false,
        },
    )));
    let d = vm.builtins_dict.clone();
    d.as_dict().expect("dict").set_str(vm, name, Value::Obj(f));
}
