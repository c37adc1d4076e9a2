# sys.getrecursionlimit and RecursionError
import sys

print(sys.getrecursionlimit())

def infinite(n):
    return infinite(n + 1)

try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__)
    print(str(e).startswith('maximum recursion depth exceeded'))
    print(e)

print("-- RecursionError is a RuntimeError")
print(issubclass(RecursionError, RuntimeError))
print(RecursionError.__bases__)

print("-- recovering and recursing again works")
def finite(n):
    return 0 if n == 0 else 1 + finite(n - 1)
print(finite(500))
try:
    finite(10**6)
except RecursionError as e:
    print('again:', e)
print(finite(800))

print("-- mutual infinite recursion")
def ping(n):
    return pong(n)
def pong(n):
    return ping(n)
try:
    ping(0)
except RecursionError as e:
    print('mutual:', e)

print("-- setrecursionlimit round trip")
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(finite(1500))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print('ValueError:', e)
