"""The mapping assistant of the import preview: every name the upload does not know, once, with the
closest entries; what the editor decides is saved all together, for the upload's organisation or
template, and the same stored upload is previewed again."""

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from import_export.formats.base_formats import CSV

from operations.models import NameMapping, Result
from operations.review.access import COORDINATORS, EDITORS
from participants.models import Participant
from tests.operations.fixtures import admin_url, build_world
from tests.operations.sheets import RESULT_HEADERS, SOURCE, csv_bytes

pytestmark = pytest.mark.django_db

SCOPE = "MUP Srbije"


@pytest.fixture
def world(db):
    world = build_world()
    world.north_macedonia = Participant.objects.create(
        name="North Macedonia", slug="north-macedonia", kind=Participant.Kind.NON_EU, country="MK"
    )
    return world


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("editor", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def rows(*countries):
    return [
        ["JAD SEE 2023", "arrests", country, SOURCE, "exact", "7", f"7 arrests in {country}"] for country in countries
    ]


def upload(client, content, scope=""):
    formats = admin.site._registry[Result].get_import_formats()
    index = next(i for i, candidate in enumerate(formats) if issubclass(candidate, CSV))
    data = {"resource": "0", "format": str(index), "import_file": SimpleUploadedFile("results.csv", content)}
    return client.post(admin_url(Result, "import"), {**data, "scope": scope})


def decide(client, preview, **choices):
    """Post the assistant of `preview` with {written name: (choice, other, new kind)} changed."""
    assistant = preview.context["assistant"]
    data = {**assistant["stored"].initial}
    formset = assistant["formset"]
    data.update({f"names-{key}": value for key, value in formset.management_form.initial.items()})
    for form in formset:
        choice, other, new_kind = choices.get(form.initial["written"], ("", "", ""))
        data.update(
            {
                form.add_prefix("kind"): form.initial["kind"],
                form.add_prefix("written"): form.initial["written"],
                form.add_prefix("choice"): choice,
                form.add_prefix("other"): other,
                form.add_prefix("new_kind"): new_kind,
            }
        )
    return client.post(admin_url(Result, "import_names"), data, follow=True)


def unknown(response):
    assistant = response.context.get("assistant")
    return [form.initial["written"] for form in assistant["formset"]] if assistant else []


def confirm(client, preview):
    return client.post(admin_url(Result, "process_import"), preview.context["confirm_form"].initial, follow=True)


def test_the_preview_lists_each_unknown_name_once_with_the_closest_entries(editor_client, world):
    content = csv_bytes(RESULT_HEADERS, rows("Sjeverna Makedonija", "Serbia", "Sjeverna Makedonija", "Atlantis"))

    preview = upload(editor_client, content, scope=SCOPE)

    forms = preview.context["assistant"]["formset"].forms
    assert [(form.initial["written"], form.where()) for form in forms] == [
        ("Sjeverna Makedonija", "country: 2, 4"),
        ("Atlantis", "country: 5"),
    ]
    choices = forms[0].fields["choice"].widget.choices
    # The entry, by the spelling of it that came nearest (its name in Serbian).
    assert (f"map:{world.north_macedonia.pk}", "North Macedonia (Makedonija)") in choices
    assert [value for value, _label in choices] == ["", f"map:{world.north_macedonia.pk}", "other", "create"]
    page = preview.content.decode()
    assert "Names the register does not know" in page
    assert "Say what each name is once: mappings are kept for “MUP Srbije”" in page
    assert '<datalist id="catalogue-participant">' in page
    assert '<option value="North Macedonia">' in page
    assert "/admin/participants/participant/add/?name=Atlantis" in page
    assert not preview.context.get("confirm_form")


def test_saving_a_mapping_previews_the_same_upload_again_and_the_next_upload_of_the_scope_reads_it(
    editor_client, editor, world
):
    content = csv_bytes(RESULT_HEADERS, rows("Sjeverna Makedonija"))
    preview = upload(editor_client, content, scope=SCOPE)

    again = decide(editor_client, preview, **{"Sjeverna Makedonija": (f"map:{world.north_macedonia.pk}", "", "")})

    mapping = NameMapping.objects.get()
    assert (mapping.scope, mapping.kind, mapping.written, mapping.target) == (
        SCOPE,
        "participant",
        "Sjeverna Makedonija",
        world.north_macedonia,
    )
    assert mapping.created_by == editor
    assert mapping.history.get().history_user == editor
    assert unknown(again) == []
    assert again.context["report"].counts["new"] == 1
    assert "Saved: 1 name mapped for “MUP Srbije”." in again.content.decode()
    assert "Read through saved name mappings:" in again.content.decode()
    assert Result.objects.filter(country=world.north_macedonia).count() == 0  # still a preview

    confirm(editor_client, again)
    assert Result.objects.get(country=world.north_macedonia).quote == "7 arrests in Sjeverna Makedonija"

    # The organisation's next file is read with its mapping, by itself.
    next_preview = upload(editor_client, csv_bytes(RESULT_HEADERS, rows("SJEVERNA MAKEDONIJA")), scope=SCOPE)
    assert unknown(next_preview) == []
    confirm(editor_client, next_preview)
    assert Result.objects.get(quote="7 arrests in SJEVERNA MAKEDONIJA").country == world.north_macedonia


def test_a_mapping_of_another_scope_is_not_applied(editor_client, world):
    NameMapping.objects.create(
        scope=SCOPE, kind=NameMapping.Kind.PARTICIPANT, written="Sjeverna Makedonija", participant=world.north_macedonia
    )
    content = csv_bytes(RESULT_HEADERS, rows("Sjeverna Makedonija"))

    assert unknown(upload(editor_client, content, scope="MVR Crne Gore")) == ["Sjeverna Makedonija"]
    assert unknown(upload(editor_client, content)) == ["Sjeverna Makedonija"]
    assert unknown(upload(editor_client, content, scope=SCOPE)) == []


def test_nothing_is_saved_when_the_editor_leaves_the_names(editor_client, world):
    participants = Participant.objects.count()
    preview = upload(editor_client, csv_bytes(RESULT_HEADERS, rows("Sjeverna Makedonija", "Atlantis")), scope=SCOPE)

    again = decide(editor_client, preview)

    assert NameMapping.objects.count() == 0
    assert Participant.objects.count() == participants
    assert "Nothing was saved: every name was left as it is." in again.content.decode()
    assert unknown(again) == ["Sjeverna Makedonija", "Atlantis"]


def test_one_wrong_choice_saves_nothing(editor_client, world):
    preview = upload(editor_client, csv_bytes(RESULT_HEADERS, rows("Sjeverna Makedonija", "Atlantis")), scope=SCOPE)

    again = decide(
        editor_client,
        preview,
        **{"Sjeverna Makedonija": ("other", "North Macedonia", ""), "Atlantis": ("other", "Atlantida", "")},
    )

    assert NameMapping.objects.count() == 0
    assert "Nothing was saved: “Atlantis”: Unknown country &quot;Atlantida&quot;" in again.content.decode()
    assert unknown(again) == ["Sjeverna Makedonija", "Atlantis"]


def test_an_entry_typed_in_or_created_resolves_the_name(editor_client, editor, world):
    preview = upload(editor_client, csv_bytes(RESULT_HEADERS, rows("Sjeverna Makedonija", "Atlantis")), scope=SCOPE)

    again = decide(
        editor_client,
        preview,
        **{"Sjeverna Makedonija": ("", "MK", ""), "Atlantis": ("create", "", Participant.Kind.NON_EU)},
    )

    assert NameMapping.objects.get().participant == world.north_macedonia
    atlantis = Participant.objects.get(name="Atlantis")
    assert (atlantis.slug, atlantis.kind) == ("atlantis", Participant.Kind.NON_EU)
    assert unknown(again) == []
    assert again.context["confirm_form"].initial["scope"] == SCOPE


def test_creating_a_participant_needs_its_kind(editor_client, world):
    preview = upload(editor_client, csv_bytes(RESULT_HEADERS, rows("Atlantis")))

    again = decide(editor_client, preview, Atlantis=("create", "", ""))

    assert not Participant.objects.filter(name="Atlantis").exists()
    assert "“Atlantis”: Choose what “Atlantis” is." in again.content.decode()


def test_a_coordinator_may_not_map_names(client, world):
    coordinator = get_user_model().objects.create_user("coordinator", is_staff=True)
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    client.force_login(coordinator)

    assert client.post(admin_url(Result, "import_names"), {}).status_code == 403


def test_a_metric_is_mapped_or_added_in_a_new_tab_not_created_from_its_name(editor_client, world):
    content = csv_bytes(
        RESULT_HEADERS, [["JAD SEE 2023", "uhapšena lica", "Serbia", SOURCE, "exact", "7", "7 uhapšenih"]]
    )
    preview = upload(editor_client, content, scope=SCOPE)

    (form,) = preview.context["assistant"]["formset"].forms
    assert form.initial["kind"] == "metric"
    assert "create" not in [value for value, _label in form.fields["choice"].widget.choices]
    assert form.add_url == "/admin/operations/metric/add/?code=uhapsena-lica&name=uhap%C5%A1ena+lica"

    again = decide(editor_client, preview, **{"uhapšena lica": ("other", "arrests", "")})

    assert NameMapping.objects.get().metric == world.arrests
    assert unknown(again) == []
