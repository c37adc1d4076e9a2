class Temperature:
    unit = "C"
    instances = 0
    def __init__(self, deg):
        self.deg = deg
        Temperature.instances += 1
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def is_valid(deg):
        return deg >= -273.15
    def __repr__(self):
        return f"{type(self).__name__}({self.deg:.1f}{self.unit})"

class Kelvinish(Temperature):
    unit = "K"

print(Temperature.from_f(212), Kelvinish.from_f(32), Temperature.is_valid(-300), Temperature(5).is_valid(0))
print(Temperature.instances, type(Temperature.__dict__["from_f"]).__name__, type(Temperature.__dict__["is_valid"]).__name__)
print(Temperature.from_f.__self__ is Temperature, Kelvinish.from_f.__self__ is Kelvinish)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Attach:
    size = sm
    name = cm
print(Attach.size("abc"), Attach().name(), Attach.name())
try:
    Temperature.from_f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Temperature.is_valid()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(Temperature.__dict__["is_valid"]), Temperature.is_valid.__name__, Temperature.from_f.__name__)
