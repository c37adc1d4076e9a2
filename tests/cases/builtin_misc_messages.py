# Messages of builtins met at the edges: radix functions and __index__, exec's locals,
# mappings whose keys() is not iterable, class-method descriptors used directly.
def t(f, label):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
t(lambda: bin(I(5)), "bin(I(5))")
t(lambda: hex(I('1')), "hex(I('1'))")
t(lambda: oct(2.5), "oct(2.5)")
t(lambda: exec("1", None, 5), "exec locals int")
t(lambda: eval("1", None, 5), "eval locals int")
class K:
    def keys(self): return 5
    def __getitem__(self, k): return 1
def f(**kw): return kw
t(lambda: f(**K()), "f(**K())")
t(lambda: {**K()}, "{**K()}")
t(lambda: {}.update(K()), "{}.update(K())")
t(lambda: dict(K()), "dict(K())")
fb = int.__dict__['from_bytes']
t(lambda: fb(b'\x01\x00', 'big'), "fb(bytes)")
t(lambda: fb(int, b'\x01\x00', 'big'), "fb(int, ...)")
t(lambda: fb(bool, b'\x01', 'big'), "fb(bool, ...)")
t(lambda: fb(str, b'\x01', 'big'), "fb(str, ...)")
t(lambda: fb(), "fb()")
t(lambda: fb.__get__(None, int)(b'\x01', 'big'), "fb.__get__(None, int)")
t(lambda: fb.__get__(5)(b'\x02', 'little'), "fb.__get__(5)")
t(lambda: dict.__dict__['fromkeys'](dict, 'ab'), "fromkeys(dict, 'ab')")
t(lambda: dict.__dict__['fromkeys'].__get__({}, dict)('xy', 0), "fromkeys bound")
