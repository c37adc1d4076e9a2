"""Struct sequences for sys: tuple-like records with named fields (sys.version_info,
sys.flags) and the sys.implementation namespace."""


class _StructSeq:
    _fields = ()
    _name = ''

    def __init__(self, *values):
        self._values = values

    def __getattr__(self, name):
        fields = type(self)._fields
        if name in fields:
            return self._values[fields.index(name)]
        raise AttributeError(f"'{type(self)._name}' object has no attribute '{name}'")

    def __getitem__(self, index):
        return self._values[index]

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __ne__(self, other):
        return tuple(self) != tuple(other)

    def __lt__(self, other):
        return tuple(self) < tuple(other)

    def __le__(self, other):
        return tuple(self) <= tuple(other)

    def __gt__(self, other):
        return tuple(self) > tuple(other)

    def __ge__(self, other):
        return tuple(self) >= tuple(other)

    def __hash__(self):
        return hash(self._values)

    def __repr__(self):
        parts = ', '.join([f'{n}={v!r}' for n, v in zip(type(self)._fields, self._values)])
        return f'{type(self)._name}({parts})'


class version_info(_StructSeq):
    _fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')
    _name = 'sys.version_info'


class flags(_StructSeq):
    _fields = ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
               'no_user_site', 'no_site', 'ignore_environment', 'verbose',
               'bytes_warning', 'quiet', 'hash_randomization', 'isolated',
               'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path',
               'int_max_str_digits')
    _name = 'sys.flags'


class float_info(_StructSeq):
    _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
               'mant_dig', 'epsilon', 'radix', 'rounds')
    _name = 'sys.float_info'


class hash_info(_StructSeq):
    _fields = ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
               'seed_bits', 'cutoff')
    _name = 'sys.hash_info'


class int_info(_StructSeq):
    _fields = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
               'str_digits_check_threshold')
    _name = 'sys.int_info'


class namespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        parts = ', '.join([f'{k}={v!r}' for k, v in vars(self).items()])
        return f'namespace({parts})'


def make_version_info(major, minor, micro, level, serial):
    return version_info(major, minor, micro, level, serial)


def make_implementation(name, cache_tag, version, hexversion):
    return namespace(name=name, cache_tag=cache_tag, version=version, hexversion=hexversion)


def make_flags(interactive):
    return flags(0, interactive, interactive, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1)


# The values describe the machine's IEEE 754 doubles and Kaa's hashing, which follow
# CPython's (numeric hashes modulo 2**61 - 1, SipHash-1-3 for str and bytes).
FLOAT_INFO = float_info(1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
                        15, 53, 2.220446049250313e-16, 2, 1)
HASH_INFO = hash_info(64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0)
# Kaa's big ints are not stored in 30-bit digits; these are the values CPython reports,
# kept so that code reading them (the digit limits above all) behaves the same.
INT_INFO = int_info(30, 4, 4300, 640)
