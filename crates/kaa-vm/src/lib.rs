//! Kaa's runtime: values and heap objects, the eval loop, calls and frames, exceptions,
//! the builtin types and the `builtins` module.
//!
//! Map of the crate:
//! - [`value`], [`object`], `objects/` — how values and heap objects are represented;
//! - `types/` — each builtin type's methods and attributes;
//! - `protocols/` — what the interpreter does to any value (hash, compare, arithmetic,
//!   repr, attributes, iteration, subscripts, calls, imports);
//! - `eval/` — frames, the eval loop, the bytecode verifier;
//! - `builtins/` — the builtin functions;
//! - `format/` — exact float/str reprs and the format mini-languages;
//! - [`load`] — compiling source and loading code objects;
//! - [`vm`] — the interpreter state.

pub mod builtins;
pub mod error;
pub mod eval;
pub mod finalize;
pub mod format;
pub mod load;
pub mod object;
pub mod objects;
pub mod protocols;
pub mod report;
pub mod source;
pub mod types;
pub mod value;
pub mod vm;

pub use error::{PyErr, PyResult};
pub use object::Object;
pub use value::{ObjRef, Value};
pub use vm::Vm;
