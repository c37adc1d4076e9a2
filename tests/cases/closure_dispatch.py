# closures standing in for objects: a stack and a queue built from functions
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        if not items:
            raise IndexError('pop from empty stack')
        return items.pop()
    def peek():
        return items[-1] if items else None
    def size():
        return len(items)
    return {'push': push, 'pop': pop, 'peek': peek, 'size': size}

s = make_stack()
for v in 'abc':
    s['push'](v)
print(s['size'](), s['peek']())
print(s['pop'](), s['pop'](), s['pop']())
try:
    s['pop']()
except IndexError as e:
    print('IndexError:', e)

def make_queue():
    front = []
    back = []
    def enqueue(x):
        back.append(x)
    def dequeue():
        nonlocal front, back
        if not front:
            front, back = back[::-1], []
        return front.pop()
    return enqueue, dequeue

enq, deq = make_queue()
for i in range(5):
    enq(i)
print(deq(), deq())
enq(99)
print([deq() for _ in range(4)])

print("-- dispatch by message")
def make_account(owner):
    balance = 0
    def dispatch(msg, *args):
        nonlocal balance
        if msg == 'deposit':
            balance += args[0]
        elif msg == 'balance':
            return owner + ': ' + str(balance)
        else:
            raise ValueError('unknown message ' + repr(msg))
        return balance
    return dispatch
acct = make_account('ann')
print(acct('deposit', 10), acct('deposit', 5), acct('balance'))
try:
    acct('close')
except ValueError as e:
    print(e)
