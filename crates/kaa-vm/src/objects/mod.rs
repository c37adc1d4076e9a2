//! Payload types of the heap objects, one file per Python type. Their behaviour (methods,
//! attributes, constructors) is registered with the VM in `crate::types`.

pub mod builtin_func;
pub mod code;
pub mod descr;
pub mod dict;
pub mod exception;
pub mod file;
pub mod frame;
pub mod function;
pub mod generator;
pub mod instance;
pub mod iter;
pub mod module;
pub mod native;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod super_obj;
pub mod textio;
pub mod traceback;
pub mod typeobj;
