# SystemExit with a non-int, non-str code prints its str and exits 1
import sys

def finish(code):
    print('finishing with', repr(code))
    sys.exit(code)

finish(['not', 'an', 'int'])
