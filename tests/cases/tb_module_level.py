# uncaught exception raised directly at module level
print('before the error')
x = {'a': 1}
raise ValueError('module level failure')
print('never printed')
