def check(x, d):
    assert x > 0, "positive"
    assert x
    del d[0], d.attr
    del x
    raise ValueError("bad") from None
