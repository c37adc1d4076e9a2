flags = {"read": True, "write": False, "exec": True}
can_rw = flags["read"] & flags["write"]
can_rx = flags["read"] & flags["exec"]
either = flags["write"] | flags["exec"]
toggled = flags["read"] ^ True
print(can_rw, can_rx, either, toggled)
print(type(can_rx).__name__, type(True | 1).__name__, True | 1, False ^ 0)
checks = [x > 2 for x in [1, 3, 5]]
all_ok = True
any_ok = False
for c in checks:
    all_ok &= c
    any_ok |= c
print(all_ok, any_ok, checks)
mask = [a ^ b for a, b in zip([True, False, True], [True, True, False])]
print(mask, ~True, -False, True << 3, True >> 1)
print(repr(True & True), str(False | False), f"{True ^ False}", (True & True) is True)
