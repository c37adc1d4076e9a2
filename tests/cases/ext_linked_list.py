class LinkedList:
    class _Node:
        def __init__(self, v, nxt=None):
            self.v = v
            self.nxt = nxt
    def __init__(self, items=()):
        self.head = None
        self.n = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = LinkedList._Node(v, self.head)
        self.n += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.v
        self.head = self.head.nxt
        self.n -= 1
        return v
    def __iter__(self):
        out = []
        cur = self.head
        while cur:
            out.append(cur.v)
            cur = cur.nxt
        return iter(out)
    def __len__(self):
        return self.n
    def __repr__(self):
        return "LinkedList([" + ", ".join([repr(v) for v in self]) + "])"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.nxt, prev, cur = prev, cur, cur.nxt
        self.head = prev
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

ll = LinkedList([1, 2, 3])
print(ll, len(ll), list(ll), 2 in ll, 5 in ll)
ll.push(0)
ll.reverse()
print(ll, ll.pop(), ll)
print(LinkedList("ab") == LinkedList(["a", "b"]), LinkedList() == LinkedList([]), bool(LinkedList()))
e = LinkedList()
try:
    e.pop()
except IndexError as ex:
    print(type(ex).__name__, ex)
print(LinkedList._Node.__qualname__, type(ll.head).__name__, LinkedList.__init__.__qualname__)
print(sorted(LinkedList([3, 1, 2])), max(LinkedList([4, 9, 2])), sum(LinkedList(range(5))))
