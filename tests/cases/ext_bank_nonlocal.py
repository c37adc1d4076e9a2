def make_account(owner, balance=0):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        balance += amount
        history.append(("dep", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise RuntimeError("insufficient funds: %s has %d, wants %d" % (owner, balance, amount))
        balance -= amount
        history.append(("wd", amount))
        return balance
    def report():
        return f"{owner}: {balance:>8.2f} after {len(history)} ops"
    return deposit, withdraw, report

dep, wd, rep = make_account("alice", 10)
print(dep(5), dep(2.5), wd(7))
print(rep())
for bad in (0, -3, "x"):
    try:
        dep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    wd(1000)
except RuntimeError as e:
    print("caught:", e, e.args)
print(dep.__code__.co_freevars, wd.__code__.co_freevars, rep.__code__.co_freevars)
print(make_account.__code__.co_cellvars)
print(dep.__closure__[0].cell_contents, dep.__closure__[1].cell_contents)
cells = {name: cell.cell_contents for name, cell in zip(rep.__code__.co_freevars, rep.__closure__)}
print(sorted(cells.items(), key=lambda kv: kv[0]))
d2, w2, r2 = make_account("bob")
d2(1)
print(rep(), "|", r2())
print(dep.__closure__[0] is wd.__closure__[0])
