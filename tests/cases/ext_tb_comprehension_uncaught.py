def parse_all(lines):
    return {line.split("=")[0]: int(line.split("=")[1]) for line in lines}

print(parse_all(["a=1", "b=2"]))
print(parse_all(["c=3", "broken"]))
