//! `open()` and the file objects it returns: `TextIOWrapper` for text (decoding with the
//! file's encoding, newlines translated as `newline` asks) and `BufferedReader`,
//! `BufferedWriter`, `BufferedRandom` for binary files, with CPython's argument checks,
//! errors (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`) and reprs.

use std::io::SeekFrom;

use super::{add_getset, add_method};
use crate::error::{PyErr, PyResult};
use crate::object::Object;
use crate::objects::builtin_func::Args;
use crate::objects::file::{FileKind, FileObj, FileState, TextBuffer};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The strerror text of the errnos file operations meet (Linux).
fn strerror(e: &std::io::Error) -> String {
    let text = match e.raw_os_error() {
        Some(1) => "Operation not permitted",
        Some(2) => "No such file or directory",
        Some(5) => "Input/output error",
        Some(9) => "Bad file descriptor",
        Some(13) => "Permission denied",
        Some(17) => "File exists",
        Some(20) => "Not a directory",
        Some(21) => "Is a directory",
        Some(22) => "Invalid argument",
        Some(24) => "Too many open files",
        Some(28) => "No space left on device",
        Some(30) => "Read-only file system",
        Some(36) => "File name too long",
        Some(40) => "Too many levels of symbolic links",
        _ => {
            let s = e.to_string();
            return s.split(" (os error").next().unwrap_or(&s).to_string();
        }
    };
    text.to_string()
}

impl Vm {
    /// The OSError (of the subclass its errno selects) for a failed file operation.
    fn io_error(&mut self, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
        let errno = Value::Int(e.raw_os_error().unwrap_or(5) as i64);
        let msg = self.str_val(&strerror(e));
        let mut args = vec![errno, msg];
        if let Some(f) = filename {
            args.push(f.clone());
        }
        let os_error = Value::Obj(self.exc.os_error.clone());
        match self.call(&os_error, &args, &[]) {
            Ok(Value::Obj(exc)) => PyErr(exc),
            Ok(_) => self.system_error("OSError() made no exception"),
            Err(e) => e,
        }
    }

    /// `io.UnsupportedOperation(msg)`: the stream cannot do this.
    fn unsupported(&mut self, msg: &str) -> PyErr {
        let class =
            self.import_module_level("io", true, 0).and_then(|io| self.getattr_str(&io, "UnsupportedOperation"));
        let m = self.str_val(msg);
        match class.and_then(|c| self.call(&c, &[m], &[])) {
            Ok(Value::Obj(exc)) => PyErr(exc),
            Ok(_) => self.system_error("UnsupportedOperation() made no exception"),
            Err(e) => e,
        }
    }
}

fn file_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a FileObj> {
    match v {
        Value::Obj(o) => match &**o {
            Object::File(f) => Ok(f),
            _ => Err(vm.type_error("descriptor requires a file object")),
        },
        _ => Err(vm.type_error("descriptor requires a file object")),
    }
}

/// The file of a method's receiver, which must be open.
fn open_file<'a>(vm: &mut Vm, a: &Args<'a>) -> PyResult<&'a FileObj> {
    let f = file_of(vm, &a.args[0])?;
    if f.state.borrow().file.is_none() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(f)
}

fn readable_file<'a>(vm: &mut Vm, a: &Args<'a>) -> PyResult<&'a FileObj> {
    let f = open_file(vm, a)?;
    if !f.readable {
        return Err(vm.unsupported("not readable"));
    }
    Ok(f)
}

fn writable_file<'a>(vm: &mut Vm, a: &Args<'a>) -> PyResult<&'a FileObj> {
    let f = open_file(vm, a)?;
    if !f.writable {
        return Err(vm.unsupported("not writable"));
    }
    Ok(f)
}

/// The optional size argument of `read`/`readline`/`readlines` (of files and of
/// `sys.stdin`): None or negative for no limit.
pub(super) fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) if vm.has_index(v) => {
            let n = vm.to_ssize(v)?;
            Ok((n >= 0).then_some(n as usize))
        }
        Some(v) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("argument should be integer or None, not '{tn}'")))
        }
    }
}

