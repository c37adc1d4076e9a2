# repr of frame objects (addresses normalised)
import sys

def func():
    return repr(sys._getframe())

print(func())
print(repr(sys._getframe()))
print(repr(sys._getframe()).startswith('<frame at 0x'))
def nested():
    return (lambda: repr(sys._getframe()))()
print(nested())
