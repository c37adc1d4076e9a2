class ConfigError(Exception):
    pass

def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e

def main():
    s = {"debug": True}
    print(read_setting(s, "debug"))
    print(read_setting(s, "port"))

main()
