# catching SystemExit, KeyboardInterrupt and BaseException
import sys

try:
    sys.exit(4)
except SystemExit as e:
    print('SystemExit code', e.code, e.args)

try:
    sys.exit()
except SystemExit as e:
    print('no arg code', e.code, e.args)

try:
    sys.exit('message')
except SystemExit as e:
    print('message code', repr(e.code))

try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print('two args code', e.code)

print("-- Exception does not catch SystemExit")
try:
    try:
        sys.exit(9)
    except Exception:
        print('not here')
except BaseException as e:
    print('BaseException caught', type(e).__name__)

print("-- KeyboardInterrupt is not an Exception")
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print('not here')
except KeyboardInterrupt as e:
    print('KeyboardInterrupt caught', repr(e))

print("-- exit is a SystemExit carrying the code")
def quit_with(code):
    sys.exit(code)
for code in [0, 1, None, 'bye', 255]:
    try:
        quit_with(code)
    except SystemExit as e:
        print(repr(e.code))
print('still running')
