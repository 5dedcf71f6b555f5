"""The search box (/search/): operations, participants, activities, sources, metrics and quotes,
Latin or Cyrillic, with or without accents; drafts never; any text answered, never a 500. Runs on
SQLite and, with DATABASE_URL, on PostgreSQL (each keeps its own full-text index of the quotes)."""

from decimal import Decimal

import pytest
from django.db import connection

from operations.models import Operation, Result
from operations.models.quote_search import spellings
from operations.public.search import highlighted
from tests import public_fixtures
from tests.public_fixtures import SECRET

pytestmark = pytest.mark.django_db

world = public_fixtures.world  # the fixture, imported (conftest files belong to others)


def statement(world, quote, **fields):
    fields = {"operation": world.jad_2023, "metric": world.weapons, "source": world.report_2023, **fields}
    return Result.objects.create(value=Decimal(5), quote=quote, **fields)


def answer(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    return response.context["answer"]


def found(answer):
    """What an answer found, comparable between queries: the hits' addresses by kind, the quotes."""
    hits = {group.kind: [hit.url for hit in group.hits] for group in answer.groups}
    return hits, sorted(statement.pk for statement, _quote in answer.quotes)


@pytest.mark.parametrize(
    "queries",
    [
        ["Skopje", "Скопје", "skopje", "SKOPJE"],  # a coordination centre and a Cyrillic quote
        ["Čačak", "Cacak", "cacak", "Чачак"],  # a quote written with accents
        ["Sarajevo", "Сарајево", "sarajevo"],  # a coordination centre only
    ],
)
def test_latin_cyrillic_and_accentless_find_the_same(client, world, queries):
    statement(world, "Полицијата во Скопје заплени 5 пушки")
    statement(world, "Police in Čačak seized five rifles", metric=world.cannabis)
    answers = [found(answer(client, query)) for query in queries]
    assert answers[0] != ({}, [])
    assert all(each == answers[0] for each in answers), dict(zip(queries, answers, strict=True))


def test_a_place_finds_the_operation_and_the_quote(client, world):
    cyrillic = statement(world, "Полицијата во Скопје заплени 5 пушки")
    result = answer(client, "Skopje")
    hits, quotes = found(result)
    assert hits["operations"] == [world.jad_2023.get_absolute_url()]  # its coordination centre
    assert quotes == [cyrillic.pk]
    page = client.get("/search/", {"q": "Skopje"}).content.decode()
    assert "Полицијата во <mark>Скопје</mark> заплени 5 пушки" in page
    assert f'href="{world.jad_2023.get_absolute_url()}"' in page


def test_every_kind_links_to_its_page(client, world):
    page = client.get("/search/", {"q": "firearms"}).content.decode()
    assert 'href="/activities/firearms-detection-training/"' in page
    assert 'href="/results/?metric=arrests-firearms"' in page  # a metric: the results filtered by it
    page = client.get("/search/", {"q": "europol"}).content.decode()
    assert f'href="{world.europol.get_absolute_url()}"' in page
    assert f'href="{world.europol_release.get_absolute_url()}"' in page


@pytest.mark.parametrize("query", ["Secret", SECRET, "31337", "77777", "Secret motto", "JAD SEE 2025", "Vaduz"])
def test_drafts_never_appear(client, world, query):
    result = answer(client, query)
    assert result.count == 0 and result.quotes == []
    page = client.get("/search/", {"q": query}).content.decode()
    for secret in ["jad-see-2025", "secret-workshop", "Secret leaked", "31337 arrests", "77777 EUR"]:
        assert secret not in page


def test_a_withdrawn_operation_is_no_longer_found(client, world):
    assert found(answer(client, "Uniting Forces"))[0]["operations"] == [world.jad_2024.get_absolute_url()]
    Operation.objects.filter(pk=world.jad_2024.pk).update(status=Operation.Status.WITHDRAWN)
    from operations.models import Revision

    Revision.objects.bump()
    result = answer(client, "Uniting Forces")
    assert "operations" not in found(result)[0]
    assert answer(client, "22 488 officers").quotes == []


def test_an_exact_name_ranks_before_a_name_that_begins_or_holds_the_words(client, world):
    result = answer(client, "firearms")
    activities = next(group for group in result.groups if group.kind == "activities")
    # "Firearms detection training" begins with the word; "3D-Printed Firearms: State of Play" holds it.
    titles = [hit.title for hit in activities.hits]
    assert titles == ["Firearms detection training", "3D-Printed Firearms: State of Play"]
    statement(world, "In JAD SEE 2024, twelve arrests")
    result = answer(client, "JAD SEE 2024")
    operations = next(group for group in result.groups if group.kind == "operations")
    assert operations.hits[0].title == "JAD SEE 2024"
    page = client.get("/search/", {"q": "JAD SEE 2024"}).content.decode()
    assert page.index('id="search-operations"') < page.index('id="search-quotes"')


def test_quotes_are_ranked_by_the_full_text_rank(client, world):
    once = statement(world, "rifles and more, with pistols, ammunition and explosives seized at the border")
    twice = statement(world, "rifles, rifles", metric=world.cannabis)
    quotes = [statement.pk for statement, _quote in answer(client, "rifles").quotes]
    assert quotes == [twice.pk, once.pk]


def test_statements_written_without_the_orm_are_found_and_edits_followed(client, world):
    """The index follows the table by itself (SQLite's triggers, PostgreSQL's expression index)."""
    (bulk,) = Result.objects.bulk_create(
        [
            Result(
                operation=world.jad_2023,
                metric=world.cannabis,
                source=world.report_2023,
                unit=world.kg,
                value=Decimal(3),
                quote="three kilograms found in Ljubljana",
            )
        ]
    )
    bulk = Result.objects.get(quote__startswith="three kilograms")

    def quoting(word):
        return [statement.pk for statement in Result.objects.public().search_quotes(word).best]

    assert quoting("Ljubljana") == [bulk.pk]
    Result.objects.filter(pk=bulk.pk).update(quote="three kilograms found in Zagreb")
    assert quoting("Ljubljana") == []
    assert quoting("Zagreb") == [bulk.pk]
    Result.objects.filter(pk=bulk.pk).delete()
    assert quoting("Zagreb") == []


HOSTILE = ['"', "*", "OR", "AND NOT", "NEAR(a b)", "^officers", "officers:*", "'; drop table operations_result; --"]


@pytest.mark.parametrize("query", [*HOSTILE, "x" * 2000, "\x00", "%", "(", "officers OR", ")))", "-", "a" * 200])
def test_any_text_is_answered_never_an_error(client, world, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    result = response.context["answer"]
    assert result.message or result.count
    assert Result.objects.count() > 0  # nothing dropped


def test_empty_and_too_long_queries_say_why(client, world):
    assert "Type a name" in answer(client, "   ").message
    assert "too long" in answer(client, "x" * 2000).message
    assert "punctuation alone" in answer(client, '"*"').message
    assert "Nothing found" in answer(client, "zzzzqqq").message


def test_a_word_typed_as_an_operator_is_a_word(client, world):
    with_or = statement(world, "seized or destroyed")
    quotes = [s.pk for s, _ in answer(client, "OR").quotes]
    assert with_or.pk in quotes


def test_spellings_of_a_query():
    assert spellings("Čačak") == [("čačak",), ("cacak",), ("чачак",)]
    assert ("skopje",) in spellings("Скопје") and ("скопје",) in spellings("Скопје")
    assert spellings('"*"') == []


def test_highlighting_escapes_then_marks():
    html = highlighted('<script>alert("x")</script> Skopje & Скопје', "skopje")
    assert html == ("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>Skopje</mark> &amp; <mark>Скопје</mark>")


def test_the_search_box_is_on_every_page(client, world):
    for url in ["/", "/results/", world.jad_2024.get_absolute_url()]:
        page = client.get(url).content.decode()
        assert 'role="search" action="/search/" method="get"' in page


def test_the_search_page_in_serbian(client, world):
    page = client.get("/search/", {"q": "Skopje"}, HTTP_ACCEPT_LANGUAGE="sr-Latn").content.decode()
    assert '<h1 class="h2">Pretraga</h1>' in page
    # The searchable lists are kept once for every language: a participant's kind follows the page's.
    serbian = client.get("/search/", {"q": "Europol"}, HTTP_ACCEPT_LANGUAGE="sr-Latn").content.decode()
    english = client.get("/search/", {"q": "Europol"}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "EU agency or body" in english and "EU agency or body" not in serbian


def test_the_quote_index_is_the_database_s_own():
    """One migration made the index each database needs (migration 0017_quote_search)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'result_quote_search'")
            assert "gin" in cursor.fetchone()[0]
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'operations_result'")
            assert {name for (name,) in cursor.fetchall()} >= {
                "operations_result_quote_insert",
                "operations_result_quote_update",
                "operations_result_quote_delete",
            }
