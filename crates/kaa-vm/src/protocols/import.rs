//! `import`: builtin modules (registered by the embedder), modules already in
//! `sys.modules`, and `.py` files found on `sys.path`.

use crate::error::PyResult;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// Imports `name` (with `level` leading dots resolved against the running module);
    /// returns the top package, or the module itself when a fromlist is given.
    pub fn import_module_level(&mut self, name: &str, has_fromlist: bool, level: i64) -> PyResult<Value> {
        let full = if level > 0 { self.resolve_relative(name, level)? } else { name.to_string() };
        if full.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let mut module = Value::None;
        let mut path = String::new();
        let mut top = Value::None;
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                path.push('.');
            }
            path.push_str(part);
            let m = self.import_one(&path, &module)?;
            if i == 0 {
                top = m.clone();
            }
            module = m;
        }
        if has_fromlist || level > 0 && name.is_empty() {
            Ok(module)
        } else if level > 0 {
            // `from . import x` style returns the resolved module itself.
            Ok(module)
        } else {
            Ok(top)
        }
    }

    fn resolve_relative(&mut self, name: &str, level: i64) -> PyResult<String> {
        let globals = self.frames.last().map(|f| f.globals().clone());
        let package = globals
            .as_ref()
            .and_then(|g| g.as_dict())
            .and_then(|d| d.get_str("__package__").filter(|p| !p.is_none()).or_else(|| d.get_str("__name__")))
            .and_then(|p| self.as_str_ref(&p).map(str::to_string))
            .unwrap_or_default();
        let t = self.exc.import_error.clone();
        if package.is_empty() || package == "__main__" {
            return Err(self.new_error(&t, "attempted relative import with no known parent package"));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if (level as usize) > parts.len() {
            return Err(self.new_error(&t, "attempted relative import beyond top-level package"));
        }
        let base = parts[..parts.len() - (level as usize - 1)].join(".");
        Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
    }

    /// Imports one module given its full dotted name and its parent (None for top level).
    fn import_one(&mut self, full: &str, parent: &Value) -> PyResult<Value> {
        let modules = self.modules.clone();
        if let Some(m) = modules.as_dict().expect("dict").get_str(full) {
            return Ok(m);
        }
        if let Some(init) = self.native_modules.iter().find(|(n, _)| *n == full).map(|(_, f)| *f) {
            let m = init(self)?;
            modules.as_dict().expect("dict").set_str(self, full, Value::Obj(m.clone()));
            return Ok(Value::Obj(m));
        }
        if let Some(source) = self.frozen_modules.iter().find(|(n, _)| *n == full).map(|(_, s)| *s) {
            return self.load_frozen_module(full, source);
        }
        let search: Vec<String> = match parent {
            Value::Obj(p) => match &**p {
                Object::Module(pm) => {
                    let Some(path) = pm.dict.as_dict().and_then(|d| d.get_str("__path__")) else {
                        let parent_name = full.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
                        return Err(self.module_not_found(
                            full,
                            format!("No module named '{full}'; '{parent_name}' is not a package"),
                        ));
                    };
                    self.iterate(&path)?.iter().filter_map(|v| self.as_str_ref(v).map(str::to_string)).collect()
                }
                _ => vec![],
            },
            _ => self.search_path(),
        };
        let leaf = full.rsplit('.').next().unwrap_or(full);
        for dir in search {
            let base = if dir.is_empty() { ".".to_string() } else { dir.clone() };
            let pkg_init = format!("{base}/{leaf}/__init__.py");
            let file = format!("{base}/{leaf}.py");
            let (path, is_pkg) = if std::path::Path::new(&pkg_init).is_file() {
                (pkg_init, true)
            } else if std::path::Path::new(&file).is_file() {
                (file, false)
            } else {
                continue;
            };
            return self.load_source_module(full, &path, is_pkg, &format!("{base}/{leaf}"), parent);
        }
        Err(self.module_not_found(full, format!("No module named '{full}'")))
    }

    /// ModuleNotFoundError for `name`, with its `msg` and `name` attributes set.
    fn module_not_found(&mut self, name: &str, msg: String) -> crate::error::PyErr {
        let t = self.exc.module_not_found_error.clone();
        let err = self.new_error(&t, msg.clone());
        let e = err.0.as_exception().expect("exception");
        let n = self.str_val(name);
        e.set_field("name", n);
        let m = self.str_val(&msg);
        e.set_field("msg", m);
        err
    }

    /// `sys.path` as strings (the live list if sys exists).
    fn search_path(&mut self) -> Vec<String> {
        match self.sys_attr("path") {
            Some(p) => self
                .iterate(&p)
                .unwrap_or_default()
                .iter()
                .filter_map(|v| self.as_str_ref(v).map(str::to_string))
                .collect(),
            None => self.path.clone(),
        }
    }

    fn load_source_module(
        &mut self,
        full: &str,
        path: &str,
        is_pkg: bool,
        pkg_dir: &str,
        parent: &Value,
    ) -> PyResult<Value> {
        let source = match std::fs::read(path) {
            Ok(bytes) => match crate::source::decode_source(&bytes, path) {
                Ok(s) => s,
                Err(e) => {
                    let t = self.exc.syntax_error.clone();
                    return Err(self.syntax_error_message(&t, e.message));
                }
            },
            Err(e) => {
                let t = self.exc.import_error.clone();
                return Err(self.new_error(&t, format!("cannot read {path}: {e}")));
            }
        };
        let abs =
            std::fs::canonicalize(path).map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| path.to_string());
        let module = self.new_module(full);
        let dict = match &*module {
            Object::Module(m) => m.dict.clone(),
            _ => unreachable!(),
        };
        let d = dict.as_dict().expect("dict");
        let file_v = self.str_val(&abs);
        d.set_str(self, "__file__", file_v);
        // An imported module's `__builtins__` is the builtins dict, as in CPython.
        d.set_str(self, "__builtins__", Value::Obj(self.builtins_dict.clone()));
        let package = if is_pkg {
            full.to_string()
        } else {
            full.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
        };
        let pv = self.str_val(&package);
        d.set_str(self, "__package__", pv);
        if is_pkg {
            let dir = std::fs::canonicalize(pkg_dir)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| pkg_dir.to_string());
            let dv = self.str_val(&dir);
            let list = Value::Obj(self.new_list(vec![dv]));
            d.set_str(self, "__path__", list);
        }
        let modules = self.modules.clone();
        modules.as_dict().expect("dict").set_str(self, full, Value::Obj(module.clone()));
        let code = match self.compile(&source, &abs, kaa_compiler::Mode::Exec) {
            Ok(c) => c,
            Err(e) => {
                self.modules.as_dict().expect("dict").del_str(full);
                return Err(e);
            }
        };
        self.initializing.push(full.to_string());
        let result = self.run_code(&code, dict.clone(), Some(Value::Obj(dict.clone())));
        self.initializing.pop();
        if let Err(e) = result {
            self.modules.as_dict().expect("dict").del_str(full);
            return Err(e);
        }
        if let Value::Obj(p) = parent {
            if let Object::Module(pm) = &**p {
                let leaf = full.rsplit('.').next().unwrap_or(full);
                pm.dict.as_dict().expect("dict").set_str(self, leaf, Value::Obj(module.clone()));
            }
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.modules.as_dict().expect("dict").get_str(full).unwrap_or(Value::Obj(module)))
    }

    /// Creates a module from source compiled into the binary.
    fn load_frozen_module(&mut self, full: &str, source: &str) -> PyResult<Value> {
        let module = self.new_module(full);
        let dict = match &*module {
            Object::Module(m) => m.dict.clone(),
            _ => unreachable!(),
        };
        dict.as_dict().expect("dict").set_str(self, "__builtins__", Value::Obj(self.builtins.clone()));
        let modules = self.modules.clone();
        modules.as_dict().expect("dict").set_str(self, full, Value::Obj(module.clone()));
        let filename = format!("<frozen {full}>");
        let result = self
            .compile(source, &filename, kaa_compiler::Mode::Exec)
            .and_then(|code| self.run_code(&code, dict.clone(), Some(Value::Obj(dict.clone()))));
        if let Err(e) = result {
            modules.as_dict().expect("dict").del_str(full);
            return Err(e);
        }
        Ok(modules.as_dict().expect("dict").get_str(full).unwrap_or(Value::Obj(module)))
    }

    /// Runs a module-level code object with the given namespaces.
    pub fn run_code(&mut self, code: &ObjRef, globals: ObjRef, locals: Option<Value>) -> PyResult<Value> {
        let builtins = match globals.as_dict().and_then(|d| d.get_str("__builtins__")) {
            Some(Value::Obj(b)) => match &*b {
                Object::Module(m) => m.dict.clone(),
                Object::Dict(_) => b.clone(),
                _ => self.builtins_dict.clone(),
            },
            _ => {
                // CPython inserts the builtins dict (not the module) into globals that
                // lack `__builtins__`, as for an imported module's namespace.
                let b = self.builtins_dict.clone();
                globals.as_dict().expect("dict").set_str(self, "__builtins__", Value::Obj(b.clone()));
                b
            }
        };
        // Only the frame counts against the recursion limit, as in CPython.
        self.check_native_stack()?;
        match self.push_code_frame(code, globals, locals, builtins, None) {
            Ok(()) => self.run_frame(),
            Err(e) => Err(e),
        }
    }
}
