class Node:
    def __init__(self, key, val):
        self.key, self.val = key, val
        self.left = self.right = None

class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key, val):
        def _ins(node):
            if node is None:
                self.size += 1
                return Node(key, val)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            else:
                node.val = val
            return node
        self.root = _ins(self.root)
    def get(self, key):
        n = self.root
        while n:
            if key == n.key:
                return n.val
            n = n.left if key < n.key else n.right
        raise KeyError(key)
    def items(self):
        out = []
        def walk(n):
            if n:
                walk(n.left)
                out.append((n.key, n.val))
                walk(n.right)
        walk(self.root)
        return out
    def height(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.left), self.height(n.right))
    def __len__(self):
        return self.size
    def __contains__(self, key):
        try:
            self.get(key)
            return True
        except KeyError:
            return False

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k, str(k) * 2)
print(len(t), t.height(), t.items())
print(t.get(65), 65 in t, 66 in t)
try:
    t.get(99)
except KeyError as e:
    print("KeyError", e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w, len(w))
print([k for k, v in words.items()], len(words))
try:
    words.insert(3, "x")
except TypeError as e:
    print(type(e).__name__, e)
