//! Unit tests of the symbol table: how names resolve in nested functions, class bodies and
//! comprehensions, and the errors found while building it.

use kaa_compiler::symtable::{Resolution, ScopeId, ScopeKind, SymbolTable, DEF_COMP_ITER, DEF_FREE_CLASS, DEF_GLOBAL};
use kaa_compiler::{compile, Mode};
use ruff_python_ast::Mod;

use Resolution::{Cell, Free, GlobalExplicit, GlobalImplicit, Local};

fn build(src: &str) -> SymbolTable {
    let parsed = ruff_python_parser::parse_module(src).expect("valid source");
    let module = Mod::Module(parsed.into_syntax());
    let Mod::Module(m) = &module else { unreachable!() };
    SymbolTable::build(&m.body, None, false, Default::default()).expect("symbol table")
}

/// The scope reached from the module through children named `path` ("f/g/<listcomp>").
fn scope(table: &SymbolTable, path: &str) -> ScopeId {
    let mut id = 0;
    for part in path.split('/').filter(|p| !p.is_empty()) {
        id = *table.scopes[id]
            .children
            .iter()
            .find(|&&c| table.scopes[c].name == part)
            .unwrap_or_else(|| panic!("no scope {part} in {path}"));
    }
    id
}

fn resolve(table: &SymbolTable, path: &str, name: &str) -> Resolution {
    table.scopes[scope(table, path)].resolve(name)
}

fn has_symbol(table: &SymbolTable, path: &str, name: &str) -> bool {
    table.scopes[scope(table, path)].symbols.contains_key(name)
}

/// The message and line of the compile error for `src`.
fn error(src: &str) -> (String, usize) {
    match compile(src, "<test>", Mode::Exec) {
        Ok(_) => panic!("expected an error for {src:?}"),
        Err(e) => (e.msg, e.lineno),
    }
}

#[test]
fn nested_functions_locals_globals_free_and_cells() {
    let t = build(
        "x = 1
def outer(a):
    b = 2
    def inner():
        return a + b + x + len
    return inner
",
    );
    assert_eq!(resolve(&t, "", "x"), Local);
    assert_eq!(resolve(&t, "", "outer"), Local);
    assert_eq!(resolve(&t, "outer", "a"), Cell);
    assert_eq!(resolve(&t, "outer", "b"), Cell);
    assert_eq!(resolve(&t, "outer", "inner"), Local);
    assert_eq!(resolve(&t, "outer/inner", "a"), Free);
    assert_eq!(resolve(&t, "outer/inner", "b"), Free);
    assert_eq!(resolve(&t, "outer/inner", "x"), GlobalImplicit);
    assert_eq!(resolve(&t, "outer/inner", "len"), GlobalImplicit);
    assert_eq!(t.scopes[scope(&t, "outer")].params, ["a"]);
    assert!(t.scopes[scope(&t, "outer/inner")].nested);
    assert!(!t.scopes[scope(&t, "outer")].nested);
}

#[test]
fn free_variables_pass_through_intermediate_scopes() {
    let t = build(
        "def a(v):
    def b():
        def c():
            return v
        return c
    return b
",
    );
    assert_eq!(resolve(&t, "a", "v"), Cell);
    // b does not use v itself, but must carry it to c.
    assert_eq!(resolve(&t, "a/b", "v"), Free);
    assert_eq!(resolve(&t, "a/b/c", "v"), Free);
}

#[test]
fn global_and_nonlocal_declarations() {
    let t = build(
        "def f():
    global g
    g = 1
    n = 0
    def h():
        nonlocal n
        n += 1
        return n
    return h
",
    );
    assert_eq!(resolve(&t, "f", "g"), GlobalExplicit);
    assert_eq!(resolve(&t, "f", "n"), Cell);
    assert_eq!(resolve(&t, "f/h", "n"), Free);
    // CPython also marks a name declared global anywhere as global in the module itself.
    assert_ne!(t.scopes[0].flags("g") & DEF_GLOBAL, 0);
    assert_eq!(resolve(&t, "", "g"), GlobalExplicit);
}

