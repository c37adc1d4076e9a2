# The time module: clocks (checked for type and monotonicity, not value), sleep and its
# errors, and the calendar functions on fixed timestamps.
import time

t0, n0 = time.time(), time.time_ns()
print(type(t0).__name__, type(n0).__name__, t0 > 1.6e9, n0 > 1.6e18)
for clock in (time.monotonic, time.perf_counter, time.process_time, time.thread_time):
    a = clock(); b = clock()
    print(clock.__name__, type(a).__name__, b >= a)
for clock in (time.monotonic_ns, time.perf_counter_ns, time.process_time_ns, time.thread_time_ns):
    a = clock(); b = clock()
    print(clock.__name__, type(a).__name__, b >= a)
start = time.perf_counter()
print(time.sleep(0.02))
print(time.perf_counter() - start >= 0.015)
time.sleep(0)
for expr in ['time.sleep("a")', 'time.sleep(-1)', 'time.sleep()', 'time.sleep(1, 2)', 'time.time(1)',
             'time.sleep(10**400)', 'time.sleep(float("nan"))', 'time.monotonic_ns(x=1)',
             'time.gmtime(0)', 'time.gmtime(1e9)', 'time.gmtime(-86401)', 'time.gmtime(951782400)',
             'time.gmtime(1700000000.5)[:6]', 'time.gmtime("x")', 'time.asctime(time.gmtime(1700000000))',
             'time.struct_time((1, 2))', 'time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9))',
             'time.mktime(time.localtime(1e9))', 'time.mktime((2000, 14, 1, 0, 0, 0, 0, 0, 0))',
             'time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 1, 0))', 'time.gmtime(1700000000).tm_yday',
             'time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0)', 'len(time.gmtime(0))', 'time.timezone']:
    try:
        print(expr, '=', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
g = time.gmtime(1700000000)
print(g.tm_zone, g.tm_gmtoff, g[0], g[-1])
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %c %x %X %% %Z %z', g))
for ts in range(0, 2000000000, 98765432):
    g = time.gmtime(ts)
    print(tuple(g), time.strftime('%j %U %W %a', g), time.mktime(g) == ts)
