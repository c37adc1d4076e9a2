#!/usr/bin/env python3
"""Generates unicode_tables.rs (beside this file) from CPython 3.11's unicodedata: run it with
python3 3.11 when the tables need regenerating."""
import os
import unicodedata
def esc(s): return ''.join('\\u{%x}' % ord(c) for c in s)
def ranges(pred):
    out=[]; start=None
    for cp in range(0x110000+1):
        ok = cp < 0x110000 and pred(chr(cp))
        if ok and start is None: start=cp
        if not ok and start is not None: out.append((start,cp-1)); start=None
    return out
title=[(c,c.title()) for c in map(chr,range(0x110000)) if c.title()!=c.upper()]
fold=[(c,c.casefold()) for c in map(chr,range(0x110000)) if c.casefold()!=c.lower()]
digit=ranges(lambda c: c.isdigit() and not c.isdecimal())
numeric=ranges(lambda c: c.isnumeric() and unicodedata.category(c) not in ('Nd','Nl','No'))
unassigned=ranges(lambda c: unicodedata.category(c) == 'Cn')
id_start=ranges(lambda c: ord(c) >= 128 and c.isidentifier())
id_continue=ranges(lambda c: ord(c) >= 128 and ('a' + c).isidentifier())
L=[]
L.append("//! Unicode case and numeric data where CPython 3.11 (Unicode %s) differs from what" % unicodedata.unidata_version)
L.append("//! Rust's `char` methods and general categories give. Generated from CPython's")
L.append("//! `unicodedata` by `gen_unicode_tables.py` in this folder; do not edit by hand.")
L.append("")
L.append("/// Characters whose titlecase mapping (`c.title()`) differs from `c.upper()`.")
L.append("#[rustfmt::skip]")
L.append("pub static TITLECASE: &[(char, &str)] = &[")
items = ['(\'%s\', "%s"),' % (esc(c), esc(t)) for c,t in title]
for k in range(0, len(items), 3): L.append("    " + " ".join(items[k:k+3]))
L.append("];")
L.append("")
L.append("/// Characters whose full case folding (`c.casefold()`) differs from `c.lower()`.")
L.append("#[rustfmt::skip]")
L.append("pub static CASEFOLD: &[(char, &str)] = &[")
items = ['(\'%s\', "%s"),' % (esc(c), esc(t)) for c,t in fold]
for k in range(0, len(items), 3): L.append("    " + " ".join(items[k:k+3]))
L.append("];")
L.append("")
L.append("/// Ranges of digits that are not decimal (`isdigit()` but not `isdecimal()`).")
L.append("#[rustfmt::skip]")
L.append("pub static DIGIT_RANGES: &[(char, char)] = &[")
for a,b in digit: L.append("    ('\\u{%x}', '\\u{%x}')," % (a,b))
L.append("];")
L.append("")
L.append("/// Ranges of numeric characters outside the N* categories (CJK numerals and such).")
L.append("#[rustfmt::skip]")
L.append("pub static NUMERIC_RANGES: &[(char, char)] = &[")
for a,b in numeric: L.append("    ('\\u{%x}', '\\u{%x}')," % (a,b))
L.append("];")
def emit_ranges(doc, name, rs):
    L.append("")
    L.append("/// " + doc)
    L.append("#[rustfmt::skip]")
    L.append("pub static %s: &[(char, char)] = &[" % name)
    # Surrogates are not chars (and cannot occur in a str here).
    items = ["('\\u{%x}', '\\u{%x}')," % (a,b) for a,b in rs if not (0xd800 <= a <= 0xdfff or 0xd800 <= b <= 0xdfff)]
    for k in range(0, len(items), 4):
        L.append("    " + " ".join(items[k:k+4]))
    L.append("];")
emit_ranges("Code points unassigned (Cn) in the Unicode version of CPython 3.11, some of which newer Unicode (Rust's) assigns.", "UNASSIGNED", unassigned)
emit_ranges("Non-ASCII characters that can start an identifier (XID_Start).", "ID_START", id_start)
emit_ranges("Non-ASCII characters that can continue an identifier (XID_Continue).", "ID_CONTINUE", id_continue)
emit_ranges("East Asian Wide and Fullwidth characters (two columns wide in a traceback's caret line).", "EAST_ASIAN_WIDE", ranges(lambda c: unicodedata.east_asian_width(c) in "WF"))
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'unicode_tables.rs'), 'w').write('\n'.join(L)+'\n')
print(len(title),len(fold),len(digit),len(numeric))
