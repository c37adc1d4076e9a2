//! The second pass of the symbol table: resolving every name of every scope to local,
//! global (explicit or implicit), free or cell, as CPython's `analyze_block` does.

use super::*;

impl SymbolTable {
    /// The second pass: resolve every name (CPython's `analyze_block`).
    pub(super) fn analyze(&mut self) -> Result<(), CompileError> {
        let mut free = HashSet::new();
        let mut global = HashSet::new();
        self.analyze_block(0, None, &mut free, &mut global)
    }

    fn analyze_block(
        &mut self,
        id: ScopeId,
        bound: Option<&HashSet<String>>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> Result<(), CompileError> {
        let kind = self.scopes[id].kind;
        let mut local = HashSet::new();
        // Our own copy: a `global` declaration hides the enclosing binding from here on.
        let mut bound: Option<HashSet<String>> = bound.cloned();

        let names: Vec<String> = self.scopes[id].symbols.keys().cloned().collect();
        for name in &names {
            let res = self.analyze_name(id, name, &mut bound, &mut local, free, global)?;
            self.scopes[id].symbols.get_mut(name).expect("symbol").resolution = res;
        }

        // What nested scopes see.
        let mut newbound: HashSet<String> = HashSet::new();
        let newglobal: HashSet<String> = global.clone();
        if kind == ScopeKind::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
        if kind == ScopeKind::Class {
            // Methods can see the implicit `__class__` cell of their class.
            newbound.insert("__class__".to_string());
        }

        let mut newfree: HashSet<String> = HashSet::new();
        let children = self.scopes[id].children.clone();
        for child in children {
            let mut child_free = HashSet::new();
            let mut child_global = newglobal.clone();
            self.analyze_block(child, Some(&newbound), &mut child_free, &mut child_global)?;
            let c = &self.scopes[child];
            if c.has_free || c.child_has_free {
                self.scopes[id].child_has_free = true;
            }
            newfree.extend(child_free);
        }

        let scope = &mut self.scopes[id];
        if kind == ScopeKind::Function {
            // Locals that nested scopes use become cells.
            for (name, sym) in scope.symbols.iter_mut() {
                if sym.resolution == Resolution::Local && newfree.remove(name) {
                    sym.resolution = Resolution::Cell;
                }
            }
        } else if kind == ScopeKind::Class && newfree.remove("__class__") {
            scope.needs_class_closure = true;
        }

        // Names free in children pass through this scope.
        for name in newfree.iter() {
            if let Some(sym) = scope.symbols.get_mut(name) {
                if kind == ScopeKind::Class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            match &bound {
                Some(b) if b.contains(name) => {}
                _ => continue,
            }
            scope.symbols.insert(name.clone(), Symbol { flags: 0, resolution: Resolution::Free });
            scope.has_free = true;
        }
        free.extend(newfree);
        Ok(())
    }

    fn analyze_name(
        &mut self,
        id: ScopeId,
        name: &str,
        bound: &mut Option<HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> Result<Resolution, CompileError> {
        let scope = &mut self.scopes[id];
        let sym = &scope.symbols[name];
        let flags = sym.flags;
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(error(format!("name '{name}' is nonlocal and global"), scope.directive(name)));
            }
            global.insert(name.to_string());
            if let Some(b) = bound.as_mut() {
                b.remove(name);
            }
            return Ok(Resolution::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            let range = scope.directive(name);
            match bound {
                None => return Err(error("nonlocal declaration not allowed at module level", range)),
                Some(b) if !b.contains(name) => {
                    return Err(error(format!("no binding for nonlocal '{name}' found"), range));
                }
                Some(_) => {}
            }
            scope.has_free = true;
            free.insert(name.to_string());
            return Ok(Resolution::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name.to_string());
            global.remove(name);
            return Ok(Resolution::Local);
        }
        if bound.as_ref().is_some_and(|b| b.contains(name)) {
            scope.has_free = true;
            free.insert(name.to_string());
            return Ok(Resolution::Free);
        }
        if global.contains(name) {
            return Ok(Resolution::GlobalImplicit);
        }
        if scope.nested {
            scope.has_free = true;
        }
        Ok(Resolution::GlobalImplicit)
    }
}