/// The text read ahead of a text file's reader, decoding the rest of the file the
/// first time (newlines translated when `newline` is None).
fn text_buffer<'s>(vm: &mut Vm, f: &FileObj, st: &'s mut FileState) -> PyResult<&'s mut TextBuffer> {
    if st.text.is_none() {
        let start = st.tell().map_err(|e| vm.io_error(&e, None))?;
        let raw = st.read(None).map_err(|e| vm.io_error(&e, None))?;
        let mut text = super::bytes::codecs::decode(vm, &raw, &f.encoding, &f.errors)?;
        if f.newline.is_none() && text.contains('\r') {
            text = text.replace("\r\n", "\n").replace('\r', "\n");
        }
        st.text = Some(TextBuffer { text, pos: 0, start });
    }
    Ok(st.text.as_mut().expect("text buffer"))
}

/// Where the next line of `text` ends (after its terminator), per the `newline` mode.
fn line_end(text: &str, newline: Option<&str>) -> Option<usize> {
    match newline {
        None | Some("\n") => text.find('\n').map(|i| i + 1),
        Some("") => {
            let i = text.find(['\r', '\n'])?;
            Some(if text[i..].starts_with("\r\n") { i + 2 } else { i + 1 })
        }
        Some(sep) => text.find(sep).map(|i| i + sep.len()),
    }
}

