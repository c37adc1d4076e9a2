# string: the constants, capwords, Template (substitute, safe_substitute, errors,
# identifiers, a custom delimiter) and Formatter (parse, get_field, conversions,
# nesting, numbering errors, a subclass).
import string

print(repr(string.whitespace), repr(string.printable))
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, string.punctuation)
print(string.capwords(' hello   world  '), string.capwords('a-b c-d', '-'), string.capwords(''), string.capwords("it's ok"))

t = string.Template('$who likes ${what} $$ and $who again')
print(t.substitute(who='tim', what='kung pao'), '|', t.safe_substitute(who='x'), '|', t.template)
print(t.substitute({'who': 'a', 'what': 'b'}, what='override'))
for tpl, kw in [('$who', {}), ('$', {}), ('abc $1', {}), ('line1\n  $ bad', {}), ('${bad-name}', {}),
                ('$x${y}$$', {'x': 1, 'y': 2.5}), ('$x_1 $x', {'x_1': 'a', 'x': 'b'}), ('${x}y', {'x': 'X'})]:
    try:
        print(repr(string.Template(tpl).substitute(**kw)))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(repr(string.Template(tpl).safe_substitute(**kw)))
print(string.Template('$x $y ${z} $x $$w').get_identifiers(), string.Template('$x').is_valid(), string.Template('$').is_valid())
print(string.Template.delimiter, string.Template.idpattern)

class Percent(string.Template):
    delimiter = '%'
print(Percent('%who owes %{amount} %%').substitute(who='bob', amount=5))

f = string.Formatter()
print(f.format('{0} {x!r:>5} {1[0]} {y.real}', 1, [2], x='a', y=3j))
print(list(f.parse('a{0!r:x}b{}c{{d}}e')), list(f.parse('')), list(f.parse('{a.b[c]:{w}}')))
print(f.vformat('{} {}', (1, 2), {}), f.format('{:{}}|', 'a', 5), f.format('{0:>{1}}', 'z', 4))
print(f.get_field('a.real', (), {'a': 2}), f.get_field('0[1]', ([5, 6],), {}), f.convert_field('x', 'r'), f.format_field(3.14159, '.2f'))
for fmt, args in [('{', ()), ('}', ()), ('{0!x}', (1,)), ('{0!}', (1,)), ('{0!rr}', (1,)), ('{} {0}', (1,)), ('{0} {}', (1,)),
                  ('{a', ()), ('{0[}', ([1],)), ('{0.}', (1,)), ('{0[0]x}', ([1],)), ('{2}', (1,)), ('{x}', ()), ('{:{:{}}}', (1, 2, 3))]:
    try:
        print(repr(f.format(fmt, *args)))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f'<{key}>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{} {name} {missing}', 'abc', name='def'))
for fmt in ['{0!}', '{0[}', 'a{0[}b', '{0!:}', '{0!r}', '{!}', '{0!r', '{0:{1}', '{0[1]}x{{', 'x}}y{', '{a{b}', '{0:}', '{0!s:>3}']:
    try:
        print(repr(fmt), list(f.parse(fmt)))
    except ValueError as e:
        print(repr(fmt), 'ValueError', e)
