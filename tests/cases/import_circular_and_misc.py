# Circular imports ("partially initialized module"), exec/eval with dict-subclass
# globals, print to a closed stdout, ExceptionGroup's place among Exception's subclasses.
import sys

# Modules written to /tmp (the cases directory must hold only cases).
sources = {
    "kaa_case_circ_a": "import kaa_case_circ_b\ndef fa(): pass\n",
    "kaa_case_circ_b": "from kaa_case_circ_a import fa\n",
    "kaa_case_circ_c": "import kaa_case_circ_d\nx = 1\n",
    "kaa_case_circ_d": "import kaa_case_circ_c\nprint(kaa_case_circ_c.x)\n",
}
for name, text in sources.items():
    with open(f"/tmp/{name}.py", "w") as f:
        f.write(text)
sys.path.insert(0, "/tmp")
for name in ["kaa_case_circ_a", "kaa_case_circ_c"]:
    try:
        __import__(name)
    except (ImportError, AttributeError) as e:
        print(type(e).__name__, e)
    print(name in sys.modules)

class R(dict):
    pass
g = R()
exec("x = 1\ny = x + 1", g)
print(sorted(k for k in g if k != "__builtins__"), g["y"], type(g).__name__)
print(eval("y * 10", g))
class L(dict):
    def __getitem__(self, k):
        if k == "magic":
            return 42
        return super().__getitem__(k)
print(eval("magic", {}, L()))

print(ExceptionGroup in Exception.__subclasses__(), ExceptionGroup in BaseExceptionGroup.__subclasses__())

sys.stdout.close()
try:
    print("lost")
except ValueError as e:
    sys.stderr.write(f"{type(e).__name__}: {e}\n")
