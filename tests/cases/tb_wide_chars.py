# Caret lines count East Asian wide characters as two columns (both in the indentation
# before the carets and in the carets themselves); other non-ASCII characters as one.
import sys


def show(f):
    try:
        f()
    except Exception as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


def wide_left_operand():
    x = '日本' + None


def wide_right_operand():
    x = None + '日本'


def wide_before_subscript():
    d = {}
    y = ['日本', d['k']]


def wide_before_call():
    def g(): pass
    y = ['日本', g(1)]


def fullwidth_chars():
    y = ['ＡＢＣ', 1 / 0]


def accented_only():
    y = ['é', 'ü', 1 / 0]


def wide_in_multiline():
    x = ('日本'
         + None)


def emoji_and_wide():
    y = {'🐍': '日本語'}['🐍'] + 1


for f in [wide_left_operand, wide_right_operand, wide_before_subscript, wide_before_call,
          fullwidth_chars, accented_only, wide_in_multiline, emoji_and_wide]:
    show(f)
