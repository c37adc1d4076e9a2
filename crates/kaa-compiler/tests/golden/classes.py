class Base:
    """A base class."""
    kind = "base"

    def __init__(self, value):
        self.value = value

    def describe(self):
        return f"{self.kind}: {self.value}"

class Child(Base):
    kind = "child"

    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra

    @property
    def total(self):
        return self.value + self.extra

    def me(self):
        return __class__
