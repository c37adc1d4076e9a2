def fmt(name, value, width):
    return f"{name}={value!r:>{width}} {value:.2f} {{literal}} {name=}"

def plain(x):
    return f"{x}" + f"" + f"just text"
