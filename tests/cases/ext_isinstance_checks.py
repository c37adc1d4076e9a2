class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
class Robot: pass
class RoboDog(Dog, Robot): pass

things = [Dog(), Cat(), Robot(), RoboDog(), 3, "s", None, [1]]
for t in things:
    print(type(t).__name__, isinstance(t, Animal), isinstance(t, (Robot, int)), isinstance(t, object), type(t) is Dog)
print(issubclass(RoboDog, (Cat, Robot)), issubclass(Dog, Dog), issubclass(bool, (str, int)), issubclass(type, object))
print([c.__name__ for c in RoboDog.__mro__], RoboDog.__bases__, Dog.__base__ if hasattr(Dog, "__base__") else "-")
try:
    isinstance(3, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(Dog(), Animal)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(3, (int, (str, float))), isinstance(True, bool), isinstance(1.0, (int,)), isinstance(type, type), isinstance(int, type))
print(type(3) == int, type(True) == int, type(type(3)), type(Dog), type(None)(), type("x")(5))
print(isinstance(len, type(print)), type(Animal.__init__).__name__ if hasattr(Animal, "__init__") else "-")
class Meta(type): pass
try:
    class WithMeta(metaclass=Meta): pass
    print(type(WithMeta).__name__)
except Exception as e:
    print(type(e).__name__, e)
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return "seq[" + ",".join([describe(i) for i in x]) + "]"
    if isinstance(x, dict):
        return "map"
    return type(x).__name__
print(describe([1, True, (2.0, "a"), {}, None]))
