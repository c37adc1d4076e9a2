#!/usr/bin/env python3
"""Generates signatures.rs (beside this file): how each method of CPython 3.11's builtin
types, and each function of `builtins` and `sys`, checks its arguments. Run it with
CPython 3.11 when the table needs regenerating:

    python3.11 crates/kaa-vm/src/types/gen_signatures.py > crates/kaa-vm/src/types/signatures.rs
    python3.11 crates/kaa-vm/src/types/gen_signatures.py docs > crates/kaa-vm/src/types/method_docs.rs
    python3.11 crates/kaa-vm/src/types/gen_signatures.py docs exceptions > crates/kaa-vm/src/types/exception_docs.rs
    python3.11 crates/kaa-vm/src/types/gen_signatures.py docs functions > crates/kaa-vm/src/types/function_docs.rs

(the second form writes the methods' `__doc__` and `__text_signature__`).

It calls every method with 0..5 positional arguments of a useless type and once with an
unknown keyword, and records CPython's TypeError messages. Each method is then matched
to the first calling convention whose messages, as Kaa produces them
(`protocols/args.rs::check_sig`), reproduce all seven observations; methods that fit
none (they check their own arguments) are left out.

Conventions (the `Sig` enum in objects/builtin_func.rs):
  NoArgs   "Q() takes no arguments (n given)"                    no keywords: "Q() takes no keyword arguments"
  One      "Q() takes exactly one argument (n given)"
  Pos      "NAME expected [at least |at most ]N argument(s), got n"  (NAME the short name, or empty)
  Wrap     "expected N argument(s), got n"                       "wrapper NAME() takes no keyword arguments"
  Var      "NAME() takes at least/at most/exactly N argument(s) (n given)"
  Clinic   the keyword-argument parser, with the parameters of __text_signature__
The keyword refusal of Pos and Var names the method by its qualified name when called
through the type's descriptor and, for old-style (varargs) methods, by its short name
when called as a bound method (NoKw::Varargs).
"""
import builtins
import io
import sys
import types

INF = 255


def plural(n):
    return "" if n == 1 else "s"


def emulate(sig, q, n, k, kw):
    """The TypeError message CPython gives for k positional args (+ one bogus keyword
    'zzz' when kw), or None if the arguments are accepted by the convention."""
    kind = sig[0]
    if kind == 'noargs':
        if kw: return f"{q}() takes no keyword arguments"
        if k: return f"{q}() takes no arguments ({k} given)"
        return None
    if kind == 'one':
        if kw: return f"{q}() takes no keyword arguments"
        if k != 1: return f"{q}() takes exactly one argument ({k} given)"
        return None
    if kind == 'pos':
        _, lo, hi, nm, kwstyle = sig
        if kw:
            return nokw(kwstyle, q, n)
        name = {'N': n, 'E': '', 'Q': q}[nm]
        if k < lo:
            return f"{name} expected {'' if lo == hi else 'at least '}{lo} argument{plural(lo)}, got {k}"
        if k > hi:
            return f"{name} expected {'' if lo == hi else 'at most '}{hi} argument{plural(hi)}, got {k}"
        return None
    if kind == 'wrap':
        _, want = sig
        if kw: return f"wrapper {n}() takes no keyword arguments"
        if k != want: return f"expected {want} argument{plural(want)}, got {k}"
        return None
    if kind == 'var':
        _, lo, hi, kwstyle = sig
        if kw: return nokw(kwstyle, q, n)
        if k < lo or k > hi:
            if lo == hi:
                return f"{n}() takes exactly {lo} argument{plural(lo)} ({k} given)"
            if k < lo:
                return f"{n}() takes at least {lo} argument{plural(lo)} ({k} given)"
            return f"{n}() takes at most {hi} argument{plural(hi)} ({k} given)"
        return None
    if kind == 'clinic':
        _, names, posonly, minpos, maxpos, minkw = sig
        return clinic(names, posonly, minpos, maxpos, minkw, n, k, ['zzz'] if kw else [])
    raise ValueError(kind)


def nokw(style, q, n):
    return {'Q': f"{q}() takes no keyword arguments", 'N': f"{n}() takes no keyword arguments",
            'W': f"wrapper {n}() takes no keyword arguments"}[style]


