//! What the `match` statement's instructions ask of values (PEP 634): whether a subject
//! is a mapping or a sequence for pattern purposes, looking up the keys of a mapping
//! pattern, and extracting the attributes of a class pattern (`__match_args__`).

use crate::error::PyResult;
use crate::object::Object;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// MATCH_MAPPING: dicts (and the read-only class-dict proxy).
    pub fn is_match_mapping(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &**o {
                Object::Dict(_) => true,
                Object::Instance(_) => {
                    let ty = self.type_of(v);
                    let t = ty.as_type().expect("type");
                    t.is_subtype_of(&self.types.dict) || (&*t.name() == "mappingproxy" && &*t.module == "builtins")
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// MATCH_SEQUENCE: lists, tuples and ranges — not str, bytes or bytearray, which a
    /// sequence pattern must not take apart.
    pub fn is_match_sequence(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &**o {
                Object::List(_) | Object::Tuple(_) | Object::Range(_) | Object::BigRange(_) => true,
                Object::Instance(_) => {
                    let ty = self.type_of(v);
                    let t = ty.as_type().expect("type");
                    t.is_subtype_of(&self.types.list) || t.is_subtype_of(&self.types.tuple)
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// MATCH_KEYS: the values of `keys` in `subject` as a tuple, or None if one is
    /// missing. Looks them up with `subject.get(key, <marker>)`, as CPython does, so a
    /// mapping's `__missing__` is not triggered; a key given twice is a ValueError.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = match keys {
            Value::Obj(o) => o.as_tuple().map(|t| t.to_vec()).unwrap_or_default(),
            _ => Vec::new(),
        };
        if keys.is_empty() {
            return Ok(self.tuple_val(Vec::new()));
        }
        let mut seen: Vec<(i64, Value)> = Vec::with_capacity(keys.len());
        for key in &keys {
            let h = self.hash(key)?;
            for (sh, s) in seen.clone() {
                if sh == h && (s.is(key) || self.eq_bool(&s, key)?) {
                    let r = self.repr_string(key)?;
                    return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
                }
            }
            seen.push((h, key.clone()));
        }
        let mut values = Vec::with_capacity(keys.len());
        if let Value::Obj(o) = subject {
            if let Object::Dict(d) = &**o {
                for key in &keys {
                    match d.get_item(self, key)? {
                        Some(v) => values.push(v),
                        None => return Ok(Value::None),
                    }
                }
                return Ok(self.tuple_val(values));
            }
        }
        let get = self.getattr_str(subject, "get")?;
        let marker = Value::Obj(self.new_list(Vec::new()));
        for key in &keys {
            let v = self.call(&get, &[key.clone(), marker.clone()], &[])?;
            if v.is(&marker) {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(self.tuple_val(values))
    }

    /// MATCH_CLASS: if `subject` is an instance of `cls`, the tuple of its `npos`
    /// positional attributes (named by `cls.__match_args__`) and the attributes named in
    /// `names`; None if it is not an instance or lacks one of them.
    pub fn match_class(&mut self, subject: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult<Value> {
        let Value::Obj(cls_ref) = cls else { return Err(self.type_error("called match pattern must be a type")) };
        let Some(ty) = cls_ref.as_type() else { return Err(self.type_error("called match pattern must be a type")) };
        let type_name = ty.name().to_string();
        if !self.isinstance(subject, cls)? {
            return Ok(Value::None);
        }
        let mut seen: Vec<String> = Vec::new();
        let mut attrs = Vec::new();
        if npos > 0 {
            let match_args = match self.getattr_str(cls, "__match_args__") {
                Ok(m) => Some(m),
                Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => None,
                Err(e) => return Err(e),
            };
            let (names, match_self) = match match_args {
                Some(m) => match &m {
                    Value::Obj(o) if o.as_tuple().is_some() => (o.as_tuple().expect("tuple").to_vec(), false),
                    _ => {
                        let tn = self.type_name(&m);
                        return Err(self.type_error(format!("{type_name}.__match_args__ must be a tuple (got {tn})")));
                    }
                },
                None => (Vec::new(), self.matches_self(cls_ref)),
            };
            let allowed = if match_self { 1 } else { names.len() };
            if allowed < npos {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{type_name}() accepts {allowed} positional sub-pattern{plural} ({npos} given)"
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &names[..npos] {
                    let Some(n) = self.as_str_ref(name).map(str::to_string) else {
                        let tn = self.type_name(name);
                        return Err(self.type_error(format!("__match_args__ elements must be strings (got {tn})")));
                    };
                    match self.match_class_attr(subject, &type_name, &n, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        let names: Vec<Value> = match names {
            Value::Obj(o) => o.as_tuple().map(|t| t.to_vec()).unwrap_or_default(),
            _ => Vec::new(),
        };
        for name in &names {
            let n = self.as_str_ref(name).map(str::to_string).unwrap_or_default();
            match self.match_class_attr(subject, &type_name, &n, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.tuple_val(attrs))
    }

    /// One attribute of a class pattern: None when the subject lacks it; TypeError when
    /// the pattern names it twice.
    fn match_class_attr(
        &mut self,
        subject: &Value,
        type_name: &str,
        name: &str,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s == name) {
            return Err(self.type_error(format!("{type_name}() got multiple sub-patterns for attribute '{name}'")));
        }
        seen.push(name.to_string());
        match self.getattr_str(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Builtin types whose single positional sub-pattern matches the whole subject
    /// (`case int(x):`), and their subclasses.
    fn matches_self(&self, cls: &ObjRef) -> bool {
        let t = &self.types;
        let Some(ty) = cls.as_type() else { return false };
        [&t.bool_, &t.bytes, &t.dict, &t.float, &t.frozenset, &t.int, &t.list, &t.set, &t.str, &t.tuple]
            .iter()
            .any(|b| ty.is_subtype_of(b))
    }
}
