import sys
print("before exit")
def shutdown(code):
    try:
        sys.exit(code)
    finally:
        print("finally on exit", code)
shutdown(7)
