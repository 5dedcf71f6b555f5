"""Finding statements by the words of their quote (`Result.quote`), on the full-text index each
database keeps of it (migration 0015_quote_search):

- PostgreSQL: a GIN index on `to_tsvector('jad_quote', quote)`, a text search configuration that
  lower-cases and removes accents (unaccent) but keeps every word (no stemming, no stop words:
  the quotes are in several languages);
- SQLite: an FTS5 table over the quotes (tokenizer `unicode61 remove_diacritics 2`, the same
  folding), kept in step with operations_result by SQL triggers, so rows written by
  `bulk_create` or plain sqlite3 are found too.

A query matches a quote holding all its words in one of their spellings: as typed, folded (Latin
script, no accents) and in Cyrillic, so "Skopje", "Скопје" and "skopje" find the same quotes,
written in either script. A word found in very many quotes is ranked among its first
QUOTE_CANDIDATES quotes, so that an answer stays quick at a million statements.
"""

import re
import unicodedata

import cyrtranslit
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connections, models
from django.db.models.expressions import RawSQL

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


class QuoteSearchQuerySet(models.QuerySet):
    def quote_candidates(self, text):
        """The ids of at most QUOTE_CANDIDATES statements whose quote matches `text` (a subquery,
        public or not: chain it after a public door, as `matching_quote` does)."""
        forms = spellings(text)
        if not forms:
            return self.none().values("pk")
        if connections[self.db].vendor == "postgresql":
            matched = self.model._base_manager.using(self.db).annotate(quote_vector=QUOTE_VECTOR)
            return matched.filter(quote_vector=postgresql_query(forms)).values("pk")[:QUOTE_CANDIDATES]
        return RawSQL(
            f"SELECT rowid FROM {QUOTE_INDEX} WHERE {QUOTE_INDEX} MATCH %s LIMIT %s",
            (fts5_query(forms), QUOTE_CANDIDATES),
        )

    def matching_quote(self, text):
        """These statements whose quote matches `text`, best first by the database's full-text
        rank (`quote_rank`, higher is better: ts_rank, or bm25 negated)."""
        forms = spellings(text)
        if not forms:
            return self.none()
        matched = self.filter(pk__in=self.quote_candidates(text))
        if connections[self.db].vendor == "postgresql":
            rank = SearchRank(QUOTE_VECTOR, postgresql_query(forms))
        else:
            table = self.model._meta.db_table
            rank = RawSQL(
                f'SELECT -rank FROM {QUOTE_INDEX} WHERE {QUOTE_INDEX} MATCH %s AND rowid = "{table}"."id"',
                (fts5_query(forms),),
                output_field=models.FloatField(),
            )
        return matched.annotate(quote_rank=rank).order_by("-quote_rank", "-pk")
