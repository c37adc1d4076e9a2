# sys.exit(3) exits with status 3 and prints nothing to stderr
import sys
print('about to exit')
sys.exit(3)
print('never')
