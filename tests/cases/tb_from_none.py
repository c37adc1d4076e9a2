# uncaught exception raised with 'from None': no chained report
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError('no entry named ' + key) from None

print(lookup({'k': 'v'}, 'k'))
lookup({}, 'absent')
