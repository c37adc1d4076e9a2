n=10**5000
for f in [lambda: format(n,'d'), lambda: f'{n:,}', lambda: format(n,'x')[:5], lambda: int('1'*5000), lambda: str(n), lambda: '%d'%n, lambda: format(n, 'n'), lambda: format(n,'e'), lambda: int('1'*5000, 16) > 0, lambda: int('1'*5000, 10), lambda: int('1'*5000, 36), lambda: int('1'*4300), lambda: int(' '+'1'*4300+' '), lambda: int('1_'*4300+'1'), lambda: int('-'+'1'*4301), lambda: int(b'1'*5000), lambda: '%x'%n and 1, lambda: ascii(n), lambda: repr(n),lambda: '{}'.format(n), lambda: '%s'%n, lambda: int('0x' + '1'*5000, 0) > 0, lambda: int('1'*5000, 0), lambda: f'{n}', lambda: f'{-n:>10}', lambda: format(n, '_b')[:9], lambda: '%i' % -n, lambda: int('１'*4301)]:
  try: r=f(); print(str(r)[:20])
  except Exception as e: print(type(e).__name__, e)
