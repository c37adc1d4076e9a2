//! Loading, storing and deleting a variable: picks the instruction family from the name's
//! resolution in the symbol table (CPython's `compiler_nameop`).

use kaa_bytecode::Op;
use ruff_text_size::TextRange;

use super::{CResult, Compiler};
use crate::symtable::{Resolution, ScopeKind};

/// What is done with the name.
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum NameCtx {
    Load,
    Store,
    Delete,
}

impl<'a> Compiler<'a> {
    pub fn load_name(&mut self, name: &str, range: TextRange) -> CResult {
        self.name_op(name, NameCtx::Load, range)
    }

    pub fn store_name(&mut self, name: &str, range: TextRange) -> CResult {
        self.name_op(name, NameCtx::Store, range)
    }

    pub fn delete_name(&mut self, name: &str, range: TextRange) -> CResult {
        self.name_op(name, NameCtx::Delete, range)
    }

    pub fn name_op(&mut self, name: &str, ctx: NameCtx, range: TextRange) -> CResult {
        if ctx != NameCtx::Load && name == "__debug__" {
            let what = if ctx == NameCtx::Store { "assign to" } else { "delete" };
            return Err(self.error(format!("cannot {what} __debug__"), range));
        }
        let mangled = self.mangle(name).into_owned();
        let name = mangled.as_str();
        let scope = self.scope();
        let kind = scope.kind;
        let known = scope.symbols.contains_key(name);
        let resolution = scope.resolve(name);
        let is_function = kind == ScopeKind::Function;
        match resolution {
            Resolution::Free | Resolution::Cell if known => {
                let index = self.deref_index(name).expect("cell or free variable has a slot");
                let op = match ctx {
                    NameCtx::Load if kind == ScopeKind::Class => Op::LoadClassDeref,
                    NameCtx::Load => Op::LoadDeref,
                    NameCtx::Store => Op::StoreDeref,
                    NameCtx::Delete => Op::DeleteDeref,
                };
                self.emit_deref(op, index);
            }
            Resolution::Local if is_function && known => {
                let index = self.add_varname(name);
                let op = match ctx {
                    NameCtx::Load => Op::LoadFast,
                    NameCtx::Store => Op::StoreFast,
                    NameCtx::Delete => Op::DeleteFast,
                };
                self.emit(op, index);
            }
            Resolution::GlobalExplicit | Resolution::GlobalImplicit
                if known && (is_function || resolution == Resolution::GlobalExplicit) =>
            {
                let index = self.add_name(name);
                let op = match ctx {
                    NameCtx::Load => Op::LoadGlobal,
                    NameCtx::Store => Op::StoreGlobal,
                    NameCtx::Delete => Op::DeleteGlobal,
                };
                self.emit(op, index);
            }
            _ if is_function && !known => {
                // Names the symbol table never saw in a function are globals.
                let index = self.add_name(name);
                let op = match ctx {
                    NameCtx::Load => Op::LoadGlobal,
                    NameCtx::Store => Op::StoreGlobal,
                    NameCtx::Delete => Op::DeleteGlobal,
                };
                self.emit(op, index);
            }
            _ => {
                let index = self.add_name(name);
                let op = match ctx {
                    NameCtx::Load => Op::LoadName,
                    NameCtx::Store => Op::StoreName,
                    NameCtx::Delete => Op::DeleteName,
                };
                self.emit(op, index);
            }
        }
        Ok(())
    }
}
