# uncaught exception raised inside a finally block after another exception
def cleanup():
    raise OSError('cleanup failed')

def work():
    try:
        raise ValueError('work failed')
    finally:
        cleanup()

print('working')
work()
