# open(): text and binary files, reading and writing, with, iteration, errors.
# A scratch file outside the cases folder (there is no os.remove to clean up with).
name = "/tmp/kaa_difftest_open_files.txt"
with open(name, "w") as f:
    print(type(f).__name__, f.mode, f.name, f.encoding, f.closed, f.readable(), f.writable())
    n = f.write("first line\nsecond line\n")
    print(n, f.write("héllo wörld\n"), f.tell())
    f.writelines(["a\n", "b\n", "c"])
    print(repr(f)[:40])
print(f.closed)
with open(name) as f:
    print(repr(f.readline()))
    print(repr(f.read(6)))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(name, encoding="utf-8") as f:
    print(f.encoding, len(f.read()))
with open(name, "a") as f:
    f.write("\nappended")
with open(name, "r") as f:
    print(f.read().splitlines()[-2:])
with open(name, "rb") as f:
    print(type(f).__name__, f.mode, repr(f)[:30])
    print(f.read(5), f.readline(), f.tell())
    f.seek(0)
    print(f.read(3))
    f.seek(-3, 2)
    print(f.read(), f.read())
    print(f.readline())
with open(name, "wb") as f:
    print(type(f).__name__, f.mode, f.write(b"bin\x00\xffdata\r\nline2\rline3\n"), f.tell())
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError", e)
with open(name, "rb") as f:
    print(f.readlines())
with open(name) as f:
    print(f.read().encode("utf-8", "replace") if False else repr(f.read() if False else "skip"))
with open(name, newline="") as f:
    try:
        print([l for l in f])
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
with open(name, "w", newline="") as f:
    f.write("x\r\ny\rz\n")
with open(name) as f:
    print([l for l in f])
with open(name, newline="") as f:
    print([l for l in f])
with open(name, newline="\n") as f:
    print([l for l in f])
with open(name, "r+") as f:
    print(type(f).__name__, f.read(2))
    f.seek(0)
    f.write("Q")
with open(name, "rb+") as f:
    print(type(f).__name__, f.mode, f.read())
    f.seek(0)
    f.write(b"Z")
    f.truncate(4)
with open(name, "rb") as f:
    print(f.read())
f = open(name)
f.close()
f.close()
for bad in [lambda: f.read(), lambda: f.readline(), lambda: next(f), lambda: open(name, "rw"),
            lambda: open(name, "q"), lambda: open(name, "rr"), lambda: open(name, "rb", encoding="utf-8"),
            lambda: open(name, "tb"), lambda: open(name, newline="x"), lambda: open(name, encoding="nope"),
            lambda: open("no_such_file_kaa.txt"), lambda: open("."), lambda: open(name, "x"), lambda: open(3.5),
            lambda: open(name, "w").read(), lambda: open(name).write("x"), lambda: open(name, mode=5)]:
    try:
        r = bad()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "errno", None), getattr(e, "filename", None))
with open(name, "w") as f:
    print("via print", 1, 2, file=f)
print(open(name).read(), end="")
import io
print(io.SEEK_END, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    with open(name) as f:
        f.write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
