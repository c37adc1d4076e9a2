//! "Did you mean" suggestions for NameError and AttributeError, with CPython 3.11's
//! weighted Levenshtein distance (case changes cost 1, other edits 2) and its limits.

use crate::object::Object;
use crate::objects::frame::FrameState;
use crate::value::ObjRef;
use crate::vm::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        return CASE_COST;
    }
    MOVE_COST
}

/// Edit distance between `a` and `b`, or `max_cost + 1` once it is known to exceed it.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, ac);
            dist = row[ai];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, if any is close enough.
fn closest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

impl Vm {
    fn dict_keys(&self, d: &ObjRef) -> Vec<String> {
        d.as_dict()
            .map(|d| d.keys().iter().filter_map(|k| self.as_str_ref(k).map(str::to_string)).collect())
            .unwrap_or_default()
    }

    /// The suggestion CPython appends to a NameError or AttributeError report.
    pub fn suggestion_for(&mut self, exc: &ObjRef) -> Option<String> {
        let e = exc.as_exception()?;
        let name = e.field("name")?;
        let name = self.as_str_ref(&name)?.to_string();
        let class = e.class.borrow().clone();
        let t = class.as_type()?;
        if t.is_subtype_of(&self.exc.name_error) {
            let mut tb = e.traceback.borrow().clone()?;
            loop {
                let Object::Traceback(t) = &*tb else { return None };
                let next = t.next.borrow().clone();
                match next {
                    Some(n) => tb = n,
                    None => break,
                }
            }
            let Object::Traceback(t) = &*tb else { return None };
            let Object::Frame(f) = &*t.frame else { return None };
            let (code, globals, builtins) = match &*f.state.borrow() {
                FrameState::Live(d) => {
                    let fr = self.frames.get(*d)?;
                    (fr.code.clone(), fr.globals().clone(), fr.builtins().clone())
                }
                FrameState::Dead(d) => (d.code.clone(), d.globals.clone(), d.builtins.clone()),
                FrameState::Suspended(g) => crate::objects::frame::with_suspended_record(g, |r| {
                    (r.code.clone(), r.globals().clone(), r.builtins().clone())
                })?,
            };
            let varnames: Vec<String> = code.as_code()?.unit.varnames.iter().map(|s| s.to_string()).collect();
            if let Some(s) = closest(&varnames, &name) {
                return Some(s);
            }
            if let Some(s) = closest(&self.dict_keys(&globals), &name) {
                return Some(s);
            }
            return closest(&self.dict_keys(&builtins), &name);
        }
        if t.is_subtype_of(&self.exc.attribute_error) {
            let obj = e.field("obj")?;
            let names = self.dir(&obj).ok()?;
            return closest(&names, &name);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        let c = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(closest(&c(&["print", "len"]), "pritn"), Some("print".into()));
        assert_eq!(closest(&c(&["name"]), "nmae"), None);
        assert_eq!(closest(&c(&["Print"]), "print"), Some("Print".into()));
    }
}
