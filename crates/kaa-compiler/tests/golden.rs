//! Golden disassembly tests: every `tests/golden/NAME.py` is compiled and its disassembly
//! (the module and, recursively, every nested code object) compared with the checked-in
//! `tests/golden/NAME.dis`.
//!
//! After an intended change to code generation, regenerate the expected files with
//! `KAA_BLESS=1 cargo test -p kaa-compiler --test golden`, and review the diff: the
//! disassemblies are the specification of what the compiler emits.

use std::path::{Path, PathBuf};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden")
}

fn sources() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .expect("tests/golden exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
}

/// The disassembly of `path`, or its compile error.
fn render(path: &Path) -> String {
    let source = std::fs::read_to_string(path).expect("readable source");
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
    match kaa_compiler::compile(&source, name, kaa_compiler::Mode::Exec) {
        Ok(code) => kaa_bytecode::disassemble::disassemble(&code),
        Err(e) => format!("{}: {} (line {})\n", e.kind.name(), e.msg, e.lineno),
    }
}

/// The first line where `expected` and `actual` differ, for the failure message.
fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i).copied().unwrap_or("<end>"), a.get(i).copied().unwrap_or("<end>"));
        if x != y {
            return format!("line {}:\n  expected: {x}\n  actual:   {y}", i + 1);
        }
    }
    String::new()
}

#[test]
fn golden_disassembly() {
    let bless = std::env::var_os("KAA_BLESS").is_some();
    let files = sources();
    assert!(!files.is_empty(), "no golden sources in {}", golden_dir().display());
    let mut failures = Vec::new();
    for py in &files {
        let actual = render(py);
        let dis = py.with_extension("dis");
        if bless {
            std::fs::write(&dis, &actual).expect("write .dis");
            continue;
        }
        match std::fs::read_to_string(&dis) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => failures.push(format!("{}: {}", dis.display(), first_difference(&expected, &actual))),
            Err(_) => failures.push(format!("{}: missing (run with KAA_BLESS=1 to create it)", dis.display())),
        }
    }
    assert!(failures.is_empty(), "{} golden file(s) differ:\n{}", failures.len(), failures.join("\n"));
}
