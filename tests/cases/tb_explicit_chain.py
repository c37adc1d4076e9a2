# uncaught exception raised with 'from': explicit chaining
def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        raise TypeError('parse failed for ' + repr(text)) from exc

print(parse('12'))
parse('x12')
