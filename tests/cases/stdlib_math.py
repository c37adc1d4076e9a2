# The math module: constants, every function, special values, CPython's errors and
# bit-exact results (checked over a deterministic pseudo-random sample).
import math

def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(f"{expr} -> {type(e).__name__}: {e}")
    else:
        print(f"{expr} = {r!r}")

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.__name__, math.__doc__.splitlines()[0])
print(math.sqrt, type(math.sqrt).__name__)
print(sorted(n for n in dir(math) if not n.startswith('_')))

for expr in [
    # roots, exponentials, logarithms
    'math.sqrt(2)', 'math.sqrt(10**300)', 'math.sqrt(-1)', 'math.sqrt(10**400)', 'math.sqrt("a")',
    'math.sqrt(None)', 'math.sqrt()', 'math.sqrt(1, 2)', 'math.sqrt(x=1)', 'math.sqrt(True)',
    'math.cbrt(-27)', 'math.cbrt(2)', 'math.exp(1)', 'math.exp(1000)', 'math.exp(-1000)',
    'math.exp2(10)', 'math.exp2(1025)', 'math.expm1(1e-10)', 'math.expm1(1000)',
    'math.log(math.e)', 'math.log(0)', 'math.log(-1)', 'math.log(0.0)', 'math.log(10**400)',
    'math.log(10**400, 10)', 'math.log(8, 2)', 'math.log(2**1100, 2)', 'math.log(1, 1)',
    'math.log(2, 1)', 'math.log()', 'math.log(1, 2, 3)', 'math.log(10, base=2)', 'math.log("a")',
    'math.log(True)', 'math.log(False)', 'math.log(-10**400)', 'math.log(0, 10)', 'math.log(10, 0)',
    'math.log(3+0j)', 'math.log2(2**1000)', 'math.log2(2**1100 + 1)', 'math.log2(3)', 'math.log2(0)',
    'math.log2(-0.5)', 'math.log10(1000)', 'math.log10(10**500)', 'math.log10(-1)', 'math.log1p(1e-20)',
    'math.log1p(-1)', 'math.log1p(-2)', 'math.pow(2, 0.5)', 'math.pow(0, -1)', 'math.pow(-1, 0.5)',
    'math.pow(10, 400)', 'math.pow(2, -1080)', 'math.pow(-8, 1/3)', 'math.pow(math.inf, -1)',
    'math.pow(-0.0, -1)', 'math.pow(-math.inf, 3)', 'math.pow(math.nan, 0)', 'math.pow(1, math.nan)',
    'math.pow(0.5, math.inf)', 'math.pow(-2, -math.inf)', 'math.pow()', 'math.pow(1, 2, 3)',
    # trigonometry and hyperbolic functions
    'math.sin(1)', 'math.cos(1)', 'math.tan(1)', 'math.asin(0.5)', 'math.acos(0.5)', 'math.atan(1)',
    'math.asin(2)', 'math.sin(math.inf)', 'math.tan(math.inf)', 'math.atan2(1, 1)',
    'math.atan2(math.inf, -math.inf)', 'math.atan2(-0.0, -1)', 'math.atan2(1)', 'math.atan2(1, x=2)',
    'math.sinh(1)', 'math.cosh(1)', 'math.tanh(1)', 'math.asinh(1)', 'math.acosh(2)', 'math.atanh(0.5)',
    'math.acosh(0)', 'math.atanh(1)', 'math.cosh(1000)', 'math.sinh(1000)',
    'math.degrees(math.pi)', 'math.radians(180)', 'math.hypot()', 'math.hypot(3)', 'math.hypot(-3)',
    'math.hypot(3, 4)', 'math.hypot(3, 4, 12)', 'math.hypot(math.inf, math.nan)',
    'math.hypot(1e-320, 1e-320)', 'math.hypot(1e308, 1e308)', 'math.hypot("a")', 'math.hypot(x=1)',
    'math.dist((1, 2), (4, 6))', 'math.dist([1, 2], [3, 4])', 'math.dist((1, 2), (3,))',
    'math.dist(1, 2)', 'math.dist((1,), ("a",))', 'math.dist((1e308,), (-1e308,))',
    # rounding and representation
    'math.floor(2.5)', 'math.floor(-2.5)', 'math.floor(2)', 'math.floor(True)', 'math.floor(10**30)',
    'math.floor(1e300)', 'math.floor(math.inf)', 'math.floor(math.nan)', 'math.floor("a")',
    'math.floor(3+0j)', 'math.floor(-0.0)', 'math.ceil(2.1)', 'math.ceil(-0.5)', 'math.ceil(math.inf)',
    'math.trunc(-2.7)', 'math.trunc(5)', 'math.trunc("a")', 'math.trunc(math.nan)',
    'math.fabs(-3)', 'math.fabs(-10**400)', 'math.fmod(7, 3)', 'math.fmod(-7, 3)', 'math.fmod(1, 0)',
    'math.fmod(math.inf, 1)', 'math.fmod(1, math.inf)', 'math.modf(-2.5)', 'math.modf(math.inf)',
    'math.modf(math.nan)', 'math.frexp(8)', 'math.frexp(0.0)', 'math.frexp(math.inf)', 'math.frexp(5e-324)',
    'math.frexp("a")', 'math.ldexp(0.5, 4)', 'math.ldexp(1, 2.0)', 'math.ldexp(1, 10**30)',
    'math.ldexp(1.0, -10**30)', 'math.ldexp(1e308, 10)', 'math.ldexp(0.75, -1074)', 'math.ldexp(3, -1075)',
    'math.ldexp("a", 1)', 'math.ldexp(1, "a")', 'math.copysign(1, -0.0)', 'math.copysign(3, -2)',
    'math.remainder(5, 3)', 'math.remainder(-4, 2)', 'math.remainder(5, 0)', 'math.remainder(math.inf, 1)',
    'math.remainder(1, math.inf)', 'math.nextafter(1, 2)', 'math.nextafter(0.0, -1)',
    'math.nextafter(math.inf, 0)', 'math.nextafter(1.0, math.nan)', 'math.nextafter(1)', 'math.ulp(1)',
    'math.ulp(math.inf)', 'math.ulp(0.0)', 'math.ulp(-1e308*10)', 'math.ulp(math.nan)', 'math.ulp(1e308)',
    'math.isfinite(10**400)', 'math.isfinite(1)', 'math.isinf(-math.inf)', 'math.isnan(math.nan)',
    'math.isclose(1, 1 + 1e-10)', 'math.isclose(1, 1.1)', 'math.isclose(1, 1.1, rel_tol=0.2)',
    'math.isclose(0, 1e-12, abs_tol=1e-9)', 'math.isclose(math.inf, math.inf)', 'math.isclose(math.inf, 1e308)',
    'math.isclose(math.nan, math.nan)', 'math.isclose(1, 1, rel_tol=-1)', 'math.isclose(1, 1, 2)',
    'math.isclose(1)', 'math.isclose(1, 2, foo=1)', 'math.isclose(a=1, b=1)', 'math.isclose(1, a=1)',
    'math.isclose(1, 2, a=1)', 'math.isclose(1, 2, 3, 4, 5)', 'math.isclose(1, 1, abs_tol="x")',
    # special functions
    'math.erf(1)', 'math.erfc(1)', 'math.erfc(30)', 'math.gamma(5)', 'math.gamma(0.5)', 'math.gamma(-1.5)',
    'math.gamma(0)', 'math.gamma(-1)', 'math.gamma(171.7)', 'math.gamma(-250.5)', 'math.gamma(1e-30)',
    'math.lgamma(10)', 'math.lgamma(0)', 'math.lgamma(-1)', 'math.lgamma(-2.5)', 'math.lgamma(1e308)',
    'math.lgamma(math.inf)',
    # sums and products
    'math.fsum([0.1] * 10)', 'sum([0.1] * 10)', 'math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])',
    'math.fsum([1e-16, 1, 1e16])', 'math.fsum(iter([0.1, 0.2, 0.3]))', 'math.fsum([])',
    'math.fsum([1e308, 1e308])', 'math.fsum([math.inf, -math.inf])', 'math.fsum([math.inf, math.nan])',
    'math.fsum([math.inf, 1])', 'math.fsum(["a"])', 'math.fsum(1)', 'math.fsum([1, 2**1100])',
    'math.prod([1, 2, 3], start=2)', 'math.prod([1, 2], 3)', 'math.prod([])', 'math.prod(1)',
    'math.prod([2.0, 3, 10**30])', 'math.prod(["a", 2])', 'math.prod([], start="x")', 'math.prod()',
    'math.prod(iterable=[1])', 'math.prod([1], start=2, x=3)', 'math.prod([1], x=3)',
    'math.prod(range(1, 30))',
    # integer functions
    'math.gcd()', 'math.gcd(0, 0)', 'math.gcd(-12)', 'math.gcd(-12, 18, 27)', 'math.gcd(2**100, 6**50)',
    'math.gcd(2.0)', 'math.gcd(1, 2.0)', 'math.gcd(x=1)', 'math.lcm()', 'math.lcm(4, 6, -10)',
    'math.lcm(0, 5)', 'math.lcm(2**64, 3**40)', 'math.lcm(-7)', 'math.lcm(1, "a")',
    'math.factorial(0)', 'math.factorial(25)', 'math.factorial(-1)', 'math.factorial(2.0)',
    'math.factorial(10**30)', 'math.factorial("a")', 'math.factorial(True)',
    'math.isqrt(0)', 'math.isqrt(99)', 'math.isqrt(10**50)', 'math.isqrt(-1)', 'math.isqrt(2.0)',
    'math.comb(5, 2)', 'math.comb(100, 50)', 'math.comb(5, 7)', 'math.comb(10**30, 3)', 'math.comb(3, 10**30)',
    'math.comb(-1, 2)', 'math.comb(5, -1)', 'math.comb(5.0, 2)', 'math.comb(10**30, 10**29)', 'math.comb(1)',
    'math.perm(5, 2)', 'math.perm(5)', 'math.perm(5, None)', 'math.perm(5, 7)', 'math.perm(-5)',
    'math.perm(5, -1)', 'math.perm(10**30, 10**29)', 'math.perm(10**30)', 'math.perm()', 'math.perm(1, 2, 3)',
    'math.perm(10**20, 3)',
]:
    show(expr)

