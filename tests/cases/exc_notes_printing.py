class N:
    def __str__(self): return 'STR'
    def __repr__(self): return 'REPR'
e = KeyError('k'); e.__notes__ = ['a\n', N(), 'x\ny\n', '']; raise e
