"""What every finding shares: its kind, whether it is an inconsistency, and how it names a figure."""

from django.db import models
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


def figure_label(subject, metric, country):
    """'Arrests, JAD SEE 2023' or 'Arrests (Kosovo*), JAD SEE 2023': `subject` is the operation
    or the capacity-building activity the figure is about."""
    where = f" ({country.display_name})" if country is not None else ""
    return f"{metric}{where}, {subject.short_name}"


#: Each kind's label (lazy: read in the language of the moment). `Source.Kind.values` builds a list on
#: every read, a quarter of the time of this function, called for every statement a finding names.
KIND_LABELS = {kind.value: kind.label for kind in Source.Kind}


def source_label(source):
    """'Europol press release (2023)': who published what, shorter than most titles. The title
    stands in when there is no publisher, or when it was not fetched with the source (no query)."""
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
