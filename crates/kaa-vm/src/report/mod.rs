//! Printing an uncaught exception exactly as CPython 3.11 does: chained exceptions with
//! their separator lines, `Traceback (most recent call last):`, one `File ..., line N,
//! in name` entry per frame with the source line and `~~~^^^` carets, collapsed
//! recursion (`[Previous line repeated N more times]`), SyntaxError's location display,
//! and the final `Type: message` line.

mod suggest;

use std::rc::Rc;

use crate::error::PyResult;
use crate::format::display_width;
use crate::object::Object;
use crate::objects::frame::FrameState;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Repeated identical traceback lines beyond this many are summarised.
const RECURSIVE_CUTOFF: usize = 3;

/// How many traceback entries are printed when `sys.tracebacklimit` is not an int
/// (CPython's `PyTraceBack_LIMIT`).
const DEFAULT_TRACEBACK_LIMIT: usize = 1000;

/// Exception groups nested deeper than this are elided.
const MAX_GROUP_DEPTH: usize = 10;
/// Members of an exception group shown before "and N more exceptions".
const MAX_GROUP_WIDTH: usize = 15;

const CAUSE_MESSAGE: &str = "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str = "During handling of the above exception, another exception occurred:\n";

/// The state of printing one exception report (CPython's `exception_print_context`).
struct PrintContext {
    /// Exceptions already printed (a chain may loop).
    seen: Vec<usize>,
    /// How deep inside exception groups the printer is.
    group_depth: usize,
    /// Whether the innermost open group box still needs its closing line.
    need_close: bool,
}

impl PrintContext {
    fn is_seen(&self, o: &ObjRef) -> bool {
        self.seen.contains(&(Rc::as_ptr(o) as *const u8 as usize))
    }

    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// The indentation and `| ` in front of each line inside a group.
    fn margin(&self) -> String {
        if self.group_depth == 0 {
            String::new()
        } else {
            format!("{}| ", self.indent())
        }
    }
}

impl Vm {
    /// The full report for an exception (what `sys.excepthook` prints).
    pub fn format_exception(&mut self, exc: &ObjRef) -> String {
        let mut out = String::new();
        let mut ctx = PrintContext { seen: Vec::new(), group_depth: 0, need_close: false };
        self.format_recursive(exc, &mut ctx, &mut out);
        out
    }

