"""The register's search box: one query over operations, participants, capacity-building
activities, sources, metrics and the words of the sources (quotes), in English and the region's
languages, in Latin or Cyrillic script, with or without accents.

The small tables (hundreds to a few thousand rows) are read through their public doors once per
revision of the register into a list of folded entries (operations.models.spelling.fold: Cyrillic
in Latin script, no accents, lower case), kept like the drop-downs (cache.kept), and matched in
Python: every word of the query must begin a word of the entry. The quotes, up to a million,
are searched by the database's full-text index (Result.objects.matching_quote).
"""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from operations.models import Activity, Metric, Operation, Result, Source
from operations.models.quote_search import WORD
from operations.models.spelling import fold
from participants.models import Participant

from .cache import kept

MAX_QUERY = 200  # characters
MAX_WORDS = 10
SHOWN = 10  # hits shown of each small table
QUOTES_SHOWN = 20

# A hit's rank: a name equal to the query, then a name that begins with it, then a name holding
# every word, then any of its other words (a place, a description, a kind).
NAME_EQUAL, NAME_BEGINS, NAME_HOLDS, TEXT_HOLDS = range(4)

KINDS = {
    "operations": _("Operations"),
    "participants": _("Participants"),
    "activities": _("Capacity building"),
    "sources": _("Sources"),
    "metrics": _("Metrics"),
}


@dataclass(frozen=True)
class Entry:
    """One searchable record: what the page shows (`title`, `detail`, `url`) and what is matched
    (`names` and `text`, folded, each word after a space)."""

    title: str
    detail: str
    url: str
    names: tuple
    text: str


def entry(title, detail, url, names, other=()):
    folded_names = tuple(" " + fold(name) for name in names if name)
    text = " ".join([*folded_names, *(" " + fold(str(word)) for word in other if word)])
    return Entry(title, detail, url, folded_names, text)


def operation_entries():
    operations = (
        Operation.objects.published()
        .select_related("series")
        .prefetch_related("coordination_centres__host_country")
        .order_by("-start_date", "name")
    )
    for operation in operations:
        cities = [centre.city for centre in operation.coordination_centres.all()]
        yield entry(
            operation.short_name,
            operation.name,
            operation.get_absolute_url(),
            (operation.short_name, operation.name),
            (operation.motto, operation.series.name if operation.series_id else "", operation.year, *cities),
        )


def participant_entries():
    for participant in Participant.objects.public().order_by("name"):
        aliases = [alias.strip() for alias in participant.aliases.split(";")]
        yield entry(
            participant.display_name,
            Participant.Kind(participant.kind).label,  # lazy: the lists are kept for every language
            participant.get_absolute_url(),
            (participant.name, participant.short_name, *aliases),
        )


def activity_entries():
    activities = Activity.objects.public().select_related("kind", "implementer").order_by("-start_date", "title")
    for activity in activities:
        yield entry(
            activity.title,
            activity.implementer.display_name,
            activity.get_absolute_url(),
            (activity.title,),
            (activity.kind.name, activity.kind.name_sr_latn, activity.place, activity.implementer.name, activity.year),
        )


def source_entries():
    for source in Source.objects.public().select_related("publisher").order_by("-year", "title"):
        yield entry(
            source.title,
            source.publisher_display,
            source.get_absolute_url(),
            (source.title,),
            (source.publisher_display, source.year),
        )


def metric_entries():
    results = reverse("operations:result_list")
    for metric in Metric.objects.select_related("parent", "crime_area").in_tree_order():
        title = f"{metric.parent.name} – {metric.name}" if metric.parent_id else metric.name
        yield entry(
            title,
            metric.description,
            f"{results}?{urlencode({'metric': metric.code})}",
            (metric.name, title),
            (metric.code, metric.crime_area.name if metric.crime_area_id else ""),
        )


READERS = {
    "operations": operation_entries,
    "participants": participant_entries,
    "activities": activity_entries,
    "sources": source_entries,
    "metrics": metric_entries,
}


def entries(revision):
    """{kind: [Entry]} of the public register, read once per revision."""
    return kept(revision, "search-entries", lambda: {kind: list(read()) for kind, read in READERS.items()})


def rank(item, query, words):
    """The entry's rank for the folded `query` (its `words` each after a space), None when a word
    is missing."""
    if not all(word in item.text for word in words):
        return None
    best = TEXT_HOLDS
    for name in item.names:
        if name == query:
            return NAME_EQUAL
        if name.startswith(query):
            best = min(best, NAME_BEGINS)
        elif all(word in name for word in words):
            best = min(best, NAME_HOLDS)
    return best


def matching(items, query):
    words = [" " + word for word in query.split()]
    ranked = [(position, item) for item in items if (position := rank(item, " " + query, words)) is not None]
    return [item for _position, item in sorted(ranked, key=lambda pair: pair[0])]


@dataclass
class Group:
    kind: str
    label: str
    count: int
    hits: list


@dataclass
class Answer:
    """What a search found: groups of hits by kind (each with its count), the best quotes."""

    query: str = ""
    message: str = ""
    groups: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    quote_count: int = 0
    more_quotes: bool = False  # the word is in more quotes than are ranked

    @property
    def count(self):
        return sum(group.count for group in self.groups) + self.quote_count


def search(text, revision):
    text = " ".join(text.split())
    answer = Answer(query=text)
    if not text:
        answer.message = _("Type a name, a place or words of a source to search the register.")
        return answer
    if len(text) > MAX_QUERY:
        answer.message = _("The search is too long: at most %(count)d characters, please.") % {"count": MAX_QUERY}
        return answer
    query = " ".join(fold(text).split()[:MAX_WORDS])
    if not query:
        answer.message = _("Search for words or numbers: punctuation alone finds nothing.")
        return answer
    for kind, items in entries(revision).items():
        hits = matching(items, query)
        if hits:
            answer.groups.append(Group(kind, KINDS[kind], len(hits), hits[:SHOWN]))
    quotes = (
        Result.objects.public()
        .select_related("operation", "activity", "metric__parent", "source", "unit", "qualifier")
        .search_quotes(text, best=QUOTES_SHOWN)
    )
    answer.quote_count, answer.more_quotes = quotes.count, quotes.more
    answer.quotes = [(statement, highlighted(statement.quote, query)) for statement in quotes.best]
    if not answer.count:
        answer.message = _("Nothing found for “%(query)s”.") % {"query": text}
    return answer


def highlighted(quote, query):
    """The quote as HTML, each word that folds to a word of the folded `query` in <mark>: escaped
    first, then marked, so that the quote's own markup is only ever text."""
    words = set(query.split())
    parts, end = [], 0
    for match in WORD.finditer(quote):
        parts.append(escape(quote[end : match.start()]))
        word = escape(match.group())
        parts.append(f"<mark>{word}</mark>" if fold(match.group()) in words else word)
        end = match.end()
    parts.append(escape(quote[end:]))
    return mark_safe("".join(parts))  # every part escaped above
