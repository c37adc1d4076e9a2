def compute_average(numbers):
    total = sum(numbers)
    count = len(numbers)
    return totl / count

values = [1, 2, 3]
print("start")
print(compute_average(values))
