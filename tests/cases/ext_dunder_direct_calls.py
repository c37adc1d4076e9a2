print([1].__add__([2]), (1,).__add__((2,)), "ab".__mul__(2), "%d!".__mod__(5))
print([1, 2].__contains__(2), "abc".__contains__("b"), {1: 2}.__contains__(1), range(5).__contains__(3))
print(list([1, 2].__iter__()), list("ab".__iter__()), list({1: 0}.__iter__()), [3, 4].__reversed__().__next__())
print({"a": 1}.__or__({"b": 2}), range(3).__getitem__(1), range(3).__len__(), (5).__rdivmod__(17))
print((5).__add__(1.0), (5).__mul__("x"), (1.5).__add__(1), [].__eq__(()))
print(int.__eq__(1, 1.0), (1).__eq__(True), (2).__lt__(2.5), object().__eq__(1), object().__ne__(1))
class A:
    pass
a = A()
print(a.__eq__(a), a.__eq__(A()), a.__ne__(a), a.__ne__(A()), a.__hash__() == hash(a))
class B:
    def __eq__(self, other):
        return True
b = B()
print(b == 1, b != 1, b.__ne__(1), 1 != b, [b] == [2], (b,) != (3,))
class C:
    def __eq__(self, other):
        return NotImplemented
c = C()
print(c == c, c != c, c == C(), c != C())
