# heapq's functions check their arguments with the messages of CPython's C _heapq.
import heapq
for call in ['heapq.heappush([])', 'heapq.heappush([],1,2)', 'heapq.heappush(h=[], item=1)', 'heapq.heappush((), 1)',
             'heapq.heappop()', 'heapq.heappop([], 1)', 'heapq.heappop(())', 'heapq.heapify()', 'heapq.heapify(1)',
             'heapq.heapreplace([])', 'heapq.heappushpop([1])', 'heapq.heapreplace((), 1)', 'heapq.heappop([])',
             'heapq.heapreplace([], 1)']:
    try:
        eval(call)
        print(call, 'ok')
    except Exception as e:
        print(call, type(e).__name__, e)
h = []
for x in [5, 1, 4, 2]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(4)], heapq.nsmallest(2, [3, 1, 2]), list(heapq.merge([1, 3], [2])))
h = [3, 1, 2]; heapq.heapify(h); print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), h)
