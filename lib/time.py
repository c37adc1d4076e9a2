"""time: the clocks and sleep() from the native _time module, and the calendar side
(struct_time, gmtime, localtime, mktime, strftime, asctime, ctime) written here.

Kaa has no time zone database yet: local time is taken to be UTC (timezone == 0),
which is what CPython reports on a machine whose zone is UTC."""

from _time import (time, time_ns, monotonic, monotonic_ns, perf_counter,
                   perf_counter_ns, process_time, process_time_ns, thread_time,
                   thread_time_ns, sleep)

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time:
    """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __init__(self, seq, zone=None, gmtoff=None):
        values = tuple(seq)
        if len(values) < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence '
                            f'({len(values)}-sequence given)')
        if len(values) > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence '
                            f'({len(values)}-sequence given)')
        self._values = values[:9]
        extra = values[9:] + (None, None)
        self.tm_zone = zone if zone is not None else extra[0]
        self.tm_gmtoff = gmtoff if gmtoff is not None else extra[1]

    def __getattr__(self, name):
        if name in _FIELDS:
            return self._values[_FIELDS.index(name)]
        raise AttributeError(f"'time.struct_time' object has no attribute '{name}'")

    def __getitem__(self, index):
        return self._values[index]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        return self._values == tuple(other) if isinstance(other, (tuple, struct_time)) else NotImplemented

    def __hash__(self):
        return hash(self._values)

    def __repr__(self):
        parts = ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self._values))
        return f'time.struct_time({parts})'


def _days_from_civil(y, m, d):
    # Days since 1970-01-01 of a proleptic Gregorian date (eras of 400 years).
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _seconds(secs):
    if secs is None:
        return int(time())
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        return int(secs // 1)
    if isinstance(secs, int):
        return secs
    try:
        index = type(secs).__index__
    except AttributeError:
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer") from None
    return index(secs)


def _breakdown(secs, zone):
    secs = _seconds(secs)
    days, rem = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    yday = _days_from_civil(y, m, d) - _days_from_civil(y, 1, 1) + 1
    wday = (days + 3) % 7  # 1970-01-01 was a Thursday
    return struct_time((y, m, d, rem // 3600, rem % 3600 // 60, rem % 60, wday, yday, 0),
                       zone, 0)


def gmtime(secs=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return _breakdown(secs, 'GMT')


def localtime(secs=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return _breakdown(secs, 'UTC')


def _checked(t, name):
    if t is None:
        return localtime()
    if not isinstance(t, (tuple, struct_time)):
        raise TypeError('Tuple or struct_time argument required')
    values = tuple(t)
    if len(values) != 9:
        raise TypeError(f'{name}(): illegal time tuple argument')
    return values


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    y, m, d, hh, mm, ss = _checked(t, 'mktime')[:6]
    months, m = divmod(m - 1, 12)
    return float(_days_from_civil(y + months, m + 1, 1) + d - 1) * 86400 + hh * 3600 + mm * 60 + ss


_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    y, m, d, hh, mm, ss, wd = _checked(t, 'asctime')[:7]
    return f'{_DAYS[wd % 7][:3]} {_MONTHS[(m - 1) % 12][:3]} {d:2} {hh:02}:{mm:02}:{ss:02} {y}'


def ctime(secs=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(secs))


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    zone = 'UTC'
    if isinstance(t, struct_time) and t.tm_zone is not None:
        zone = t.tm_zone
    y, m, d, hh, mm, ss, wd, yd, dst = _checked(t, 'strftime')
    if not 1 <= m <= 12:
        raise ValueError('month out of range')
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        code = format[i + 1]
        i += 2
        if code == 'Y':
            out.append(str(y))
        elif code == 'y':
            out.append(f'{y % 100:02}')
        elif code == 'm':
            out.append(f'{m:02}')
        elif code == 'd':
            out.append(f'{d:02}')
        elif code == 'e':
            out.append(f'{d:2}')
        elif code == 'H':
            out.append(f'{hh:02}')
        elif code == 'I':
            out.append(f'{(hh % 12) or 12:02}')
        elif code == 'M':
            out.append(f'{mm:02}')
        elif code == 'S':
            out.append(f'{ss:02}')
        elif code == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif code == 'a':
            out.append(_DAYS[wd % 7][:3])
        elif code == 'A':
            out.append(_DAYS[wd % 7])
        elif code == 'b' or code == 'h':
            out.append(_MONTHS[m - 1][:3])
        elif code == 'B':
            out.append(_MONTHS[m - 1])
        elif code == 'j':
            out.append(f'{yd:03}')
        elif code == 'w':
            out.append(str((wd + 1) % 7))
        elif code == 'u':
            out.append(str(wd + 1))
        elif code == 'U':
            out.append(f'{(yd + 6 - (wd + 1) % 7) // 7:02}')
        elif code == 'W':
            out.append(f'{(yd + 6 - wd) // 7:02}')
        elif code == 'c':
            out.append(asctime((y, m, d, hh, mm, ss, wd, yd, dst)))
        elif code == 'x':
            out.append(f'{m:02}/{d:02}/{y % 100:02}')
        elif code == 'X' or code == 'T':
            out.append(f'{hh:02}:{mm:02}:{ss:02}')
        elif code == 'D':
            out.append(f'{m:02}/{d:02}/{y % 100:02}')
        elif code == 'F':
            out.append(f'{y}-{m:02}-{d:02}')
        elif code == 'R':
            out.append(f'{hh:02}:{mm:02}')
        elif code == 'Z':
            out.append(zone)
        elif code == 'z':
            out.append('+0000')
        elif code == 'n':
            out.append('\n')
        elif code == 't':
            out.append('\t')
        elif code == '%':
            out.append('%')
        else:
            out.append('%' + code)
    return ''.join(out)
