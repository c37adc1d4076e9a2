//! Kaa's standard library. Builtin modules written in Rust (`sys`, the `_dis` support
//! module) and the modules the project writes in Python (`lib/*.py`, compiled into the
//! binary), registered with a VM by [`install`].

mod dis;
mod sys;

use kaa_vm::{PyResult, Value, Vm};

/// Python modules shipped in the binary: (module name, source).
pub const FROZEN: &[(&str, &str)] = &[
    ("types", include_str!("../../../lib/types.py")),
    ("dis", include_str!("../../../lib/dis.py")),
    ("_structseq", include_str!("../../../lib/_structseq.py")),
    ("_sitebuiltins", include_str!("../../../lib/_sitebuiltins.py")),
    ("io", include_str!("../../../lib/io.py")),
];

/// Makes the standard library importable in `vm` and creates `sys`.
pub fn install(vm: &mut Vm, argv: Vec<String>) -> PyResult<()> {
    vm.argv = argv;
    vm.register_module("sys", sys::init);
    vm.register_module("_dis", dis::init);
    for (name, source) in FROZEN {
        vm.register_frozen(name, source);
    }
    let sys = vm.import_module_level("sys", false, 0)?;
    sys::finish(vm, &sys)?;
    // What CPython's site module adds to builtins.
    let site = vm.import_module_level("_sitebuiltins", true, 0)?;
    let install = vm.getattr_str(&site, "install")?;
    let builtins = Value::Obj(vm.builtins.clone());
    vm.call(&install, &[builtins], &[])?;
    Ok(())
}

/// Imports `name` (for embedders).
pub fn import(vm: &mut Vm, name: &str) -> PyResult<Value> {
    vm.import_module_level(name, true, 0)
}
