import sys

def main(argv):
    print("args:", len(argv))
    if len(argv) < 5:
        sys.exit("usage: prog a b c d")
    return 0

try:
    sys.exit(3)
except SystemExit as e:
    print("caught exit", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("caught exit", e.code, e.args)
try:
    raise SystemExit("text", 2)
except SystemExit as e:
    print(e.code, e.args)
print(isinstance(SystemExit(), Exception), issubclass(SystemExit, BaseException))
try:
    main(["x"])
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught:", type(e).__name__, e)
sys.stdout.flush()
main(["x"])
