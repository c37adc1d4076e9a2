class Vector:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]

v = Vector(3, 4)
w = Vector(1, -1)
print(v, w, v + w, v * 2, 3 * w, abs(v), bool(Vector(0, 0)), len(v), v[0], v[-1])
print(v == Vector(3, 4), v != w, v == 5, {v, Vector(3, 4)}, list(v))
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    v[2]
except IndexError as e:
    print(type(e).__name__, e)
print(Vector.dims, v.dims, vars(v), Vector.__name__, Vector.__qualname__, type(v).__name__)
v.dims = 3
print(v.dims, Vector.dims, sorted(v.__dict__))
print(isinstance(v, Vector), isinstance(v, object), Vector.__bases__, type(Vector).__name__)
print(Vector.__add__(v, w), Vector.__repr__.__qualname__)
class Point3(Vector):
    dims = 3
    def __init__(self, x, y, z):
        Vector.__init__(self, x, y)
        self.z = z
    def __repr__(self):
        return "Point3(%r, %r, %r)" % (self.x, self.y, self.z)
p = Point3(1, 2, 3)
print(p, p + w, p.dims, isinstance(p, Vector), issubclass(Point3, Vector), [c.__name__ for c in Point3.__mro__])
