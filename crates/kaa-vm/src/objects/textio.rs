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
        let flush_now =
            self.stream == Stream::Stderr || buf.len() >= BUFFER_LIMIT || (self.line_buffered && s.contains('\n'));
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
