# f-strings with conversions and format specs
x = 42
name = 'Ada'
pi = 3.14159265
big = 1234567.891
print(f'{x}')
print(f'{name!r} {name!s} {name}')
print(f'[{x:>5}] [{x:<5}] [{x:^5}] [{x:05}]')
print(f'{pi:.2f} {pi:.0f} {pi:8.3f}|')
print(f'{big:,} {big:,.2f} {10**9:,} {1234:_}')
print(f'{x:b} {x:o} {x:x} {x:X} {x:#b}')
print(f'{0.25:%} {0.25:.1%}')
print(f'{1e-7:e} {12345.6789:.3e} {1.5:g} {1e20:g}')
print(f'{"centered":*^16}')
print(f'{x + 1} {x * 2} {x // 5}')
print(f'{x=}', f'{name=!s}', f'{pi=:.1f}')
print(f'{[1, 2]} {(1,)} {None} {True}')
print(f'{{literal braces}} {x}')
print(f'{"nested " + f"{x}"}')
width = 8
print(f'[{name:>{width}}] [{pi:.{2}f}]')
print(f'{-5:+} {5:+} {5: }')
print(f'{"abc"!r:>8}')
print(f'{3 > 2} {"yes" if x else "no"}')
print(f'{-0.0} {float("inf")} {10**20}')
d = {'k': 'v'}
print(f"{d['k']} {len(d)}")
print(f'{x:{"" if x < 0 else ">"}6}')
