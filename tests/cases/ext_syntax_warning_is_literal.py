x = 1
if x is 1:
    print("warned but runs")
print(x is not "a")
