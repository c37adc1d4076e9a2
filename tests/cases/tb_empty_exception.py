# uncaught exception class raised without arguments
def stop():
    raise NotImplementedError

print('calling stop')
stop()
