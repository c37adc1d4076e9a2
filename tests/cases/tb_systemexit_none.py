# sys.exit() without argument and exit inside finally blocks
import sys
try:
    print('in try')
    sys.exit()
finally:
    print('finally still runs')
