//! Argument checking for functions implemented in Rust, with the messages CPython's
//! argument parsers produce.

use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::{Args, Clinic, NoKw, PosName, Sig};
use crate::value::{ObjRef, Value};
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
        self.parse_clinic(fname, args, names, 0, required)
    }

    /// Argument Clinic's parser for parameters `names` of which the first `posonly` are
    /// positional-only and the first `required` mandatory (none keyword-only). Returns
    /// one slot per name.
    pub fn parse_clinic(
        &mut self,
        fname: &str,
        args: &Args,
        names: &[&str],
        posonly: usize,
        required: usize,
    ) -> PyResult<Vec<Option<Value>>> {
        let pos = args.pos();
        let spec = ClinicSpec { names, posonly, min_pos: required, max_pos: names.len(), min_kw: 0 };
        if let Some(msg) = self.clinic_error(&spec, fname, pos.len(), args.kwnames) {
            return Err(self.type_error(msg));
        }
        let mut out: Vec<Option<Value>> = vec![None; names.len()];
        for (i, v) in pos.iter().enumerate() {
            out[i] = Some(v.clone());
        }
        for (k, v) in args.kw() {
            if let Some(i) = names.iter().position(|n| *n == k) {
                out[i] = Some(v.clone());
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
                // An empty `what`: a function of one argument ("argument must be str").
                let sep = if what.is_empty() { "" } else { " " };
                Err(self.type_error(format!("{fname}() argument{sep}{what} must be str, not {tn}")))
            }
        }
    }
}

/// Who is being called, for naming it in argument errors as CPython does.
#[derive(Copy, Clone)]
pub enum Callee<'a> {
    /// A method descriptor called with its instance first (`list.append(l, x)`, or
    /// `l.append(x)` compiled as a method call): named `owner.name`.
    Descriptor(&'a ObjRef),
    /// A builtin bound to an object (`f = l.append`): named after the object's type, or
    /// after the object itself when it is a type; a module's method by its bare name.
    Bound(&'a Value),
    /// A module's function: `len`, or `sys.exc_info` outside builtins.
    Function(Option<&'static str>),
}

/// Whether `sig` accepts `npos` positional and `nkw` keyword arguments without looking at
/// the keyword names (the common case, checked inline on every builtin call).
#[inline]
pub fn sig_accepts(sig: Sig, npos: usize, nkw: usize) -> bool {
    match sig {
        Sig::Any => true,
        Sig::NoArgs => npos == 0 && nkw == 0,
        Sig::One => npos == 1 && nkw == 0,
        Sig::Pos { min, max, .. } | Sig::Var { min, max, .. } => {
            nkw == 0 && npos >= min as usize && (max == u8::MAX || npos <= max as usize)
        }
        Sig::Wrap(n) => nkw == 0 && npos == n as usize,
        Sig::Clinic(c) => nkw == 0 && c.min_kw == 0 && npos >= c.min_pos as usize && npos <= c.max_pos as usize,
    }
}

/// The parameters an Argument Clinic parser checks (a `Clinic` from the table, or a
/// constructor's own list).
#[derive(Copy, Clone)]
struct ClinicSpec<'a> {
    names: &'a [&'a str],
    posonly: usize,
    min_pos: usize,
    max_pos: usize,
    min_kw: usize,
}

