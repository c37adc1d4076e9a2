def load(records):
    return [parse_record(r) for r in records]

def parse_record(r):
    name, _, age = r.partition(":")
    return {"name": name.strip(), "age": to_int(age)}

def to_int(s):
    return int(s)

print(load(["ann: 3", "bob: 4"]))
print("about to fail")
load(["cid: 5", "dee: x"])
print("never")
