# traceback carets for a failing attribute access
def shout(text):
    return text.upper() + text.loudly()

print('working')
shout('hello')
