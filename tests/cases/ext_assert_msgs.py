def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n

def check_plain(n):
    assert n

print(check_positive(5))
try:
    check_positive(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    check_plain(0)
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(e, e.args)
assert True, "never"
def validate(order):
    assert isinstance(order, dict), "order must be a dict"
    assert "qty" in order, "missing qty"
    assert order["qty"] > 0, order
    return "ok"
for o in [{"qty": 1}, [], {}, {"qty": 0}]:
    try:
        print(validate(o))
    except AssertionError as e:
        print("invalid:", e)
validate({"qty": -3})
