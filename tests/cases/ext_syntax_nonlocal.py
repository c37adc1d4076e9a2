x = 1

def f():
    print("never runs")

nonlocal x
