class ParseError(Exception):
    pass

def tokenize(s):
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(float(s[i:j]) if "." in s[i:j] else int(s[i:j]))
            i = j
        elif c in "+-*/()%":
            toks.append(c)
            i += 1
        else:
            raise ParseError(f"bad char {c!r} at {i}")
    return toks

def parse(toks):
    pos = 0
    def peek():
        return toks[pos] if pos < len(toks) else None
    def take():
        nonlocal pos
        t = toks[pos]
        pos += 1
        return t
    def expr():
        v = term()
        while peek() in ("+", "-"):
            op = take()
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        v = atom()
        while peek() in ("*", "/", "%"):
            op = take()
            r = atom()
            v = v * r if op == "*" else (v / r if op == "/" else v % r)
        return v
    def atom():
        t = take()
        if t == "(":
            v = expr()
            if take() != ")":
                raise ParseError("expected )")
            return v
        if t == "-":
            return -atom()
        if isinstance(t, (int, float)):
            return t
        raise ParseError(f"unexpected {t!r}")
    v = expr()
    if pos != len(toks):
        raise ParseError(f"trailing tokens: {toks[pos:]}")
    return v

for src in ["1+2*3", "(1+2)*3", "10/4", "7%3", "-(2+3)*2", "2.5*4", "1/0", "1+", "3 $ 4", "(1", "1 2", "10 % 0"]:
    try:
        print(src, "=", parse(tokenize(src)))
    except ParseError as e:
        print(src, "-> ParseError:", e)
    except IndexError as e:
        print(src, "-> IndexError:", e)
    except ZeroDivisionError as e:
        print(src, "-> ZeroDivisionError:", e)
