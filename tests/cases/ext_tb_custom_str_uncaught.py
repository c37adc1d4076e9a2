class HTTPError(Exception):
    def __init__(self, status, reason):
        Exception.__init__(self, status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return f"{self.status} {self.reason}"

class Empty(Exception):
    def __str__(self):
        return ""

try:
    raise Empty()
except Empty as e:
    print(repr(str(e)))

def fetch(url):
    if url.endswith("/missing"):
        raise HTTPError(404, "Not Found")
    return "ok"

print(fetch("/home"))
fetch("/api/missing")
