# uncaught KeyError shows the repr of the key
def get(d, k):
    return d[k]

inventory = {'apples': 3}
print(get(inventory, 'apples'))
get(inventory, 'pears')
