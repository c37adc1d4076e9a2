# a small simulation with closures, exceptions and formatted output
class InsufficientFunds(Exception):
    pass

def open_account(owner, balance=0):
    log = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError('deposit must be positive')
        balance += amount
        log.append(('deposit', amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise InsufficientFunds('%s has %d, needs %d' % (owner, balance, amount))
        balance -= amount
        log.append(('withdraw', amount))
        return balance
    def statement():
        lines = ['%-10s %6s' % ('action', 'amount')]
        for action, amount in log:
            lines.append('%-10s %6d' % (action, amount))
        lines.append('%-10s %6d' % ('balance', balance))
        return '\n'.join(lines)
    return {'deposit': deposit, 'withdraw': withdraw, 'statement': statement}

acct = open_account('ann', 100)
print(acct['deposit'](50))
print(acct['withdraw'](30))
for op, amount in [('withdraw', 500), ('deposit', -5), ('withdraw', 120)]:
    try:
        print(op, amount, '->', acct[op](amount))
    except InsufficientFunds as e:
        print('InsufficientFunds:', e)
    except ValueError as e:
        print('ValueError:', e)
print(acct['statement']())

def transfer(src, dst, amount):
    try:
        src['withdraw'](amount)
    except InsufficientFunds as e:
        raise RuntimeError('transfer failed') from e
    dst['deposit'](amount)

bob = open_account('bob')
try:
    transfer(acct, bob, 1000)
except RuntimeError as e:
    print(repr(e), '<-', repr(e.__cause__))
acct['deposit'](40)
transfer(acct, bob, 25)
print(acct['statement']())
print(bob['statement']())
