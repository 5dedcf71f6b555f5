"""Pieces shared by the register's admin pages: small text areas, import-export through the
natural-key resources (in spreadsheets.py), country-only choices, statements in their metric's unit
unless another is given, inline rows checked against their constraints, and every form of a versioned
record checked against the version it was opened at (versions.py)."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import UniqueConstraint
from django.forms.models import BaseInlineFormSet
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from operations.models import Metric

from .spreadsheets import RegisterImportExportMixin  # noqa: F401  (where the admins import it from)
from .versions import VersionCheckedForm

SMALL_TEXTAREA = forms.Textarea(attrs={"rows": 2, "cols": 40})


class SmallTextareasMixin:
    """Inline rows stay one or two lines high: their long texts get small text areas."""

    small_textareas = ("note",)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.small_textareas:
            kwargs["widget"] = SMALL_TEXTAREA
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class MetricFamilyFilter(admin.SimpleListFilter):
    """A top-level metric with its whole breakdown: 'Arrests' finds arrests by crime area too."""

    title = _("metric (with its breakdown)")
    parameter_name = "metric_family"
    metric_lookup = "metric"

    def lookups(self, request, model_admin):
        return [(metric.pk, metric.name) for metric in Metric.objects.roots()]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        try:
            root = Metric.objects.get(pk=self.value())
        except (Metric.DoesNotExist, ValueError):
            return queryset.none()
        return queryset.filter(**{f"{self.metric_lookup}__in": root.descendant_ids()})


class CountryOnlyForm(VersionCheckedForm):
    """Says so when a participant that is not a country is chosen where a country belongs."""

    country_fields = ()

    def clean(self):
        cleaned = super().clean()
        for field in self.country_fields:
            chosen = cleaned.get(field)
            if chosen is None:
                continue
            participants = chosen if hasattr(chosen, "__iter__") else [chosen]
            not_countries = [str(participant) for participant in participants if not participant.is_country]
            if not_countries:
                self.add_error(
                    field,
                    _("Only countries and jurisdictions belong here, not: %(names)s.")
                    % {"names": ", ".join(not_countries)},
                )
        return cleaned


UNIT_DEFAULT = _("Empty: the metric's unit.")


class StatementForm(VersionCheckedForm):
    """A statement's form: without a unit, the figure is in its metric's default unit, as the model
    saves it; filled in before the model's checks, which compare the unit with the metric."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "unit" in self.fields:
            self.fields["unit"].required = False
            self.fields["unit"].help_text = format_lazy("{} {}", self.fields["unit"].help_text, UNIT_DEFAULT)

    def clean(self):
        cleaned = super().clean()
        metric = cleaned.get("metric")
        if "unit" in self.fields and cleaned.get("unit") is None and metric is not None:
            cleaned["unit"] = metric.unit
        return cleaned


class ConstraintCheckingInlineFormSet(BaseInlineFormSet):
    """Inline rows checked against every constraint of their model, and in its own words.

    Django leaves the parent out of an inline row's own checks, so a constraint that includes
    it (one participation per participant and operation) would otherwise only fail in the
    database; and it explains duplicates within the rows with a generic message.
    """

    # Fields left out of the rows whose value is nonetheless known (empty, or set by the model's
    # save()) and which constraints name: without them Django would skip those constraints.
    checked_fields = ()

    def clean(self):
        super().clean()
        for form in self.forms:
            if not form.is_valid() or self._should_delete_form(form) or not form.has_changed():
                continue
            exclude = form._get_validation_exclusions() - {self.fk.name, *self.checked_fields}
            if self.instance.pk is None:
                # A new parent has no key yet: what names it is checked once it is saved, by the database.
                exclude.add(self.fk.name)
            try:
                form.instance.validate_constraints(exclude=exclude)
            except ValidationError as error:
                form.add_error(None, error.messages)

    def get_unique_error_message(self, unique_check):
        for constraint in self.model._meta.constraints:
            if (
                isinstance(constraint, UniqueConstraint)
                and set(constraint.fields) == set(unique_check)
                and constraint.violation_error_message != constraint.default_violation_error_message
            ):
                return str(constraint.violation_error_message)
        return super().get_unique_error_message(unique_check)


class ResultInlineFormSet(ConstraintCheckingInlineFormSet):
    """A page's statements (an operation's or an activity's): checked against the statement key,
    whose other subject the rows leave empty, and refused when entered twice among the new rows
    (the key compares an empty country as one, which Django's duplicate check skips)."""

    checked_fields = ("operation", "activity")

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            if not form.is_valid() or self._should_delete_form(form) or not form.cleaned_data:
                continue
            data = form.cleaned_data
            key = (
                data.get("metric"),
                data.get("country"),
                data.get("source"),
                data.get("qualifier"),
            )
            if key in seen:
                form.add_error(
                    None,
                    _("This statement is entered twice: same metric, country, source and qualifier."),
                )
            seen.add(key)
