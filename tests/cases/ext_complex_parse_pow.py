for s in ["1+2j", "3", "-1.5j", " (2-3j) ", "1e3+1e-3j", "j", "-j", "inf+nanj"]:
    print(repr(s), complex(s))
for bad in ["abc", "1+", "1 + 2j", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(1j ** 2, (1 + 1j) ** 2, (2 + 0j) ** 3, (1j) ** 0, 1j ** -1, (1 + 2j) ** 1)
print(complex(-0.0, -0.0), complex(0.0, -0.0), -(0j), -complex(0, 0), 0j * -1)
print(1 == 1 + 0j, 1.0 == complex(1, 0), 2 == complex(2, 1), 1 + 0j == True, hash(1 + 0j) == hash(1))
