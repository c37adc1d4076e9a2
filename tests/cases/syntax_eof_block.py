# A block left empty at the end of a script: CPython reports the error at column 0
# (its file tokenizer has nothing buffered), so no caret is printed.
class A:
    def f(self):