def clinic(names, posonly, minpos, maxpos, minkw, fname, nargs, kwnames):
    """The keyword parser's checks in their order (observed behaviour of 3.11)."""
    kwtuple = names[posonly:]
    maxargs = posonly + len(kwtuple)
    minposonly = min(posonly, minpos)
    nkw = len(kwnames)
    if nkw == 0 and minkw == 0 and minpos <= nargs <= maxpos:
        return None
    if nargs + nkw > maxargs:
        return (f"{fname}() takes at most {maxargs} {'keyword ' if nargs == 0 else ''}"
                f"argument{plural(maxargs)} ({nargs + nkw} given)")
    if nargs > maxpos:
        if maxpos == 0:
            return f"{fname}() takes no positional arguments"
        return (f"{fname}() takes {'at most' if minpos < maxpos else 'exactly'} {maxpos} "
                f"positional argument{plural(maxpos)} ({nargs} given)")
    if nargs < minposonly:
        return (f"{fname}() takes {'at least' if minposonly < maxpos else 'exactly'} {minposonly} "
                f"positional argument{plural(minposonly)} ({nargs} given)")
    reqlimit = maxpos + minkw if minkw else minpos
    remaining = nkw
    for i in range(max(nargs, posonly), maxargs):
        if remaining:
            present = kwtuple[i - posonly] in kwnames
        elif i >= reqlimit:
            break
        else:
            present = False
        if present:
            remaining -= 1
        elif i < minpos or (maxpos <= i < reqlimit):
            return f"{fname}() missing required argument '{kwtuple[i - posonly]}' (pos {i + 1})"
    if remaining:
        for i in range(posonly, nargs):
            if kwtuple[i - posonly] in kwnames:
                return f"argument for {fname}() given by name ('{kwtuple[i - posonly]}') and position ({i + 1})"
        for kwn in kwnames:
            if kwn not in kwtuple:
                return f"'{kwn}' is an invalid keyword argument for {fname}()"
    return None


def parse_textsig(ts):
    """(names, posonly, minpos, maxpos, minkw) or None if not a plain clinic signature."""
    if ts is None:
        return None
    body = ts.strip()
    assert body[0] == '(' and body[-1] == ')', ts
    body = body[1:-1]
    parts, depth, cur, quote = [], 0, '', None
    for ch in body:
        if quote:
            cur += ch
            if ch == quote: quote = None
            continue
        if ch in '\'"': quote = ch; cur += ch; continue
        if ch in '([{<': depth += 1
        if ch in ')]}>': depth -= 1
        if ch == ',' and depth == 0:
            parts.append(cur.strip()); cur = ''
        else:
            cur += ch
    if cur.strip(): parts.append(cur.strip())
    if parts and parts[0].startswith('$'):
        parts = parts[1:]
        if parts and parts[0] == '/' and False:
            pass
    names, posonly, kwonly_mode = [], 0, False
    minpos = maxpos = minkw = 0
    seen_default = False
    for p in parts:
        if p == '/':
            posonly = len(names); continue
        if p == '*':
            kwonly_mode = True; continue
        if p.startswith('*'):
            return None
        name, _, default = p.partition('=')
        names.append(name.strip())
        if kwonly_mode:
            if not default: minkw += 1
        else:
            maxpos += 1
            if not default: minpos += 1
    return names, posonly, minpos, maxpos, minkw


def candidates(tsig):
    c = [('noargs',), ('one',)]
    for lo in range(0, 5):
        for hi in list(range(lo, 5)) + [INF, 5]:
            if hi < lo: continue
            for nm in 'NE':
                for kw in 'QNW':
                    c.append(('pos', lo, hi, nm, kw))
            for kw in 'QN':
                c.append(('var', lo, hi, kw))
    for n in range(0, 4):
        c.append(('wrap', n))
    p = parse_textsig(tsig)
    if p:
        c.insert(0, ('clinic',) + p)
    return c


def is_arity(m):
    return m.startswith('TE:') and ('argument' in m and ('given' in m or 'expected' in m or 'keyword' in m
                                                        or 'missing required' in m or 'takes' in m))


def matches(sig, q, n, obs):
    for k in range(6):
        want = emulate(sig, q, n, k, False)
        got = obs[k]
        if want is None:
            if is_arity(got): return False
        elif got != 'TE:' + want:
            return False
    want = emulate(sig, q, n, 0, True)
    got = obs[6]
    if want is None:
        if is_arity(got): return False
    elif got != 'TE:' + want:
        return False
    return True


