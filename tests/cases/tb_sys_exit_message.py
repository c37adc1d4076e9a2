# sys.exit with a string prints it to stderr and exits with status 1
import sys

def fatal(msg):
    print('fatal called')
    sys.exit(msg)

fatal('configuration is broken')
