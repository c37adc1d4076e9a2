//! Activation records and the value stack they live on.
//!
//! Every running Python frame is a [`Frame`] record in the VM's `frames` vector; its
//! localsplus slots and operand stack are one contiguous block of the [`ValueStack`].
//! The stack is a list of fixed chunks that never move, so the eval loop can keep raw
//! pointers into the running frame's block; a frame that doesn't fit in the current
//! chunk starts the next one. This module is one of the few allowed `unsafe` (see
//! ARCHITECTURE.md); each block states why it is sound.

use std::mem::MaybeUninit;
use std::ptr;

use crate::value::{ObjRef, Value};

/// Values per chunk (1 MiB of 16-byte values).
const CHUNK_VALUES: usize = 64 * 1024;

/// Where the stack top was before a frame was allocated, to restore on release.
#[derive(Copy, Clone, Debug)]
pub struct StackMark {
    chunk: u32,
    top: *mut Value,
}

/// The `chunk` of a [`StackMark::detached`] mark.
const DETACHED: u32 = u32::MAX;

impl StackMark {
    /// The mark of a frame whose block is not on the value stack (a generator's frame,
    /// whose slots the generator owns): releasing it does nothing.
    pub fn detached() -> StackMark {
        StackMark { chunk: DETACHED, top: ptr::null_mut() }
    }
}

/// The chunked value stack. `top..limit` is the free part of the current chunk.
pub struct ValueStack {
    chunks: Vec<Box<[MaybeUninit<Value>]>>,
    /// Chunk in use.
    chunk: usize,
    top: *mut Value,
    limit: *mut Value,
}

impl Default for ValueStack {
    fn default() -> Self {
        ValueStack::new()
    }
}

impl ValueStack {
    pub fn new() -> ValueStack {
        let mut first = new_chunk(CHUNK_VALUES);
        let top = first.as_mut_ptr() as *mut Value;
        // SAFETY: one past the end of the chunk's allocation.
        let limit = unsafe { top.add(first.len()) };
        ValueStack { chunks: vec![first], chunk: 0, top, limit }
    }

    /// Reserves `n` contiguous slots; the first `init` are set to `Null`, the rest are
    /// left uninitialised (an operand stack is written before it is read). Returns the
    /// block's start and the mark to release it with.
    #[inline(always)]
    pub fn alloc(&mut self, n: usize, init: usize) -> (*mut Value, StackMark) {
        let mark = StackMark { chunk: self.chunk as u32, top: self.top };
        let free = (self.limit as usize - self.top as usize) / std::mem::size_of::<Value>();
        if free < n {
            return self.alloc_in_new_chunk(n, init, mark);
        }
        let base = self.top;
        // SAFETY: `base + n <= limit`: the block lies inside the current chunk, whose
        // slots hold no live values above `top`, so writing without dropping is correct.
        unsafe {
            self.top = base.add(n);
            for i in 0..init {
                ptr::write(base.add(i), Value::Null);
            }
        }
        (base, mark)
    }

    #[cold]
    fn alloc_in_new_chunk(&mut self, n: usize, init: usize, mark: StackMark) -> (*mut Value, StackMark) {
        self.chunk += 1;
        if self.chunk == self.chunks.len() {
            self.chunks.push(new_chunk(CHUNK_VALUES.max(n)));
        } else if self.chunks[self.chunk].len() < n {
            self.chunks[self.chunk] = new_chunk(n);
        }
        let chunk = &mut self.chunks[self.chunk];
        let base = chunk.as_mut_ptr() as *mut Value;
        // SAFETY: the chunk holds at least `n` slots, none live.
        unsafe {
            self.limit = base.add(chunk.len());
            self.top = base.add(n);
            for i in 0..init {
                ptr::write(base.add(i), Value::Null);
            }
        }
        (base, mark)
    }

    /// Releases the block allocated at `mark` (and everything above it). The caller has
    /// already dropped the values in it.
    #[inline(always)]
    pub fn release(&mut self, mark: StackMark) {
        if mark.chunk as usize != self.chunk {
            self.release_to_chunk(mark);
            return;
        }
        self.top = mark.top;
    }

    #[cold]
    fn release_to_chunk(&mut self, mark: StackMark) {
        if mark.chunk == DETACHED {
            return;
        }
        self.chunk = mark.chunk as usize;
        let chunk = &mut self.chunks[self.chunk];
        // SAFETY: one past the end of the chunk's allocation.
        self.limit = unsafe { (chunk.as_mut_ptr() as *mut Value).add(chunk.len()) };
        self.top = mark.top;
        // Keep one spare chunk; free the rest so a deep recursion's memory is returned.
        if self.chunks.len() > self.chunk + 2 {
            self.chunks.truncate(self.chunk + 2);
        }
    }
}

