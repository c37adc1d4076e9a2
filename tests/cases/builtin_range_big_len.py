# len() of ranges with huge bounds: an OverflowError only when the length itself is too big.
for e in ['len(range(0, 10**20, 3*10**18))', 'len(range(10**20))', 'len(range(-10**19, 10**19, 10**18))', 'list(range(0, 10**20, 3*10**19))', 'range(0, 10**20, 3*10**18)[5]', 'bool(range(10**20, 10**20))']:
    try: print(e, eval(e))
    except OverflowError as ex: print(e, 'OverflowError', ex)
