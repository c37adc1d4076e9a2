data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (val := data[i]) != 9:
    i += 1
print("found 9 at", i, val)
print([y for x in data if (y := x * 2) > 6], y)
for i in range(3):
    pass
else:
    print("for-else ran", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
k = 0
while k < 3:
    k += 1
else:
    print("while-else", k)
while True:
    k -= 1
    if k == 0:
        break
print("k", k)
for ch in "abc":
    for n2 in range(3):
        if n2 == 1:
            continue
        if ch == "b":
            break
        print(ch, n2, end="; ")
print()
total = 0
for idx, item in enumerate(data, 1):
    if item % 2:
        continue
    total += idx * item
print("total", total)
for _ in []:
    print("never")
else:
    print("empty for-else")
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            return i
    else:
        return -1
print(find(data, 1), find(data, 100))
x = [1, 2, 3]
for x[0] in range(3):
    pass
print(x)
