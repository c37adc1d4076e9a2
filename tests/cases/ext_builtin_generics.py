def total(prices: list[float], tax: float | None = None) -> dict[str, float]:
    base = sum(prices)
    return {"base": base, "tax": base * (tax or 0)}

print(total([1.0, 2.5], 0.1))
print(total.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, int | None, type(int | str).__name__)
print(list[int]([1, 2]), list[int] == list[int], isinstance([], list), int | str == str | int)
print(isinstance(3, int | str), isinstance("s", int | float), issubclass(bool, int | None))
Matrix = list[list[float]]
def ident(n: int) -> Matrix:
    return [[float(i == j) for j in range(n)] for i in range(n)]
print(ident(2), Matrix)
