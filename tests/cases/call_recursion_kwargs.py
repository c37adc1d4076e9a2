# recursion that passes keyword arguments, defaults and *args
def build(n, *, acc=None, sep='-'):
    if acc is None:
        acc = []
    if n == 0:
        return sep.join(acc)
    acc.append(str(n))
    return build(n - 1, acc=acc, sep=sep)

print(build(5))
print(build(3, sep='+'))
print(build(0))

def sum_all(*nums):
    if not nums:
        return 0
    return nums[0] + sum_all(*nums[1:])
print(sum_all(*range(50)))

def tree(depth, **attrs):
    if depth == 0:
        return ['leaf' + str(sorted(attrs.items()))]
    out = []
    for side in ('L', 'R'):
        out.extend(tree(depth - 1, **attrs, **{'d%d' % depth: side}))
    return out

for line in tree(2, root=True):
    print(line)

def count_args(*args, **kw):
    if not args and not kw:
        return 0
    if args:
        return 1 + count_args(*args[1:], **kw)
    k = next(iter(kw))
    rest = dict(kw)
    del rest[k]
    return 1 + count_args(**rest)
print(count_args(1, 2, 3, a=1, b=2))
