tests = ['0x1.8p1', '1.8p1', '0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075', '0x1p-1076', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x1p1024', ' -0x1.4p+3 ', 'inf', '-Infinity', 'nan', '0x', '0x.', '0x.8', '0xp1', '1p', '0x1.8p1 x', '0X1P+2', '0x0p0', '-0x0.0p0', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0', '0x123456789abcdef.8p-4', 'abc', '0x1p99999999999999999999', '0x1p-99999999999999999999', '0x0p99999999999999999999', '0x.0000000000000000001p-1000', '\t0x10\n', '0x1_0', '+0x1p0', '0x1.p0', '.8', 'ff', '0x1.8p1.5', '0x1p+', '0x8p-1077', '0x3p-1076', '0x1.fffffffffffffp-1023', '0x0.00000000000018p-1022']
for t in tests:
    try:
        r = float.fromhex(t)
        print(repr(t), repr(r), r.hex())
    except Exception as e:
        print(repr(t), type(e).__name__, e)
for v in [0.0, -0.0, 1.0, 0.1, -2.5, 5e-324, 1e308, float('inf'), float('nan'), 2.0**-1022, 2.0**-1023, 3.14]:
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v or v != v)
for bad in [1, b'0x1', None]:
    try: float.fromhex(bad)
    except Exception as e: print(type(e).__name__, e)
try: float.fromhex()
except Exception as e: print(type(e).__name__, e)
try: (1.5).hex(1)
except Exception as e: print(type(e).__name__, e)
