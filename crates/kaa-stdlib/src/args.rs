//! Argument parsing for module functions declared the way CPython's Argument Clinic
//! declares them (positional-only, positional-or-keyword and keyword-only parameters),
//! with the checks in the order CPython makes them, so the same call fails with the same
//! message.

use kaa_vm::objects::builtin_func::Args;
use kaa_vm::{PyResult, Value, Vm};

/// The shape of a function's parameters.
pub struct Params<'a> {
    /// The function name used in messages (`isclose`, not `math.isclose`).
    pub fname: &'a str,
    /// Every parameter name, in order: positional ones first, then keyword-only ones.
    pub names: &'a [&'a str],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// How many parameters may be given positionally.
    pub maxpos: usize,
    /// How many leading parameters are required.
    pub required: usize,
}

/// Binds `a` to `p`'s parameters: one slot per name, `None` where not given.
pub fn parse(vm: &mut Vm, p: &Params, a: &Args) -> PyResult<Vec<Option<Value>>> {
    let fname = p.fname;
    let pos = a.pos();
    let nargs = pos.len();
    let kw: Vec<(&str, &Value)> = a.kw().collect();
    let maxargs = p.names.len();
    let total = nargs + kw.len();
    if total > maxargs {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {maxargs} {}argument{} ({total} given)",
            if nargs == 0 { "keyword " } else { "" },
            if maxargs == 1 { "" } else { "s" }
        )));
    }
    if nargs > p.maxpos {
        if p.maxpos == 0 {
            return Err(vm.type_error(format!("{fname}() takes no positional arguments")));
        }
        return Err(vm.type_error(format!(
            "{fname}() takes {} {} positional argument{} ({nargs} given)",
            if p.required.min(p.maxpos) < p.maxpos { "at most" } else { "exactly" },
            p.maxpos,
            if p.maxpos == 1 { "" } else { "s" }
        )));
    }
    let min_posonly = p.required.min(p.posonly);
    if nargs < min_posonly {
        return Err(vm.type_error(format!(
            "{fname}() takes {} {min_posonly} positional argument{} ({nargs} given)",
            if min_posonly < p.maxpos { "at least" } else { "exactly" },
            if min_posonly == 1 { "" } else { "s" }
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; maxargs];
    for (slot, v) in slots.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    let mut unused = kw.len();
    for (i, slot) in slots.iter_mut().enumerate().skip(nargs.max(p.posonly)) {
        match kw.iter().find(|(k, _)| *k == p.names[i]) {
            Some((_, v)) => {
                *slot = Some((*v).clone());
                unused -= 1;
            }
            None if i < p.required => {
                return Err(vm.type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    p.names[i],
                    i + 1
                )));
            }
            None => {}
        }
    }
    if unused > 0 {
        for i in p.posonly..nargs {
            if kw.iter().any(|(k, _)| *k == p.names[i]) {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{}') and position ({})",
                    p.names[i],
                    i + 1
                )));
            }
        }
        for (k, _) in &kw {
            if !p.names[p.posonly..].contains(k) {
                return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {fname}()")));
            }
        }
    }
    Ok(slots)
}
