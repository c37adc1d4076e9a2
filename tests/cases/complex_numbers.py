print(complex(-0.0), complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0), complex(1+2j, 3), complex(1+2j, 3j), complex(2, 1+1j), complex(True), complex(10**20))
for bad in [[1], None, 'x']:
  try: complex(1, bad)
  except Exception as e: print(type(e).__name__, e)
try: complex([1])
except Exception as e: print(type(e).__name__, e)
try: complex('1', 2)
except Exception as e: print(type(e).__name__, e)
try: complex(10**400)
except Exception as e: print(type(e).__name__, e)
print(repr(complex(-0.0, -0.0)), -(0j), 0j * -1, complex('-0'), complex('-0-0j'), complex('1_0+2_0j'))
for s in ['1__0', '1_', '_1', '1+2jj', '(1+2j', '1+2j)', 'nan', 'NaNj', '-inf-infj', '1e5j', '.5j', '5.j', '1.e1+j', ' 3 ', '\t(\t1+1j )\n', 'J', '+J', '1+-2j']:
  try: print(repr(s), complex(s))
  except Exception as e: print(repr(s), type(e).__name__, e)
print((1+2j)**2, (1+2j)**-2, (2+0j)**0.5, 1j**1j, (1+1j)/(0.5-2j), 0j**0, (1e300+1e300j)*(1e300+1e300j))
print((1e200+1e200j)**100 if False else '')
try: abs(complex(1e308, 1e308))
except Exception as e: print(type(e).__name__, e)
print(1 == 1+0j, 1.0 == 1+0j, 1+0j == True, 2**53+1 == complex(2**53+1), hash(1+0j) == hash(1), hash(2+3j))
try: (1e200+1e200j)**100
except Exception as e: print(type(e).__name__, e)
try: 0j ** -1
except Exception as e: print(type(e).__name__, e)
print(1j ** 2, (1j) ** 3, 2 ** (1+0j), (3+4j).__abs__(), (1+2j).conjugate(), complex.__add__(1j, 2))
print([n for n in dir(1j) if not n.startswith('_')], '__lt__' in dir(1j), '__and__' in dir(1.0), '__rdivmod__' in dir(1))
try: 1j < 2j
except TypeError as e: print(e)
