# __text_signature__ of builtin types, __self__ of module functions, frame trace flags.
import math
import sys
for t in [object, int, list, dict, float, tuple, complex, enumerate, reversed, property, type]:
    print(t.__name__, repr(t.__text_signature__))
class C:
    pass
print(C.__text_signature__)
print(math.sqrt.__self__.__name__, sys.exit.__self__.__name__, len.__self__.__name__)
print([].append.__self__, "abc".upper.__self__)
f = sys._getframe()
for attr in ["f_trace_lines", "f_trace_opcodes"]:
    for value in [0, 1, None, "yes"]:
        try:
            setattr(f, attr, value)
        except TypeError as e:
            print(attr, repr(value), e)
    setattr(f, attr, False)
    print(attr, getattr(f, attr))
