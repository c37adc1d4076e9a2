# chr and ord
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'), ord('é'), ord('€'), ord('😀'))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(233), chr(8364), chr(128512))
print(repr(chr(0)), repr(chr(127)), repr(chr(160)))
print(''.join([chr(ord(c) + 1) for c in 'HAL']))
print([ord(c) for c in 'abc'])
print("-- caesar cipher")
def caesar(text, shift):
    out = []
    for ch in text:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - ord('a') + shift) % 26 + ord('a')))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - ord('A') + shift) % 26 + ord('A')))
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3))
print("-- errors")
for thunk in [lambda: ord(''), lambda: ord('ab'), lambda: chr(-1), lambda: chr('x')]:
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