fn new_chunk(n: usize) -> Box<[MaybeUninit<Value>]> {
    let mut v = Vec::with_capacity(n);
    // SAFETY: MaybeUninit needs no initialisation.
    unsafe { v.set_len(n) };
    v.into_boxed_slice()
}

/// An activation record.
pub struct Frame {
    /// The code object (kept alive by this reference).
    pub code: ObjRef,
    /// The function being run, for frames of function calls.
    pub func: Option<ObjRef>,
    /// (globals, builtins) of a frame that runs no function (module, class body,
    /// `exec`). A function's frame leaves this `None` and uses the function's: they are
    /// read-only attributes and the record holds the function, so no reference counts
    /// change per call.
    pub scope: Option<(ObjRef, ObjRef)>,
    /// The locals mapping for module, class and `exec` frames (name operations use it).
    pub locals: Option<Value>,
    /// localsplus[0]; the operand stack starts at `base + nlocalsplus`.
    pub base: *mut Value,
    /// Saved operand stack top while another frame runs.
    pub sp: *mut Value,
    /// Index of the next instruction to run.
    pub ip: u32,
    /// Index of the instruction last started (for line numbers and tracebacks).
    pub lasti: u32,
    /// The frame object, once something asked for it.
    pub frame_obj: Option<ObjRef>,
    /// Return to Rust when this frame returns (it was entered by a call from Rust).
    pub is_entry: bool,
    /// A generator's frame resumed by FOR_ITER or SEND in the same loop (not through
    /// Rust): its yield or return goes back to that instruction (eval/generator.rs).
    pub inline_gen: bool,
    /// Tracing is on and this frame has not had its `call` event yet (see trace.rs).
    pub trace_call_pending: bool,
    /// Tracing state (`f_trace` and line bookkeeping), once tracing has seen the frame.
    pub trace: Option<Box<super::trace::FrameTrace>>,
    pub mark: StackMark,
}

impl Frame {
    /// The frame's code.
    #[inline(always)]
    pub fn code(&self) -> &crate::objects::code::Code {
        match &*self.code {
            crate::object::Object::Code(c) => c,
            _ => unreachable!("frame code is a code object"),
        }
    }

    /// The frame's globals dict.
    #[inline(always)]
    pub fn globals(&self) -> &ObjRef {
        match &self.scope {
            Some((globals, _)) => globals,
            None => &self.function().globals,
        }
    }

    /// The frame's builtins namespace.
    #[inline(always)]
    pub fn builtins(&self) -> &ObjRef {
        match &self.scope {
            Some((_, builtins)) => builtins,
            None => &self.function().builtins,
        }
    }

    #[inline(always)]
    fn function(&self) -> &crate::objects::function::FunctionObj {
        match self.func.as_deref() {
            Some(crate::object::Object::Function(f)) => f,
            _ => unreachable!("a frame without its own scope runs a function"),
        }
    }

    /// The values of the localsplus slots (cells appear as cell objects).
    pub fn localsplus(&self) -> &[Value] {
        let n = self.code().nlocalsplus;
        // SAFETY: `base` points at this frame's block, whose first `n` slots are its
        // localsplus and are always initialised (set to Null at allocation).
        unsafe { std::slice::from_raw_parts(self.base, n) }
    }

    /// Replaces localsplus slot `i` (for `f_locals` writes and frame teardown).
    pub fn set_local(&mut self, i: usize, value: Value) {
        debug_assert!(i < self.code().nlocalsplus);
        // SAFETY: as in `localsplus`; assignment drops the old value.
        unsafe { *self.base.add(i) = value };
    }

    /// Drops everything in the frame's block: localsplus and the live operand stack.
    #[inline]
    pub fn clear(&mut self) {
        let n = self.code().nlocalsplus;
        // SAFETY: the operand stack holds initialised values from `base + n` up to `sp`
        // (the eval loop saves `sp` before this is called); localsplus slots are always
        // initialised. Each value is dropped exactly once and the slots are not read again.
        unsafe {
            let stack_base = self.base.add(n);
            let mut p = self.sp;
            while p > stack_base {
                p = p.sub(1);
                ptr::drop_in_place(p);
            }
            self.sp = stack_base;
            for i in 0..n {
                ptr::drop_in_place(self.base.add(i));
            }
        }
    }
}
