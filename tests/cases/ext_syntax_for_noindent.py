scores = [88, 92, 79]

for s in scores:
print(s)
