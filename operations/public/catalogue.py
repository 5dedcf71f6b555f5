"""What the public filter forms offer, read once per process and per revision of the register.

A results page at a million results offers about 900 choices (every published operation, metric,
country and source). Reading them through the public doors and writing their markup took more than
half of the page's time (docs/performance.md). They change only when the register changes, so each
process keeps them, with their markup, under the register's revision (`Revision`), which every
change bumps in its own transaction (operations.review.signals). A page then asks one question, the
revision, instead of one per drop-down, and a chosen key is checked against the same list.

The table pages rendered for anonymous visitors are kept with the catalogue too (`KeptPages`, used
by operations.public.listing): a page asked for again before the register changes is answered as it was
rendered, and the first page after a change is rendered anew, never a stale one.
"""

import html
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings

from operations.models import CrimeArea, Metric, Operation, Result, Revision, Series, Source
from operations.models.results import breakdown_ids
from participants.models import Participant


def _same(value):
    return value


# How each model names itself in a drop-down, from plain values: the words of its __str__
# (tests/operations/test_choices.py keeps the two the same).
LABELS = {
    Operation: (("short_name",), _same),
    Series: (("short_name",), _same),
    CrimeArea: (("name",), _same),
    Source: (("title",), _same),
    Metric: (("parent__name", "name"), lambda parent, name: f"{parent} – {name}" if parent else name),
    Participant: (("name", "footnote"), lambda name, footnote: f"{name}*" if footnote else name),
}

# Each drop-down of the public forms: its question (always through a public door) and the field
# its options are keyed by (what the URL carries).
SOURCES = {
    "operations": (lambda: Operation.objects.published().order_by("-start_date", "name"), "slug"),
    "series": (lambda: Series.objects.all(), "slug"),
    "crime_areas": (lambda: CrimeArea.objects.all(), "slug"),
    "metrics": (lambda: Metric.objects.all(), "code"),
    "countries": (lambda: Participant.objects.public().countries(), "slug"),
    "participants": (lambda: Participant.objects.public(), "slug"),
    "sources": (lambda: Source.objects.public(), "pk"),
}


def queryset(name):
    return SOURCES[name][0]()


def key_field(name):
    return SOURCES[name][1]


@dataclass(frozen=True)
class NamedParticipant:
    """A participant as a drop-down names it: enough for its footnote (participants.footnotes)."""

    name: str
    footnote: str

    @property
    def display_name(self):
        return f"{self.name}*" if self.footnote else self.name


def option_markup(value, label, selected=False):
    """An <option> as Django's Select template writes it."""
    selected_attribute = " selected" if selected else ""
    return f'\n  <option value="{html.escape(value)}"{selected_attribute}>{html.escape(label)}</option>\n'


@dataclass
class ChoiceList:
    """One drop-down's choices: (key, label) pairs in order, their markup, and the model instance
    behind a key, as the queryset `.only()` the key and label fields would give it."""

    model: type
    key_field: str
    rows: list  # [(pk, key, label, label values)]
    options: list = field(init=False)  # [(key as text, markup, markup when selected)]

    def __post_init__(self):
        self.options = [
            (str(key), option_markup(str(key), label), option_markup(str(key), label, selected=True))
            for _pk, key, label, _values in self.rows
        ]
        self._by_key = {str(row[1]): row for row in self.rows}
        self._by_pk = {row[0]: row for row in self.rows}

    @classmethod
    def read(cls, queryset, key):
        fields, label = LABELS[queryset.model]
        rows = [
            (pk, key_value, label(*values), tuple(values))
            for pk, key_value, *values in queryset.values_list("pk", key, *fields)
        ]
        return cls(queryset.model, key, rows)

    def named(self, pk):
        """(key, label, label values) of the choice with this id. One that is not among the choices
        (the register changed since they were read) is read from the database alone."""
        row = self._by_pk.get(pk)
        if row is not None:
            return row[1:]
        fields, label = LABELS[self.model]
        key_value, *values = self.model._base_manager.filter(pk=pk).values_list(self.key_field, *fields).get()
        return key_value, label(*values), tuple(values)

    def pairs(self):
        return [(key, label) for _pk, key, label, _values in self.rows]

    def instance(self, key):
        """The chosen model instance, or None if `key` is not one of the choices. Fields other than
        the key and the label's own are deferred, as with `.only()`."""
        row = self._by_key.get(str(key))
        if row is None:
            return None
        pk, key_value, _label, values = row
        known = {self.model._meta.pk.attname: pk, self._attname(self.key_field): key_value}
        label_fields, _label_function = LABELS[self.model]
        known.update((name, value) for name, value in zip(label_fields, values, strict=True) if "__" not in name)
        attnames = [field.attname for field in self.model._meta.concrete_fields if field.attname in known]
        return self.model.from_db(None, attnames, [known[attname] for attname in attnames])

    def _attname(self, name):
        return self.model._meta.pk.attname if name == "pk" else self.model._meta.get_field(name).attname

    @cached_property
    def named_participants(self):
        """The participants this drop-down names, if it names participants (for their footnotes)."""
        if self.model is not Participant:
            return []
        return [NamedParticipant(*values) for _pk, _key, _label, values in self.rows]


