"""The drop-downs of the public filter forms, fetched as plain values and written out in Python.

A results page offers hundreds of operations and sources to choose from. Through Django's
ModelChoiceIterator (a model instance per option) and Select widget (a template per option) those
lists cost more than the rest of the page together: about 40 ms of a 65 ms page at a million results
(docs/performance.md). Here each list is one `values_list` query per form, shared by the widget and
by the footnotes under the table, and the markup is the same as Django's, written without templates.
"""

import html
from dataclasses import dataclass

import django_filters
from django import forms
from django.forms.models import ModelChoiceIterator
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from participants.models import Participant

from .models import CrimeArea, Metric, Operation, Series, Source


def _same(value):
    return value


# How each model names itself in a drop-down, from plain values: the words of its __str__
# (tests/operations/test_choices.py keeps the two the same).
LABELS = {
    Operation: (("short_name",), _same),
    Series: (("short_name",), _same),
    CrimeArea: (("name",), _same),
    Source: (("title",), _same),
    Metric: (("parent__name", "name"), lambda parent, name: f"{parent} – {name}" if parent else name),
    Participant: (("name", "footnote"), lambda name, footnote: f"{name}*" if footnote else name),
}


@dataclass(frozen=True)
class NamedParticipant:
    """A participant as a drop-down names it: enough for its footnote (participants.footnotes)."""

    name: str
    footnote: str

    @property
    def display_name(self):
        return f"{self.name}*" if self.footnote else self.name


class ValuesChoiceIterator(ModelChoiceIterator):
    """(key, label) pairs from the field's `rows()`: no model instances, one query per form."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        if getattr(self.field, "null_label", None) is not None:
            yield (self.field.null_value, self.field.null_label)
        for key, label, _values in self.field.rows():
            yield (key, label)

    def __len__(self):
        extra = (self.field.empty_label is not None) + (getattr(self.field, "null_label", None) is not None)
        return len(self.field.rows()) + extra

    def __bool__(self):
        return self.field.empty_label is not None or bool(self.field.rows())


class ValuesChoiceField(django_filters.fields.ModelChoiceField):
    """django-filter's ModelChoiceField, with its choices read once per form as plain values.
    Validation is unchanged: the chosen key is looked up in the queryset, and the cleaned value is
    a model instance."""

    iterator = ValuesChoiceIterator

    def _set_queryset(self, queryset):
        self._rows = None
        super()._set_queryset(queryset)

    queryset = property(forms.ModelChoiceField._get_queryset, _set_queryset)

    def rows(self):
        """[(key, label, the values the label was made from)], in the queryset's order."""
        if getattr(self, "_rows", None) is None:
            fields, label = LABELS[self.queryset.model]
            key = self.to_field_name or "pk"
            self._rows = [
                (key_value, label(*values), values) for key_value, *values in self.queryset.values_list(key, *fields)
            ]
        return self._rows

    def named_participants(self):
        """The participants this drop-down names, if it names participants (for their footnotes)."""
        if self.queryset.model is not Participant:
            return []
        return [NamedParticipant(*values) for _key, _label, values in self.rows()]


def _escape(value):
    """Django's conditional_escape without its lazy-text wrapper, which costs more than escaping."""
    return value.__html__() if hasattr(value, "__html__") else html.escape(str(value))


def _attributes(attrs):
    """Attributes as Django's attrs.html writes them: ` name="value"`, ` name` for True, none for False."""
    parts = []
    for name, value in attrs.items():
        if value is False or value is None:
            continue
        name = _escape(name)
        parts.append(f" {name}" if value is True else f' {name}="{_escape(value)}"')
    return "".join(parts)


class FastSelect(forms.Select):
    """Django's Select with the same markup (flat choices only), written without a template per option."""

    def render(self, name, value, attrs=None, renderer=None):
        final_attrs = self.build_attrs(self.attrs, attrs)
        chosen = self.format_value(value)
        parts = [format_html('<select name="{}"', name), _attributes(final_attrs), ">"]
        has_selected = False
        for option_value, label in self.choices:
            if isinstance(label, list | tuple):
                raise TypeError("FastSelect writes flat choices only, not groups.")
            option_value = "" if option_value is None else str(option_value)
            selected = not has_selected and option_value in chosen
            has_selected = has_selected or selected
            selected_attribute = " selected" if selected else ""
            parts.append(f'\n  <option value="{_escape(option_value)}"{selected_attribute}>{_escape(label)}</option>\n')
        parts.append("\n</select>")
        return mark_safe("".join(parts))
