class Inventory:
    def __init__(self):
        self.items = {}
        self.capacity = 10
    def add(self, name):
        self.items[name] = self.items.get(name, 0) + 1

inv = Inventory()
inv.add("bolt")
print(inv.items)
print(inv.capacty)
