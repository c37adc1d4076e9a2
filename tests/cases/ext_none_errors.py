def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u

users = [{"name": "a", "tags": ["x"]}]
ops = [
    lambda: find_user(users, "b")["tags"],
    lambda: find_user(users, "b").get("tags"),
    lambda: find_user(users, "b")(),
    lambda: len(find_user(users, "b")),
    lambda: find_user(users, "b") + 1,
    lambda: [x for x in find_user(users, "b")],
    lambda: find_user(users, "b")[0] == 1,
    lambda: None < None,
    lambda: -None,
    lambda: int(None),
    lambda: float(None),
    lambda: str(None) + None,
    lambda: "%d" % None,
    lambda: 5(),
    lambda: "abc"(),
    lambda: [1, 2]["0"],
    lambda: (1, 2)[1.0],
    lambda: "abc"[None:None:0],
    lambda: {}.keys()[0],
    lambda: 3 in 5,
    lambda: "a" in 5,
    lambda: 1 in "abc",
    lambda: [].sort(key=1),
    lambda: ~1.5,
    lambda: 2 ** "x",
    lambda: "a" * "b",
    lambda: "a" * 2.0,
    lambda: [1] * [1],
    lambda: {1} + {2},
    lambda: {"a": 1} + {"b": 2},
    lambda: 1 @ 2,
    lambda: divmod("a", 1),
    lambda: round("1.5"),
    lambda: abs("x"),
    lambda: sum([1, "a"]),
]
for i, op in enumerate(ops):
    try:
        print(i, op())
    except Exception as e:
        print(i, type(e).__name__, e)
