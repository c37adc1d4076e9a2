# The same NaN object finds itself in containers and dicts (identity before equality).
import operator
n = float('nan')
m = n
print(n == m, n != m, operator.eq(n, n), n.__eq__(n), [n] == [n], (n, 1) == (n, 1), {n: 1}.get(n), n in {n}, [n].count(n), [n].index(n))
d = {}
for x in [n, n, n]:
    d[x] = d.get(x, 0) + 1
print(len(d), list(d.values()), {n, n, 1.0})
print(max([n, 1.0]), sorted([3.0, n, 1.0])[1:], min(1, 2))
