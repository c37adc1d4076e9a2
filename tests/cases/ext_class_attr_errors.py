class Account:
    rate = 0.05
    def __init__(self, owner):
        self.owner = owner
    def interest(self, amount):
        return amount * self.rate

a = Account("zed")
tests = [
    lambda: a.balance,
    lambda: Account.balance,
    lambda: a.interest(),
    lambda: a.interest(1, 2),
    lambda: Account.interest(100),
    lambda: Account(),
    lambda: Account("a", "b"),
    lambda: a(),
    lambda: a[0],
    lambda: len(a),
    lambda: a + 1,
    lambda: a < a,
    lambda: iter(a),
    lambda: (5).real_part,
    lambda: "s".foo,
    lambda: None.x,
    lambda: [].push(1),
    lambda: {}.has_key(1),
    lambda: setattr(5, "x", 1),
    lambda: delattr(a, "nothing"),
    lambda: object().x,
    lambda: type.x,
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__, e)
print(Account.interest(a, 200), a.interest.__self__ is a, a.interest.__func__ is Account.interest)
print(type(a.interest).__name__, type(Account.interest).__name__)
m = a.interest
print(m(10), m.__name__, m.__qualname__)
try:
    a.interest.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
