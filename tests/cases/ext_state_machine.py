TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "idle",
    ("paused", "stop"): "idle",
}

class InvalidTransition(Exception):
    def __init__(self, state, event):
        Exception.__init__(self, f"cannot {event!r} while {state!r}")
        self.state = state
        self.event = event

def make_machine(state="idle"):
    log = []
    def fire(event):
        nonlocal state
        key = (state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(state, event)
        old, state = state, TRANSITIONS[key]
        log.append(f"{old}->{state}")
        return state
    def current():
        return state
    fire.log = log
    return fire, current

fire, current = make_machine()
for ev in ["start", "pause", "pause", "resume", "stop", "resume", "start"]:
    try:
        print(ev, "=>", fire(ev))
    except InvalidTransition as e:
        print(ev, "!!", e, (e.state, e.event), e.args)
print(current(), fire.log)
counts = {}
for (src, ev), dst in TRANSITIONS.items():
    counts.setdefault(src, []).append(ev)
print(counts)
print(sorted(set([dst for dst in TRANSITIONS.values()])))
