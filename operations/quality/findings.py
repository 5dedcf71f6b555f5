"""What every finding shares: its kind, whether it is an inconsistency, and how it names a figure."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import models
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from operations.models import Source


class FindingKind(models.TextChoices):
    BREAKDOWN_MISMATCH = "breakdown_mismatch", _("Breakdown does not add up")
    PART_EXCEEDS_TOTAL = "part_exceeds_total", _("Part larger than its total")
    CONFLICT = "conflict", _("Sources contradict each other")
    DIFFERENT_PRECISION = "different_precision", _("Sources differ in precision")


#: Kinds that say something cannot be true as published. A difference in precision is a note:
#: several compatible statements, of which the register shows the most precise.
INCONSISTENCIES = frozenset({FindingKind.BREAKDOWN_MISMATCH, FindingKind.PART_EXCEEDS_TOTAL, FindingKind.CONFLICT})


class Finding:
    """Mixin for the finding dataclasses: each has `kind` and `message`. The message is written once
    per finding (a `cached_property`, in the language of that moment): a big operation's page reads
    its 153 findings' messages up to three times (its table, data quality and charts), each time
    about 10 ms of CPU (ad hoc, load 4)."""

    @property
    def is_inconsistency(self):
        return self.kind in INCONSISTENCIES

    @property
    def kind_display(self):
        return FindingKind(self.kind).label

    def __str__(self):
        return self.message


def figure_order(result):
    """Findings come in this order: by operation (or activity), metric, country, then source. Names
    in English (`name_en`, the register's key, a plain attribute): the translated name is a
    language lookup on each of the thousands of reads that sorting a big operation's findings makes."""
    country = (result.country.name_en or "") if result.country_id else ""
    return (
        result.operation_id or 0,
        result.activity_id or 0,
        result.metric.position,
        result.metric.name_en or "",
        country,
        result.source_id,
    )


#: The labels worked out so far inside `labels_kept()`, by what they name; None outside it.
_kept_labels = ContextVar("kept_labels", default=None)


@contextmanager
def labels_kept():
    """Within it, `figure_label`, `source_label` and `said_value` name each metric, country,
    operation, source and statement's figure once. The 3,868 findings of an operation of 4,000
    statements (bench/big_operation.py) name its metrics, countries and sources and the figures of
    3,963 statements some 26,000 times, each name a language lookup: their messages took 217-238 ms
    of CPU in English and 416-427 ms in Macedonian, 96-107 and 83-91 ms with the labels kept (ad
    hoc, load 3.5). For messages written in one language, of records that stay in memory and
    unchanged meanwhile (they are kept by identity)."""
    token = _kept_labels.set({})
    try:
        yield
    finally:
        _kept_labels.reset(token)


def _kept(key, label, *records):
    """`label(*records)`, worked out once inside `labels_kept()`."""
    kept = _kept_labels.get()
    if kept is None:
        return label(*records)
    key = (key, *map(id, records))
    if key not in kept:
        kept[key] = label(*records)
    return kept[key]


def kept_gettext(message):
    """`gettext(message)`, looked up once per template inside `labels_kept()`. The findings' modules
    import it as `_` (and `kept_ngettext` as `ngettext`) so that makemessages still finds their
    templates. The messages of a big operation look up the same dozen templates 7,197 times, each
    lookup 2-4 µs (ad hoc, bench/big_operation.py's operation)."""
    return _kept_text(gettext, message)


def kept_ngettext(singular, plural, number):
    """`ngettext(...)`, looked up once per template and number inside `labels_kept()`."""
    return _kept_text(ngettext, singular, plural, number)


def _kept_text(translate, *arguments):
    kept = _kept_labels.get()
    if kept is None:
        return translate(*arguments)
    key = ("text", *arguments)
    if key not in kept:
        kept[key] = translate(*arguments)
    return kept[key]


def figure_label(subject, metric, country):
    """'Arrests, JAD SEE 2023' or 'Arrests (Kosovo*), JAD SEE 2023': `subject` is the operation
    or the capacity-building activity the figure is about."""
    where = f" ({_kept('country', _display_name, country)})" if country is not None else ""
    return f"{_kept('metric', str, metric)}{where}, {_kept('subject', _short_name, subject)}"


def _display_name(participant):
    return participant.display_name


def _short_name(subject):
    return subject.short_name


def said_value(statement):
    """The statement's figure as the findings say it ('more than 22 000 t', 'not reported')."""
    return _kept("value", _value_display, statement)


def _value_display(statement):
    return statement.value_display


#: Each kind's label (lazy: read in the language of the moment). `Source.Kind.values` builds a list on
#: every read, a quarter of the time of this function, called for every statement a finding names.
KIND_LABELS = {kind.value: kind.label for kind in Source.Kind}


def source_label(source):
    """'Europol press release (2023)': who published what, shorter than most titles. The title
    stands in when there is no publisher, or when it was not fetched with the source (no query)."""
    return _kept("source", _source_label, source)


def _source_label(source):
    if source.publisher_id is not None:
        if not Source.publisher.is_cached(source):
            return str(source)
        publisher = source.publisher.short_name or source.publisher.display_name
    elif source.publisher_name:
        publisher = source.publisher_name
    else:
        return str(source)
    when = f" ({source.year})" if source.year else ""
    # The choice's label directly: get_kind_display() rebuilds the choices' dict on every call, which
    # was a fifth of the grouped page of a big operation (operations.public.groups).
    kind = KIND_LABELS.get(source.kind, source.kind)
    return f"{publisher} {str(kind).lower()}{when}"
