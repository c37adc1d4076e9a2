# fizzbuzz written several ways, checking they agree
def fb_if(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    if n % 3 == 0:
        return 'Fizz'
    if n % 5 == 0:
        return 'Buzz'
    return str(n)

def fb_concat(n):
    return ('Fizz' * (n % 3 == 0) + 'Buzz' * (n % 5 == 0)) or str(n)

def make_fb(rules):
    def fb(n):
        out = ''.join([word for div, word in rules if n % div == 0])
        return out or str(n)
    return fb

fb_rules = make_fb([(3, 'Fizz'), (5, 'Buzz')])
fb_lambda = lambda n: 'FizzBuzz' if n % 15 == 0 else 'Fizz' if n % 3 == 0 else 'Buzz' if n % 5 == 0 else str(n)

results = [[f(n) for n in range(1, 31)] for f in (fb_if, fb_concat, fb_rules, fb_lambda)]
print(' '.join(results[0]))
print(all([r == results[0] for r in results]))
fbb = make_fb([(3, 'Fizz'), (5, 'Buzz'), (7, 'Bazz')])
print(' '.join([fbb(n) for n in range(100, 111)]))
print(fbb(105))
