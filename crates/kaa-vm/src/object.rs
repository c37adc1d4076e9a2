//! [`Object`]: every kind of heap object, as one enum behind an `Rc`.
//!
//! Each variant's payload type lives in `objects/`, one file per type. The variant says
//! what the object is; its Python type is derived from the variant (instances of classes
//! and exceptions carry their class). Payloads larger than a few words are boxed so that
//! every object stays small (see the size test).

use std::cell::RefCell;

use num_bigint::BigInt;

use crate::objects::builtin_func::{BoundMethod, BuiltinFunction, GetSetDescriptor, MethodDescriptor};
use crate::objects::code::Code;
use crate::objects::descr::{FuncWrapperObj, PropertyObj, SlotMember};
use crate::objects::dict::DictObj;
use crate::objects::exception::ExceptionObj;
use crate::objects::file::FileObj;
use crate::objects::frame::FrameObj;
use crate::objects::function::FunctionObj;
use crate::objects::generator::GeneratorObj;
use crate::objects::instance::InstanceObj;
use crate::objects::iter::IterObj;
use crate::objects::module::ModuleObj;
use crate::objects::native::NativeObj;
use crate::objects::range::{BigRangeObj, RangeObj};
use crate::objects::set::SetObj;
use crate::objects::slice::SliceObj;
use crate::objects::str::PyStr;
use crate::objects::super_obj::SuperObj;
use crate::objects::textio::TextIOObj;
use crate::objects::traceback::TracebackObj;
use crate::objects::typeobj::TypeObj;
use crate::value::{ObjRef, Value};

/// A heap object.
pub enum Object {
    Str(PyStr),
    /// An int outside the i64 range (smaller ints are `Value::Int`).
    BigInt(BigInt),
    Complex(f64, f64),
    Bytes(Box<[u8]>),
    /// A `bytearray`: bytes that can change in place.
    ByteArray(RefCell<Vec<u8>>),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(Box<DictObj>),
    Set(Box<SetObj>),
    FrozenSet(Box<SetObj>),
    /// A view of a dict: `keys()`, `values()` or `items()`.
    DictView(ObjRef, DictViewKind),
    Range(RangeObj),
    /// A range beyond 64-bit bounds.
    BigRange(Box<BigRangeObj>),
    Slice(Box<SliceObj>),
    Function(Box<FunctionObj>),
    BuiltinFunction(Box<BuiltinFunction>),
    MethodDescriptor(Box<MethodDescriptor>),
    GetSetDescriptor(Box<GetSetDescriptor>),
    BoundMethod(BoundMethod),
    /// `staticmethod(f)` and `classmethod(f)`.
    StaticMethod(Box<FuncWrapperObj>),
    ClassMethod(Box<FuncWrapperObj>),
    /// `property(fget, fset, fdel, doc)`.
    Property(Box<PropertyObj>),
    Code(Box<Code>),
    Cell(RefCell<Value>),
    Module(Box<ModuleObj>),
    Type(Box<TypeObj>),
    Exception(Box<ExceptionObj>),
    Frame(Box<FrameObj>),
    Traceback(Box<TracebackObj>),
    Iter(Box<IterObj>),
    /// A generator (a suspended function activation); see `objects/generator.rs`.
    Generator(Box<GeneratorObj>),
    TextIO(Box<TextIOObj>),
    /// A file made by `open()`.
    File(Box<FileObj>),
    Instance(InstanceObj),
    /// `super(type, obj)`: attribute lookups continue along `type(obj)`'s MRO after
    /// `thisclass`.
    Super(Box<SuperObj>),
    /// A `__slots__` member descriptor.
    SlotMember(Box<SlotMember>),
    /// An object of a type a native module defines (see `objects/native.rs`).
    Native(Box<NativeObj>),
    NotImplemented,
    Ellipsis,
}

/// Which view of a dict.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

impl Object {
    /// The payload if this is a str, or an instance of a str subclass (whose text is
    /// its base str), as CPython's `PyUnicode_Check` accepts subclasses.
    #[inline]
    pub fn as_str(&self) -> Option<&PyStr> {
        match self {
            Object::Str(s) => Some(s),
            Object::Instance(i) => match i.base() {
                Some(Value::Obj(o)) => o.as_str(),
                _ => None,
            },
            _ => None,
        }
    }

    #[inline]
    pub fn as_type(&self) -> Option<&TypeObj> {
        match self {
            Object::Type(t) => Some(t),
            _ => None,
        }
    }

    #[inline]
    pub fn as_dict(&self) -> Option<&DictObj> {
        match self {
            Object::Dict(d) => Some(d),
            _ => None,
        }
    }

    #[inline]
    pub fn as_tuple(&self) -> Option<&[Value]> {
        match self {
            Object::Tuple(t) => Some(t),
            _ => None,
        }
    }

    #[inline]
    pub fn as_code(&self) -> Option<&Code> {
        match self {
            Object::Code(c) => Some(c),
            _ => None,
        }
    }

    #[inline]
    pub fn as_function(&self) -> Option<&FunctionObj> {
        match self {
            Object::Function(f) => Some(f),
            _ => None,
        }
    }

    #[inline]
    pub fn as_generator(&self) -> Option<&GeneratorObj> {
        match self {
            Object::Generator(g) => Some(g),
            _ => None,
        }
    }

    /// The payload of a native module's object, if it is a `T`.
    #[inline]
    pub fn native<T: std::any::Any>(&self) -> Option<&T> {
        match self {
            Object::Native(n) => n.data(),
            _ => None,
        }
    }

    #[inline]
    pub fn as_exception(&self) -> Option<&ExceptionObj> {
        match self {
            Object::Exception(e) => Some(e),
            _ => None,
        }
    }
}

impl Drop for Object {
    /// Lists and tuples release their items last to first, as CPython's deallocators
    /// do, so finalizers of the items run in CPython's order.
    fn drop(&mut self) {
        match self {
            Object::List(items) => {
                let items = items.get_mut();
                while let Some(v) = items.pop() {
                    drop(v);
                }
            }
            Object::Tuple(items) => {
                let mut items = std::mem::take(items).into_vec();
                while let Some(v) = items.pop() {
                    drop(v);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_stay_small() {
        assert!(std::mem::size_of::<Object>() <= 48, "Object is {} bytes", std::mem::size_of::<Object>());
    }
}
