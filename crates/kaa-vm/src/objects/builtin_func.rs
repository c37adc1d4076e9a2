//! Functions and descriptors implemented in Rust: builtin functions (`len`, bound
//! `[].append`), method descriptors in a type's dict (`list.append`), getset descriptors
//! (`function.__name__`), and bound methods (`obj.method` for Python functions).

use crate::error::PyResult;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Arguments of a call: positional values, then keyword values named by `kwnames`.
#[derive(Copy, Clone)]
pub struct Args<'a> {
    pub args: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [Value]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }

    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    /// The keyword arguments as (name, value).
    pub fn kw(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let start = self.args.len() - self.kwnames.len();
        self.kwnames.iter().zip(&self.args[start..]).map(|(k, v)| {
            let name = match k {
                Value::Obj(o) => o.as_str().map(|s| s.as_str()).unwrap_or(""),
                _ => "",
            };
            (name, v)
        })
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The value of keyword argument `name`, if given.
    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kw().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// The arguments after the first positional one (for methods: everything but self).
    pub fn shift(&self) -> Args<'a> {
        Args { args: &self.args[1..], kwnames: self.kwnames }
    }
}

/// How a builtin checks the number and names of its arguments before it runs: CPython's
/// calling conventions, each with its own error messages. The table of which builtin
/// uses which is `types/signatures.rs`; `protocols/args.rs::check_sig` applies it.
#[derive(Copy, Clone, Debug)]
pub enum Sig {
    /// The function checks its own arguments.
    Any,
    /// No arguments (METH_NOARGS): "Q() takes no arguments (1 given)".
    NoArgs,
    /// Exactly one positional argument (METH_O): "Q() takes exactly one argument (0 given)".
    One,
    /// `min..=max` positional arguments (`max` 255: no limit), no keywords:
    /// "NAME expected at least 1 argument, got 0".
    Pos { min: u8, max: u8, name: PosName, kw: NoKw },
    /// A slot wrapper (`int.__add__`) taking exactly this many: "expected 1 argument, got 0".
    Wrap(u8),
    /// An old-style varargs parser: "NAME() takes at most 3 arguments (4 given)".
    Var { min: u8, max: u8, kw: NoKw },
    /// Argument Clinic's keyword parser.
    Clinic(&'static Clinic),
}

/// How a `Sig::Pos` names the function in its count messages.
#[derive(Copy, Clone, Debug)]
pub enum PosName {
    /// `get expected at least 1 argument, got 0`.
    Short,
    /// ` expected 2 arguments, got 1` (a slot wrapper unpacking its tuple).
    Empty,
}

/// The message refusing keyword arguments.
#[derive(Copy, Clone, Debug)]
pub enum NoKw {
    /// "dict.get() takes no keyword arguments".
    Qual,
    /// Old-style methods: qualified when called through the type's descriptor
    /// (`s.union(x=1)`), the short name when called as a bound method object.
    Varargs,
    /// "wrapper __add__() takes no keyword arguments".
    Wrapper,
}

/// The parameters of an Argument Clinic function: `names` in order, the first `posonly`
/// positional-only, `min_pos..=max_pos` positional arguments accepted (the rest of the
/// names keyword-only), `min_kw` keyword-only ones required.
#[derive(Debug)]
pub struct Clinic {
    pub names: &'static [&'static str],
    pub posonly: u8,
    pub min_pos: u8,
    pub max_pos: u8,
    pub min_kw: u8,
}

/// A function implemented in Rust.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;
/// Reads an attribute implemented in Rust.
pub type Getter = fn(&mut Vm, &Value) -> PyResult<Value>;
/// Writes (`Some`) or deletes (`None`) an attribute implemented in Rust.
pub type Setter = fn(&mut Vm, &Value, Option<Value>) -> PyResult<()>;
/// Creates an instance of a builtin type: `type(args)`.
pub type Constructor = fn(&mut Vm, &ObjRef, Args) -> PyResult<Value>;

/// A builtin function or a builtin method bound to its object.
pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// The object a method is bound to (passed as the first argument).
    pub bound_self: Option<Value>,
    /// `__module__` for module-level functions.
    pub module: Option<&'static str>,
    pub doc: Option<&'static str>,
    pub sig: Sig,
    /// Bound from a slot wrapper: CPython's method-wrapper.
    pub slot: bool,
}

/// How a method descriptor binds.
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum MethodKind {
    /// An instance method: the instance is the first argument.
    Instance,
    /// A class method: the class is the first argument (`dict.fromkeys`).
    Class,
    /// A static method: nothing is bound.
    Static,
}

/// A method of a builtin type, as found in the type's dict.
pub struct MethodDescriptor {
    pub name: &'static str,
    pub func: NativeFn,
    pub owner: ObjRef,
    pub kind: MethodKind,
    pub doc: Option<&'static str>,
    pub sig: Sig,
    /// A slot method (`int.__add__`): CPython's wrapper_descriptor.
    pub slot: bool,
}

/// Whether `owner.name` is one of CPython's slot wrappers (the dunders its type slots
/// expose) rather than an ordinary method: the few dunders these types define directly
/// (`dict.__getitem__`, `set.__contains__`) are ordinary methods.
pub fn is_slot_wrapper(owner: &str, name: &str) -> bool {
    const SLOTS: &[&str] = &[
        "__abs__",
        "__add__",
        "__aiter__",
        "__and__",
        "__anext__",
        "__await__",
        "__bool__",
        "__call__",
        "__contains__",
        "__del__",
        "__delattr__",
        "__delete__",
        "__delitem__",
        "__divmod__",
        "__eq__",
        "__float__",
        "__floordiv__",
        "__ge__",
        "__get__",
        "__getattribute__",
        "__getitem__",
        "__gt__",
        "__hash__",
        "__iadd__",
        "__iand__",
        "__ifloordiv__",
        "__ilshift__",
        "__imatmul__",
        "__imod__",
        "__imul__",
        "__index__",
        "__init__",
        "__int__",
        "__invert__",
        "__ior__",
        "__ipow__",
        "__irshift__",
        "__isub__",
        "__iter__",
        "__itruediv__",
        "__ixor__",
        "__le__",
        "__len__",
        "__lshift__",
        "__lt__",
        "__matmul__",
        "__mod__",
        "__mul__",
        "__ne__",
        "__neg__",
        "__next__",
        "__or__",
        "__pos__",
        "__pow__",
        "__radd__",
        "__rand__",
        "__rdivmod__",
        "__repr__",
        "__rfloordiv__",
        "__rlshift__",
        "__rmatmul__",
        "__rmod__",
        "__rmul__",
        "__ror__",
        "__rpow__",
        "__rrshift__",
        "__rshift__",
        "__rsub__",
        "__rtruediv__",
        "__rxor__",
        "__set__",
        "__setattr__",
        "__setitem__",
        "__str__",
        "__sub__",
        "__truediv__",
        "__xor__",
    ];
    let direct = match owner {
        "dict" => matches!(name, "__getitem__" | "__contains__"),
        "list" => name == "__getitem__",
        "set" | "frozenset" => name == "__contains__",
        _ => false,
    };
    !direct && SLOTS.contains(&name)
}

/// An attribute of a builtin type computed by Rust code.
pub struct GetSetDescriptor {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
    pub owner: ObjRef,
    /// A plain data member (CPython's `PyMemberDef`) rather than a computed attribute:
    /// writing a read-only one says "readonly attribute".
    pub member: bool,
}

/// A callable bound to the object it was looked up on.
pub struct BoundMethod {
    pub func: Value,
    pub bound_self: Value,
}
