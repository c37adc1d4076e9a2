# int() parsing with bases and int formatting helpers
print(int('42'), int('-42'), int('+42'), int('  42\n'), int('0'), int('-0'))
print(int('1010', 2), int('ff', 16), int('FF', 16), int('z', 36), int('777', 8))
print(int('0x1F', 16), int('0o17', 8), int('0b11', 2), int('0x1F', 0), int('0o17', 0), int('0b11', 0), int('17', 0))
print(int('1_000_000'), int('0x_ff', 16))
print(bin(10), oct(10), bin(-5), oct(0))
print(str(255), repr(-7), ascii('é'))
print("-- invalid literals")
for args in [('12a',), ('1 2',), ('',), ('0o17',), ('08', 0), ('2', 2), ('_1',), ('1__0',)]:
    try:
        print(args, '->', int(*args))
    except ValueError as e:
        print(args, '->', e)
print("-- float strings")
for s in ['1.5', '-.5', '1e3', 'inf', '-Infinity', 'nan', '1_0.5', ' 2 ']:
    print(repr(s), float(s))
