TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

def words(text):
    cleaned = ""
    for ch in text.lower():
        cleaned += ch if ch.isalpha() or ch.isspace() else " "
    return cleaned.split()

ws = words(TEXT)
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(ws), len(freq), top)
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:02d} {len(line):3d} {line[:20]!r:24} {line.count(',')}")
longest = max(ws, key=len)
print(longest, len(longest), sorted(set(ws), key=lambda w: (len(w), w))[:4])
by_len = {}
for w in sorted(set(ws)):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, " ".join(by_len[k]))
avg = sum(map(len, ws)) / len(ws)
print(f"avg word length {avg:.3f}", round(avg, 2), "%.1f%%" % (100 * freq["was"] / len(ws)))
print(TEXT.title()[:30], TEXT.upper().count("IT"), TEXT.find("worst"), TEXT.replace("\n", " / ")[:60])
