//! Kaa's standard library. Builtin modules written in Rust (`sys`, the `_dis` support
//! module) and the modules the project writes in Python (`lib/*.py`, compiled into the
//! binary), registered with a VM by [`install`].

mod args;
mod dis;
mod functools;
mod math;
mod operator;
mod random;
mod sha512;
mod sys;
mod time;
mod traceback_support;

use kaa_vm::{PyResult, Value, Vm};

/// Python modules shipped in the binary: (module name, source).
pub const FROZEN: &[(&str, &str)] = &[
    ("types", include_str!("../../../lib/types.py")),
    ("dis", include_str!("../../../lib/dis.py")),
    ("_structseq", include_str!("../../../lib/_structseq.py")),
    ("_sitebuiltins", include_str!("../../../lib/_sitebuiltins.py")),
    ("linecache", include_str!("../../../lib/linecache.py")),
    ("traceback", include_str!("../../../lib/traceback.py")),
    ("time", include_str!("../../../lib/time.py")),
    ("functools", include_str!("../../../lib/functools.py")),
    ("_clinic", include_str!("../../../lib/_clinic.py")),
    ("itertools", include_str!("../../../lib/itertools.py")),
    ("operator", include_str!("../../../lib/operator.py")),
    ("random", include_str!("../../../lib/random.py")),
    ("bisect", include_str!("../../../lib/bisect.py")),
    ("heapq", include_str!("../../../lib/heapq.py")),
    ("keyword", include_str!("../../../lib/keyword.py")),
    ("copy", include_str!("../../../lib/copy.py")),
    ("string", include_str!("../../../lib/string.py")),
    ("textwrap", include_str!("../../../lib/textwrap.py")),
    ("reprlib", include_str!("../../../lib/reprlib.py")),
    ("io", include_str!("../../../lib/io.py")),
];

/// Makes the standard library importable in `vm` and creates `sys`.
pub fn install(vm: &mut Vm, argv: Vec<String>) -> PyResult<()> {
    vm.argv = argv;
    vm.register_module("sys", sys::init);
    vm.register_module("_dis", dis::init);
    vm.register_module("_linecache", traceback_support::init_linecache);
    vm.register_module("_traceback", traceback_support::init_traceback);
    vm.register_module("math", math::init);
    vm.register_module("_time", time::init);
    vm.register_module("_operator", operator::init);
    vm.register_module("_random", random::init);
    vm.register_module("_functools", functools::init);
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
