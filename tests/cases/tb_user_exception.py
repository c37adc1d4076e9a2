# uncaught user-defined exception shows the __main__-qualified name
class ConfigError(Exception):
    pass

def validate(cfg):
    if 'name' not in cfg:
        raise ConfigError('name is required', 'E42')

print('validating')
validate({})