class UnitSymbols(dict):
    """{metric id: its unit's symbol}; a metric added since they were read is read alone."""

    def __missing__(self, metric_id):
        return Metric.objects.filter(pk=metric_id).values_list("unit__symbol", flat=True).get()


class KeptPages:
    """Rendered pages of one revision of the register, by address and language: at most `size`
    pages and `size_bytes` bytes, the least recently asked for dropped first. A page larger than
    the whole budget is not kept."""

    def __init__(self, size, size_bytes):
        self.size, self.size_bytes = size, size_bytes
        self._pages = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            kept = self._pages.get(key)
            if kept is None:
                return None
            self._pages.move_to_end(key)
            return kept[0]

    def keep(self, key, page, page_bytes):
        if self.size <= 0 or page_bytes > self.size_bytes:
            return
        with self._lock:
            previous = self._pages.pop(key, None)
            if previous is not None:
                self._bytes -= previous[1]
            self._pages[key] = (page, page_bytes)
            self._bytes += page_bytes
            while len(self._pages) > self.size or self._bytes > self.size_bytes:
                _key, (_page, dropped_bytes) = self._pages.popitem(last=False)
                self._bytes -= dropped_bytes


class Catalogue:
    """The choice lists of one revision of the register, the count of its public results, each read
    the first time it is asked for, and the table pages rendered from it (`pages`)."""

    def __init__(self, revision):
        self.revision = revision
        self._read = {}
        self._lock = threading.Lock()
        self.pages = KeptPages(
            settings.PUBLIC_PAGES_KEPT if revision is not None else 0, settings.PUBLIC_PAGES_KEPT_MB * 2**20
        )

    def _once(self, name, read):
        value = self._read.get(name)
        if value is None:
            value = read()
            with self._lock:
                value = self._read.setdefault(name, value)
        return value

    def choices(self, name):
        return self._once(("choices", name), lambda: ChoiceList.read(queryset(name), key_field(name)))

    def public_result_total(self):
        """How many public results there are (Result.objects.public_total): counting a million rows
        took 6 ms of each unfiltered results page."""
        return self._once("public result total", Result.objects.public_total)

    def unit_symbols(self):
        """{metric id: the symbol of its unit}."""
        return self._once("unit symbols", lambda: UnitSymbols(Metric.objects.values_list("pk", "unit__symbol")))

    def ids_with_breakdown(self, metric):
        """The metric's id and those of its whole breakdown (Metric.objects.ids_with_breakdown)."""
        return breakdown_ids(metric.pk, self._once("metric children", Metric.objects.children_by_parent))


_kept = {"catalogue": None}


def current():
    """The catalogue of the register as it is now: the one this process keeps if the revision has
    not changed since, else a new one. One query (the revision)."""
    revision = Revision.objects.current()
    kept = _kept["catalogue"]
    if revision is not None and kept is not None and kept.revision == revision:
        return kept
    catalogue = Catalogue(revision)
    if revision is not None:  # an uncounted register is never reused
        _kept["catalogue"] = catalogue
    return catalogue


def forget():
    """Drop the kept catalogue (the next page reads the choices again)."""
    _kept["catalogue"] = None
