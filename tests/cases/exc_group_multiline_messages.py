# Multi-line messages inside an uncaught exception group: CPython's printer writes the message in one piece.
e = ExceptionGroup('g\nx', [ValueError('line1\nline2'), ExceptionGroup('inner\nmsg', [KeyError('k\nk2')])])
e.add_note('n1\nn2')
raise e
