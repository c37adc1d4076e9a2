# recursive processing of nested dict/list data
tree = {
    'name': 'root',
    'children': [
        {'name': 'a', 'children': [{'name': 'a1', 'children': []}, {'name': 'a2', 'children': []}]},
        {'name': 'b', 'children': [{'name': 'b1', 'children': [{'name': 'b1x', 'children': []}]}]},
        {'name': 'c', 'children': []},
    ],
}

def render(node, depth=0):
    lines = ['  ' * depth + node['name']]
    for child in node['children']:
        lines.extend(render(child, depth + 1))
    return lines

print('\n'.join(render(tree)))

def count(node):
    return 1 + sum([count(c) for c in node['children']])

def height(node):
    return 1 + max([height(c) for c in node['children']], default=0)

def leaves(node):
    if not node['children']:
        return [node['name']]
    out = []
    for c in node['children']:
        out += leaves(c)
    return out

def find_path(node, target, path=()):
    path = path + (node['name'],)
    if node['name'] == target:
        return path
    for c in node['children']:
        found = find_path(c, target, path)
        if found:
            return found
    return None

print(count(tree), height(tree), leaves(tree))
print(find_path(tree, 'b1x'), find_path(tree, 'zzz'))

def deep_map(fn, data):
    if isinstance(data, dict):
        return {k: deep_map(fn, v) for k, v in data.items()}
    if isinstance(data, list):
        return [deep_map(fn, v) for v in data]
    if isinstance(data, tuple):
        return tuple([deep_map(fn, v) for v in data])
    return fn(data)

print(deep_map(lambda v: v * 2 if isinstance(v, int) else v, {'a': [1, (2, 3)], 'b': {'c': 4, 'd': 'x'}}))
