# Every code point's str predicates and case mappings, condensed to one checksum per
# block of 4096 code points (printing them all would be megabytes).
funcs = ['isprintable', 'isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isupper',
         'islower', 'istitle', 'isidentifier', 'upper', 'lower', 'title', 'casefold', 'swapcase',
         'capitalize']
for block in range(0, 0x20000, 0x1000):
    h = 0
    for cp in range(block, block + 0x1000):
        if 0xd800 <= cp < 0xe000:
            continue
        c = chr(cp)
        for f in funcs:
            r = getattr(c, f)()
            if r is True:
                h = (h * 31 + 1) % 1000000007
            elif r is False:
                h = (h * 31 + 2) % 1000000007
            else:
                for ch in r:
                    h = (h * 131 + ord(ch)) % 1000000007
    print(hex(block), h, repr(chr(block + 0x41)), ascii(chr(block + 0x378)))