class WithFloat:
    def __float__(self): return 2.5
class WithIndex:
    def __index__(self): return 7
class BadFloat:
    def __float__(self): return 1
class Rounding:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
for expr in ['math.sqrt(WithFloat())', 'math.sqrt(WithIndex())', 'math.sqrt(BadFloat())',
             'math.floor(WithFloat())', 'math.floor(WithIndex())', 'math.floor(Rounding())',
             'math.ceil(Rounding())', 'math.trunc(Rounding())', 'math.trunc(WithFloat())',
             'math.factorial(WithIndex())', 'math.gcd(WithIndex(), 14)', 'math.log(WithIndex())',
             'math.isqrt(WithIndex())', 'math.comb(WithIndex(), 2)', 'math.hypot(WithFloat(), 2)']:
    show(expr)

print(math.factorial(1000) % 10**40, math.factorial(3000).bit_length())
print(math.comb(1000, 500) % 10**30, math.perm(1000, 500) % 10**30)
print(math.hypot(*range(1000)), math.fsum(x / 7 for x in range(10000)))

# Bit-exactness over a deterministic sample of arguments.
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state / (1 << 64)
def call(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return type(e).__name__
unary = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf', 'erfc', 'exp',
         'exp2', 'expm1', 'fabs', 'log1p', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'gamma', 'lgamma', 'log',
         'log2', 'log10', 'degrees', 'radians', 'ulp', 'frexp', 'modf']
binary = ['atan2', 'copysign', 'remainder', 'fmod', 'pow', 'hypot', 'nextafter', 'log']
for i in range(300):
    x = (rnd() - 0.5) * 10 ** (rnd() * 8 - 3)
    y = (rnd() - 0.5) * 10 ** (rnd() * 8 - 3)
    row = [call(getattr(math, name), x) for name in unary]
    row += [call(getattr(math, name), x, y) for name in binary]
    row.append(call(math.hypot, x, y, x * y, 1.5))
    row.append(call(math.dist, (x, y, 3.0), (y, x, 0.1)))
    row.append(call(math.fsum, [x, y, x * 1e10, -x * 1e10, y * 1e-5, 0.1]))
    row.append(call(math.ldexp, x, int(y * 100)))
    row.append(call(math.gamma, x * 30))
    row.append(call(math.lgamma, x * 300))
    print(' '.join(row))
for i in range(100):
    big = int(rnd() * 2**64) ** int(rnd() * 40) + 1
    print(call(math.log, big), call(math.log2, big), call(math.log10, big), call(math.log, big, 3))
