"""Participants in the admin: Kosovo shows with its asterisk, filters and search work, and the
model's constraints explain themselves."""

import pytest
from django.urls import reverse

from participants.models import Participant

pytestmark = pytest.mark.django_db

KOSOVO_FOOTNOTE = "This designation is without prejudice to positions on status."


@pytest.fixture
def participants(db):
    return {
        "serbia": Participant.objects.create(name="Serbia", slug="serbia", kind="non_eu", country="RS"),
        "kosovo": Participant.objects.create(
            name="Kosovo", slug="kosovo", kind="non_eu", country="XK", footnote=KOSOVO_FOOTNOTE
        ),
        "turkiye": Participant.objects.create(
            name="Türkiye", slug="turkiye", kind="non_eu", country="TR", aliases="Turkey; Republic of Türkiye"
        ),
        "europol": Participant.objects.create(name="Europol", slug="europol", kind="eu_agency"),
    }


def changelist(client, **params):
    response = client.get(reverse("admin:participants_participant_changelist"), params)
    assert response.status_code == 200
    return response


def add_participant(client, **fields):
    # The admin asks for the name in each language (modeltranslation): English, then the regional ones.
    data = {"name_en": "Frontex", "short_name": "", "slug": "frontex", "kind": "eu_agency", "country": ""}
    data |= {"kind_periods-TOTAL_FORMS": "0", "kind_periods-INITIAL_FORMS": "0"}
    if "name" in fields:
        fields["name_en"] = fields.pop("name")
    data.update(fields)
    return client.post(reverse("admin:participants_participant_add"), data)


def test_kosovo_is_listed_with_its_asterisk(admin_client, participants):
    content = changelist(admin_client).content.decode()
    assert "Kosovo*" in content


def test_filter_by_kind(admin_client, participants):
    listed = set(changelist(admin_client, kind__exact="eu_agency").context["cl"].result_list)
    assert listed == {participants["europol"]}


def test_search_finds_other_names_and_codes(admin_client, participants):
    assert list(changelist(admin_client, q="Turkey").context["cl"].result_list) == [participants["turkiye"]]
    assert list(changelist(admin_client, q="XK").context["cl"].result_list) == [participants["kosovo"]]


def test_country_code_for_an_agency_shows_the_constraint_message(admin_client, participants):
    response = add_participant(admin_client, country="BE")

    assert response.status_code == 200
    assert "Only countries and jurisdictions have a country code." in response.content.decode()


def test_a_country_code_used_twice_shows_the_constraint_message(admin_client, participants):
    response = add_participant(
        admin_client, name="Republic of Serbia", slug="republic-of-serbia", kind="non_eu", country="RS"
    )

    assert "Another participant already has this country code." in response.content.decode()


def test_a_participant_is_added(admin_client, participants):
    response = add_participant(admin_client)

    assert response.status_code == 302
    assert Participant.objects.get(slug="frontex").kind == Participant.Kind.EU_AGENCY


def test_regional_names_are_entered_beside_the_english_one(admin_client, participants):
    response = add_participant(admin_client, name_sr_latn="Fronteks", name_mk="Фронтекс", name_sq="")

    assert response.status_code == 302
    frontex = Participant.objects.get(slug="frontex")
    assert (frontex.name_en, frontex.name_sr_latn, frontex.name_mk, frontex.name_sq) == (
        "Frontex",
        "Fronteks",
        "Фронтекс",
        None,
    )


def test_institutions_list_their_country(admin_client, participants):
    participants["serbia"].institutions.create(name="Border Police", kind="border_police", slug="serbia-border-police")

    response = admin_client.get(reverse("admin:participants_institution_changelist"))

    assert "Border Police" in response.content.decode() and "Serbia" in response.content.decode()


def test_a_group_with_its_members_and_a_kind_for_some_years(admin_client, participants):
    response = add_participant(
        admin_client,
        name="Two jurisdictions",
        slug="two-jurisdictions",
        kind="group",
        members=[participants["serbia"].pk, participants["kosovo"].pk],
    )
    assert response.status_code == 302
    group = Participant.objects.get(slug="two-jurisdictions")
    assert set(group.members.all()) == {participants["serbia"], participants["kosovo"]}

    response = add_participant(
        admin_client,
        name="United Kingdom",
        slug="united-kingdom",
        kind="non_eu",
        country="GB",
        **{"kind_periods-TOTAL_FORMS": "1", "kind_periods-0-kind": "eu_member_state", "kind_periods-0-since": "1973"},
        **{"kind_periods-0-until": "2020"},
    )
    assert response.status_code == 302
    united_kingdom = Participant.objects.get(slug="united-kingdom")
    assert [united_kingdom.kind_in(year) for year in (2016, 2021)] == ["eu_member_state", "non_eu"]


def test_a_figure_may_be_stated_for_a_group_the_autocomplete_offers_it(admin_client, participants):
    group = Participant.objects.create(name="Western Balkans", slug="western-balkans", kind="group")
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "operations", "model_name": "result", "field_name": "country", "term": ""},
    )
    names = {item["text"] for item in response.json()["results"]}
    assert names == {"Serbia", "Kosovo*", "Türkiye", str(group)}
