"""The widgets of the public filter forms, written out with Django's markup but without its
templates; the drop-downs' choices from the process's catalogue of the register (operations.public.catalogue).

Through Django's ModelChoiceIterator (a model instance per option) and Select widget (a template
per option), a results page's 900 choices cost more than the rest of the page together
(docs/performance.md). Here a drop-down's options come from the catalogue, already written; only
the chosen one is written again, with `selected`. A chosen key is checked against the same list.
"""

import html

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import ModelChoiceIterator
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from . import catalogue
from .catalogue import option_markup


class ValuesChoiceIterator(ModelChoiceIterator):
    """(key, label) pairs from the field's choice list: no query, no model instances."""

    def __init__(self, field):
        self.field = field  # and not its queryset, which is only built if asked for

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from self.field.choice_list.pairs()

    def __len__(self):
        return len(self.field.choice_list.rows) + (self.field.empty_label is not None)

    def __bool__(self):
        return self.field.empty_label is not None or bool(self.field.choice_list.rows)

    def options(self):
        """[(key as text, markup, markup when selected)] of every option, the empty one first."""
        empty = []
        if self.field.empty_label is not None:
            label = str(self.field.empty_label)
            empty = [("", option_markup("", label), option_markup("", label, selected=True))]
        return empty + self.field.choice_list.options


class ValuesChoiceField(django_filters.fields.ModelChoiceField):
    """django-filter's ModelChoiceField over one of the catalogue's choice lists (`list_name`).

    The form's filter set hands each field the catalogue of the page (`catalogue`); the cleaned
    value is the chosen model instance, with the fields other than its key and label deferred."""

    iterator = ValuesChoiceIterator

    def __init__(self, queryset=None, *, list_name, **kwargs):
        self.list_name = list_name
        self.catalogue = None
        super().__init__(queryset, **kwargs)

    # The question behind the list, built only if asked for: building a public door's nested EXISTS
    # for every drop-down of every form cost 4 ms a page (docs/performance.md).
    def _get_queryset(self):
        return catalogue.queryset(self.list_name)

    def _set_queryset(self, queryset):
        self.widget.choices = self.choices

    queryset = property(_get_queryset, _set_queryset)

    def __deepcopy__(self, memo):
        # As ModelChoiceField's, a new iterator for the copy, but without building the queryset.
        result = forms.Field.__deepcopy__(self, memo)
        result.widget.choices = result.choices
        return result

    @property
    def choice_list(self):
        if self.catalogue is None:
            self.catalogue = catalogue.current()
        return self.catalogue.choices(self.list_name)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        instance = self.choice_list.instance(value) if isinstance(value, str | int) else None
        if instance is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return instance

    def named_participants(self):
        """The participants this drop-down names (for their footnotes), if it names participants."""
        return self.choice_list.named_participants


def escape_text(value):
    """Django's conditional_escape without its lazy-text wrapper, which costs more than escaping."""
    return value.__html__() if hasattr(value, "__html__") else html.escape(str(value))


def _attributes(attrs):
    """Attributes as Django's attrs.html writes them: ` name="value"`, ` name` for True, none for False."""
    parts = []
    for name, value in attrs.items():
        if value is False or value is None:
            continue
        name = escape_text(name)
        parts.append(f" {name}" if value is True else f' {name}="{escape_text(value)}"')
    return "".join(parts)


class FastSelect(forms.Select):
    """Django's Select with the same markup (flat choices only), written without a template per
    option; with a catalogue's choices, from options already written."""

    def render(self, name, value, attrs=None, renderer=None):
        final_attrs = self.build_attrs(self.attrs, attrs)
        chosen = self.format_value(value)
        parts = [format_html('<select name="{}"', name), _attributes(final_attrs), ">"]
        has_selected = False
        for option_value, markup, selected_markup in self.options_markup():
            if not has_selected and option_value in chosen:
                has_selected = True
                parts.append(selected_markup)
            else:
                parts.append(markup)
        parts.append("\n</select>")
        return mark_safe("".join(parts))

    def options_markup(self):
        if isinstance(self.choices, ValuesChoiceIterator):
            return self.choices.options()
        options = []
        for option_value, label in self.choices:
            if isinstance(label, list | tuple):
                raise TypeError("FastSelect writes flat choices only, not groups.")
            option_value = "" if option_value is None else str(option_value)
            label = escape_text(label)
            options.append(
                (
                    option_value,
                    f'\n  <option value="{escape_text(option_value)}">{label}</option>\n',
                    f'\n  <option value="{escape_text(option_value)}" selected>{label}</option>\n',
                )
            )
        return options


class FastInputMixin:
    """An <input> as Django's input.html writes it, without the template (through it, the results
    form's inputs took about 3 ms of a page under an instrumented template timer)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        value_attribute = "" if widget["value"] is None else f' value="{html.escape(str(widget["value"]))}"'
        return mark_safe(
            f'<input type="{escape_text(widget["type"])}" name="{escape_text(widget["name"])}"'
            f"{value_attribute}{_attributes(widget['attrs'])}>"
        )


class FastTextInput(FastInputMixin, forms.TextInput):
    pass


class FastNumberInput(FastInputMixin, forms.NumberInput):
    pass


class FastDateInput(FastInputMixin, forms.DateInput):
    pass
