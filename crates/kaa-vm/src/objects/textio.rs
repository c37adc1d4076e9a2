//! A minimal text stream for `sys.stdout`, `sys.stderr` and `sys.stdin`: writes UTF-8 to
//! a file descriptor, buffered for stdout (flushed when full, on `flush()`, before input
//! and at exit) and unbuffered for stderr.

use std::cell::{Cell, RefCell};
use std::io::Write;

/// Which standard stream.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

pub struct TextIOObj {
    pub stream: Stream,
    pub buffer: RefCell<Vec<u8>>,
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
        TextIOObj { stream, buffer: RefCell::new(Vec::new()), line_buffered, closed: Cell::new(false) }
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
