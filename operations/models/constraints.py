"""Check constraints evaluated in Python, on an instance about to be saved.

Django checks a `CheckConstraint` with a query (`Q.check`); an import of thousands of rows would
send one per constraint and row. The register's conditions are simple (a value at least 0, an end
not before its start, a currency with money), so they are evaluated here, with SQL's rules for
NULL, and the database is asked only for a condition this module does not know.
"""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import F, Q


def constraint_fields(constraint):
    """The model fields a check constraint's condition names: {"value"} for value >= 0."""
    names = set()

    def walk(node):
        for child in node.children:
            if isinstance(child, Q):
                walk(child)
            else:
                names.add(child[0].split("__")[0])

    walk(constraint.condition)
    return names


class Unsupported(Exception):
    """A condition `condition_holds` cannot evaluate in Python; the database will."""


COMPARISONS = {
    "exact": lambda actual, expected: actual == expected,
    "gt": lambda actual, expected: actual > expected,
    "gte": lambda actual, expected: actual >= expected,
    "lt": lambda actual, expected: actual < expected,
    "lte": lambda actual, expected: actual <= expected,
    "in": lambda actual, expected: actual in expected,
}


def condition_holds(node, instance):
    """A check constraint's condition on an unsaved instance, as SQL evaluates it: True, False,
    or None when unknown (a comparison with NULL), which a CHECK lets pass. Raises Unsupported
    for lookups it does not know (across relations, functions)."""
    if isinstance(node, Q):
        results = [condition_holds(child, instance) for child in node.children]
        if node.connector == Q.AND:
            value = False if False in results else (None if None in results else True)
        else:
            value = True if True in results else (None if None in results else False)
        return value if value is None or not node.negated else not value
    if not isinstance(node, tuple):
        raise Unsupported(node)
    lookup, expected = node
    name, _sep, operator = lookup.partition("__")
    actual = field_value(instance, name)
    if isinstance(expected, F):
        expected = field_value(instance, expected.name)
    if operator == "isnull":
        return (actual is None) == expected
    if operator not in COMPARISONS.keys() | {""}:
        raise Unsupported(lookup)
    if actual is None or expected is None:
        return None
    return COMPARISONS[operator or "exact"](actual, expected)


def field_value(instance, name):
    if name == "pk":
        return instance.pk
    try:
        return getattr(instance, instance._meta.get_field(name).attname)
    except FieldDoesNotExist:
        raise Unsupported(name) from None


def expression_fields(expressions):
    """The model fields some expressions name: {"operation", "activity"} for
    Coalesce("operation", Value(0)), Coalesce("activity", Value(0))."""
    names = set()

    def walk(node):
        if isinstance(node, F):
            names.add(node.name.split("__")[0])
        elif isinstance(node, str):
            names.add(node.split("__")[0])
        else:
            for child in node.get_source_expressions():
                walk(child)

    for expression in expressions:
        walk(expression)
    return names
