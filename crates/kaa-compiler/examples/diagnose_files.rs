//! Runs the CPython-style syntax check on each file in a list; prints the files it rejects.
fn main() {
    let list = std::env::args().nth(1).expect("usage: diagnose_files LIST");
    let start = std::time::Instant::now();
    let mut n = 0;
    for path in std::fs::read_to_string(&list).expect("list").lines() {
        let Ok(source) = std::fs::read_to_string(path) else { continue };
        n += 1;
        let t = std::time::Instant::now();
        let r = kaa_compiler::cpython_syntax_check(&source, kaa_compiler::Mode::Exec);
        let el = t.elapsed();
        if let Some(e) = r {
            println!("{path} {} {} {} {}", e.kind.name(), e.msg, e.lineno, e.offset as i64);
        }
        if el.as_millis() > 200 {
            println!("SLOW {path} {el:?} ({} bytes)", source.len());
        }
    }
    eprintln!("{n} files, TIME {:?}", start.elapsed());
}
