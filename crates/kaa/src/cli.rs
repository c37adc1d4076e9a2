//! Command-line options, as python3 accepts them.

/// What to run.
#[derive(Debug, Clone)]
pub enum Target {
    File(String),
    Command(String),
    Stdin,
    /// Nothing given: interactive if stdin is a terminal, else read stdin.
    Default,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub target: Target,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `-i`: interactive after running the target.
    pub inspect: bool,
    /// `-q`: no banner.
    pub quiet: bool,
}

pub enum CliError {
    /// Exit immediately with this status (after -h or -V).
    Exit(u8),
    /// A usage error: message, then exit status 2.
    Usage(String),
}

pub const USAGE: &str = "usage: kaa [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (a subset of python3's):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-q     : don't print version and copyright messages on interactive startup
-u, -B, -E, -s, -S, -O : accepted for compatibility; no effect
-V     : print the Kaa version number and exit (also --version)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

pub fn version() -> String {
    format!("Kaa {} (Python 3.11.7)", env!("CARGO_PKG_VERSION"))
}

pub fn parse(args: &[String]) -> Result<Options, CliError> {
    let mut inspect = false;
    let mut quiet = false;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "--help" || a == "-h" || a == "-?" {
            print!("{USAGE}");
            return Err(CliError::Exit(0));
        }
        if a == "--version" || a == "-V" {
            println!("{}", version());
            return Err(CliError::Exit(0));
        }
        if a == "-" || !a.starts_with('-') {
            break;
        }
        if a == "--" {
            i += 1;
            break;
        }
        if a.starts_with("--") {
            return Err(CliError::Usage(format!("unknown option {a}")));
        }
        // Clustered single-letter options: -iq, -c CODE, -cCODE.
        let letters: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < letters.len() {
            match letters[j] {
                'i' => inspect = true,
                'q' => quiet = true,
                'u' => kaa_vm::objects::textio::set_unbuffered(true),
                'B' | 'E' | 's' | 'S' | 'O' | 'b' | 'd' | 'I' | 'P' | 'R' | 'v' => {}
                'c' => {
                    let rest: String = letters[j + 1..].iter().collect();
                    let (code, consumed) = if !rest.is_empty() {
                        (rest, 0)
                    } else if i + 1 < args.len() {
                        (args[i + 1].clone(), 1)
                    } else {
                        return Err(CliError::Usage("Argument expected for the -c option".into()));
                    };
                    let mut argv = vec!["-c".to_string()];
                    argv.extend(args[i + 1 + consumed..].iter().cloned());
                    return Ok(Options { target: Target::Command(code), argv, inspect, quiet });
                }
                'm' => return Err(CliError::Usage("Kaa does not support -m yet".into())),
                'W' | 'X' => {
                    // These take an argument (attached or the next word); it is skipped.
                    if j + 1 == letters.len() {
                        if i + 1 >= args.len() {
                            return Err(CliError::Usage(format!("Argument expected for the -{} option", letters[j])));
                        }
                        i += 1;
                    }
                    break;
                }
                other => return Err(CliError::Usage(format!("Unknown option: -{other}"))),
            }
            j += 1;
        }
        i += 1;
    }
    let rest = &args[i.min(args.len())..];
    match rest.first() {
        None => Ok(Options { target: Target::Default, argv: vec![String::new()], inspect, quiet }),
        Some(f) if f == "-" => Ok(Options { target: Target::Stdin, argv: rest.to_vec(), inspect, quiet }),
        Some(f) => Ok(Options { target: Target::File(f.clone()), argv: rest.to_vec(), inspect, quiet }),
    }
}
