prices = {"apple": 1.25, "pear": 0.8}

def total(cart):
    s = 0
    for item, qty in cart.items():
        s += prices[item] * qty
    return s

print(f"{total({'apple': 2, 'pear': 1}):.2f}")
print(total({'apple': 1, 'mango': 3}))
