class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        Plugin.registry[name or cls.__name__.lower()] = cls

class CsvPlugin(Plugin, name="csv"):
    pass

class JsonPlugin(Plugin):
    pass

print(sorted(Plugin.registry), Plugin.registry.get("csv") is CsvPlugin)
class Tracked:
    subclasses = []
    def __init_subclass__(cls):
        Tracked.subclasses.append(cls.__name__)
class A(Tracked): pass
class B(A): pass
print(Tracked.subclasses)
print(A.__subclasses__() if hasattr(A, "__subclasses__") else "-", [c.__name__ for c in Tracked.__subclasses__()])
