def with_in_loop(cms):
    for cm in cms:
        with cm:
            if cm is None:
                break
            if cm:
                continue
            return cm

def finally_return(x):
    try:
        if x:
            return "try"
    finally:
        x = None
    return "after"

def nested_handlers():
    try:
        try:
            raise ValueError
        except ValueError:
            raise KeyError
    except KeyError as k:
        return k
