# co_lines() and co_positions() loosely: they exist and produce tuples
def f(x):
    y = x + 1
    return y

c = f.__code__
lines = list(c.co_lines())
print(type(lines[0]).__name__)
print(all([len(t) == 3 for t in lines]))
print(all([t[0] <= t[1] for t in lines]))
line_numbers = set([t[2] for t in lines if t[2] is not None])
print(min(line_numbers) >= f.__code__.co_firstlineno)
print(3 in line_numbers, 4 in line_numbers)
print(max(line_numbers) <= 4)

positions = list(c.co_positions())
print(type(positions[0]).__name__)
print(all([len(p) == 4 for p in positions]))
print(len(positions) > 0)
pos_lines = set([p[0] for p in positions if p[0] is not None])
print(3 in pos_lines and 4 in pos_lines)
