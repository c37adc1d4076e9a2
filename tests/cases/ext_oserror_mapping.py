for errno_, msg in [(2, "No such file or directory"), (13, "Permission denied"), (17, "File exists"), (21, "Is a directory"), (99, "Other")]:
    e = OSError(errno_, msg)
    print(type(e).__name__, e.errno, e.strerror, str(e), repr(e))
e = OSError(2, "No such file or directory", "data.csv")
print(type(e).__name__, str(e), e.args, e.filename, e.filename2)
e = OSError(2, "No such file", "a", None, "b")
print(type(e).__name__, str(e), e.args, e.filename, e.filename2)
try:
    raise OSError(2, "missing", "cfg.ini")
except FileNotFoundError as ex:
    print("caught as FileNotFoundError:", ex)
print(str(OSError("plain")), OSError("plain").errno, str(OSError()), OSError(1, 2, 3, 4, 5, 6).args)
print(isinstance(OSError(13, "x"), PermissionError), type(FileNotFoundError(13, "x")).__name__)
