# Special methods are looked up on the type and bound like attributes: staticmethod,
# classmethod and property work for every slot; a builtin method of an unrelated type
# used as a special method raises TypeError when called.

def t(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class S:
    @staticmethod
    def __call__(*a):
        return ("static call", a)
    @classmethod
    def __eq__(cls, other):
        return "classmethod eq"
    @classmethod
    def __ne__(cls, other):
        return "classmethod ne"
    @staticmethod
    def __lt__(a, b):
        return "static lt"
    @classmethod
    def __gt__(cls, o):
        return "cm gt " + cls.__name__
    @property
    def __le__(self):
        return lambda o: "prop le"
    @classmethod
    def __setattr__(cls, n, v):
        print("cm setattr", cls.__name__, n, v)
    @classmethod
    def __delattr__(cls, n):
        print("cm delattr", n)
    @staticmethod
    def __len__():
        return 3
    @classmethod
    def __repr__(cls):
        return "cm repr " + cls.__name__
    @staticmethod
    def __hash__():
        return 5
    @property
    def __getitem__(self):
        return lambda k: ("prop getitem", k)
    @staticmethod
    def __add__(o):
        return ("static add", o)
s = S()
t("call", lambda: s(1))
t("eq", lambda: s == 1)
t("ne", lambda: s != 1)
t("lt", lambda: s < 1)
t("gt", lambda: s > 1)
t("le", lambda: s <= 1)
s.x = 1
del s.x
t("len", lambda: len(s))
t("repr", lambda: repr(s))
t("hash", lambda: hash(s))
t("getitem", lambda: s["k"])
t("add", lambda: s + 2)

class PC:
    @property
    def __call__(self):
        return lambda *a: ("prop call", a)
t("propcall", lambda: PC()(1, 2))

class B:
    __repr__ = str.upper
    __str__ = str.lower
    __lt__ = object.__eq__
    __ne__ = object.__eq__
    __call__ = str.upper
    __getitem__ = dict.__getitem__
b = B()
t("repr", lambda: repr(b))
t("str", lambda: str(b))
t("lt", lambda: b < b)
t("ne", lambda: b != b)
t("call", lambda: b())
t("getitem", lambda: b[1])
t("attr", lambda: b.__repr__)

# Borrowing a method of an ancestor builtin is fine.
class R:
    __str__ = object.__repr__
print(str(R()).startswith("<__main__.R object at"))
