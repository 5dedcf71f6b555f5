"""Writing one row of demo data: found by its natural key, saved only when a value differs, so that
a second load changes nothing (no new history records, no new `updated_at`)."""

from collections import Counter

CHANGE_REASON = "Demo data (load_demo)"


class DemoDataError(ValueError):
    """The demo data refers to something that is not in it (a typo in a slug or code), or defines
    one thing twice in two different ways."""


class RowWriter:
    def __init__(self, models, log=None):
        self.log = log or (lambda message: None)
        self.tally = {model: Counter() for model in models}

    def upsert(self, model, lookup, values, m2m=None, create_only=None):
        """Create or update the row `lookup` finds, saving only if a value or a many-to-many set differs.

        `create_only` values are set on creation and left alone afterwards (an operation's status,
        which the review workflow owns once the row exists).
        """
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **values, **(create_only or {}))
            status = "created"
            self._save(obj)
        else:
            changed = [name for name, value in values.items() if getattr(obj, name) != value]
            for name in changed:
                setattr(obj, name, values[name])
            status = "updated" if changed else "unchanged"
            if changed:
                self._save(obj)
        for name, targets in (m2m or {}).items():
            manager = getattr(obj, name)
            wanted = {target.pk for target in targets}
            if set(manager.values_list("pk", flat=True)) != wanted:
                manager.set(targets)
                if status == "unchanged":
                    status = "updated"
        self.tally[model][status] += 1
        if status != "unchanged":
            self.log(f"{status} {model._meta.verbose_name}: {obj}")
        return obj

    @staticmethod
    def _save(obj):
        obj.full_clean()
        obj._change_reason = CHANGE_REASON
        obj.save()

    @staticmethod
    def find(mapping, key, what):
        try:
            return mapping[key]
        except KeyError:
            raise DemoDataError(f"The demo data refers to an unknown {what} {key!r}.") from None


def once_each(records, key):
    """The records with one of each key: the same record given twice (two modules sharing a unit)
    counts once, two different records under one key are an error."""
    kept = {}
    for record in records:
        earlier = kept.setdefault(key(record), record)
        if earlier != record:
            raise DemoDataError(f"{key(record)!r} is defined twice, differently: {earlier!r} and {record!r}.")
    return tuple(kept.values())
