def parse_port(s):
    try:
        return int(s)
    except ValueError as e:
        e.add_note(f"while parsing port {s!r}")
        e.add_note("ports must be integers")
        raise

try:
    parse_port("http")
except ValueError as e:
    print(e, e.__notes__)
e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(5)
except TypeError as te:
    print(type(te).__name__, te)
parse_port("eighty")
