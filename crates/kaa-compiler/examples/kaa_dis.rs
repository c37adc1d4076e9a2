//! Prints the compiler's disassembly of a Python file: `cargo run -p kaa-compiler --example kaa_dis FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: kaa_dis FILE");
    let source = std::fs::read_to_string(&path).expect("readable file");
    match kaa_compiler::compile(&source, &path, kaa_compiler::Mode::Exec) {
        Ok(code) => print!("{}", kaa_bytecode::disassemble::disassemble(&code)),
        Err(e) => println!("{}: {} (line {}, offset {})", e.kind.name(), e.msg, e.lineno, e.offset),
    }
}
