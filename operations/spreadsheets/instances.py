"""Each row's stored object, found by its natural key: the objects a file may be about are read in
one query before its rows, and what the import saves is remembered for the rows that follow."""

import copy

from django.db.models import Model, Q
from import_export.instance_loaders import ModelInstanceLoader


class NaturalKeyInstanceLoader(ModelInstanceLoader):
    """Finds each row's stored object by its natural key, from one query for the whole file.

    The objects whose first key column the file names are fetched once (with what the resource
    reads); each row gets its own copy, so that a row that fails leaves nothing behind, and what
    the import saves is remembered (`remember`), so that a later row finds what an earlier one
    created. An unreadable key means a new row: its cell's message comes from the row's own
    import, as a validation error on the cell, rather than a bare exception.
    """

    def __init__(self, resource, dataset=None):
        super().__init__(resource, dataset)
        self.key_fields = [resource.fields[name] for name in resource.get_import_id_fields()]
        self.instances = None
        resource.instance_loader = self

    @staticmethod
    def _key_part(value):
        return value.pk if isinstance(value, Model) else value

    def key_of(self, instance):
        return tuple(self._key_part(field.get_value(instance)) for field in self.key_fields)

    @staticmethod
    def cell(field, row):
        """A key cell read by its widget; a key column the file leaves out (an optional one) is blank."""
        return field.clean(row) if field.column_name in row else None

    def load(self):
        """The stored objects the file's rows may be about: those whose narrowing key (the first key
        column, or each of `resource.narrowing_keys`) the file names, in one query."""
        narrowing = [self.resource.fields[name] for name in self.resource.narrowing_keys] or self.key_fields[:1]
        condition = Q(pk__in=[])
        for field in narrowing:
            values = set()
            # Unknown names are noted as each row reads its own cells, with that row's number.
            with self.resource.names.quiet():
                for row in self.dataset.dict if self.dataset is not None else []:
                    try:
                        value = self.cell(field, row)
                    except (ValueError, KeyError):
                        continue
                    if value is not None:
                        values.add(value)
            condition |= Q(**{f"{field.attribute}__in": values})
        self.instances = {self.key_of(instance): instance for instance in self.get_queryset().filter(condition)}

    def get_instance(self, row):
        if self.instances is None:
            self.load()
        try:
            key = tuple(self._key_part(self.cell(field, row)) for field in self.key_fields)
        except ValueError:
            return None
        found = self.instances.get(key)
        return copy.copy(found) if found is not None else None

    def remember(self, instance):
        self.instances[self.key_of(instance)] = copy.copy(instance)
