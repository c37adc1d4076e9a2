import sys
events = []
def prof(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith('c_'):
        name = getattr(arg, '__name__', '?')
    events.append((event, name))
def sq(x):
    return x * x
def main():
    total = 0
    for i in range(3):
        total += sq(i)
    return len([total])
sys.setprofile(prof)
main()
sys.setprofile(None)
for e in events:
    print(e)
print(sys.getprofile())
