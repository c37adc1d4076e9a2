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
    /// A slot wrapper bound to its object (type `method-wrapper`).
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
    /// One of the special methods CPython implements as type slots: a "slot wrapper"
    /// (type `wrapper_descriptor`), which differs from a method in its repr and error
    /// messages.
    pub slot: bool,
}

/// The special-method names CPython's types expose as slot wrappers.
const SLOT_NAMES: &[&str] = &[
    "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__",
    "__str__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__",
    "__set__", "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__", "__add__", "__radd__",
    "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__",
    "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__",
    "__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__",
    "__float__", "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__",
    "__iand__", "__ixor__", "__ior__", "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__",
    "__ifloordiv__", "__itruediv__", "__index__", "__matmul__", "__rmatmul__", "__imatmul__", "__len__",
    "__getitem__", "__setitem__", "__delitem__", "__contains__",
];

/// Whether method `name` of builtin type `owner` is a slot wrapper in CPython (a few
/// types define some of these names as ordinary methods).
pub fn is_slot_method(owner: &str, name: &str) -> bool {
    SLOT_NAMES.contains(&name)
        && !matches!((owner, name), ("dict" | "list", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__"))
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
