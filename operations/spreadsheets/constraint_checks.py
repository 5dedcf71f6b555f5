"""The model's constraints checked for an imported row, without the queries that cannot fail: a
uniqueness over the natural key the row was found by, and check constraints evaluated in Python."""

from django.core.exceptions import ValidationError
from django.db import router
from django.db.models import CheckConstraint, UniqueConstraint

from operations.models.constraints import Unsupported, condition_holds, constraint_fields, expression_fields


def validate_constraints(instance, key, exclude):
    """The model's constraints for an imported row found by its natural key (`key`: the key's
    fields), with the queries that cannot fail left out."""
    using = router.db_for_write(type(instance), instance=instance)
    errors = {}
    for model_class, constraints in instance.get_constraints():
        for constraint in constraints:
            if isinstance(constraint, UniqueConstraint) and holds_by_key(constraint, instance, key):
                continue
            try:
                if isinstance(constraint, CheckConstraint):
                    check(constraint, model_class, instance, exclude, using)
                else:
                    constraint.validate(model_class, instance, exclude=exclude, using=using)
            except ValidationError as error:
                errors = error.update_error_dict(errors)
    if errors:
        raise ValidationError(errors)


def holds_by_key(constraint, instance, key):
    """Whether a uniqueness cannot fail for a row found by its natural key: it spans the whole key
    (which the instance loader and `_check_repeated_key` hold), or its condition does not apply
    to the row. Asking the database instead cost two queries a row, a tenth of the import."""
    if key <= set(constraint.fields or expression_fields(constraint.expressions)):
        return True  # another row with these values would have this row's key: the same row
    if constraint.condition is not None:
        try:
            return condition_holds(constraint.condition, instance) is False
        except Unsupported:
            return False
    return False


def check(constraint, model_class, instance, exclude, using):
    """A check constraint evaluated in Python (a query per row otherwise), skipped like
    Django skips it when it names a field that already failed."""
    if constraint_fields(constraint) & set(exclude or ()):
        return
    try:
        holds = condition_holds(constraint.condition, instance)
    except Unsupported:
        constraint.validate(model_class, instance, exclude=exclude, using=using)
        return
    if holds is False:
        raise ValidationError(constraint.get_violation_error_message(), code=constraint.violation_error_code)
