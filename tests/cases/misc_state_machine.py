# a tokenizer and state machine built from closures and dispatch tables
def tokenize(src):
    tokens = []
    i = 0
    def number(start):
        j = start
        while j < len(src) and src[j].isdigit():
            j += 1
        return ('NUM', int(src[start:j])), j
    def name(start):
        j = start
        while j < len(src) and (src[j].isalnum() or src[j] == '_'):
            j += 1
        return ('NAME', src[start:j]), j
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            tok, i = number(i)
            tokens.append(tok)
        elif ch.isalpha() or ch == '_':
            tok, i = name(i)
            tokens.append(tok)
        elif ch in '+-*/()=':
            tokens.append(('OP', ch))
            i += 1
        else:
            raise SyntaxError('unexpected character %r at %d' % (ch, i))
    return tokens

print(tokenize('x = 12 + foo_1 * (3 - y)'))
try:
    tokenize('a $ b')
except SyntaxError as e:
    print('SyntaxError:', e)

def make_machine(transitions, start):
    state = start
    history = [start]
    def feed(event):
        nonlocal state
        key = (state, event)
        if key not in transitions:
            raise ValueError('no transition from %s on %s' % key)
        state = transitions[key]
        history.append(state)
        return state
    return feed, history

door = {('closed', 'open'): 'opened', ('opened', 'close'): 'closed',
        ('closed', 'lock'): 'locked', ('locked', 'unlock'): 'closed'}
feed, history = make_machine(door, 'closed')
for ev in ['open', 'close', 'lock', 'unlock', 'open']:
    print(ev, '->', feed(ev))
try:
    feed('lock')
except ValueError as e:
    print('ValueError:', e)
print(history)