#[test]
fn a_parameter_shadows_the_enclosing_binding() {
    let t = build(
        "def f():
    x = 1
    def g(x):
        return x
    return g
",
    );
    assert_eq!(resolve(&t, "f", "x"), Local);
    assert_eq!(resolve(&t, "f/g", "x"), Local);
}

#[test]
fn class_scope_does_not_leak_into_methods() {
    let t = build(
        "def f():
    y = 1
    class C:
        y = 2
        z = 3
        def m(self):
            return y, z
    return C
",
    );
    // m sees f's y, not the class attribute; z is a global for m.
    assert_eq!(resolve(&t, "f/C/m", "y"), Free);
    assert_eq!(resolve(&t, "f/C/m", "z"), GlobalImplicit);
    assert_eq!(resolve(&t, "f", "y"), Cell);
    // The class binds y itself and passes f's y through to m.
    let c = &t.scopes[scope(&t, "f/C")];
    assert_eq!(c.kind, ScopeKind::Class);
    assert_eq!(c.resolve("y"), Local);
    assert_ne!(c.flags("y") & DEF_FREE_CLASS, 0);
    assert_eq!(c.resolve("z"), Local);
}

#[test]
fn methods_using_super_get_a_class_cell() {
    let t = build(
        "class A:
    def m(self):
        return super().m()
    def plain(self):
        return 1
class B:
    def n(self):
        return __class__
class D:
    def p(self):
        return 2
",
    );
    assert!(t.scopes[scope(&t, "A")].needs_class_closure);
    assert_eq!(resolve(&t, "A/m", "__class__"), Free);
    assert!(!has_symbol(&t, "A/plain", "__class__"));
    assert!(t.scopes[scope(&t, "B")].needs_class_closure);
    assert_eq!(resolve(&t, "B/n", "__class__"), Free);
    assert!(!t.scopes[scope(&t, "D")].needs_class_closure);
}

#[test]
fn comprehensions_have_their_own_scope() {
    let t = build(
        "def f(xs, k):
    r = [i * k for i in xs]
    return r, i
",
    );
    let comp = scope(&t, "f/<listcomp>");
    assert!(t.scopes[comp].is_comprehension);
    assert_eq!(t.scopes[comp].params, [".0"]);
    assert_eq!(resolve(&t, "f/<listcomp>", "i"), Local);
    assert_ne!(t.scopes[comp].flags("i") & DEF_COMP_ITER, 0);
    assert_eq!(resolve(&t, "f/<listcomp>", "k"), Free);
    assert_eq!(resolve(&t, "f", "k"), Cell);
    // The iteration variable does not leak; the outermost iterable is evaluated in f.
    assert_eq!(resolve(&t, "f", "i"), GlobalImplicit);
    assert_eq!(resolve(&t, "f", "xs"), Local);
    assert!(!has_symbol(&t, "f/<listcomp>", "xs"));
}

#[test]
fn inner_comprehension_iterables_belong_to_the_comprehension() {
    let t = build(
        "class C:
    xs = [1, 2]
    ys = [x for x in xs]
    zs = [y for x in xs for y in xs]
",
    );
    // The first iterable is evaluated in the class body; the second inside the
    // comprehension, where class names are not visible.
    assert_eq!(resolve(&t, "C", "xs"), Local);
    let comps: Vec<ScopeId> = t.scopes[scope(&t, "C")].children.clone();
    assert_eq!(comps.len(), 2);
    assert!(!t.scopes[comps[0]].symbols.contains_key("xs"));
    assert_eq!(t.scopes[comps[1]].resolve("xs"), GlobalImplicit);
}

#[test]
fn walrus_in_a_comprehension_binds_in_the_enclosing_function() {
    let t = build(
        "def f(xs):
    [last := x for x in xs]
    return last
",
    );
    assert_eq!(resolve(&t, "f", "last"), Cell);
    assert_eq!(resolve(&t, "f/<listcomp>", "last"), Free);
    assert_eq!(resolve(&t, "f/<listcomp>", "x"), Local);
}

