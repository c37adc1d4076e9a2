//! Calls: plain calls, method calls (`obj.meth(...)` without a bound-method object),
//! keyword arguments, and `*args`/`**kwargs` unpacking through `CALL_FUNCTION_EX`.

use std::collections::HashSet;
use std::rc::Rc;

use kaa_bytecode::{Constant, Op};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::expr::{Display, STACK_USE_GUIDELINE};
use super::{CResult, Compiler};

/// Calls with more arguments than this go through `CALL_FUNCTION_EX`.
const MAX_STACK_ARGS: usize = 30;

impl<'a> Compiler<'a> {
    pub fn compile_call(&mut self, call: &'a ast::ExprCall) -> CResult {
        self.check_caller(call);
        let args = &call.arguments.args;
        let keywords = &call.arguments.keywords;
        self.check_keywords(keywords, call.range())?;
        let unpacking = args.iter().any(|a| matches!(a, Expr::Starred(_))) || keywords.iter().any(|k| k.arg.is_none());
        let simple = !unpacking && args.len() + keywords.len() < MAX_STACK_ARGS;
        let call_range = ruff_text_size::Ranged::range(call);

        if let (Expr::Attribute(attr), true) = (call.func.as_ref(), simple) {
            self.compile_expr(&attr.value)?;
            // Both the method load and the call are placed at the method's name when the
            // chain spans lines, as in CPython.
            let pos = self.pos_at_attr_name(attr, self.position_of(attr.range));
            let saved = self.set_position(pos);
            let idx = self.add_name(attr.attr.as_str());
            self.emit(Op::LoadMethod, idx);
            self.restore_pos(saved);
            let call_pos = self.pos_at_attr_name(attr, self.position_of(call_range));
            return self.compile_call_args(0, args, keywords, call_pos, true);
        }
        self.compile_expr(&call.func)?;
        if simple && keywords.is_empty() {
            let call_pos = self.position_of(call_range);
            return self.compile_call_args(0, args, keywords, call_pos, false);
        }
        self.emit0(Op::PushNull);
        self.compile_call_with_prefix(0, args, keywords, call_range)
    }

    /// Emits a call whose callable, self-or-NULL slot and first `prefix` arguments are
    /// already on the stack (`class` statements pass the body function and the name).
    pub fn compile_call_with_prefix(
        &mut self,
        prefix: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        range: ruff_text_size::TextRange,
    ) -> CResult {
        self.check_keywords(keywords, range)?;
        let unpacking = args.iter().any(|a| matches!(a, Expr::Starred(_))) || keywords.iter().any(|k| k.arg.is_none());
        if unpacking || prefix as usize + args.len() + keywords.len() >= MAX_STACK_ARGS {
            return self.compile_call_ex(prefix, args, keywords, range);
        }
        let pos = self.position_of(range);
        self.compile_call_args(prefix, args, keywords, pos, true)
    }

    /// Pushes the arguments and emits the call; `has_self_slot` when a self-or-NULL slot
    /// sits under the callable's arguments.
    fn compile_call_args(
        &mut self,
        prefix: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        pos: kaa_bytecode::Position,
        has_self_slot: bool,
    ) -> CResult {
        for a in args {
            self.compile_expr(a)?;
        }
        for k in keywords {
            self.compile_expr(&k.value)?;
        }
        let saved = self.set_position(pos);
        let n = prefix + (args.len() + keywords.len()) as u32;
        if keywords.is_empty() {
            self.emit(if has_self_slot { Op::CallMethod } else { Op::Call }, n);
        } else {
            let names: Vec<Constant> = keywords
                .iter()
                .map(|k| Constant::Str(Rc::from(k.arg.as_ref().expect("named keyword").as_str())))
                .collect();
            self.load_const(Constant::Tuple(Rc::from(names)));
            self.emit(Op::CallKw, n);
        }
        self.restore_pos(saved);
        Ok(())
    }

    /// `f(*args, **kwargs)` and calls with many arguments: one tuple and one dict.
    fn compile_call_ex(
        &mut self,
        prefix: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        range: ruff_text_size::TextRange,
    ) -> CResult {
        match args {
            [Expr::Starred(s)] if prefix == 0 => self.compile_expr(&s.value)?,
            _ => self.compile_display_pushed(args, Display::Tuple, prefix)?,
        }
        let mut have_dict = false;
        let mut seen = 0usize;
        for (i, k) in keywords.iter().enumerate() {
            if k.arg.is_none() {
                if seen > 0 {
                    self.compile_subkwargs(&keywords[i - seen..i])?;
                    if have_dict {
                        self.emit(Op::DictMerge, 1);
                    }
                    have_dict = true;
                    seen = 0;
                }
                if !have_dict {
                    self.emit(Op::BuildMap, 0);
                    have_dict = true;
                }
                self.compile_expr(&k.value)?;
                self.emit(Op::DictMerge, 1);
            } else {
                seen += 1;
            }
        }
        if seen > 0 {
            self.compile_subkwargs(&keywords[keywords.len() - seen..])?;
            if have_dict {
                self.emit(Op::DictMerge, 1);
            }
            have_dict = true;
        }
        let saved = self.set_pos(range);
        self.emit(Op::CallFunctionEx, have_dict as u32);
        self.restore_pos(saved);
        Ok(())
    }

    /// A dict of named keyword arguments (CPython's `compiler_subkwargs`): several become
    /// values then a key tuple for BUILD_CONST_KEY_MAP; one (or too many for the stack)
    /// becomes key, value pairs for BUILD_MAP (MAP_ADD).
    fn compile_subkwargs(&mut self, keywords: &'a [ast::Keyword]) -> CResult {
        let name = |k: &ast::Keyword| Constant::Str(Rc::from(k.arg.as_ref().expect("named keyword").as_str()));
        let n = keywords.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in keywords {
                self.compile_expr(&k.value)?;
            }
            let names: Vec<Constant> = keywords.iter().map(name).collect();
            self.load_const(Constant::Tuple(Rc::from(names)));
            self.emit(Op::BuildConstKeyMap, n as u32);
            return Ok(());
        }
        if big {
            self.emit(Op::BuildMap, 0);
        }
        for k in keywords {
            self.load_const(name(k));
            self.compile_expr(&k.value)?;
            if big {
                self.emit(Op::MapAdd, 1);
            }
        }
        if !big {
            self.emit(Op::BuildMap, n as u32);
        }
        Ok(())
    }

    /// CPython's `validate_keywords`: `__debug__` and repeated names; errors point at the call.
    pub fn check_keywords(&self, keywords: &[ast::Keyword], call_range: TextRange) -> CResult {
        let mut seen = HashSet::new();
        for k in keywords {
            if let Some(name) = &k.arg {
                if name.as_str() == "__debug__" {
                    return Err(self.error("cannot assign to __debug__", call_range));
                }
                if !seen.insert(name.as_str()) {
                    return Err(self.error(format!("keyword argument repeated: {}", name.as_str()), k.range));
                }
            }
        }
        Ok(())
    }
}
