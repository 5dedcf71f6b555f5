"""Which statement of a figure the register shows first, and the others beside it.

For one operation, metric and country: the editor's override (`Result.is_headline`) if any;
otherwise a statement with a figure beats one without ("not reported"), an exact figure beats a
qualified one, then the most recent source wins (publication date, then year, then the later
entered source), then the later entered statement.
"""

import datetime
from dataclasses import dataclass

from django.utils.formats import date_format

from operations.models import Qualifier, Result

from .findings import kept_gettext as _  # each reason looked up once inside findings.labels_kept()


def statement_rank(result):
    """Sort key, larger is better: `sorted(statements, key=statement_rank, reverse=True)`."""
    source = result.source
    if source.published_on is not None:
        published = source.published_on
    elif source.year:
        # Only the year is known: count it as the year's first day, older than any dated source of that year.
        published = datetime.date(source.year, 1, 1)
    else:
        published = datetime.date.min
    return (
        result.is_headline,
        result.value is not None,
        result.qualifier_id == Qualifier.EXACT,
        published,
        source.year or 0,
        source.pk,
        result.pk or 0,
    )


def statement_order(results):
    """The statements best first, by the headline rule."""
    return sorted(results, key=statement_rank, reverse=True)


@dataclass(frozen=True)
class Headline:
    """The statement shown for a figure, and the other statements of it, in the same order."""

    statement: Result
    alternatives: tuple[Result, ...]

    @property
    def is_override(self):
        """Whether an editor chose this headline rather than the rule."""
        return self.statement.is_headline

    @property
    def statements(self):
        return (self.statement, *self.alternatives)

    @property
    def reason(self):
        """Why this statement is shown first, in words for the reader."""
        return headline_reason(self.statements)


def headline_reason(statements):
    """Why the first of `statements` (in the rule's order) is shown first: the first step of the
    rule on which it beats the next one."""
    if len(statements) < 2:
        return _("the only statement of this figure")
    best, runner_up = statement_rank(statements[0]), statement_rank(statements[1])
    if best[0] != runner_up[0]:
        return _("chosen by an editor")
    if best[1] != runner_up[1]:
        return _("the only statement with a figure")
    if best[2] != runner_up[2]:
        return _("exact, where the others are qualified")
    if best[3] != runner_up[3] and best[3] != datetime.date.min:
        return _("from the most recent source (%(date)s)") % {"date": date_format(best[3], "DATE_FORMAT")}
    if best[4] != runner_up[4]:
        return _("from the most recent source (%(year)s)") % {"year": best[4]}
    return _("the sources carry no date that tells them apart: the one entered last is shown; an editor may choose")


def figure_key(result):
    """What a figure is: (operation id, activity id, metric id, country id or None)."""
    return (result.operation_id, result.activity_id, result.metric_id, result.country_id)


def choose_headlines(results):
    """{figure_key: Headline}, in the order figures first appear."""
    figures = {}
    for result in results:
        figures.setdefault(figure_key(result), []).append(result)
    headlines = {}
    for key, statements in figures.items():
        best, *others = statement_order(statements)
        headlines[key] = Headline(best, tuple(others))
    return headlines
