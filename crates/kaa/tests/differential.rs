//! The differential conformance suite: runs `kaa` on every `tests/cases/NAME.py` and
//! compares its stdout, stderr and exit status with what CPython 3.11 produced
//! (recorded by `tests/record.py` into `NAME.out` and `NAME.err`).
//!
//! Output is normalised exactly as `record.py` normalises CPython's: the cases
//! directory's absolute path becomes `<cases>/` and hexadecimal addresses become `0x?`.
//! `KAA_CASES=substring` runs only matching cases. Cases listed in `tests/skip.txt` (one
//! per line, `name  # reason`) are skipped, each with its written reason.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases").canonicalize().expect("tests/cases exists")
}

/// Replaces the cases directory's path and hex addresses, as record.py does.
fn normalise(text: &str, dir: &Path) -> String {
    let mut spellings = vec![dir.to_string_lossy().into_owned()];
    if let Ok(real) = dir.canonicalize() {
        spellings.push(real.to_string_lossy().into_owned());
    }
    let mut out = text.to_string();
    for s in spellings {
        out = out.replace(&format!("{}/", s.trim_end_matches('/')), "<cases>/");
    }
    // 0x[0-9a-fA-F]+ -> 0x?
    let bytes = out.as_bytes();
    let mut result = String::with_capacity(out.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'0'
            && i + 2 < bytes.len() + 1
            && bytes.get(i + 1) == Some(&b'x')
            && bytes.get(i + 2).is_some_and(|b| b.is_ascii_hexdigit())
        {
            result.push_str("0x?");
            i += 2;
            while i < bytes.len() && bytes[i].is_ascii_hexdigit() {
                i += 1;
            }
            continue;
        }
        let ch = out[i..].chars().next().expect("char");
        result.push(ch);
        i += ch.len_utf8();
    }
    result
}

fn skip_list() -> HashMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/skip.txt");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut skips = HashMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, reason) = line.split_once('#').unwrap_or((line, ""));
        let reason = reason.trim();
        assert!(!reason.is_empty(), "tests/skip.txt: '{name}' needs a written reason");
        skips.insert(name.trim().to_string(), reason.to_string());
    }
    skips
}

struct Outcome {
    name: String,
    problem: Option<String>,
}

fn first_difference(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            return format!(
                "    line {}:\n      expected: {}\n      actual:   {}",
                i + 1,
                x.map(|s| format!("{s:?}")).unwrap_or_else(|| "<end>".into()),
                y.map(|s| format!("{s:?}")).unwrap_or_else(|| "<end>".into())
            );
        }
    }
    "    (differs only in trailing newlines)".into()
}

fn run_case(kaa: &Path, dir: &Path, name: &str) -> Outcome {
    let expected_out = std::fs::read_to_string(dir.join(format!("{name}.out"))).unwrap_or_default();
    let (expected_status, expected_err) = match std::fs::read_to_string(dir.join(format!("{name}.err"))) {
        Ok(text) => {
            let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
            let status: i32 = first.trim_start_matches("# exit ").trim().parse().unwrap_or(-1);
            (status, rest.to_string())
        }
        Err(_) => (0, String::new()),
    };
    // A case that reads standard input has its input in NAME.in (else /dev/null).
    let stdin = match std::fs::File::open(dir.join(format!("{name}.in"))) {
        Ok(f) => Stdio::from(f),
        Err(_) => Stdio::null(),
    };
    // Interpreter options (such as -i for a REPL session) from NAME.args.
    let options: Vec<String> = std::fs::read_to_string(dir.join(format!("{name}.args")))
        .map(|s| s.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    let start = Instant::now();
    let child = Command::new(kaa)
        .args(&options)
        .arg(format!("{name}.py"))
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => return Outcome { name: name.into(), problem: Some(format!("cannot start kaa: {e}")) },
    };
    // Wait with a timeout, reading the pipes on helper threads so they never fill.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut s);
        s
    });
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Outcome { name: name.into(), problem: Some(format!("timed out after {TIMEOUT:?}")) };
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Outcome { name: name.into(), problem: Some(format!("wait failed: {e}")) },
        }
    };
    let out = normalise(&String::from_utf8_lossy(&out_reader.join().unwrap_or_default()), dir);
    let err = normalise(&String::from_utf8_lossy(&err_reader.join().unwrap_or_default()), dir);
    // A process killed by a signal is reported as minus the signal number, as Python's
    // subprocess (and so record.py) reports it.
    let code = match status.code() {
        Some(c) => c,
        None => {
            use std::os::unix::process::ExitStatusExt;
            status.signal().map_or(-1, |s| -s)
        }
    };
    let mut problems = Vec::new();
    if code != expected_status {
        problems.push(format!("  exit status {code}, expected {expected_status}"));
    }
    if out != expected_out {
        problems.push(format!("  stdout differs:\n{}", first_difference(&expected_out, &out)));
    }
    if err != expected_err {
        problems.push(format!("  stderr differs:\n{}", first_difference(&expected_err, &err)));
    }
    Outcome { name: name.into(), problem: (!problems.is_empty()).then(|| problems.join("\n")) }
}

#[test]
fn differential_cases() {
    let dir = cases_dir();
    let kaa = PathBuf::from(env!("CARGO_BIN_EXE_kaa"));
    let filter = std::env::var("KAA_CASES").ok();
    let skips = skip_list();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("read tests/cases")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".py")).map(str::to_string))
        .filter(|n| filter.as_ref().is_none_or(|f| n.contains(f.as_str())))
        .collect();
    names.sort();
    let mut skipped = Vec::new();
    names.retain(|n| match skips.get(n) {
        Some(reason) => {
            skipped.push(format!("{n}: {reason}"));
            false
        }
        None => true,
    });
    let queue = Arc::new(Mutex::new(names.clone()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(1, 8);
    let mut handles = Vec::new();
    for _ in 0..workers {
        let (queue, results, kaa, dir) = (queue.clone(), results.clone(), kaa.clone(), dir.clone());
        handles.push(std::thread::spawn(move || loop {
            let next = queue.lock().expect("queue").pop();
            let Some(name) = next else { break };
            let outcome = run_case(&kaa, &dir, &name);
            results.lock().expect("results").push(outcome);
        }));
    }
    for h in handles {
        h.join().expect("worker");
    }
    let mut results = std::mem::take(&mut *results.lock().expect("results"));
    results.sort_by(|a, b| a.name.cmp(&b.name));
    let failures: Vec<&Outcome> = results.iter().filter(|o| o.problem.is_some()).collect();
    for s in &skipped {
        eprintln!("skipped {s}");
    }
    for f in &failures {
        eprintln!("FAIL {}\n{}", f.name, f.problem.as_deref().unwrap_or(""));
    }
    eprintln!(
        "{} cases: {} passed, {} failed, {} skipped",
        results.len() + skipped.len(),
        results.len() - failures.len(),
        failures.len(),
        skipped.len()
    );
    assert!(failures.is_empty(), "{} differential case(s) failed", failures.len());
}
