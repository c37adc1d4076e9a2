# printf-style % formatting
print('%s %d %r' % ('str', 42, 'repr'))
print('%.2f %5.1f %-6.2f|' % (3.14159, 2.5, 1.0))
print('%5d|%-5d|%05d' % (42, 42, 42))
print('%x %X %o %e %g' % (255, 255, 8, 12345.678, 0.00001))
print('%s' % [1, 2])
print('%s' % (1,))
print('%s and %s' % ('a', 'b'))
print('%r' % 'quote\'s')
print('%c%c' % (72, 'i'))
print('%%d is literal: %d%%' % 50)
print('%(name)s is %(age)d' % {'name': 'Bob', 'age': 30})
print('%s' % None, '%d' % True, '%d' % 3.99, '%.3s' % 'abcdef')
print('%+d %+d % d' % (5, -5, 5))
print('%*d|' % (6, 7))
print("-- errors")
for thunk in [lambda: '%d' % 'x', lambda: '%s %s' % ('a',), lambda: '%s' % ('a', 'b'), lambda: '%z' % 1]:
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
