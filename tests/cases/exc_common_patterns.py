# everyday exception-handling patterns in function-based code
def safe_div(a, b, default=None):
    try:
        return a / b
    except ZeroDivisionError:
        return default

print(safe_div(1, 2), safe_div(1, 0), safe_div(1, 0, 'inf'))

def parse_all(items):
    good, bad = [], []
    for item in items:
        try:
            good.append(int(item))
        except ValueError as e:
            bad.append(str(e))
    return good, bad

g, b = parse_all(['1', 'x', '22', '', '-3', '4.0'])
print(g)
for msg in b:
    print(msg)

def get_nested(d, *keys, default=None):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, IndexError, TypeError):
        return default

data = {'a': {'b': [10, 20, {'c': 'deep'}]}}
print(get_nested(data, 'a', 'b', 2, 'c'))
print(get_nested(data, 'a', 'b', 5))
print(get_nested(data, 'a', 'x', default='missing'))
print(get_nested(data, 'a', 'b', 0, 'c', default='not subscriptable'))

def first_success(*funcs):
    errors = []
    for f in funcs:
        try:
            return f(), errors
        except Exception as e:
            errors.append(type(e).__name__)
    return None, errors

print(first_success(lambda: 1 / 0, lambda: [][1], lambda: 'third'))
print(first_success(lambda: {}['a'], lambda: int('z')))

def cleanup_order():
    log = []
    def step(name, fail=False):
        log.append(name)
        if fail:
            raise RuntimeError(name + ' failed')
    try:
        step('open')
        try:
            step('work', fail=True)
        finally:
            step('close')
    except RuntimeError as e:
        log.append('handled: ' + str(e))
    return log
print(cleanup_order())
