add = lambda a, b=2: a + b
keyed = lambda *args, key=None, **kw: (args, key, kw)
curried = lambda x: lambda y: x + y

def sort_by(items):
    return sorted(items, key=lambda item: item[1], reverse=True)
