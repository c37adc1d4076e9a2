def handler():
    raise KeyboardInterrupt

try:
    handler()
except Exception:
    print("Exception does not catch KeyboardInterrupt")
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
handler()
