//! A minimal text stream for `sys.stdout`, `sys.stderr` and `sys.stdin`: writes UTF-8 to
//! a file descriptor, buffered for stdout (flushed when full, on `flush()`, before input
//! and at exit) and unbuffered for stderr.

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::rc::{Rc, Weak};

thread_local! {
    /// The buffers of the stdout streams created on this thread, so that a Rust panic
    /// (an interpreter bug) can still write out what the program printed before it.
    static STDOUT_BUFFERS: RefCell<Vec<Weak<RefCell<Vec<u8>>>>> = const { RefCell::new(Vec::new()) };
}

/// Writes out every live stdout buffer of this thread. Called from the panic hook of the
/// `kaa` binary; a buffer that is borrowed at that moment (the panic happened inside a
/// write) is skipped rather than risking a second panic.
pub fn flush_stdout_after_panic() {
    let _ = STDOUT_BUFFERS.try_with(|list| {
        let Ok(list) = list.try_borrow() else { return };
        for weak in list.iter() {
            let Some(buf) = weak.upgrade() else { continue };
            let Ok(mut buf) = buf.try_borrow_mut() else { continue };
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&buf).and_then(|_| out.flush());
            buf.clear();
        }
    });
}

/// Which standard stream.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

pub struct TextIOObj {
    pub stream: Stream,
    pub buffer: Rc<RefCell<Vec<u8>>>,
    /// Flush after every write (stderr, or stdout on a terminal: line buffering).
    pub line_buffered: bool,
    pub closed: Cell<bool>,
}

/// Flush stdout once this many bytes are buffered.
const BUFFER_LIMIT: usize = 8192;

/// `-u` or `PYTHONUNBUFFERED`: every write to stdout goes out at once, so stdout and
/// stderr sent to one place keep the program's order.
static UNBUFFERED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Makes stdout unbuffered (`python3 -u`).
pub fn set_unbuffered(on: bool) {
    UNBUFFERED.store(on, std::sync::atomic::Ordering::Relaxed);
}

impl TextIOObj {
    pub fn new(stream: Stream) -> TextIOObj {
        let line_buffered = match stream {
            Stream::Stderr => true,
            Stream::Stdout => std::io::IsTerminal::is_terminal(&std::io::stdout()),
            Stream::Stdin => false,
        };
        let buffer = Rc::new(RefCell::new(Vec::new()));
        if stream == Stream::Stdout {
            let _ = STDOUT_BUFFERS.try_with(|list| {
                let mut list = list.borrow_mut();
                list.retain(|w| w.strong_count() > 0);
                list.push(Rc::downgrade(&buffer));
            });
        }
        TextIOObj { stream, buffer, line_buffered, closed: Cell::new(false) }
    }

    pub fn name(&self) -> &'static str {
        match self.stream {
            Stream::Stdin => "<stdin>",
            Stream::Stdout => "<stdout>",
            Stream::Stderr => "<stderr>",
        }
    }

    pub fn write(&self, s: &str) {
        let mut buf = self.buffer.borrow_mut();
        buf.extend_from_slice(s.as_bytes());
        let flush_now = self.stream == Stream::Stderr
            || buf.len() >= BUFFER_LIMIT
            || (self.line_buffered && s.contains('\n'))
            || UNBUFFERED.load(std::sync::atomic::Ordering::Relaxed);
        drop(buf);
        if flush_now {
            self.flush();
        }
    }

    pub fn flush(&self) {
        let mut buf = self.buffer.borrow_mut();
        if buf.is_empty() {
            return;
        }
        // Errors writing to a closed pipe are ignored, as CPython ignores EPIPE at exit.
        let _ = match self.stream {
            Stream::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(&buf).and_then(|_| out.flush())
            }
            Stream::Stderr => {
                let mut err = std::io::stderr().lock();
                err.write_all(&buf).and_then(|_| err.flush())
            }
            Stream::Stdin => Ok(()),
        };
        buf.clear();
    }
}

impl Drop for TextIOObj {
    fn drop(&mut self) {
        self.flush();
    }
}

/// Reading the process's standard input as text, as CPython's `sys.stdin` does on
/// POSIX: UTF-8 (undecodable bytes replaced), lines split at `\n` only (no newline
/// translation).
/// Reads go through Rust's shared stdin buffer, so `input()`, `readline()` and
/// iteration interleave correctly.
pub mod stdin {
    use std::io::BufRead;

    /// Up to `limit` characters of the next line (the whole line when None), with its
    /// newline; "" at end of input.
    pub fn read_line(limit: Option<usize>) -> String {
        let mut raw: Vec<u8> = Vec::new();
        let mut chars = 0usize;
        let stdin = std::io::stdin();
        let mut lock = stdin.lock();
        loop {
            if limit.is_some_and(|l| chars >= l) {
                break;
            }
            let buf = match lock.fill_buf() {
                Ok(b) if !b.is_empty() => b,
                _ => break,
            };
            // Without a limit, copy everything up to the next line end at once.
            if limit.is_none() {
                let end = buf.iter().position(|&c| c == b'\n').unwrap_or(buf.len());
                if end > 0 {
                    raw.extend_from_slice(&buf[..end]);
                    lock.consume(end);
                    continue;
                }
            }
            let b = buf[0];
            if b == b'\n' {
                lock.consume(1);
                raw.push(b'\n');
                break;
            }
            // One UTF-8 sequence (a character) at a time, so that `limit` counts
            // characters.
            let width = match b {
                0x00..=0x7f => 1,
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                0xf0..=0xf7 => 4,
                _ => 1,
            };
            let mut taken = 0;
            while taken < width {
                let buf = match lock.fill_buf() {
                    Ok(b) if !b.is_empty() => b,
                    _ => break,
                };
                let n = (width - taken).min(buf.len());
                raw.extend_from_slice(&buf[..n]);
                lock.consume(n);
                taken += n;
            }
            chars += 1;
        }
        String::from_utf8_lossy(&raw).into_owned()
    }

    /// Up to `limit` characters (all remaining input when None).
    pub fn read(limit: Option<usize>) -> String {
        let mut out = String::new();
        let mut count = 0;
        loop {
            let want = limit.map(|l| l - count);
            if want == Some(0) {
                break;
            }
            let line = read_line(want);
            if line.is_empty() {
                break;
            }
            if limit.is_some() {
                count += line.chars().count();
            }
            out.push_str(&line);
        }
        out
    }
}
