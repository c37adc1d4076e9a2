class BrokenStr(Exception):
    def __str__(self):
        raise ValueError("str is broken")

print("raising")
raise BrokenStr("payload")
