# str.format with positional, keyword, index and attribute fields
print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'))
print('{x} {y}'.format(x=1, y=2))
print('{0[1]} {d[k]}'.format([10, 20], d={'k': 'v'}))
print('{f.__name__}'.format(f=len))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'))
print('{:10}|{:<10}|{:>10}|{:^10}|'.format('a', 'b', 'c', 'd'))
print('{:=+8.2f}|{:08.3f}|{:+.1e}'.format(3.14159, -2.5, 12345.6))
print('{:,}|{:_}|{:,.1f}'.format(1234567, 7654321, 9876.54))
print('{:c}{:c}'.format(80, 121))
print('{:#x} {:#o} {:#b}'.format(1, 8, 5).replace('0x', 'hex:'))
print('{:>{w}}|'.format('r', w=4))
print('{{}} {}'.format('braces'))
print(format(3.5, '.3f'), format(42, 'b'), format('s', '>3'), format(1234, ','))
print("-- errors")
for thunk in [lambda: '{}'.format(), lambda: '{0} {2}'.format(1, 2), lambda: '{x}'.format(y=1),
              lambda: '{:d}'.format('s'), lambda: '{'.format(1), lambda: '{} {0}'.format(1, 2)]:
    try:
        thunk()
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ':', e)