impl ClinicSpec<'static> {
    fn of(c: &'static Clinic) -> ClinicSpec<'static> {
        ClinicSpec {
            names: c.names,
            posonly: c.posonly as usize,
            min_pos: c.min_pos as usize,
            max_pos: c.max_pos as usize,
            min_kw: c.min_kw as usize,
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

impl Vm {
    /// The qualified name CPython's messages give the callee.
    fn callee_qualname(&self, name: &str, callee: Callee) -> String {
        match callee {
            Callee::Descriptor(owner) => format!("{}.{name}", owner.as_type().expect("type").qualname()),
            Callee::Bound(obj) => match obj {
                Value::Obj(o) if matches!(&**o, Object::Module(_)) => name.to_string(),
                Value::Obj(o) if o.as_type().is_some() => format!("{}.{name}", o.as_type().expect("type").qualname()),
                _ => {
                    let ty = self.type_of(obj);
                    format!("{}.{name}", ty.as_type().expect("type").qualname())
                }
            },
            Callee::Function(Some(module)) if module != "builtins" => format!("{module}.{name}"),
            Callee::Function(_) => name.to_string(),
        }
    }

    /// Checks a builtin's arguments against its declared convention, raising the
    /// TypeError CPython's argument parsers raise. `args` excludes the bound object.
    pub fn check_sig(
        &mut self,
        sig: Sig,
        name: &str,
        callee: Callee,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<()> {
        let nkw = kwnames.len();
        let npos = args.len() - nkw;
        if sig_accepts(sig, npos, nkw) {
            return Ok(());
        }
        let msg = match sig {
            Sig::Any => return Ok(()),
            Sig::NoArgs | Sig::One => {
                let q = self.callee_qualname(name, callee);
                if nkw > 0 {
                    format!("{q}() takes no keyword arguments")
                } else if matches!(sig, Sig::NoArgs) {
                    format!("{q}() takes no arguments ({npos} given)")
                } else {
                    format!("{q}() takes exactly one argument ({npos} given)")
                }
            }
            Sig::Pos { min, max, name: style, kw } => {
                if nkw > 0 {
                    self.no_keywords_message(name, callee, kw)
                } else {
                    let (min, max) = (min as usize, max as usize);
                    let shown = match style {
                        PosName::Short => name,
                        PosName::Empty => "",
                    };
                    let (bound, n) = if npos < min { ("at least ", min) } else { ("at most ", max) };
                    let bound = if min == max { "" } else { bound };
                    format!("{shown} expected {bound}{n} argument{}, got {npos}", plural(n))
                }
            }
            Sig::Wrap(n) => {
                if nkw > 0 {
                    format!("wrapper {name}() takes no keyword arguments")
                } else {
                    let n = n as usize;
                    format!("expected {n} argument{}, got {npos}", plural(n))
                }
            }
            Sig::Var { min, max, kw } => {
                if nkw > 0 {
                    self.no_keywords_message(name, callee, kw)
                } else {
                    let (min, max) = (min as usize, max as usize);
                    if min == max {
                        format!("{name}() takes exactly {min} argument{} ({npos} given)", plural(min))
                    } else if npos < min {
                        format!("{name}() takes at least {min} argument{} ({npos} given)", plural(min))
                    } else {
                        format!("{name}() takes at most {max} argument{} ({npos} given)", plural(max))
                    }
                }
            }
            Sig::Clinic(c) => match self.clinic_error(&ClinicSpec::of(c), name, npos, kwnames) {
                Some(m) => m,
                None => return Ok(()),
            },
        };
        Err(self.type_error(msg))
    }

    fn no_keywords_message(&self, name: &str, callee: Callee, kw: NoKw) -> String {
        match (kw, callee) {
            (NoKw::Wrapper, _) => format!("wrapper {name}() takes no keyword arguments"),
            (NoKw::Varargs, Callee::Bound(_)) => format!("{name}() takes no keyword arguments"),
            _ => format!("{}() takes no keyword arguments", self.callee_qualname(name, callee)),
        }
    }

    /// Argument Clinic's keyword parser: the first problem in the order CPython checks,
    /// or None when the arguments fit.
    fn clinic_error(&self, c: &ClinicSpec, fname: &str, nargs: usize, kwnames: &[Value]) -> Option<String> {
        let kw: Vec<&str> = kwnames.iter().map(|k| self.as_str_ref(k).unwrap_or("")).collect();
        let ClinicSpec { names, posonly, min_pos, max_pos, min_kw } = *c;
        let keywords = &names[posonly..];
        let max_args = names.len();
        let min_posonly = posonly.min(min_pos);
        let nkw = kw.len();
        if nargs + nkw > max_args {
            return Some(format!(
                "{fname}() takes at most {max_args} {}argument{} ({} given)",
                if nargs == 0 { "keyword " } else { "" },
                plural(max_args),
                nargs + nkw
            ));
        }
        if nargs > max_pos {
            if max_pos == 0 {
                return Some(format!("{fname}() takes no positional arguments"));
            }
            return Some(format!(
                "{fname}() takes {} {max_pos} positional argument{} ({nargs} given)",
                if min_pos < max_pos { "at most" } else { "exactly" },
                plural(max_pos)
            ));
        }
        if nargs < min_posonly {
            return Some(format!(
                "{fname}() takes {} {min_posonly} positional argument{} ({nargs} given)",
                if min_posonly < max_pos { "at least" } else { "exactly" },
                plural(min_posonly)
            ));
        }
        // Walk the parameters not filled positionally: each is found among the keywords
        // or, if required, reported missing; the scan stops early once no keywords remain
        // and no required parameter is left.
        let required_end = if min_kw > 0 { max_pos + min_kw } else { min_pos };
        let mut unmatched = nkw;
        for i in nargs.max(posonly)..max_args {
            let present = if unmatched > 0 {
                kw.contains(&keywords[i - posonly])
            } else if i >= required_end {
                break;
            } else {
                false
            };
            if present {
                unmatched -= 1;
            } else if i < min_pos || (max_pos <= i && i < required_end) {
                return Some(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    keywords[i - posonly],
                    i + 1
                ));
            }
        }
        if unmatched > 0 {
            for i in posonly..nargs {
                if kw.contains(&keywords[i - posonly]) {
                    return Some(format!(
                        "argument for {fname}() given by name ('{}') and position ({})",
                        keywords[i - posonly],
                        i + 1
                    ));
                }
            }
            if let Some(bad) = kw.iter().find(|k| !keywords.contains(k)) {
                return Some(format!("'{bad}' is an invalid keyword argument for {fname}()"));
            }
        }
        None
    }
}
