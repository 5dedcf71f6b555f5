"""No lost edits in the admin: every form of a versioned record (operations.models.versions) carries
the version it was opened at, as the hidden `seen_version`, and is refused when someone else saved
the record since. The refusal shows their values now beside the editor's, and who saved when (from
the history); the form comes back with the editor's values and the stored version, so that saving
it again applies them knowingly. A save that races past the check (two editors submitting at the
same moment) raises `StaleEdit` in the database's conditional UPDATE; `RegisterChangeMixin` then
rolls the whole change back and shows the form again, refused here."""

from dataclasses import dataclass

from django import forms
from django.contrib.admin.utils import flatten_fieldsets
from django.core.exceptions import FieldDoesNotExist
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from simple_history.models import SIMPLE_HISTORY_REVERSE_ATTR_NAME

from operations.models import Versioned

SEEN = "seen_version"
EMPTY = "—"


class SeenVersionField(forms.IntegerField):
    """The version a form was opened at. Never a change of its own: a form whose only difference
    is this number saves nothing."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(required=False, min_value=1, **kwargs)

    def has_changed(self, initial, data):
        return False


class VersionCheckedForm(forms.ModelForm):
    """The base of every admin form of a versioned record, main form and inline rows alike."""

    seen_version = SeenVersionField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stored_version = None
        if not isinstance(self.instance, Versioned):
            del self.fields[SEEN]
        elif self.instance.pk is not None:
            self.stored_version = self._read_stored_version()
            self.fields[SEEN].initial = self.stored_version

    @property
    def is_revert(self):
        """A revert from the history: it starts from an old version's values, its number included."""
        return getattr(self.instance, SIMPLE_HISTORY_REVERSE_ATTR_NAME, None) is not None

    def saves_something(self):
        """Whether saving would change the stored record. Django compares the form with the record
        as stored now, so a form left as it was opened, but since saved by someone else, changes
        something: it would put back what they replaced. An unchanged inline row is not saved
        (Django's formsets), nor an unchanged main record (`VersionCheckedAdminMixin`)."""
        return self.is_revert or self.has_changed()

    def _read_stored_version(self):
        if not self.is_revert:
            return self.instance.version  # read from the table in this request
        manager = type(self.instance)._default_manager
        return manager.filter(pk=self.instance.pk).values_list("version", flat=True).first()

    def clean(self):
        cleaned = super().clean()
        if self.stored_version is None or not self.saves_something():
            return cleaned
        seen = cleaned.get(SEEN)
        if seen is None and SEEN not in self.errors:
            self.add_error(None, _("This form does not say which version it was opened at: open the page again."))
        elif seen is not None and seen != self.stored_version:
            self.add_error(None, stale_message(self, seen))
            self._offer_stored_version()
        return cleaned

    def _post_clean(self):
        super()._post_clean()
        if self.stored_version is not None:
            # The save is checked against the version the form was opened at (for a revert, the
            # stored one rather than the old version's own).
            self.instance.version = self.stored_version

    def _offer_stored_version(self):
        """The form comes back with the editor's values and the stored version: saving it again
        applies them over the other editor's, knowingly."""
        data = self.data.copy()
        data[self.add_prefix(SEEN)] = self.stored_version
        self.data = data


class VersionCheckedAdminMixin:
    """For the admin of a versioned record and its inlines: the hidden `seen_version` is rendered
    with the page's fields, wherever its fieldsets list them; a main record whose form changes
    nothing is not saved, so that editing one figure inline does not make every other editor's
    form of the operation stale."""

    def save_model(self, request, obj, form, change):
        if change and isinstance(form, VersionCheckedForm) and not form.saves_something():
            return
        super().save_model(request, obj, form, change)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not issubclass(self.form, VersionCheckedForm) or SEEN in flatten_fieldsets(fieldsets):
            return fieldsets
        (name, options), *rest = fieldsets
        return [(name, {**options, "fields": [*options["fields"], SEEN]}), *rest]


# --- the refusal ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Difference:
    label: str
    now: str
    yours: str
    changed_by_them: bool


def stale_message(form, seen):
    """The refusal of `form`, opened at version `seen`: who saved since, and each field whose value
    now differs from the editor's, marking those the other editor changed."""
    model = type(form.instance)
    stored = model._default_manager.get(pk=form.instance.pk)
    history = stored.history.order_by("-history_id")
    opened = history.filter(version=seen).first()
    seen_as = opened.instance if opened is not None else None
    saves = history.filter(version__gt=seen).select_related("history_user").order_by("history_id")
    differences = []
    for name, field in form.fields.items():
        if name == SEEN or name not in form.cleaned_data:
            continue
        try:
            model_field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        now = value_of(model_field, stored)
        yours = comparable(model_field, form.cleaned_data[name])
        if now == yours:
            continue
        before = value_of(model_field, seen_as) if seen_as is not None and not model_field.many_to_many else None
        differences.append(
            Difference(
                label=str(field.label or name),
                now=shown(model_field, now),
                yours=shown(model_field, yours),
                changed_by_them=seen_as is not None and not model_field.many_to_many and before != now,
            )
        )
    return render_to_string(
        "admin/register/stale_edit.html",
        {"record": stored, "seen": seen, "version": stored.version, "saves": saves, "differences": differences},
    )


def value_of(model_field, record):
    if model_field.many_to_many:
        return comparable(model_field, getattr(record, model_field.name).all())
    if model_field.is_relation:
        return comparable(model_field, getattr(record, model_field.attname))
    return comparable(model_field, getattr(record, model_field.name))


def comparable(model_field, value):
    """A value as a form's cleaned data or a record gives it, in one shape: related records by
    their key (a set for many), an empty text as nothing."""
    if model_field.many_to_many:
        return frozenset(getattr(item, "pk", item) for item in value or ())
    if model_field.is_relation:
        return getattr(value, "pk", value)
    return None if value == "" else value


def shown(model_field, value):
    """A comparable value as an editor reads it."""
    if value is None or value == frozenset():
        return EMPTY
    if model_field.is_relation:
        related = model_field.related_model._default_manager
        keys = value if model_field.many_to_many else [value]
        return "; ".join(sorted(str(item) for item in related.filter(pk__in=keys)))
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    return str(value)
