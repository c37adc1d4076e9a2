//! The interactive loop: `>>> ` and `... ` prompts, multi-line blocks ended by an empty
//! line, results echoed through `sys.displayhook` (which binds `_`), tracebacks that
//! leave the session running. On a terminal it uses rustyline (line editing, history);
//! otherwise it reads stdin line by line and writes prompts to stderr, as `python3 -i`.

use std::io::{BufRead, IsTerminal, Write};

use kaa_compiler::{CompileError, Mode};
use kaa_vm::{ObjRef, Value, Vm};

use crate::run::{call_excepthook, report_uncaught};

/// Whether the lines typed so far form a complete statement.
enum Completeness {
    Complete,
    Incomplete,
}

/// Where input comes from.
enum Input {
    Editor(rustyline::DefaultEditor),
    Plain(std::io::StdinLock<'static>),
}

enum Line {
    Text(String),
    Interrupted,
    Eof,
}

impl Input {
    fn read(&mut self, vm: &mut Vm, prompt: &str) -> Line {
        vm.flush_std();
        match self {
            Input::Editor(ed) => match ed.readline(prompt) {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = ed.add_history_entry(line.as_str());
                    }
                    Line::Text(line)
                }
                Err(rustyline::error::ReadlineError::Interrupted) => Line::Interrupted,
                Err(_) => Line::Eof,
            },
            Input::Plain(stdin) => {
                eprint!("{prompt}");
                let _ = std::io::stderr().flush();
                let mut line = String::new();
                match stdin.read_line(&mut line) {
                    Ok(0) | Err(_) => Line::Eof,
                    Ok(_) => {
                        while line.ends_with('\n') || line.ends_with('\r') {
                            line.pop();
                        }
                        Line::Text(line)
                    }
                }
            }
        }
    }
}

/// The prompt from `sys.ps1`/`sys.ps2`.
fn prompt(vm: &mut Vm, name: &str, default: &str) -> String {
    match vm.sys_attr(name) {
        Some(v) => vm.to_str_string(&v).unwrap_or_else(|_| default.to_string()),
        None => default.to_string(),
    }
}

/// Runs the REPL in `__main__`'s namespace; returns the exit status.
pub fn run(vm: &mut Vm, main: &ObjRef, banner: bool) -> i64 {
    if let Some(sys) = vm.sys_dict.clone() {
        let d = sys.as_dict().expect("dict");
        if d.get_str("ps1").is_none() {
            let v = vm.str_val(">>> ");
            d.set_str(vm, "ps1", v);
        }
        if d.get_str("ps2").is_none() {
            let v = vm.str_val("... ");
            d.set_str(vm, "ps2", v);
        }
    }
    if banner {
        eprintln!(
            "{} on {}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.",
            crate::cli::version(),
            std::env::consts::OS
        );
    }
    let mut input = if std::io::stdin().is_terminal() {
        match rustyline::DefaultEditor::new() {
            Ok(ed) => Input::Editor(ed),
            Err(_) => Input::Plain(std::io::stdin().lock()),
        }
    } else {
        Input::Plain(std::io::stdin().lock())
    };
    let mut buffer: Vec<String> = Vec::new();
    loop {
        let p = if buffer.is_empty() { prompt(vm, "ps1", ">>> ") } else { prompt(vm, "ps2", "... ") };
        let line = match input.read(vm, &p) {
            Line::Text(l) => l,
            Line::Interrupted => {
                eprintln!("\nKeyboardInterrupt");
                buffer.clear();
                continue;
            }
            Line::Eof => {
                if matches!(input, Input::Plain(_)) {
                    eprintln!();
                }
                // End of input finishes a pending statement (then the next read ends).
                if !buffer.is_empty() {
                    let source = buffer.join("\n");
                    buffer.clear();
                    if let Some(status) = execute(vm, main, &source) {
                        return status;
                    }
                    continue;
                }
                return 0;
            }
        };
        // Blank and comment-only lines between statements are skipped.
        if buffer.is_empty() && (line.trim().is_empty() || line.trim_start().starts_with('#')) {
            continue;
        }
        buffer.push(line);
        let source = buffer.join("\n");
        match completeness(&source, &buffer) {
            Completeness::Incomplete => continue,
            Completeness::Complete => {}
        }
        buffer.clear();
        if let Some(status) = execute(vm, main, &source) {
            return status;
        }
    }
}

/// Decides whether to ask for more lines.
fn completeness(source: &str, lines: &[String]) -> Completeness {
    let first = lines[0].split('#').next().unwrap_or("").trim_end();
    let last_blank = lines.last().is_some_and(|l| l.trim().is_empty());
    let opens_block = first.ends_with(':') || first.trim_start().starts_with('@');
    if opens_block && lines.len() >= 1 && !last_blank {
        return Completeness::Incomplete;
    }
    if lines.last().is_some_and(|l| l.ends_with('\\')) {
        return Completeness::Incomplete;
    }
    match kaa_compiler::compile(&format!("{source}\n"), "<stdin>", Mode::Single) {
        Ok(_) => Completeness::Complete,
        // Inside an open bracket or string a blank line is part of the statement.
        Err(e) if inside_literal_or_brackets(&e) => Completeness::Incomplete,
        Err(e) if wants_more(&e) && !last_blank => Completeness::Incomplete,
        Err(_) => Completeness::Complete,
    }
}

/// Compile errors that mean "the statement continues on the next line".
fn wants_more(e: &CompileError) -> bool {
    inside_literal_or_brackets(e)
        || e.msg.starts_with("expected an indented block")
        || e.msg == "unexpected EOF while parsing"
}

/// The input ends inside brackets or a triple-quoted string: even a blank line
/// continues it.
fn inside_literal_or_brackets(e: &CompileError) -> bool {
    e.msg.ends_with("was never closed") || e.msg.starts_with("unterminated triple-quoted string")
}

/// Compiles and runs one interactive input; `Some(status)` when it raised SystemExit.
fn execute(vm: &mut Vm, main: &ObjRef, source: &str) -> Option<i64> {
    let code = match vm.compile(&format!("{source}\n"), "<stdin>", Mode::Single) {
        Ok(c) => c,
        Err(e) => {
            call_excepthook(vm, &e);
            return None;
        }
    };
    let result = vm.run_code(&code, main.clone(), Some(Value::Obj(main.clone())));
    vm.flush_std();
    match result {
        Ok(_) => None,
        Err(e) => {
            let exit_type = vm.exc.system_exit.clone();
            if vm.err_matches(&e, &exit_type) {
                return Some(report_uncaught(vm, e));
            }
            call_excepthook(vm, &e);
            None
        }
    }
}
