def compute(a, b, c):
    return {
        "sum": a + b + c,
        "ratio": (a + b) /
                 (c - c),
    }

print("computing")
result = compute(
    1,
    2,
    3,
)
