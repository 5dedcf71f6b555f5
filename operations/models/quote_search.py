"""Finding statements by the words of their quote (`Result.quote`), on the full-text index each
database keeps of it (migration 0017_quote_search):

- PostgreSQL: a GIN index on `to_tsvector('jad_quote', quote)`, a text search configuration that
  lower-cases and removes accents (unaccent) but keeps every word (no stemming, no stop words:
  the quotes are in several languages);
- SQLite: an FTS5 table over the quotes (tokenizer `unicode61 remove_diacritics 2`, the same
  folding), kept in step with operations_result by SQL triggers, so rows written by
  `bulk_create` or plain sqlite3 are found too.

A query matches a quote holding all its words in one of their spellings: as typed, folded (Latin
script, no accents) and in Cyrillic, so "Skopje", "Скопје" and "skopje" find the same quotes,
written in either script. Words found in very many quotes are ranked among the first
QUOTE_CANDIDATES quotes the index gives, so that an answer stays quick at a million statements
(docs/performance.md).
"""

import re
import unicodedata
from dataclasses import dataclass, field

import cyrtranslit
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connections, models

from .spelling import fold

QUOTE_INDEX = "operations_result_quote"  # SQLite's FTS5 table
QUOTE_CONFIG = "jad_quote"  # PostgreSQL's text search configuration
QUOTE_CANDIDATES = 2000
MAX_WORDS = 10
WORD = re.compile(r"\w+")


def spellings(text):
    """The ways `text` may be written in a quote, each a tuple of words: as typed, folded ("Čačak"
    as "cacak", Cyrillic in Latin script) and in Serbian and Macedonian Cyrillic. Empty when `text`
    has no word."""
    typed = unicodedata.normalize("NFC", text).casefold()
    forms = [
        WORD.findall(typed),
        fold(typed).split(),
        WORD.findall(cyrtranslit.to_cyrillic(typed, "sr")),
        WORD.findall(cyrtranslit.to_cyrillic(typed, "mk")),
    ]
    unique = []
    for words in forms:
        words = tuple(words[:MAX_WORDS])
        if words and words not in unique:
            unique.append(words)
    return unique


def fts5_query(forms):
    """An FTS5 query: each form's words all present (each a quoted string, so that no word is read
    as an operator: OR, NOT, *, ^), any form."""
    quoted = (" ".join('"{}"'.format(word.replace('"', '""')) for word in words) for words in forms)
    return " OR ".join(f"({words})" for words in quoted)


def postgresql_query(forms):
    """plainto_tsquery of each form (all its words), ORed: plainto_tsquery reads any text."""
    query = None
    for words in forms:
        form = SearchQuery(" ".join(words), search_type="plain", config=QUOTE_CONFIG)
        query = form if query is None else query | form
    return query


# The indexed expression: the migration builds the GIN index from this very expression, so that
# the query's WHERE matches the index.
QUOTE_VECTOR = SearchVector("quote", config=QUOTE_CONFIG)


@dataclass
class QuoteMatches:
    """What a quote search found among the statements asked: the best (`best`, best first, each
    with its `quote_rank`, higher is better), how many match (`count`), and whether the words are
    in more quotes than QUOTE_CANDIDATES, the first of which were ranked (`more`)."""

    best: list = field(default_factory=list)
    count: int = 0
    more: bool = False


class QuoteSearchQuerySet(models.QuerySet):
    def search_quotes(self, text, best=20):
        """These statements (chain it after a public door) whose quote matches `text`, as
        QuoteMatches, ranked by the database's full-text rank (ts_rank, or bm25 negated).

        The index is read once, for the candidates' ids and ranks; the statements asked are then
        looked up among them. Reading the index again for the count, or asking each row's rank in
        the statements' query, cost a common word's whole list each time (with FTS5, row by row:
        91 s at a million statements)."""
        forms = spellings(text)
        if not forms:
            return QuoteMatches()
        read = self._postgresql_candidates if connections[self.db].vendor == "postgresql" else self._sqlite_candidates
        candidates = read(forms)  # [(pk, rank)], at most one more than are ranked: are there more?
        more = len(candidates) > QUOTE_CANDIDATES
        ranks = dict(candidates[:QUOTE_CANDIDATES])
        # Unordered: the ranks order them, and the model's own order joined four tables for up to
        # 2,000 rows (20 of a search's 100 ms on PostgreSQL at a million statements).
        public = self.filter(pk__in=list(ranks)).order_by().values_list("pk", flat=True)
        matched = sorted(public, key=lambda pk: (-ranks[pk], -pk))
        statements = {statement.pk: statement for statement in self.filter(pk__in=matched[:best])}
        for pk, statement in statements.items():
            statement.quote_rank = ranks[pk]
        return QuoteMatches(best=[statements[pk] for pk in matched[:best]], count=len(matched), more=more)

    def _postgresql_candidates(self, forms):
        query = postgresql_query(forms)
        return list(
            self.model._base_manager.using(self.db)
            .annotate(quote_vector=QUOTE_VECTOR)
            .filter(quote_vector=query)
            .annotate(quote_rank=SearchRank(QUOTE_VECTOR, query))
            .order_by()
            .values_list("pk", "quote_rank")[: QUOTE_CANDIDATES + 1]
        )

    def _sqlite_candidates(self, forms):
        with connections[self.db].cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, -rank FROM {QUOTE_INDEX} WHERE {QUOTE_INDEX} MATCH %s LIMIT %s",
                (fts5_query(forms), QUOTE_CANDIDATES + 1),
            )
            return cursor.fetchall()
