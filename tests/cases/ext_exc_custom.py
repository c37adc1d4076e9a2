class AppError(Exception):
    """Base for app errors."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super_init = AppError.__init__
        super_init(self, field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f"{self.field}: {self.message}"

class NotFound(AppError):
    code = 404

def validate(user):
    if "name" not in user:
        raise ValidationError("name", "required")
    if len(user["name"]) < 2:
        raise ValidationError("name", "too short")
    if user.get("id", 0) < 0:
        raise NotFound("user %d" % user["id"])
    return True

for u in [{"name": "Al"}, {}, {"name": "A"}, {"name": "Bob", "id": -4}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("validation", e, e.args, e.field, repr(e))
    except AppError as e:
        print("app", type(e).__name__, e, getattr(e, "code", None), repr(e))
print(ValidationError.__mro__[1:3], ValidationError.__doc__, AppError.__doc__)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr(1)), str(WithRepr(1, 2)), str(WithRepr()))
e = NotFound("x")
e.extra = 5
print(e.extra, e.__dict__, NotFound.code)
class NoArgsInit(Exception):
    def __init__(self):
        pass
n = NoArgsInit()
print(repr(n), str(n), n.args)
try:
    raise NotFound
except NotFound as ex:
    print(repr(ex), ex.args)
try:
    raise 42
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    raise ValueError from 5
except TypeError as ex:
    print(type(ex).__name__, ex)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    try:
        pass
    except NotAnException:
        pass
    1 / 0
except ZeroDivisionError as ex:
    print("zde", ex)
raise ValidationError("email", "invalid format")
