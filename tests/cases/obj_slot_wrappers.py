# Slot wrappers (wrapper_descriptor / method-wrapper) as their own types: reprs, the
# messages of calling them with a wrong or missing self, builtin methods used as special
# methods of unrelated classes, equality of bound builtin methods.

def t(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
import types
print(int.__add__, object.__init__, str.upper, dict.__getitem__, list.__getitem__, tuple.__getitem__, set.__contains__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(object().__str__).__name__, type("".upper).__name__)
print(types.WrapperDescriptorType, types.MethodWrapperType, types.MemberDescriptorType)
print((1).__add__.__name__, (1).__add__.__self__, int.__add__.__objclass__, int.__add__.__qualname__, (1).__add__.__qualname__)
t("int.__add__('a', 1)", lambda: int.__add__("a", 1))
t("object.__repr__()", lambda: object.__repr__())
t("str.upper()", lambda: str.upper())
t("str.upper(1)", lambda: str.upper(1))
t("str.__len__(5)", lambda: str.__len__(5))
t("object.__setattr__(object(), 1, 2)", lambda: object.__setattr__(object(), 1, 2))
t("object.__getattribute__(1, 2)", lambda: object.__getattribute__(1, 2))
t("object.__delattr__(1, 2)", lambda: object.__delattr__(1, 2))
t("types.FunctionType.__call__(5)", lambda: types.FunctionType.__call__(5))
t("types.FunctionType.__call__()", lambda: types.FunctionType.__call__())
def f(x): return x
sm = staticmethod(f)
t("sm.__call__", lambda: sm.__call__(3))
print(type(sm.__get__).__name__, type(sm.__call__).__name__)
class B:
    __eq__ = int.__eq__
    __hash__ = str.__hash__
    __len__ = str.__len__
    __bool__ = int.__bool__
    __iter__ = list.__iter__
b = B()
t("eq", lambda: b == 1)
t("hash", lambda: hash(b))
t("len", lambda: len(b))
t("bool", lambda: bool(b))
t("iter", lambda: iter(b))
print(repr(len.__call__)[:35], type(len.__call__).__name__)
print(int.__add__ == int.__add__, (1).__add__ == (1).__add__)
a = []
print(a.append == a.append, a.append == [].append, len == len, a.append != a.append)