def rust(sig):
    kind = sig[0]
    if kind == 'noargs': return 'Sig::NoArgs'
    if kind == 'one': return 'Sig::One'
    if kind == 'pos':
        _, lo, hi, nm, kw = sig
        name = {'N': 'PosName::Short', 'E': 'PosName::Empty'}[nm]
        kws = {'Q': 'NoKw::Qual', 'N': 'NoKw::Varargs', 'W': 'NoKw::Wrapper'}[kw]
        return f'Sig::Pos {{ min: {lo}, max: {hi}, name: {name}, kw: {kws} }}'
    if kind == 'wrap':
        return f'Sig::Wrap({sig[1]})'
    if kind == 'var':
        _, lo, hi, kw = sig
        kws = {'Q': 'NoKw::Qual', 'N': 'NoKw::Varargs'}[kw]
        return f'Sig::Var {{ min: {lo}, max: {hi}, kw: {kws} }}'
    if kind == 'clinic':
        _, names, posonly, minpos, maxpos, minkw = sig
        ns = ', '.join(f'"{x}"' for x in names)
        return (f'Sig::Clinic(&Clinic {{ names: &[{ns}], posonly: {posonly}, min_pos: {minpos}, '
                f'max_pos: {maxpos}, min_kw: {minkw} }})')
    raise ValueError(kind)


# ----- probing ---------------------------------------------------------------------------

class P:
    """An argument of no useful type."""
    def __repr__(self):
        return 'P'


def observe(f):
    out = []
    for k in range(6):
        try:
            f(*([P()] * k))
            out.append('OK')
        except TypeError as e:
            out.append('TE:' + str(e))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    try:
        f(zzz=1)
        out.append('OK')
    except TypeError as e:
        out.append('TE:' + str(e))
    except Exception as e:
        out.append(type(e).__name__ + ':' + str(e))
    return out


SAMPLES = {
    int: 5, bool: True, float: 2.5, complex: 1j, str: 'ab', bytes: b'ab', tuple: (1, 2), list: [1, 2],
    dict: {1: 2}, set: {1}, frozenset: frozenset({1}), range: range(3), slice: slice(1, 2), object: object(),
    type: int, type(None): None, type({}.keys()): {1: 2}.keys(), type({}.values()): {1: 2}.values(),
    type({}.items()): {1: 2}.items(), property: property(), staticmethod: staticmethod(len),
    classmethod: classmethod(len), types.FunctionType: (lambda: 0), types.CodeType: (lambda: 0).__code__,
    types.CellType: types.CellType(1), types.ModuleType: types.ModuleType('m'), super: super(int, 5),
    enumerate: enumerate([]), zip: zip(), map: map(len, []), filter: filter(None, []), reversed: reversed([]),
    type(iter([])): iter([]), type(iter(())): iter(()), type(iter('')): iter(''), type(iter(range(0))): iter(range(0)),
    type(iter({})): iter({}), type(iter(set())): iter(set()), type(reversed([])): reversed([]),
    type(iter(b'')): iter(b''), type(iter({}.values())): iter({}.values()), type(iter({}.items())): iter({}.items()),
    types.MethodType: (lambda: 0).__get__(1), types.BuiltinFunctionType: len, type(list.append): list.append,
    type(NotImplemented): NotImplemented, type(...): ..., bytearray: bytearray(b'ab'),
    # A text stream over memory: probing the real sys.stdout could close it.
    io.TextIOWrapper: io.TextIOWrapper(io.BytesIO()),
}
# Calling these for real would do something (print, exit, read stdin, install hooks).
SKIP = {
    'builtins': {'input', 'print', 'exit', 'quit', 'help', 'breakpoint', 'open', '__import__', 'copyright',
                 'credits', 'license', '__build_class__'},
    'sys': {'exit', '__displayhook__', '__excepthook__', '__breakpointhook__', '__unraisablehook__', 'settrace', 'setprofile', 'displayhook', 'excepthook', 'breakpointhook',
            'unraisablehook', 'addaudithook', 'audit', 'activate_stack_trampoline', 'setdlopenflags',
            '_clear_type_cache', 'call_tracing', 'set_asyncgen_hooks', 'set_coroutine_origin_tracking_depth',
            '_debugmallocstats'},
}


def all_types():
    seen, out = set(), []
    def add(t):
        if isinstance(t, type) and t not in seen and t.__module__ in ('builtins', '_io'):
            seen.add(t)
            out.append(t)
    for n in dir(builtins):
        add(getattr(builtins, n))
    for t in SAMPLES:
        add(t)
    for n in dir(types):
        add(getattr(types, n))
    add(type(sys.stdout))
    return out


