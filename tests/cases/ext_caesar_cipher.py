import sys

def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c

def caesar(text, k):
    return "".join([shift_char(c, k) for c in text])

def crack(cipher):
    freq_order = "etaoinshrdlu"
    best = None
    for k in range(26):
        plain = caesar(cipher, -k)
        score = sum([len(freq_order) - freq_order.index(ch) for ch in plain.lower() if ch in freq_order])
        if best is None or score > best[0]:
            best = (score, k, plain)
    return best

msg = "The Quick Brown Fox Jumps Over The Lazy Dog, 2024!"
enc = caesar(msg, 13)
print(enc)
print(caesar(enc, 13) == msg, caesar(msg, 26) == msg, caesar(msg, -1)[:10])
score, k, plain = crack(caesar("attack at dawn, retreat at dusk", 7))
print(k, plain, score)
table = {chr(c): chr(c).upper() for c in range(ord("a"), ord("f"))}
print("".join([table.get(c, c) for c in "abcdefg"]), str.maketrans("ab", "xy") if hasattr(str, "maketrans") else "-")
print("hello".translate({ord("l"): "L", ord("o"): None}))
print(sys.maxunicode, [hex(ord(c)) for c in "aZ€"], "ß".upper(), chr(0x1F40D), len(chr(0x1F40D)))
