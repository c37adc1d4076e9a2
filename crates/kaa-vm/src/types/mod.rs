//! The builtin types: creating the type objects at start-up and registering each type's
//! methods and attributes (one file per type in this folder).

mod bytes;
mod code;
mod complex;
mod construct;
mod container;
mod container_dunders;
mod descr;
pub mod exception;
pub mod exception_group;
mod file;
mod function;
mod generator;
mod iterators;
mod mapping_set;
mod exception_docs;
mod function_docs;
mod method_docs;
mod misc;
mod numbers;
mod object;
mod range_bytes;
pub mod set_ops;
mod signatures;
mod slots;
mod sort;
mod str;
mod super_type;
mod typeobj;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::object::Object;
use crate::objects::builtin_func::{
    Constructor, GetSetDescriptor, Getter, MethodDescriptor, MethodKind, NativeFn, Setter, Sig,
};
use crate::objects::dict::DictObj;
use crate::objects::typeobj::{Layout, TypeObj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub use bytes::{bytes_like, new_bytearray};
pub use construct::is_builtin_new;
pub use file::{file_next, file_open, file_repr, file_type};
pub use object::attr_name;

/// A new bytes value.
pub fn bytes_value(data: Vec<u8>) -> Value {
    Value::from_obj(Object::Bytes(data.into_boxed_slice()))
}
pub use container::{live_item, sequence_binary, sort_options};
pub use exception::ExcTypes;
pub use iterators::iter_next;
pub use mapping_set::{compare_sets, to_frozenset, view_as_set};
pub use numbers::{bigint_to_f64, round_number};
pub use range_bytes::{range_parts, range_value};

/// The builtin (non-exception) types.
#[derive(Clone)]
pub struct Types {
    pub object: ObjRef,
    pub type_: ObjRef,
    pub none: ObjRef,
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub int: ObjRef,
    pub bool_: ObjRef,
    pub float: ObjRef,
    pub complex: ObjRef,
    pub str: ObjRef,
    pub bytes: ObjRef,
    pub bytearray: ObjRef,
    pub tuple: ObjRef,
    pub list: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub dict_keys: ObjRef,
    pub dict_values: ObjRef,
    pub dict_items: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub method_descriptor: ObjRef,
    /// A builtin type's slot method (`int.__add__`): a method descriptor whose signature is `Sig::Wrap`.
    pub wrapper_descriptor: ObjRef,
    /// A slot method bound to an object (`(1).__add__`).
    pub method_wrapper: ObjRef,
    pub classmethod_descriptor: ObjRef,
    pub getset_descriptor: ObjRef,
    pub method: ObjRef,
    pub staticmethod: ObjRef,
    pub classmethod: ObjRef,
    pub property: ObjRef,
    pub super_: ObjRef,
    pub member_descriptor: ObjRef,
    pub code: ObjRef,
    pub generator: ObjRef,
    pub cell: ObjRef,
    pub module: ObjRef,
    pub frame: ObjRef,
    pub traceback: ObjRef,
    pub textio: ObjRef,
    pub text_file: ObjRef,
    pub buffered_reader: ObjRef,
    pub buffered_writer: ObjRef,
    pub buffered_random: ObjRef,
    pub list_iterator: ObjRef,
    pub list_reverseiterator: ObjRef,
    pub tuple_iterator: ObjRef,
    pub str_ascii_iterator: ObjRef,
    pub str_iterator: ObjRef,
    pub bytes_iterator: ObjRef,
    pub bytearray_iterator: ObjRef,
    pub range_iterator: ObjRef,
    pub dict_keyiterator: ObjRef,
    pub dict_reversekeyiterator: ObjRef,
    pub dict_reversevalueiterator: ObjRef,
    pub dict_reverseitemiterator: ObjRef,
    pub dict_valueiterator: ObjRef,
    pub dict_itemiterator: ObjRef,
    pub set_iterator: ObjRef,
    pub enumerate: ObjRef,
    pub zip: ObjRef,
    pub map: ObjRef,
    pub filter: ObjRef,
    pub reversed: ObjRef,
    pub iterator: ObjRef,
    pub callable_iterator: ObjRef,
}

/// Creates a type object. `base` is None only for `object`.
pub fn make_type(
    name: &str,
    module: &'static str,
    base: Option<&ObjRef>,
    layout: Layout,
    is_base_type: bool,
) -> ObjRef {
    // Builtin types' instances have no attribute dict, except exceptions'.
    new_type(name, module, base, layout, is_base_type, layout == Layout::Exception)
}

/// Creates a type that a native module defines, whose instances are `Object::Native`
/// (`functools.partial` is `make_native_type(vm, "partial", "functools", ...)`).
/// `subclassable`: classes may derive from it; `instance_dict`: its objects have a
/// `__dict__` (see [`add_instance_dict`]); `ctor`: what calling the type does (it gets a
/// `__new__` then), else the type cannot be instantiated from Python.
pub fn make_native_type(
    vm: &mut Vm,
    name: &str,
    module: &'static str,
    subclassable: bool,
    instance_dict: bool,
    ctor: Option<Constructor>,
) -> ObjRef {
    let object = vm.types.object.clone();
    let ty = new_type(name, module, Some(&object), Layout::Native, subclassable, instance_dict);
    if let Some(ctor) = ctor {
        set_constructor(&ty, ctor);
        construct::add_new(vm, &ty);
    }
    ty
}

/// Adds the `__dict__` attribute of instances to `ty` (a native type whose objects
/// have an attribute dict).
pub fn add_instance_dict(vm: &mut Vm, ty: &ObjRef) {
    add_getset(vm, ty, "__dict__", object::instance_dict_get, Some(object::instance_dict_set));
}

fn new_type(
    name: &str,
    module: &'static str,
    base: Option<&ObjRef>,
    layout: Layout,
    is_base_type: bool,
    instance_dict: bool,
) -> ObjRef {
    let dict = Rc::new(Object::Dict(Box::new(DictObj::new())));
    let name: Rc<str> = Rc::from(name);
    let ty = Rc::new(Object::Type(Box::new(TypeObj {
        name: RefCell::new(name.clone()),
        qualname: RefCell::new(name),
        module,
        bases: RefCell::new(base.into_iter().cloned().collect()),
        mro: RefCell::new(Vec::new()),
        dict,
        layout,
        metaclass: None,
        constructor: Cell::new(None),
        is_heap: false,
        is_base_type,
        version: Cell::new(0),
        hooks: Cell::new((0, 0)),
        slot_names: Vec::new(),
        own_slots: 0,
        instance_dict,
        subclasses: RefCell::new(Vec::new()),
        doc: Cell::new(None),
        native_call: Cell::new(None),
    })));
    let mut mro = vec![ty.clone()];
    if let Some(b) = base {
        let bt = b.as_type().expect("base is a type");
        mro.extend(bt.mro.borrow().iter().cloned());
        bt.subclasses.borrow_mut().push(Rc::downgrade(&ty));
    }
    *ty.as_type().expect("type").mro.borrow_mut() = mro;
    ty
}

impl Types {
    pub fn new() -> Types {
        let object = make_type("object", "builtins", None, Layout::Builtin, true);
        let t = |name: &str, base: &ObjRef, subclassable: bool| {
            make_type(name, "builtins", Some(base), Layout::Builtin, subclassable)
        };
        let int = t("int", &object, true);
        Types {
            type_: make_type("type", "builtins", Some(&object), Layout::Type, true),
            none: t("NoneType", &object, false),
            not_implemented: t("NotImplementedType", &object, false),
            ellipsis: t("ellipsis", &object, false),
            bool_: t("bool", &int, false),
            int,
            float: t("float", &object, true),
            complex: t("complex", &object, true),
            str: t("str", &object, true),
            bytes: t("bytes", &object, true),
            bytearray: t("bytearray", &object, true),
            tuple: t("tuple", &object, true),
            list: t("list", &object, true),
            dict: t("dict", &object, true),
            set: t("set", &object, true),
            frozenset: t("frozenset", &object, true),
            dict_keys: t("dict_keys", &object, false),
            dict_values: t("dict_values", &object, false),
            dict_items: t("dict_items", &object, false),
            range: t("range", &object, false),
            slice: t("slice", &object, false),
            function: t("function", &object, false),
            builtin_function: t("builtin_function_or_method", &object, false),
            method_descriptor: t("method_descriptor", &object, false),
            wrapper_descriptor: t("wrapper_descriptor", &object, false),
            method_wrapper: t("method-wrapper", &object, false),
            classmethod_descriptor: t("classmethod_descriptor", &object, false),
            getset_descriptor: t("getset_descriptor", &object, false),
            method: t("method", &object, false),
            staticmethod: t("staticmethod", &object, true),
            classmethod: t("classmethod", &object, true),
            property: t("property", &object, true),
            super_: t("super", &object, true),
            member_descriptor: t("member_descriptor", &object, false),
            code: t("code", &object, false),
            generator: t("generator", &object, false),
            cell: t("cell", &object, false),
            module: t("module", &object, true),
            frame: t("frame", &object, false),
            traceback: t("traceback", &object, false),
            textio: make_type("TextIOWrapper", "_io", Some(&object), Layout::Builtin, true),
            text_file: make_type("TextIOWrapper", "_io", Some(&object), Layout::Builtin, true),
            buffered_reader: make_type("BufferedReader", "_io", Some(&object), Layout::Builtin, true),
            buffered_writer: make_type("BufferedWriter", "_io", Some(&object), Layout::Builtin, true),
            buffered_random: make_type("BufferedRandom", "_io", Some(&object), Layout::Builtin, true),
            list_iterator: t("list_iterator", &object, false),
            list_reverseiterator: t("list_reverseiterator", &object, false),
            tuple_iterator: t("tuple_iterator", &object, false),
            str_ascii_iterator: t("str_ascii_iterator", &object, false),
            str_iterator: t("str_iterator", &object, false),
            bytes_iterator: t("bytes_iterator", &object, false),
            bytearray_iterator: t("bytearray_iterator", &object, false),
            range_iterator: t("range_iterator", &object, false),
            dict_keyiterator: t("dict_keyiterator", &object, false),
            dict_valueiterator: t("dict_valueiterator", &object, false),
            dict_itemiterator: t("dict_itemiterator", &object, false),
            dict_reversekeyiterator: t("dict_reversekeyiterator", &object, false),
            dict_reversevalueiterator: t("dict_reversevalueiterator", &object, false),
            dict_reverseitemiterator: t("dict_reverseitemiterator", &object, false),
            set_iterator: t("set_iterator", &object, false),
            enumerate: t("enumerate", &object, true),
            zip: t("zip", &object, true),
            map: t("map", &object, true),
            filter: t("filter", &object, true),
            reversed: t("reversed", &object, true),
            iterator: t("iterator", &object, false),
            callable_iterator: t("callable_iterator", &object, false),
            object,
        }
    }
}

/// Registers every type's methods and attributes.
pub fn init(vm: &mut Vm) {
    object::init(vm);
    typeobj::init(vm);
    numbers::init(vm);
    str::init(vm);
    container::init(vm);
    function::init(vm);
    code::init(vm);
    iterators::init(vm);
    misc::init(vm);
    descr::init(vm);
    slots::init(vm);
    exception::init(vm);
    exception_group::init(vm);
    container_dunders::init(vm);
    object::add_rich_compare(vm);
    super_type::init(vm);
    generator::init(vm);
    file::init(vm);
    // Last: every type exists now.
    construct::init(vm);
    // PEP 585: `list[int]` and friends make a types.GenericAlias.
    let generic = [
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.tuple.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
        vm.types.enumerate.clone(),
        vm.exc.base_exception_group.clone(),
        vm.exc.exception_group.clone(),
    ];
    for ty in generic {
        add_method_kind(
            vm,
            &ty,
            "__class_getitem__",
            |vm, a| {
                let pos = vm.check_positional("__class_getitem__", &a, 2, 2)?;
                vm.generic_alias(&pos[0], &pos[1])
            },
            MethodKind::Class,
        );
    }
}

// ----- registration helpers --------------------------------------------------------------

/// CPython's docstring and text signature of the builtin `owner.name` (a type's method
/// or a module's function), when it has them.
pub fn doc_of(owner: &str, name: &str) -> (Option<&'static str>, Option<&'static str>) {
    let tables = [method_docs::METHOD_DOCS, exception_docs::EXCEPTION_DOCS, function_docs::FUNCTION_DOCS];
    for table in tables {
        if let Ok(i) = table.binary_search_by(|(o, n, _, _)| (*o, *n).cmp(&(owner, name))) {
            return (table[i].2, table[i].3);
        }
    }
    (None, None)
}

/// How CPython's builtin `owner.name` (a type's method, or a function of the module
/// `owner`) checks its arguments; `Sig::Any` when the table does not know it.
pub fn signature_of(owner: &str, name: &str) -> Sig {
    match signatures::SIGNATURES.binary_search_by(|(o, n, _)| (*o, *n).cmp(&(owner, name))) {
        Ok(i) => signatures::SIGNATURES[i].2,
        Err(_) => Sig::Any,
    }
}

fn type_dict(ty: &ObjRef) -> &DictObj {
    ty.as_type().expect("type").dict.as_dict().expect("type dict")
}

/// Adds an instance method `name` to `ty`.
pub fn add_method(vm: &mut Vm, ty: &ObjRef, name: &'static str, func: NativeFn) {
    add_method_kind(vm, ty, name, func, MethodKind::Instance);
}

/// Adds a class method (`dict.fromkeys`) or static method to `ty`.
pub fn add_method_kind(vm: &mut Vm, ty: &ObjRef, name: &'static str, func: NativeFn, kind: MethodKind) {
    let owner = ty.as_type().expect("type").name();
    let sig = signature_of(&owner, name);
    let doc = doc_of(&owner, name).0;
    let desc = Rc::new(Object::MethodDescriptor(Box::new(MethodDescriptor {
        name,
        func,
        owner: ty.clone(),
        kind,
        doc,
        sig,
        slot: kind == MethodKind::Instance && crate::objects::builtin_func::is_slot_wrapper(&owner, name),
    })));
    type_dict(ty).set_str(vm, name, Value::Obj(desc));
}

/// Adds a computed attribute to `ty`.
pub fn add_getset(vm: &mut Vm, ty: &ObjRef, name: &'static str, get: Getter, set: Option<Setter>) {
    let desc = Rc::new(Object::GetSetDescriptor(Box::new(GetSetDescriptor {
        name,
        get,
        set,
        owner: ty.clone(),
        member: false,
    })));
    type_dict(ty).set_str(vm, name, Value::Obj(desc));
}

/// Adds a data member to `ty` (what CPython declares with `PyMemberDef`).
pub fn add_member(vm: &mut Vm, ty: &ObjRef, name: &'static str, get: Getter, set: Option<Setter>) {
    let desc = Rc::new(Object::GetSetDescriptor(Box::new(GetSetDescriptor {
        name,
        get,
        set,
        owner: ty.clone(),
        member: true,
    })));
    type_dict(ty).set_str(vm, name, Value::Obj(desc));
}

/// `__len__`, `__getitem__` and `__setitem__` of a mutable container, through the
/// generic protocols.
pub fn add_item_protocol(vm: &mut Vm, t: &ObjRef) {
    add_method(vm, t, "__len__", |vm, a| Ok(Value::Int(vm.len(&a.args[0].clone())? as i64)));
    add_method(vm, t, "__getitem__", |vm, a| {
        let pos = vm.check_positional("__getitem__", &a, 2, 2)?;
        vm.getitem(&pos[0], &pos[1])
    });
    add_method(vm, t, "__setitem__", |vm, a| {
        let pos = vm.check_positional("__setitem__", &a, 3, 3)?;
        vm.setitem(&pos[0], pos[1].clone(), pos[2].clone())?;
        Ok(Value::None)
    });
}

/// Sets a plain attribute of `ty` (`__doc__`, constants).
pub fn set_type_attr(vm: &mut Vm, ty: &ObjRef, name: &'static str, value: Value) {
    type_dict(ty).set_str(vm, name, value);
}

/// Sets the constructor called when the type is called.
pub fn set_constructor(ty: &ObjRef, ctor: Constructor) {
    if let Object::Type(t) = &**ty {
        t.constructor.set(Some(ctor));
    }
}

/// Sets `__doc__` on a builtin type.
pub fn set_doc(vm: &mut Vm, ty: &ObjRef, doc: &'static str) {
    ty.as_type().expect("type").doc.set(Some(doc));
    let v = vm.str_val(doc);
    type_dict(ty).set_str(vm, "__doc__", v);
}
