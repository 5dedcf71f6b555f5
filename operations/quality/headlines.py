"""Which statement of a figure the register shows first, and the others beside it.

For one operation, metric and country: the editor's override (`Result.is_headline`) if any;
otherwise a statement with a figure beats one without ("not reported"), an exact figure beats a
qualified one, then the most recent source wins (publication date, then year, then the later
entered source), then the later entered statement.
"""

import datetime
from dataclasses import dataclass

from operations.models import Qualifier, Result


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
        result.qualifier == Qualifier.EXACT,
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


def figure_key(result):
    """What a figure is: (operation id, metric id, country id or None)."""
    return (result.operation_id, result.metric_id, result.country_id)


def choose_headlines(results):
    """{(operation id, metric id, country id or None): Headline}, in the order figures first appear."""
    figures = {}
    for result in results:
        figures.setdefault(figure_key(result), []).append(result)
    headlines = {}
    for key, statements in figures.items():
        best, *others = statement_order(statements)
        headlines[key] = Headline(best, tuple(others))
    return headlines
