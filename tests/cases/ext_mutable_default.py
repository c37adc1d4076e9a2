def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))

def counter(_state={"n": 0}):
    _state["n"] += 1
    return _state["n"]
print(counter(), counter(), counter(), counter.__defaults__)

import sys
def defaults_eval_time(x=len(sys.argv) * 0 + 7, *, y=[].__class__.__name__):
    return x, y
print(defaults_eval_time(), defaults_eval_time.__kwdefaults__)
i = 10
def captures_value(n=i):
    return n
i = 20
print(captures_value())
def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])
