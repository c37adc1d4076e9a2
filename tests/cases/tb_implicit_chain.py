# uncaught exception raised while handling another: implicit chaining
def load(config, key):
    try:
        return config[key]
    except KeyError:
        raise RuntimeError('missing configuration: ' + key)

print('loading')
load({'a': 1}, 'b')