/// The next line of a file, "" (or b"") at its end.
fn read_line(vm: &mut Vm, f: &FileObj, limit: Option<usize>) -> PyResult<Value> {
    let mut st = f.state.borrow_mut();
    if f.kind != FileKind::Text {
        let line = st.read_line(limit).map_err(|e| vm.io_error(&e, None))?;
        return Ok(super::bytes_value(line));
    }
    let buf = text_buffer(vm, f, &mut st)?;
    let rest = &buf.text[buf.pos..];
    let mut end = line_end(rest, f.newline.as_deref()).unwrap_or(rest.len());
    if let Some(l) = limit {
        end = rest.char_indices().nth(l).map_or(end, |(i, _)| i.min(end));
    }
    let line = rest[..end].to_string();
    buf.pos += end;
    drop(st);
    Ok(vm.str_val(&line))
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, ...)`.
pub fn file_open(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
    let slots = vm.parse_args("open", &a, &names, 1)?;
    let file = slots[0].clone().expect("required");
    let path = match &file {
        Value::Obj(o) if o.as_str().is_some() => o.as_str().expect("str").as_str().to_string(),
        Value::Obj(o) if matches!(&**o, Object::Bytes(_)) => {
            String::from_utf8_lossy(&super::bytes_like(&file).expect("bytes")).into_owned()
        }
        _ => {
            let tn = vm.type_name(&file);
            return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {tn}")));
        }
    };
    let text_opt = |vm: &mut Vm, i: usize, name: &str| -> PyResult<Option<String>> {
        match &slots[i] {
            None | Some(Value::None) => Ok(None),
            Some(v) => match vm.as_str_ref(v) {
                Some(s) => Ok(Some(s.to_string())),
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!("open() argument '{name}' must be str or None, not {tn}")))
                }
            },
        }
    };
    let mode = match &slots[1] {
        None => "r".to_string(),
        Some(v) => match vm.as_str_ref(v) {
            Some(s) => s.to_string(),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("open() argument 'mode' must be str, not {tn}")));
            }
        },
    };
    let encoding = text_opt(vm, 3, "encoding")?;
    let errors = text_opt(vm, 4, "errors")?;
    let newline = text_opt(vm, 5, "newline")?;
    // The mode letters, each at most once.
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    let has = |c: char| seen.contains(c);
    let (create, read, write, append, update) = (has('x'), has('r'), has('w'), has('a'), has('+'));
    let (text, binary) = (has('t'), has('b'));
    if text && binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if create as u8 + read as u8 + write as u8 + append as u8 != 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if binary {
        for (given, what) in [(&encoding, "an encoding"), (&errors, "an errors"), (&newline, "a newline")] {
            if given.is_some() {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(format!("illegal newline value: {nl}")));
        }
    }
    let encoding_name = encoding.clone().unwrap_or_else(|| "UTF-8".to_string());
    if !binary {
        super::bytes::codecs::check_encoding(vm, &encoding_name)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(read || update).write(write || append || create || update).append(append);
    if write {
        options.create(true).truncate(true);
    }
    if append {
        options.create(true);
    }
    if create {
        options.create_new(true);
    }
    let handle = match options.open(&path) {
        Ok(h) => h,
        Err(e) => return Err(vm.io_error(&e, Some(&file))),
    };
    // Opening a directory for reading succeeds at the OS level; CPython refuses it.
    if handle.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(vm.io_error(&e, Some(&file)));
    }
    let kind = match (binary, update, read) {
        (false, _, _) => FileKind::Text,
        (true, true, _) => FileKind::Random,
        (true, false, true) => FileKind::Reader,
        (true, false, false) => FileKind::Writer,
    };
    // A binary file's mode is its raw file's: one of r/w/x/a, then 'b', then '+'.
    let shown_mode = if binary {
        let first = if create {
            'x'
        } else if read {
            'r'
        } else if write {
            'w'
        } else {
            'a'
        };
        format!("{first}b{}", if update { "+" } else { "" })
    } else {
        mode.clone()
    };
    let obj = FileObj {
        kind,
        name: file,
        mode: shown_mode,
        readable: read || update,
        writable: write || append || create || update,
        encoding: encoding_name,
        errors: errors.unwrap_or_else(|| "strict".to_string()),
        newline,
        state: std::cell::RefCell::new(FileState { file: Some(handle), ..FileState::default() }),
    };
    let file = std::rc::Rc::new(Object::File(Box::new(obj)));
    crate::objects::file::register(&file);
    Ok(Value::Obj(file))
}

/// `f.read([size])`.
fn read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let limit = size_arg(vm, a.args.get(1))?;
    let f = readable_file(vm, &a)?;
    let mut st = f.state.borrow_mut();
    if f.kind != FileKind::Text {
        let data = st.read(limit).map_err(|e| vm.io_error(&e, None))?;
        return Ok(super::bytes_value(data));
    }
    let buf = text_buffer(vm, f, &mut st)?;
    let rest = &buf.text[buf.pos..];
    let end = match limit {
        Some(l) => rest.char_indices().nth(l).map_or(rest.len(), |(i, _)| i),
        None => rest.len(),
    };
    let out = rest[..end].to_string();
    buf.pos += end;
    drop(st);
    Ok(vm.str_val(&out))
}

/// `f.write(s)`: the number of characters (text) or bytes written.
fn write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = writable_file(vm, &a)?;
    let arg = &a.args[1];
    let (data, count) = if f.kind == FileKind::Text {
        let Some(s) = arg.as_obj().and_then(|o| o.as_str()) else {
            let tn = vm.type_name(arg);
            return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
        };
        let count = s.char_len();
        let data = match f.newline.as_deref() {
            Some(nl @ ("\r" | "\r\n")) if s.as_str().contains('\n') => {
                let translated = vm.new_string(s.as_str().replace('\n', nl));
                super::bytes::codecs::encode(vm, translated.as_str().expect("str"), &f.encoding, &f.errors)?
            }
            _ => super::bytes::codecs::encode(vm, s, &f.encoding, &f.errors)?,
        };
        (data, count)
    } else {
        let Some(b) = super::bytes_like(arg) else {
            let tn = vm.type_name(arg);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
        };
        let n = b.len();
        (b.into_owned(), n)
    };
    let mut st = f.state.borrow_mut();
    // Text read ahead: go back to where the reader stands before writing.
    if let Some(buf) = st.text.take() {
        let consumed = buf.text[..buf.pos].len() as u64;
        st.seek(SeekFrom::Start(buf.start + consumed)).map_err(|e| vm.io_error(&e, None))?;
    }
    st.write(&data).map_err(|e| vm.io_error(&e, None))?;
    Ok(Value::Int(count as i64))
}

fn tell(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = open_file(vm, &a)?;
    let mut st = f.state.borrow_mut();
    if let Some(buf) = &st.text {
        return Ok(Value::Int((buf.start + buf.text[..buf.pos].len() as u64) as i64));
    }
    let pos = st.tell().map_err(|e| vm.io_error(&e, None))?;
    Ok(Value::Int(pos as i64))
}

fn seek(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = open_file(vm, &a)?;
    let offset = vm.to_i64(&a.args[1])?;
    let whence = match a.args.get(2) {
        Some(w) => vm.to_c_int(w)?,
        None => 0,
    };
    if f.kind == FileKind::Text && whence != 0 && offset != 0 {
        let what = if whence == 1 { "cur" } else { "end" };
        return Err(vm.unsupported(&format!("can't do nonzero {what}-relative seeks")));
    }
    let to = match whence {
        0 => {
            if offset < 0 {
                return Err(vm.value_error(format!("negative seek position {offset}")));
            }
            SeekFrom::Start(offset as u64)
        }
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let mut st = f.state.borrow_mut();
    if let (Some(buf), SeekFrom::Current(0)) = (&st.text, to) {
        return Ok(Value::Int((buf.start + buf.text[..buf.pos].len() as u64) as i64));
    }
    let pos = st.seek(to).map_err(|e| vm.io_error(&e, None))?;
    Ok(Value::Int(pos as i64))
}

fn close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = file_of(vm, &a.args[0])?;
    let r = f.state.borrow_mut().close();
    r.map_err(|e| vm.io_error(&e, None))?;
    Ok(Value::None)
}

/// Registers `open` and the file types' methods.
pub fn init(vm: &mut Vm) {
    let types = [
        vm.types.text_file.clone(),
        vm.types.buffered_reader.clone(),
        vm.types.buffered_writer.clone(),
        vm.types.buffered_random.clone(),
    ];
    for t in &types {
        add_method(vm, t, "read", read);
        add_method(vm, t, "readline", |vm, a| {
            let limit = size_arg(vm, a.args.get(1))?;
            let f = readable_file(vm, &a)?;
            read_line(vm, f, limit)
        });
        add_method(vm, t, "readlines", |vm, a| {
            let hint = size_arg(vm, a.args.get(1))?.filter(|h| *h > 0);
            let f = readable_file(vm, &a)?;
            let mut lines = Vec::new();
            let mut total = 0;
            loop {
                let line = read_line(vm, f, None)?;
                let n = vm.len(&line)?;
                if n == 0 {
                    break;
                }
                total += n;
                lines.push(line);
                if hint.is_some_and(|h| total >= h) {
                    break;
                }
            }
            Ok(Value::Obj(vm.new_list(lines)))
        });
        add_method(vm, t, "write", write);
        add_method(vm, t, "writelines", |vm, a| {
            let lines = vm.iterate(&a.args[1])?;
            for line in lines {
                write(vm, Args::new(&[a.args[0].clone(), line]))?;
            }
            Ok(Value::None)
        });
        add_method(vm, t, "__iter__", |vm, a| {
            open_file(vm, &a)?;
            Ok(a.args[0].clone())
        });
        add_method(vm, t, "__next__", |vm, a| match file_next(vm, &a.args[0])? {
            Some(line) => Ok(line),
            None => Err(vm.stop_iteration(Value::None)),
        });
        add_method(vm, t, "__enter__", |vm, a| {
            open_file(vm, &a)?;
            Ok(a.args[0].clone())
        });
        add_method(vm, t, "__exit__", |vm, a| close(vm, Args::new(&a.args[..1])));
        add_method(vm, t, "close", close);
        add_method(vm, t, "flush", |vm, a| {
            let f = open_file(vm, &a)?;
            let r = f.state.borrow_mut().flush();
            r.map_err(|e| vm.io_error(&e, None))?;
            Ok(Value::None)
        });
        add_method(vm, t, "tell", tell);
        add_method(vm, t, "seek", seek);
        add_method(vm, t, "truncate", |vm, a| {
            let f = writable_file(vm, &a)?;
            let size = match a.args.get(1) {
                Some(v) if !v.is_none() => vm.to_i64(v)? as u64,
                _ => {
                    let pos = f.state.borrow_mut().tell().map_err(|e| vm.io_error(&e, None))?;
                    pos
                }
            };
            let r = f.state.borrow_mut().truncate(size);
            r.map_err(|e| vm.io_error(&e, None))?;
            Ok(Value::Int(size as i64))
        });
        add_method(vm, t, "fileno", |vm, a| {
            let f = open_file(vm, &a)?;
            let fd = f.state.borrow().file.as_ref().map_or(-1, std::os::fd::AsRawFd::as_raw_fd);
            Ok(Value::Int(fd as i64))
        });
        add_method(vm, t, "isatty", |vm, a| {
            let f = open_file(vm, &a)?;
            let tty = f.state.borrow().file.as_ref().is_some_and(std::io::IsTerminal::is_terminal);
            Ok(Value::Bool(tty))
        });
        add_method(vm, t, "readable", |vm, a| Ok(Value::Bool(open_file(vm, &a)?.readable)));
        add_method(vm, t, "writable", |vm, a| Ok(Value::Bool(open_file(vm, &a)?.writable)));
        add_method(vm, t, "seekable", |vm, a| {
            open_file(vm, &a)?;
            Ok(Value::Bool(true))
        });
        add_getset(vm, t, "closed", |vm, v| Ok(Value::Bool(file_of(vm, v)?.state.borrow().file.is_none())), None);
        add_getset(vm, t, "name", |vm, v| Ok(file_of(vm, v)?.name.clone()), None);
        add_getset(
            vm,
            t,
            "mode",
            |vm, v| {
                let m = file_of(vm, v)?.mode.clone();
                Ok(vm.str_val(&m))
            },
            None,
        );
    }
    let text = &types[0];
    add_getset(
        vm,
        text,
        "encoding",
        |vm, v| {
            let e = file_of(vm, v)?.encoding.clone();
            Ok(vm.str_val(&e))
        },
        None,
    );
    add_getset(
        vm,
        text,
        "errors",
        |vm, v| {
            let e = file_of(vm, v)?.errors.clone();
            Ok(vm.str_val(&e))
        },
        None,
    );
    add_getset(vm, text, "line_buffering", |_vm, _v| Ok(Value::Bool(false)), None);
}

/// `next(f)`: the next line, None at the end of the file.
pub fn file_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let args = [v.clone()];
    let a = Args::new(&args);
    let f = readable_file(vm, &a)?;
    let line = read_line(vm, f, None)?;
    Ok((vm.len(&line)? > 0).then_some(line))
}

/// The repr of a file object.
pub fn file_repr(vm: &mut Vm, f: &FileObj) -> PyResult<String> {
    let class = match f.kind {
        FileKind::Text => "TextIOWrapper",
        FileKind::Reader => "BufferedReader",
        FileKind::Writer => "BufferedWriter",
        FileKind::Random => "BufferedRandom",
    };
    let name = vm.repr_string(&f.name)?;
    Ok(match f.kind {
        FileKind::Text => format!("<_io.{class} name={name} mode='{}' encoding='{}'>", f.mode, f.encoding),
        _ => format!("<_io.{class} name={name}>"),
    })
}

/// The type object of a file.
pub fn file_type(vm: &Vm, f: &FileObj) -> ObjRef {
    match f.kind {
        FileKind::Text => vm.types.text_file.clone(),
        FileKind::Reader => vm.types.buffered_reader.clone(),
        FileKind::Writer => vm.types.buffered_writer.clone(),
        FileKind::Random => vm.types.buffered_random.clone(),
    }
}
