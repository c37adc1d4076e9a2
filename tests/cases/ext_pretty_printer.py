def pretty(obj, indent=0, step=2):
    pad = " " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        lines = ["{"]
        for k in sorted(obj, key=str):
            lines.append(f"{pad}{' ' * step}{k!r}: {pretty(obj[k], indent + step, step)},")
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(obj, (list, tuple)):
        open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
        if not obj:
            return open_ + close
        if all([not isinstance(x, (dict, list, tuple)) for x in obj]):
            return open_ + ", ".join(map(repr, obj)) + ("," if len(obj) == 1 and close == ")" else "") + close
        inner = [pad + " " * step + pretty(x, indent + step, step) + "," for x in obj]
        return "\n".join([open_] + inner + [pad + close])
    if isinstance(obj, float):
        return f"{obj:.3g}"
    return repr(obj)

doc = {
    "name": "widget",
    "version": (1, 4, 2),
    "price": 19.98765,
    "tags": ["a", "b"],
    "dims": {"w": 2.5, "h": 10, "nested": [{"k": None}, [1, [2]], ()]},
    "single": (7,),
    "empty": {},
    3: True,
}
print(pretty(doc))
print(pretty([]), pretty([[]]), pretty(1e-9), pretty("q'uote"))
