//! The abstract object protocols: what the interpreter does to values of any type —
//! hashing, comparing, arithmetic, `repr`, attributes, iteration, subscripts, calls,
//! imports — and the errors each raises.

pub mod alloc;
pub mod args;
pub mod arith;
pub mod attr;
pub mod call;
pub mod compare;
pub mod convert;
pub mod errors;
pub mod hash;
pub mod import;
pub mod instance;
pub mod iter;
pub mod matching;
pub mod repr;
pub mod subscript;
