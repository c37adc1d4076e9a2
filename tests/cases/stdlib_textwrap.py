# textwrap: wrap/fill with every option, hyphen and em-dash splitting, long words,
# max_lines and placeholders, shorten, dedent, indent, and the chunk splitter itself.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Hyphenated-words and well-known "
        "ex-colleagues -- with em-dashes -- should break nicely; supercalifragilisticexpialidocious "
        "is long.  Sentence two!   Tabs\there\tand newlines\nare whitespace.")
for width in (5, 10, 12, 20, 33, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 25, break_long_words=False))
print(textwrap.wrap(text, 8, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 25, fix_sentence_endings=True))
print(textwrap.wrap(text, 25, expand_tabs=False), textwrap.wrap('a\tb', 20, replace_whitespace=False))
print(textwrap.wrap('a\tb\tc', 40, tabsize=4))
for n in (1, 2, 3):
    print(n, textwrap.wrap(text, 20, max_lines=n), textwrap.wrap(text, 20, max_lines=n, placeholder='...'))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten(text, 40), textwrap.shorten(text, 40, placeholder=' (more)'))
for bad in [dict(width=0), dict(width=5, max_lines=1, placeholder=' [......]')]:
    try:
        textwrap.wrap(text, **bad)
    except ValueError as e:
        print('ValueError', e)
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.wrap('word'), textwrap.fill('a b c', 1))
w = textwrap.TextWrapper(width=15)
chunks = w._split('Look, goof-ball -- use the -b option! well-known-and-loved a--b x---y 1-2 ab-c --x foo--')
print(chunks)
print(w._split('pre-2020 re-entry self-cont-ained A-B-C-D e-mail tl;dr x-ray-s'))
print(textwrap.wrap('this-is-a-very-long-hyphenated-word-indeed ok', 12))
print(textwrap.wrap('----------------- dashes', 6))

print(repr(textwrap.dedent('''
    def f():
        return 1
      
    x = 2
''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('  a\n    b\n  \n   c')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.dedent('\t\ta\n\t\tb\n\t  c')), repr(textwrap.dedent('')), repr(textwrap.dedent('   \n  x\r\n  y')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')), repr(textwrap.indent('a\nb', '+', lambda line: True)))
print(repr(textwrap.indent('x\r\ny\n', '# ')))