#[test]
fn walrus_in_a_module_comprehension_binds_a_global() {
    let t = build("[y := 1 for x in [1]]\nprint(y)\n");
    assert_eq!(resolve(&t, "<listcomp>", "y"), GlobalExplicit);
    assert_eq!(resolve(&t, "", "y"), GlobalExplicit);
}

#[test]
fn lambdas_and_generator_expressions_are_function_scopes() {
    let t = build("f = lambda a, *r, k=1, **kw: a + b\ng = (i for i in range(3))\n");
    let lam = &t.scopes[scope(&t, "lambda")];
    assert!(lam.is_lambda && lam.kind == ScopeKind::Function);
    assert_eq!(lam.params, ["a", "k", "r", "kw"]);
    assert!(lam.has_varargs && lam.has_varkeywords);
    assert_eq!(lam.resolve("b"), GlobalImplicit);
    let gen = &t.scopes[scope(&t, "<genexpr>")];
    assert!(gen.is_generator && gen.is_comprehension);
}

#[test]
fn yield_makes_a_generator() {
    let t = build("def g():\n    yield 1\ndef h():\n    return 1\n");
    assert!(t.scopes[scope(&t, "g")].is_generator);
    assert!(!t.scopes[scope(&t, "h")].is_generator);
}

#[test]
fn private_names_are_mangled() {
    let t = build(
        "class A:
    __x = 1
    def f(self, __y):
        __z = self.__x
        return __z
    def __dunder__(self):
        pass
",
    );
    assert_eq!(resolve(&t, "A", "_A__x"), Local);
    assert!(!has_symbol(&t, "A", "__x"));
    assert!(has_symbol(&t, "A", "__dunder__"));
    assert_eq!(t.scopes[scope(&t, "A/f")].params, ["self", "_A__y"]);
    assert_eq!(resolve(&t, "A/f", "_A__z"), Local);
}

#[test]
fn declaration_errors() {
    let cases: &[(&str, &str, usize)] = &[
        ("def f(a):\n    global a\n", "name 'a' is parameter and global", 2),
        ("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3),
        ("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3),
        ("def f():\n    x: int\n    global x\n", "annotated name 'x' can't be global", 3),
        ("def f():\n    global x\n    x: int = 1\n", "annotated name 'x' can't be global", 3),
        ("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2),
        ("nonlocal x\n", "nonlocal declaration not allowed at module level", 1),
        ("count = 0\nnonlocal count\n", "name 'count' is assigned to before nonlocal declaration", 2),
        ("def f():\n    global x\n    nonlocal x\n", "name 'x' is nonlocal and global", 2),
        ("x = 1\ndef f():\n    global x\n    def g():\n        nonlocal x\n", "no binding for nonlocal 'x' found", 5),
        ("class A:\n    def f(self):\n        nonlocal __x\n", "no binding for nonlocal '_A__x' found", 3),
    ];
    for &(src, msg, line) in cases {
        assert_eq!(error(src), (msg.to_string(), line), "for {src:?}");
    }
}

#[test]
fn other_errors() {
    let cases: &[(&str, &str, usize)] = &[
        ("def f(a, b, a): pass\n", "duplicate argument 'a' in function definition", 1),
        ("lambda x, x: 0\n", "duplicate argument 'x' in function definition", 1),
        ("[x := 1 for x in y]\n", "assignment expression cannot rebind comprehension iteration variable 'x'", 1),
        (
            "[i for i in range(5) if (j := 0) for j in range(5)]\n",
            "comprehension inner loop cannot rebind assignment expression target 'j'",
            1,
        ),
        ("[x for x in (y := [1])]\n", "assignment expression cannot be used in a comprehension iterable expression", 1),
        (
            "class C:\n    [y := 1 for x in z]\n",
            "assignment expression within a comprehension cannot be used in a class body",
            2,
        ),
        ("def f():\n    from os import *\n", "import * only allowed at module level", 2),
        ("yield 1\n", "'yield' outside function", 1),
        ("def f():\n    return [(yield x) for x in y]\n", "'yield' inside list comprehension", 2),
    ];
    for &(src, msg, line) in cases {
        assert_eq!(error(src), (msg.to_string(), line), "for {src:?}");
    }
}
