//! The `kaa` command: python3's command line (`kaa FILE`, `-c`, `-`, `-i`, `-V`, `-h`)
//! and the interactive REPL. All interpreter logic lives in the library crates; this
//! crate parses arguments, sets up `sys`, runs code and turns the outcome into an exit
//! status.

mod cli;
mod repl;
mod run;

use std::process::ExitCode;

/// The interpreter runs on a thread with a large stack, so that deeply nested Rust code
/// (compiling deep expressions, repr of nested lists) reaches its recursion guards
/// before the native stack runs out.
const INTERPRETER_STACK: usize = 1 << 30;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let options = match cli::parse(&args[1..]) {
        Ok(o) => o,
        Err(cli::CliError::Exit(code)) => return ExitCode::from(code),
        Err(cli::CliError::Usage(msg)) => {
            eprintln!("{msg}");
            eprintln!("usage: kaa [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            eprintln!("Try `kaa -h' for more information.");
            return ExitCode::from(2);
        }
    };
    // A panic is an interpreter bug; the program's output printed before it must still
    // reach stdout, as it would have at a normal exit. The hook runs on the panicking
    // thread, which owns the buffers.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        kaa_vm::objects::textio::flush_stdout_after_panic();
        default_hook(info);
    }));
    let handle =
        std::thread::Builder::new().name("kaa".into()).stack_size(INTERPRETER_STACK).spawn(move || run::main(options));
    let code = match handle {
        Ok(h) => h.join().unwrap_or(1),
        Err(e) => {
            eprintln!("kaa: cannot start the interpreter thread: {e}");
            1
        }
    };
    if run::DIE_BY_SIGINT.load(std::sync::atomic::Ordering::SeqCst) {
        die_by_sigint();
    }
    ExitCode::from(code)
}

/// Ends the process with the default action of SIGINT.
fn die_by_sigint() {
    // SAFETY: restoring the default disposition and raising a signal in our own process
    // are async-signal-safe libc calls with no memory effects on Rust state; stdout and
    // stderr were flushed by the interpreter thread before it returned.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
}
