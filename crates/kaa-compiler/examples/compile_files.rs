//! Compiles each file named in a list (one path per line) and prints `PATH OK` or the
//! SyntaxError fields, in the format of a CPython script used for comparison.
fn main() {
    let list = std::env::args().nth(1).expect("usage: compile_files LIST");
    let start = std::time::Instant::now();
    for path in std::fs::read_to_string(&list).expect("list").lines() {
        let Ok(source) = std::fs::read_to_string(path) else { continue };
        let r = match kaa_compiler::compile(&source, path, kaa_compiler::Mode::Exec) {
            Ok(_) => "OK".to_string(),
            Err(e) => {
                let end = match e.end_offset {
                    usize::MAX => "-1".to_string(),
                    kaa_compiler::CompileError::END_NONE => "None".to_string(),
                    n => (n as i64).to_string(),
                };
                format!("{} {} {} {} {} {}", e.kind.name(), e.msg, e.lineno, e.offset as i64, e.end_lineno, end)
            }
        };
        println!("{path} {r}");
    }
    eprintln!("TIME {:?}", start.elapsed());
}
