class Cart:
    def __init__(self):
        self.items = []
    def add(self, name, price, qty=1):
        self.items.append((name, price, qty))
        return self
    def total(self):
        return sum([self.line_total(i) for i in self.items])
    def line_total(self, item):
        name, price, qty = item
        return price * qty

c = Cart().add("pen", 1.5, 2).add("book", 12)
print(c.total())
c.add("gift", None)
print(c.total())
