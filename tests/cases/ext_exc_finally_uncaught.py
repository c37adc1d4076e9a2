def open_resource(name):
    print("open", name)
    return {"name": name, "open": True}

def work(res):
    try:
        print("working on", res["name"])
        return res["size"]
    finally:
        res["open"] = False
        print("closed", res["name"])
        if res["name"] == "db":
            raise RuntimeError("close failed")

print(work({"name": "file", "size": 3}))
work(open_resource("db"))
