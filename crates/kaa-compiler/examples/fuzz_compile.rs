//! Feeds mutated and random sources to `compile` and reports any panic.
//! `cargo run --release -p kaa-compiler --example fuzz_compile -- SEED COUNT FILE...`
use std::panic;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ";",
    "=",
    "==",
    ":=",
    "*",
    "**",
    ".",
    "...",
    "\\",
    "\\\n",
    "\n",
    "\t",
    "    ",
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "f'",
    "f\"{",
    "}",
    "{{",
    "rb'",
    "#",
    "@",
    "->",
    "lambda",
    "def",
    "class",
    "if",
    "else",
    "elif",
    "for",
    "while",
    "try",
    "except",
    "finally",
    "with",
    "as",
    "return",
    "yield",
    "await",
    "async",
    "match",
    "case",
    "_",
    "global",
    "nonlocal",
    "del",
    "import",
    "from",
    "not",
    "in",
    "is",
    "and",
    "or",
    "1",
    "0x",
    "1_",
    "1e",
    "0o8",
    "é",
    "€",
    "\u{200b}",
    "\u{feff}",
    "\0",
    "\r",
    "\r\n",
    "\x0c",
    "$",
    "?",
    "!",
    "`",
    "x",
    "print ",
    "__debug__",
];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut s: Vec<char> = src.chars().collect();
    for _ in 0..1 + rng.below(4) {
        let i = rng.below(s.len() + 1);
        match rng.below(4) {
            0 if !s.is_empty() => {
                let j = (i + 1 + rng.below(4)).min(s.len());
                s.drain(i.min(s.len())..j);
            }
            1 | 2 => {
                let p = PIECES[rng.below(PIECES.len())];
                for (k, c) in p.chars().enumerate() {
                    s.insert(i + k, c);
                }
            }
            _ => {
                let n = rng.below(40) + 1;
                let p = PIECES[rng.below(PIECES.len())];
                let rep: String = p.repeat(n);
                for (k, c) in rep.chars().enumerate() {
                    s.insert(i + k, c);
                }
            }
        }
    }
    s.into_iter().collect()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let seed: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let count: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let bases: Vec<String> = args.filter_map(|f| std::fs::read_to_string(f).ok()).collect();
    let mut rng = Rng(seed.wrapping_mul(0x9E3779B97F4A7C15) | 1);
    panic::set_hook(Box::new(|_| {}));
    let mut panics = 0;
    for n in 0..count {
        let src = if bases.is_empty() || rng.below(10) == 0 {
            let len = rng.below(60);
            (0..len).map(|_| PIECES[rng.below(PIECES.len())]).collect::<String>()
        } else {
            let base = &bases[rng.below(bases.len())];
            mutate(&mut rng, base)
        };
        for mode in [kaa_compiler::Mode::Exec, kaa_compiler::Mode::Eval, kaa_compiler::Mode::Single] {
            let s = src.clone();
            let r = panic::catch_unwind(move || {
                let _ = kaa_compiler::compile(&s, "fuzz", mode);
            });
            if r.is_err() {
                panics += 1;
                println!("PANIC #{n} ({mode:?}): {src:?}");
            }
        }
    }
    eprintln!("{count} inputs, {panics} panics");
}
