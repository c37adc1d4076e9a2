# ImportError details set by the import system: msg, name, path, "is not a package";
# and the message for an exception class whose __new__ returns a non-exception.
for stmt in ['import no_such_mod_q', 'from sys import nope', 'import sys.nope',
             'import no_such_pkg.sub', 'from no_such_mod_z import x']:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, repr(e.msg), repr(e.name), repr(e.path), str(e))


class BadNew(Exception):
    def __new__(cls, *a):
        return 5


try:
    raise BadNew
except TypeError as e:
    print(e)
import sys.path
