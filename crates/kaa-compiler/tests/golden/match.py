def f(x):
    match x:
        case [a, *rest]:
            return 1
        case [1, _, *_, 3]:
            return 2
        case {"k": v, **kw}:
            return 3
        case Point(1, y=z) | Point(2, y=z):
            return 4
        case str() as s if s:
            return 5
        case None:
            return 6
        case _:
            return 7