def probe_all():
    """(owner, name, text signature, observations) for every probed callable."""
    rows = []
    for t in all_types():
        for name, d in sorted(vars(t).items()):
            kind = type(d).__name__
            if kind not in ('method_descriptor', 'classmethod_descriptor', 'builtin_function_or_method',
                            'wrapper_descriptor', 'staticmethod'):
                continue
            if kind in ('classmethod_descriptor', 'builtin_function_or_method') or name == '__new__':
                f = getattr(t, name)
            else:
                inst = SAMPLES.get(t)
                if inst is None:
                    try:
                        inst = t()
                    except Exception:
                        continue
                f = getattr(inst, name)
            rows.append((t, t.__name__, name, getattr(f, '__text_signature__', None), observe(f)))
    for modname, mod in (('builtins', builtins), ('sys', sys)):
        for name in sorted(dir(mod)):
            f = getattr(mod, name)
            if type(f).__name__ != 'builtin_function_or_method' or name in SKIP[modname]:
                continue
            rows.append((None, modname, name, getattr(f, '__text_signature__', None), observe(f)))
    return rows


def main():
    rows = []
    for t, owner, name, tsig, obs in probe_all():
        if t is type:
            q = f"int.{name}"        # a method bound to a type is named after that type
        elif t is None:
            # A module's function is named with its module, except in builtins.
            q = name if owner == 'builtins' else f"{owner}.{name}"
        elif t is types.ModuleType:
            q = name                 # a method bound to a module: bare name
        else:
            q = f"{owner}.{name}"
        for sig in candidates(tsig):
            if matches(sig, q, name, obs):
                rows.append((owner, name, sig))
                break
    rows.sort(key=lambda r: (r[0], r[1]))
    print("//! How each builtin method and function checks its arguments, as CPython 3.11 does.")
    print("//! Generated by `gen_signatures.py` in this folder from CPython's observed error")
    print("//! messages; do not edit by hand. Sorted by (owner, name) for binary search.")
    print()
    print("use crate::objects::builtin_func::{Clinic, NoKw, PosName, Sig};")
    print()
    print("#[rustfmt::skip]")
    print("pub static SIGNATURES: &[(&str, &str, Sig)] = &[")
    for owner, name, sig in rows:
        print(f'    ("{owner}", "{name}", {rust(sig)}),')
    print("];")


def rust_str(text):
    out = []
    for ch in text:
        if ch == '\\':
            out.append('\\\\')
        elif ch == '"':
            out.append('\\"')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif 32 <= ord(ch) < 127:
            out.append(ch)
        else:
            out.append('\\u{%x}' % ord(ch))
    return '"' + ''.join(out) + '"'


def docs(which):
    """(owner, name, doc, text signature) of every method of the builtin types."""
    rows = []
    for t in all_types():
        for name, d in vars(t).items():
            if type(d).__name__ not in ('method_descriptor', 'classmethod_descriptor', 'builtin_function_or_method',
                                        'wrapper_descriptor', 'staticmethod'):
                continue
            if type(d).__name__ == 'staticmethod':
                d = getattr(t, name)
            doc = getattr(d, '__doc__', None)
            tsig = getattr(d, '__text_signature__', None)
            if doc is None and tsig is None:
                continue
            rows.append((t.__name__, name, doc, tsig))
    for modname, mod in (('builtins', builtins), ('sys', sys)):
        for name in sorted(dir(mod)):
            f = getattr(mod, name)
            if type(f).__name__ == 'builtin_function_or_method':
                rows.append((modname, name, f.__doc__, f.__text_signature__))
    rows.sort(key=lambda r: (r[0], r[1]))
    # Three tables, one per file: exception classes, module functions, other types.
    def kind(owner):
        if owner in ('builtins', 'sys'):
            return 'functions'
        t = getattr(builtins, owner, None)
        if isinstance(t, type) and issubclass(t, BaseException):
            return 'exceptions'
        return 'methods'
    table = {'methods': 'METHOD_DOCS', 'exceptions': 'EXCEPTION_DOCS', 'functions': 'FUNCTION_DOCS'}[which]
    print(f"//! Docstrings and text signatures of CPython 3.11's builtin {which} (`{table}`).")
    print("//! Generated by `gen_signatures.py docs` in this folder; do not edit by hand.")
    print("//! Sorted by (owner, name) for binary search.")
    print()
    print("#[rustfmt::skip]")
    print(f"pub static {table}: &[(&str, &str, Option<&str>, Option<&str>)] = &[")
    for owner, name, doc, tsig in rows:
        if kind(owner) != which:
            continue
        d = f"Some({rust_str(doc)})" if doc is not None else "None"
        t = f"Some({rust_str(tsig)})" if tsig is not None else "None"
        print(f'    ("{owner}", "{name}", {d}, {t}),')
    print("];")


if __name__ == '__main__':
    if sys.argv[1:2] == ['docs']:
        docs(sys.argv[2] if len(sys.argv) > 2 else 'methods')
    else:
        main()