    /// CPython's `print_exception_recursive`: the chained exceptions first, then this
    /// one; an exception group as a box of its members, nested groups indented.
    fn format_recursive(&mut self, exc: &ObjRef, ctx: &mut PrintContext, out: &mut String) {
        ctx.seen.push(Rc::as_ptr(exc) as *const u8 as usize);
        if let Some(e) = exc.as_exception() {
            let cause = e.cause.borrow().clone();
            let context = e.context.borrow().clone();
            if let Some(c) = cause {
                if !ctx.is_seen(&c) {
                    self.format_chained(&c, CAUSE_MESSAGE, ctx, out);
                }
            } else if let Some(c) = context.filter(|_| !e.suppress_context.get()) {
                if !ctx.is_seen(&c) {
                    self.format_chained(&c, CONTEXT_MESSAGE, ctx, out);
                }
            }
        }
        let group_type = self.exc.base_exception_group.clone();
        if !self.is_instance_of(&Value::Obj(exc.clone()), &group_type) {
            self.format_single(exc, ctx, out);
        } else if ctx.group_depth > MAX_GROUP_DEPTH {
            out.push_str(&ctx.margin());
            out.push_str(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
        } else {
            self.format_group(exc, ctx, out);
        }
    }

    /// A cause or context, then the line that links it to what follows.
    fn format_chained(&mut self, exc: &ObjRef, message: &str, ctx: &mut PrintContext, out: &mut String) {
        let need_close = ctx.need_close;
        self.format_recursive(exc, ctx, out);
        ctx.need_close = need_close;
        let margin = ctx.margin();
        out.push_str(&format!("{margin}\n{margin}{message}{margin}\n"));
    }

    /// An exception group: its own traceback and message, then each member in a box
    /// (at most `MAX_GROUP_WIDTH` of them).
    fn format_group(&mut self, exc: &ObjRef, ctx: &mut PrintContext, out: &mut String) {
        if ctx.group_depth == 0 {
            ctx.group_depth += 1;
        }
        self.format_single(exc, ctx, out);
        let excs: Vec<Value> = match exc.as_exception().and_then(|e| e.field("exceptions")) {
            Some(Value::Obj(t)) => t.as_tuple().map(|t| t.to_vec()).unwrap_or_default(),
            _ => Vec::new(),
        };
        let n = if excs.len() <= MAX_GROUP_WIDTH { excs.len() } else { MAX_GROUP_WIDTH + 1 };
        ctx.need_close = false;
        for (i, member) in excs.iter().take(n).enumerate() {
            let last = i + 1 == n;
            if last {
                // The closing line may come from a nested group instead.
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let corner = if i == 0 { "+-" } else { "  " };
            let label = if truncated { "...".to_string() } else { (i + 1).to_string() };
            out.push_str(&format!("{}{corner}+---------------- {label} ----------------\n", ctx.indent()));
            ctx.group_depth += 1;
            if !truncated {
                if let Value::Obj(m) = member {
                    self.format_recursive(m, ctx, out);
                }
            } else {
                let remaining = excs.len() - MAX_GROUP_WIDTH;
                out.push_str(&ctx.margin());
                out.push_str(&format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" }));
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.group_depth -= 1;
        }
        if ctx.group_depth == 1 {
            ctx.group_depth -= 1;
        }
    }

    /// One exception without its chain: traceback, `Type: message` and notes, each line
    /// behind the margin of the group it is in.
    fn format_single(&mut self, exc: &ObjRef, ctx: &PrintContext, out: &mut String) {
        let mut text = String::new();
        let (header, continuation) = self.format_single_text(exc, &mut text);
        if ctx.group_depth == 0 {
            out.push_str(&text);
            return;
        }
        let margin = ctx.margin();
        for (i, line) in text.split_inclusive('\n').enumerate() {
            if i == 0 && header && ctx.group_depth == 1 {
                out.push_str(&ctx.indent());
                out.push_str("+ ");
            } else if !continuation.contains(&i) {
                out.push_str(&margin);
            }
            out.push_str(line);
        }
    }

    /// The number of traceback entries to print: `sys.tracebacklimit` when it is an int
    /// (0 or less prints none, not even the header), 1000 otherwise.
    fn traceback_limit(&self) -> usize {
        match self.sys_attr("tracebacklimit") {
            Some(Value::Int(n)) => n.max(0) as usize,
            Some(Value::Bool(b)) => b as usize,
            Some(Value::Obj(o)) => match &*o {
                Object::BigInt(b) if b.sign() == num_bigint::Sign::Minus => 0,
                Object::BigInt(_) => usize::MAX,
                _ => DEFAULT_TRACEBACK_LIMIT,
            },
            _ => DEFAULT_TRACEBACK_LIMIT,
        }
    }

    /// The text of `format_single`, unindented: one exception's traceback, `Type: message`
    /// line and notes. Returns whether a traceback header was written and which lines
    /// continue the message (CPython's printer writes the message in one piece, so
    /// inside a group only its first line gets the margin).
    fn format_single_text(&mut self, exc: &ObjRef, out: &mut String) -> (bool, std::ops::Range<usize>) {
        let tb = exc.as_exception().and_then(|e| e.traceback.borrow().clone());
        let limit = self.traceback_limit();
        let group_type = self.exc.base_exception_group.clone();
        let is_group = self.is_instance_of(&Value::Obj(exc.clone()), &group_type);
        let mut header = false;
        if let Some(tb) = tb.filter(|_| limit > 0) {
            out.push_str(if is_group {
                "Exception Group Traceback (most recent call last):\n"
            } else {
                "Traceback (most recent call last):\n"
            });
            header = true;
            self.format_traceback(&tb, limit, out);
        }
        let value = Value::Obj(exc.clone());
        let ty = self.type_of(&value);
        let is_syntax = ty.as_type().is_some_and(|t| t.is_subtype_of(&self.exc.syntax_error));
        let mut message: Option<String> = None;
        if is_syntax {
            message = self.format_syntax_location(exc, out);
        }
        let t = ty.as_type().expect("type");
        let module = if t.is_heap {
            t.dict.as_dict().expect("dict").get_str("__module__").and_then(|m| self.as_str_ref(&m).map(str::to_string))
        } else {
            Some(t.module.to_string())
        };
        match module.as_deref() {
            None => out.push_str("<unknown>."),
            Some("builtins") | Some("__main__") => {}
            Some(m) => {
                out.push_str(m);
                out.push('.');
            }
        }
        out.push_str(&t.qualname.borrow());
        let text = match message {
            Some(m) => Ok(m),
            None => self.to_str_string(&value),
        };
        let suggestion = self.suggestion_for(exc);
        let first_message_line = out.matches('\n').count();
        let mut continuation = 0..0;
        match text {
            Ok(s) if s.is_empty() => {}
            Ok(s) => {
                out.push_str(": ");
                out.push_str(&s);
                continuation = first_message_line + 1..first_message_line + 1 + s.matches('\n').count();
            }
            Err(_) => out.push_str(": <exception str() failed>"),
        }
        if let Some(s) = suggestion {
            out.push_str(&format!(". Did you mean: '{s}'?"));
        }
        out.push('\n');
        self.format_notes(&value, out);
        (header, continuation)
    }

    /// The exception's `__notes__` (from `add_note`), each written with `str()` and a
    /// newline, as CPython's traceback printing does; a `__notes__` that is not a
    /// sequence is shown by its repr.
    fn format_notes(&mut self, value: &Value, out: &mut String) {
        let name = self.intern("__notes__");
        let Ok(Some(notes)) = self.getattr_opt(value, &name) else { return };
        let items = match &notes {
            Value::Obj(o) if o.as_str().is_some() || o.as_tuple().is_some() || matches!(&**o, Object::List(_)) => {
                self.iterate(&notes).ok()
            }
            _ => None,
        };
        match items {
            Some(items) => {
                for note in items {
                    match self.to_str_string(&note) {
                        Ok(s) => out.push_str(&s),
                        Err(_) => out.push_str("<note str() failed>"),
                    }
                    out.push('\n');
                }
            }
            None => {
                match self.repr_string(&notes) {
                    Ok(s) => out.push_str(&s),
                    Err(_) => out.push_str("<__notes__ repr() failed>"),
                }
                out.push('\n');
            }
        }
    }

    /// Writes the `File ..., line N` block of a SyntaxError; returns its message.
    fn format_syntax_location(&mut self, exc: &ObjRef, out: &mut String) -> Option<String> {
        let e = exc.as_exception()?;
        let msg = e.field("msg")?;
        let msg = self.to_str_string(&msg).ok()?;
        let filename = e
            .field("filename")
            .and_then(|f| self.as_str_ref(&f).map(str::to_string))
            .unwrap_or_else(|| "<string>".into());
        let lineno = match e.field("lineno") {
            Some(Value::Int(l)) => l,
            _ => return Some(msg),
        };
        out.push_str(&format!("  File \"{filename}\", line {lineno}\n"));
        let text = e.field("text").and_then(|t| self.as_str_ref(&t).map(str::to_string));
        let offset = match e.field("offset") {
            Some(Value::Int(o)) => o,
            _ => 0,
        };
        // CPython marks a range only for a plain SyntaxError; an IndentationError (or
        // TabError) gets a single caret at its offset.
        let ty = self.type_of(&Value::Obj(exc.clone()));
        let indentation = ty.as_type().is_some_and(|t| t.is_subtype_of(&self.exc.indentation_error));
        let mut end_offset = match e.field("end_offset") {
            Some(Value::Int(o)) if !indentation => o,
            _ => 0,
        };
        if let Some(text) = text {
            // Only the first line of a multi-line error is shown, marked to its end; the
            // carets never run past the line (CPython measures it in UTF-8 bytes).
            let line_size = text.len() as i64;
            if matches!(e.field("end_lineno"), Some(Value::Int(end)) if end > lineno) && !indentation {
                end_offset = line_size;
            }
            if end_offset > line_size + 1 {
                end_offset = line_size + 1;
            }
            print_error_text(out, offset, end_offset, &text);
        }
        Some(msg)
    }

    /// The entries of a traceback, at most the last `limit` of them.
    fn format_traceback(&mut self, tb: &ObjRef, limit: usize, out: &mut String) {
        let mut entries = Vec::new();
        let mut cur = Some(tb.clone());
        while let Some(t) = cur {
            let Object::Traceback(tbo) = &*t else { break };
            entries.push(t.clone());
            cur = tbo.next.borrow().clone();
        }
        if entries.len() > limit {
            entries.drain(..entries.len() - limit);
        }
        let mut last: Option<(String, i32, String)> = None;
        let mut count = 0usize;
        for t in entries {
            let Object::Traceback(tbo) = &*t else { continue };
            let code = self.frame_code(&tbo.frame);
            let Some(code) = code else { continue };
            let c = code.as_code().expect("code");
            let filename = c.filename.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
            let name = c.name.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
            let key = (filename.clone(), tbo.lineno, name.clone());
            if last.as_ref() != Some(&key) {
                if count > RECURSIVE_CUTOFF {
                    push_repeated(out, count - RECURSIVE_CUTOFF);
                }
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count > RECURSIVE_CUTOFF {
                continue;
            }
            out.push_str(&format!("  File \"{filename}\", line {}, in {name}\n", tbo.lineno));
            if let Some(line) = self.source_line(&filename, tbo.lineno.max(0) as u32) {
                let pos = tbo.instruction().and_then(|i| c.unit.positions.get(i)).copied();
                format_source_line(out, &line, pos, tbo.lineno as u32);
            }
        }
        if count > RECURSIVE_CUTOFF {
            push_repeated(out, count - RECURSIVE_CUTOFF);
        }
    }

    fn frame_code(&self, frame: &ObjRef) -> Option<ObjRef> {
        let Object::Frame(f) = &**frame else { return None };
        let state = f.state.borrow();
        Some(match &*state {
            FrameState::Live(d) => self.frames.get(*d)?.code.clone(),
            FrameState::Dead(d) => d.code.clone(),
            FrameState::Suspended(g) => crate::objects::frame::with_suspended_record(g, |r| r.code.clone())?,
        })
    }

    /// Line `lineno` of a source file (without its newline), as linecache reads it.
    pub fn source_line(&mut self, filename: &str, lineno: u32) -> Option<String> {
        if filename.starts_with('<') && filename.ends_with('>') {
            return None;
        }
        let bytes = std::fs::read(filename).ok()?;
        let text = crate::source::decode_source(&bytes, filename).ok()?;
        let line = text.split_inclusive('\n').nth(lineno.checked_sub(1)? as usize)?;
        Some(line.trim_end_matches(['\n', '\r']).to_string())
    }

    /// Prints an uncaught exception through `sys.excepthook` (or directly to stderr).
    pub fn print_exception(&mut self, exc: &ObjRef) {
        self.flush_std();
        let report = self.format_exception(exc);
        let stderr = self.sys_attr("stderr").unwrap_or(Value::Obj(self.stderr.clone()));
        if self.write_to(&stderr, &report).is_err() {
            eprint!("{report}");
        }
        if let Value::Obj(o) = &stderr {
            if let Object::TextIO(t) = &**o {
                t.flush();
            }
        }
    }

    /// `sys.excepthook(type, value, tb)`'s default behaviour.
    pub fn default_excepthook(&mut self, value: &Value) -> PyResult<()> {
        if let Value::Obj(o) = value {
            if o.as_exception().is_some() {
                self.print_exception(o);
                return Ok(());
            }
        }
        let r = self.repr_string(value)?;
        eprintln!("TypeError: print_exception(): Exception expected for value, {r} found");
        Ok(())
    }
}

fn push_repeated(out: &mut String, n: usize) {
    out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n > 1 { "s" } else { "" }));
}

/// The source line of a traceback entry and, when the failing expression doesn't span
/// the whole line, the caret line under it.
fn format_source_line(out: &mut String, line: &str, pos: Option<kaa_bytecode::Position>, lineno: u32) {
    let chars: Vec<char> = line.chars().collect();
    let indent = chars.iter().take_while(|c| matches!(c, ' ' | '\t' | '\x0c')).count();
    let stripped: String = chars[indent..].iter().collect();
    out.push_str("    ");
    out.push_str(&stripped);
    out.push('\n');
    let Some(p) = pos else { return };
    if p.line == 0 || p.line != lineno {
        return;
    }
    let char_offset = |byte: u32| line.get(..byte as usize).map(|s| s.chars().count()).unwrap_or(chars.len());
    let start = char_offset(p.col);
    let mut end;
    let mut anchors: Option<(usize, usize)> = None;
    if p.end_line == p.line {
        end = char_offset(p.end_col);
        if start < end && end <= chars.len() {
            let segment: String = chars[start..end].iter().collect();
            if let Some((l, r)) = kaa_compiler::anchors::caret_anchors(&segment) {
                let to_chars =
                    |b: usize| segment.get(..b).map(|s| s.chars().count()).unwrap_or(segment.chars().count());
                anchors = Some((to_chars(l) + start, to_chars(r) + start));
            }
        }
    } else {
        // A multi-line expression is underlined to the end of its first line.
        let last = chars.iter().rposition(|c| !matches!(c, ' ' | '\t' | '\x0c')).map(|i| i + 1).unwrap_or(0);
        end = last;
    }
    if end > chars.len() {
        end = chars.len();
    }
    let stripped_len = chars.len() - indent;
    if end.saturating_sub(start) == stripped_len && anchors.is_none() {
        return;
    }
    if start < indent {
        return;
    }
    let (primary, secondary) = if anchors.is_some() { ('~', '^') } else { ('^', '^') };
    // Columns, not characters: a wide character takes two of each.
    let width = |range: std::ops::Range<usize>| chars[range].iter().map(|&c| display_width(c)).sum::<usize>();
    let mut caret = String::from("    ");
    caret.push_str(&" ".repeat(width(indent..start)));
    for offset in start + 1..=end {
        let c = match anchors {
            Some((l, r)) if l < offset && offset <= r => secondary,
            _ => primary,
        };
        for _ in 0..display_width(chars[offset - 1]) {
            caret.push(c);
        }
    }
    out.push_str(&caret);
    out.push('\n');
}

/// The SyntaxError text and caret lines (CPython's `print_error_text`).
fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let caret_repetitions = if end_offset > 0 && end_offset > offset { (end_offset - offset) as usize } else { 1 };
    let mut offset = offset - 1;
    let mut text = text;
    while let Some(rest) = text.strip_prefix([' ', '\t', '\x0c']) {
        text = rest;
        offset -= 1;
    }
    let mut len = text.chars().count() as i64;
    if text.ends_with('\n') {
        len -= 1;
    }
    if offset > len {
        offset = len;
    }
    loop {
        let Some(nl) = text.find('\n') else { break };
        let inl = text[..nl].chars().count() as i64;
        if inl >= offset {
            break;
        }
        text = &text[nl + 1..];
        offset -= inl + 1;
    }
    out.push_str("    ");
    out.push_str(text);
    if !text.ends_with('\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(offset as usize));
    out.push_str(&"^".repeat(caret_repetitions));
    out.push('\n');
}

impl Vm {
    /// Reports an exception that cannot propagate (raised while closing a dropped
    /// generator, ...) as CPython's `PyErr_WriteUnraisable` does: "Exception ignored
    /// in: <object>" and the traceback, on stderr.
    pub fn write_unraisable(&mut self, err: &crate::error::PyErr, obj: &Value) {
        self.flush_std();
        let what = match self.repr_string(obj) {
            Ok(r) => r,
            Err(_) => "<object repr() failed>".to_string(),
        };
        // Without a traceback of its own, the exception is shown where it happened: in
        // the running frame.
        let has_tb = err.0.as_exception().is_some_and(|e| e.traceback.borrow().is_some());
        if !has_tb && !self.frames.is_empty() {
            let depth = self.frames.len() - 1;
            let frame = &self.frames[depth];
            let (lasti, lineno) = (frame.lasti, frame.code().line_of(frame.lasti as usize).unwrap_or(0));
            let frame_obj = self.frame_object(depth);
            if let Some(e) = err.0.as_exception() {
                *e.traceback.borrow_mut() =
                    Some(Rc::new(Object::Traceback(Box::new(crate::objects::traceback::TracebackObj {
                        next: std::cell::RefCell::new(None),
                        frame: frame_obj,
                        lasti: (lasti as usize * crate::objects::code::INSTRUCTION_BYTES) as i32,
                        lineno: lineno as i32,
                    }))));
            }
        }
        // Only this exception: the unraisable hook shows no chained exceptions.
        let mut report = format!("Exception ignored in: {what}\n");
        let ctx = PrintContext { seen: Vec::new(), group_depth: 0, need_close: false };
        self.format_single(&err.0, &ctx, &mut report);
        let stderr = self.sys_attr("stderr").unwrap_or(Value::Obj(self.stderr.clone()));
        if self.write_to(&stderr, &report).is_err() {
            eprint!("{report}");
        }
    }
}
