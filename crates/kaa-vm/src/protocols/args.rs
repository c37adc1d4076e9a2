//! Argument checking for functions implemented in Rust, with the messages CPython's
//! argument parsers produce.

use crate::error::PyResult;
use crate::objects::builtin_func::Args;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// "f() takes no keyword arguments".
    pub fn no_kwargs(&mut self, name: &str, args: &Args) -> PyResult<()> {
        if args.has_kwargs() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// Exactly one positional argument, no keywords (CPython's METH_O).
    pub fn one_arg<'a>(&mut self, name: &str, args: &Args<'a>) -> PyResult<&'a Value> {
        self.no_kwargs(name, args)?;
        let pos = args.pos();
        if pos.len() != 1 {
            return Err(self.type_error(format!("{name}() takes exactly one argument ({} given)", pos.len())));
        }
        Ok(&pos[0])
    }

    /// No arguments at all (METH_NOARGS).
    pub fn no_args(&mut self, name: &str, args: &Args) -> PyResult<()> {
        self.no_kwargs(name, args)?;
        let n = args.pos().len();
        if n != 0 {
            return Err(self.type_error(format!("{name}() takes no arguments ({n} given)")));
        }
        Ok(())
    }

    /// Between `min` and `max` positional arguments (CPython's `_PyArg_CheckPositional`,
    /// whose messages name the function without parentheses).
    pub fn check_positional<'a>(
        &mut self,
        name: &str,
        args: &Args<'a>,
        min: usize,
        max: usize,
    ) -> PyResult<&'a [Value]> {
        let pos = args.pos();
        let n = pos.len();
        if n < min {
            return Err(self.type_error(format!(
                "{name} expected {}{min} argument{}, got {n}",
                if min == max { "" } else { "at least " },
                if min == 1 { "" } else { "s" }
            )));
        }
        if n > max {
            return Err(self.type_error(format!(
                "{name} expected {}{max} argument{}, got {n}",
                if min == max { "" } else { "at most " },
                if max == 1 { "" } else { "s" }
            )));
        }
        Ok(pos)
    }

    /// Argument Clinic style: positional-or-keyword parameters `names` (the first
    /// `required` mandatory). Returns one slot per name.
    pub fn parse_args(
        &mut self,
        fname: &str,
        args: &Args,
        names: &[&str],
        required: usize,
    ) -> PyResult<Vec<Option<Value>>> {
        let pos = args.pos();
        if pos.len() > names.len() {
            return Err(self.type_error(format!(
                "{fname}() takes at most {} argument{} ({} given)",
                names.len(),
                if names.len() == 1 { "" } else { "s" },
                pos.len()
            )));
        }
        let mut out: Vec<Option<Value>> = vec![None; names.len()];
        for (i, v) in pos.iter().enumerate() {
            out[i] = Some(v.clone());
        }
        for (k, v) in args.kw() {
            match names.iter().position(|n| *n == k) {
                Some(i) => {
                    if out[i].is_some() {
                        return Err(self.type_error(format!(
                            "argument for {fname}() given by name ('{k}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                None => return Err(self.type_error(format!("'{k}' is an invalid keyword argument for {fname}()"))),
            }
        }
        for (i, slot) in out.iter().enumerate().take(required) {
            if slot.is_none() {
                return Err(self.type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }

    /// A required str argument.
    pub fn arg_str<'a>(&mut self, fname: &str, what: &str, v: &'a Value) -> PyResult<&'a str> {
        match self.as_str_ref(v) {
            Some(s) => Ok(s),
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("{fname}() argument {what} must be str, not {tn}")))
            }
        }
    }
}
