# text processing with small functions
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

def words(text):
    cleaned = ''.join([c.lower() if c.isalpha() else ' ' for c in text])
    return cleaned.split()

def frequencies(ws):
    freq = {}
    for w in ws:
        freq[w] = freq.get(w, 0) + 1
    return freq

def top(freq, n):
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

ws = words(TEXT)
print(len(ws), ws[:6])
for word, count in top(frequencies(ws), 5):
    print('%-8s %s' % (word, '#' * count))

def capitalize_sentences(text):
    out = []
    cap = True
    for ch in text:
        if cap and ch.isalpha():
            out.append(ch.upper())
            cap = False
        else:
            out.append(ch)
        if ch in '.!?':
            cap = True
    return ''.join(out)
print(capitalize_sentences('hello. how are you? fine! ok'))

def is_palindrome(s):
    letters = [c.lower() for c in s if c.isalnum()]
    return letters == letters[::-1]
for s in ['A man, a plan, a canal: Panama', 'hello', 'Was it a car or a cat I saw?', '']:
    print(repr(s), is_palindrome(s))

def wrap(text, width):
    lines, line = [], ''
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = line + ' ' + w if line else w
    if line:
        lines.append(line)
    return lines
for line in wrap(TEXT, 28):
    print('|' + line.ljust(28) + '|')
