//! Creating and matching exceptions from Rust code.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::PyErr;
use crate::object::Object;
use crate::objects::exception::ExceptionObj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// A new exception instance of class `ty` with `args`.
    pub fn new_exception(&mut self, ty: &ObjRef, args: Vec<Value>) -> ObjRef {
        let args = self.new_tuple(args);
        Rc::new(Object::Exception(Box::new(ExceptionObj {
            class: RefCell::new(ty.clone()),
            args: RefCell::new(args),
            traceback: RefCell::new(None),
            context: RefCell::new(None),
            cause: RefCell::new(None),
            suppress_context: Cell::new(false),
            dict: RefCell::new(None),
            fields: RefCell::new(Vec::new()),
            slots: RefCell::new(vec![Value::Null; ty.as_type().map_or(0, |t| t.slot_names.len())]),
        })))
    }

    /// An exception of class `ty` with a message.
    pub fn new_error(&mut self, ty: &ObjRef, msg: impl Into<String>) -> PyErr {
        let msg = self.new_string(msg.into());
        PyErr(self.new_exception(ty, vec![Value::Obj(msg)]))
    }

    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.exc.type_error.clone();
        self.new_error(&t, msg)
    }

    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.exc.value_error.clone();
        self.new_error(&t, msg)
    }

    pub fn index_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.exc.index_error.clone();
        self.new_error(&t, msg)
    }

    pub fn overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.exc.overflow_error.clone();
        self.new_error(&t, msg)
    }

    pub fn zero_division(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.exc.zero_division_error.clone();
        self.new_error(&t, msg)
    }

    pub fn runtime_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.exc.runtime_error.clone();
        self.new_error(&t, msg)
    }

    pub fn system_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.exc.system_error.clone();
        self.new_error(&t, msg)
    }

    /// A SyntaxError (or subclass `ty`) with only a message, no location (`str()` is the
    /// message).
    pub fn syntax_error_message(&mut self, ty: &ObjRef, msg: String) -> PyErr {
        let ty = Value::Obj(ty.clone());
        let msg = self.str_val(&msg);
        match self.call(&ty, &[msg], &[]) {
            Ok(Value::Obj(e)) => PyErr(e),
            Ok(_) => self.system_error("SyntaxError() returned a non-exception"),
            Err(e) => e,
        }
    }

    pub fn recursion_error(&mut self) -> PyErr {
        let t = self.exc.recursion_error.clone();
        self.new_error(&t, "maximum recursion depth exceeded")
    }

    pub fn memory_error(&mut self) -> PyErr {
        let t = self.exc.memory_error.clone();
        PyErr(self.new_exception(&t, vec![]))
    }

    /// KeyError(key): its str is the key's repr.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let t = self.exc.key_error.clone();
        PyErr(self.new_exception(&t, vec![key]))
    }

    /// `StopIteration(value)` (no args when value is None).
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let t = self.exc.stop_iteration.clone();
        let args = if value.is_none() { vec![] } else { vec![value.clone()] };
        let e = self.new_exception(&t, args);
        e.as_exception().expect("exception").set_field("value", value);
        PyErr(e)
    }

    /// NameError with its `name` attribute.
    pub fn name_error(&mut self, name: &str) -> PyErr {
        let t = self.exc.name_error.clone();
        let err = self.new_error(&t, format!("name '{name}' is not defined"));
        let n = self.str_val(name);
        err.0.as_exception().expect("exception").set_field("name", n);
        err
    }

    /// AttributeError for `obj.name`, with `name` and `obj` attributes.
    pub fn attribute_error_for(&mut self, obj: &Value, name: &str, msg: String) -> PyErr {
        let t = self.exc.attribute_error.clone();
        let err = self.new_error(&t, msg);
        let n = self.str_val(name);
        let e = err.0.as_exception().expect("exception");
        e.set_field("name", n);
        e.set_field("obj", obj.clone());
        err
    }

    pub fn attribute_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.exc.attribute_error.clone();
        self.new_error(&t, msg)
    }

    /// The class of an exception object.
    pub fn exc_class(&self, exc: &ObjRef) -> ObjRef {
        match exc.as_exception() {
            Some(e) => e.class.borrow().clone(),
            None => self.exc.base_exception.clone(),
        }
    }

    /// Whether the raised exception is an instance of `ty`.
    pub fn err_matches(&self, err: &PyErr, ty: &ObjRef) -> bool {
        let class = self.exc_class(&err.0);
        class.as_type().is_some_and(|t| t.is_subtype_of(ty))
    }

    /// The exception's `args` tuple items.
    pub fn exc_args(&self, exc: &ObjRef) -> Vec<Value> {
        match exc.as_exception() {
            Some(e) => e.args.borrow().as_tuple().map(|t| t.to_vec()).unwrap_or_default(),
            None => vec![],
        }
    }
}
