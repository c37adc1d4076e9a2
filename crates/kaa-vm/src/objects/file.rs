//! File objects made by `open()`: the state of an open file and its byte-level
//! buffering (reads ahead, writes held until flushed). The Python-level behaviour — text
//! decoding and newlines, methods, errors — is in `types/file.rs`.

use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};

use crate::value::Value;

/// Which `io` class a file object is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// `TextIOWrapper`: str in and out.
    Text,
    /// `BufferedReader` (`'rb'`).
    Reader,
    /// `BufferedWriter` (`'wb'`, `'ab'`, `'xb'`).
    Writer,
    /// `BufferedRandom` (`'r+b'` and the like).
    Random,
}

/// An open (or closed) file.
pub struct FileObj {
    pub kind: FileKind,
    /// The `file` argument of `open()`.
    pub name: Value,
    /// The `mode` attribute.
    pub mode: String,
    pub readable: bool,
    pub writable: bool,
    /// Text files only.
    pub encoding: String,
    pub errors: String,
    /// The `newline` argument: None for universal newlines.
    pub newline: Option<String>,
    pub state: RefCell<FileState>,
}

/// What changes as the file is used.
#[derive(Default)]
pub struct FileState {
    /// None once closed.
    pub file: Option<File>,
    /// Bytes read ahead of the reader, from `rpos` on.
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    /// Decoded text read ahead (text files): the text and the cursor in it, and the
    /// byte offset in the file where the text began.
    pub text: Option<TextBuffer>,
    /// Bytes written but not yet passed to the OS.
    pub wbuf: Vec<u8>,
}

/// Text decoded ahead of a text file's reader.
pub struct TextBuffer {
    pub text: String,
    pub pos: usize,
    pub start: u64,
}

thread_local! {
    /// Every file object made on this thread, so that data still held in their write
    /// buffers reaches the files at exit, as CPython's finalization does.
    static OPEN_FILES: RefCell<Vec<std::rc::Weak<crate::object::Object>>> = const { RefCell::new(Vec::new()) };
}

/// Remembers a new file object for [`flush_all`].
pub fn register(file: &std::rc::Rc<crate::object::Object>) {
    let _ = OPEN_FILES.try_with(|list| {
        let mut list = list.borrow_mut();
        list.retain(|w| w.strong_count() > 0);
        list.push(std::rc::Rc::downgrade(file));
    });
}

/// Passes every live file's held writes to the OS (at interpreter exit).
pub fn flush_all() {
    let _ = OPEN_FILES.try_with(|list| {
        for weak in list.borrow().iter() {
            if let Some(obj) = weak.upgrade() {
                if let crate::object::Object::File(f) = &*obj {
                    if let Ok(mut st) = f.state.try_borrow_mut() {
                        let _ = st.flush();
                    }
                }
            }
        }
    });
}

/// Writes are passed to the OS once this many bytes are held.
const WRITE_BUFFER: usize = 8192;
/// Reads ask the OS for this many bytes at a time.
const READ_CHUNK: usize = 8192;

impl FileState {
    fn file(&mut self) -> std::io::Result<&mut File> {
        self.file.as_mut().ok_or_else(|| std::io::Error::from_raw_os_error(9))
    }

    /// Passes held writes to the OS.
    pub fn flush(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        self.file()?.write_all(&data)
    }

    /// Forgets what was read ahead, moving the OS position back to the reader's.
    fn drop_read_ahead(&mut self) -> std::io::Result<()> {
        let ahead = (self.rbuf.len() - self.rpos) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        if ahead > 0 {
            self.file()?.seek(SeekFrom::Current(-ahead))?;
        }
        Ok(())
    }

    /// Holds `data` for writing (after any read-ahead is given back).
    pub fn write(&mut self, data: &[u8]) -> std::io::Result<()> {
        self.drop_read_ahead()?;
        self.text = None;
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= WRITE_BUFFER {
            self.flush()?;
        }
        Ok(())
    }

    /// Reads more into the read-ahead buffer; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        self.flush()?;
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let mut chunk = [0u8; READ_CHUNK];
        let n = self.file()?.read(&mut chunk)?;
        self.rbuf.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    }

    /// Up to `limit` bytes (all that remain when None).
    pub fn read(&mut self, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            let avail = &self.rbuf[self.rpos..];
            let want = limit.map_or(avail.len(), |l| (l - out.len()).min(avail.len()));
            out.extend_from_slice(&avail[..want]);
            self.rpos += want;
            if limit.is_some_and(|l| out.len() >= l) || !self.fill()? {
                return Ok(out);
            }
        }
    }

    /// The next line, with its `\n`, of at most `limit` bytes.
    pub fn read_line(&mut self, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            let avail = &self.rbuf[self.rpos..];
            let room = limit.map_or(avail.len(), |l| (l - out.len()).min(avail.len()));
            if let Some(i) = avail[..room].iter().position(|&b| b == b'\n') {
                out.extend_from_slice(&avail[..=i]);
                self.rpos += i + 1;
                return Ok(out);
            }
            out.extend_from_slice(&avail[..room]);
            self.rpos += room;
            if limit.is_some_and(|l| out.len() >= l) || !self.fill()? {
                return Ok(out);
            }
        }
    }

    /// The reader's position in the file.
    pub fn tell(&mut self) -> std::io::Result<u64> {
        let ahead = (self.rbuf.len() - self.rpos) as u64;
        let held = self.wbuf.len() as u64;
        let pos = self.file()?.stream_position()?;
        Ok(pos - ahead + held)
    }

    /// Moves to `to`, first passing on writes and dropping read-ahead.
    pub fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        let to = match to {
            // Relative to the reader, not to where the OS has read ahead to.
            SeekFrom::Current(d) => SeekFrom::Start((self.tell()? as i64 + d).max(0) as u64),
            other => other,
        };
        self.flush()?;
        self.rbuf.clear();
        self.rpos = 0;
        self.text = None;
        self.file()?.seek(to)
    }

    /// Cuts the file at `size` bytes.
    pub fn truncate(&mut self, size: u64) -> std::io::Result<()> {
        self.flush()?;
        self.file()?.set_len(size)
    }

    /// Passes on writes and closes the file; closing twice does nothing.
    pub fn close(&mut self) -> std::io::Result<()> {
        if self.file.is_none() {
            return Ok(());
        }
        let flushed = self.flush();
        self.file = None;
        self.rbuf.clear();
        self.text = None;
        flushed
    }
}

impl Drop for FileObj {
    fn drop(&mut self) {
        // An unclosed file's held writes still reach it, as when CPython finalizes it.
        let _ = self.state.get_mut().close();
    }
}
