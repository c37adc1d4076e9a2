a = list[int]; print(a, repr(a), type(a), a.__origin__, a.__args__, a.__parameters__, a == list[int], hash(a)==hash(list[int]))
print(dict[str, list[int]], tuple[int, ...], tuple[()], list[int](), list[int]('ab'), type[int])
u = int | None; print(u, type(u), u.__args__, int | str | None, (int | str) == (str | int), isinstance(3, int | str), isinstance(3.0, int|str), issubclass(bool, int | str))
print(list[int] | None, int | list[int])
try: isinstance([], list[int])
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
def f(x: list[int], y: int | None = None) -> dict[str, float]: pass
print(f.__annotations__)
print(list[int].__class__.__name__)
class C: pass
print(C | None, None | C, int | int)
try: print(list[int][str])
except TypeError as e: print(e)
print(isinstance(None, int | None), list[int].append is list.append)
