# heapq (the exact heap layouts CPython produces), bisect (with lo/hi/key) and keyword.
import heapq, bisect, keyword

state = 99
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

h = []
for _ in range(30):
    heapq.heappush(h, rnd(100))
print(h)
print([heapq.heappop(h) for _ in range(10)], h)
data = [rnd(1000) for _ in range(50)]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 500), heapq.heappushpop(data, 1), heapq.heappushpop(data, 999), data[:10])
big = [rnd(10**6) for _ in range(5000)]
heapq.heapify(big)
print(big[:20], all(big[i] <= big[2 * i + 1] for i in range(2499)))
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, 'hello world', key=ord))
print(heapq.nsmallest(3, [(1, 'b'), (0, 'z'), (1, 'a')], key=lambda p: p[0]), heapq.nlargest(0, [1]), heapq.nlargest(10, [3, 1, 2]))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)), list(heapq.merge()))
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
for expr in ['heapq.heappop([])', 'heapq.heapreplace([], 1)', 'heapq.heappush(1, 2)', 'heapq.heappop((1,))',
             'heapq.heapify({})', 'heapq.heappushpop([], 5)']:
    try:
        print(expr, '=', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect(a, 100))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect(a, 2, hi=2))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4); bisect.insort_right(b, 4.0); print(b)
people = [('ann', 20), ('bob', 30), ('cy', 40)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]), bisect.bisect_right(people, 30, key=lambda p: p[1]))
bisect.insort(people, ('dee', 35), key=lambda p: p[1]); print(people)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print(e)

print(keyword.kwlist, len(keyword.kwlist))
print(keyword.softkwlist, keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'),
      keyword.iskeyword('print'), keyword.issoftkeyword('_'), keyword.__all__)
