def walk(node):
    total = node["value"]
    for child in node["children"]:
        total += walk(child)
    return total

tree = {"value": 1, "children": [{"value": 2, "children": []}]}
print(walk(tree))
cyclic = {"value": 1, "children": []}
cyclic["children"].append(cyclic)
print(walk(cyclic))
