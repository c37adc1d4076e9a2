//! Kaa's bytecode: the instruction set (one table, [`instruction`]) and the plain-data
//! form of a compiled code object ([`code`]) that the compiler produces and the VM loads.
//!
//! This crate has no runtime: constants are plain Rust data, so the compiler can be
//! tested without the VM.

pub mod code;
pub mod disassemble;
pub mod instruction;

pub use code::{CodeFlags, CodeUnit, Constant, ExceptionEntry, LocalKind, Position};
pub use instruction::{ArgKind, BinaryOp, CompareOp, Instr, Op};
