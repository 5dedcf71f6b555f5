"""The template offered on every import page: an XLSX built from the page's resource, with the
columns it reads and one example row ("Import"), what each column takes ("Columns"), and the
values the choice and natural-key columns accept, as they stand in the register ("Allowed values").
"""

import io

from django.utils.translation import gettext as _
from import_export import widgets
from openpyxl import Workbook

from .lookups import ChoiceWidget, CountryCodeWidget, NaturalKeyManyWidget, NaturalKeyWidget
from .widgets import DateWidget, FigureWidget, WholeNumberWidget
from .writing import neutralise, write_sheet

MAX_ALLOWED_VALUES = 2000


def import_columns(resource):
    """The columns an import reads, in the resource's order (export-only columns left out)."""
    return [field for field in resource.get_import_fields() if not field.readonly]


def requirement(resource, field):
    if field.column_name in resource.get_import_id_fields():
        model_field = resource._meta.model._meta.get_field(field.attribute)
        if model_field.null:
            return _("key, may be blank")
        default = getattr(field.widget, "default", None)
        return _("key; blank means %(default)s") % {"default": default} if default else _("key")
    if field.column_name in resource.required_columns:
        return _("required")
    return _("optional")


def max_length(resource, field):
    try:
        return resource._meta.model._meta.get_field(field.attribute).max_length
    except Exception:  # a column that is not a model field
        return None


def column_description(resource, field):
    """What a column takes, in a sentence."""
    description = str(kind_of_column(resource, field))
    note = resource.column_notes.get(field.column_name)
    return f"{description}; {note}" if note else description


def kind_of_column(resource, field):
    widget = field.widget
    if isinstance(widget, NaturalKeyManyWidget):
        return _("%(noun)s, several separated by semicolons (see Allowed values)") % {"noun": widget.one.noun}
    if isinstance(widget, NaturalKeyWidget):
        hint = f"; {widget.hint}" if widget.hint else ""
        return _("the %(noun)s, by name or code (see Allowed values)%(hint)s") % {"noun": widget.noun, "hint": hint}
    if isinstance(widget, ChoiceWidget):
        default = _("; blank means %(default)s") % {"default": widget.default} if widget.default else ""
        return _("one of the allowed values, as its code or its label%(default)s") % {"default": default}
    if isinstance(widget, CountryCodeWidget):
        return _("the ISO 3166 country code (RS, or SRB; XK for Kosovo), only for countries")
    if isinstance(widget, FigureWidget):
        return _(
            "a number as the source writes it (22 488, 22,488, 22488 or 1.5), without words: a qualifier goes "
            "in its own column, the source's words in the quote"
        )
    if isinstance(widget, DateWidget):
        if widget.partial:
            return _(
                'a date: 2023-11-13 or an Excel date; "November 2023" or "2023" when the source gives only '
                "the month or the year (the date precision follows)"
            )
        return _("a full date: 2023-11-13 or an Excel date")
    if isinstance(widget, WholeNumberWidget):
        return _("a whole number") + (_(", 0 or more") if widget.minimum == 0 else "")
    if isinstance(widget, widgets.BooleanWidget):
        return _("yes or no (1 or 0)")
    length = max_length(resource, field)
    return _("text, at most %(length)s characters") % {"length": length} if length else _("text")


def allowed_values(field):
    """The values a choice or natural-key column accepts, as the register holds them now."""
    widget = field.widget
    if isinstance(widget, ChoiceWidget):
        return [code if code == str(label) else f"{code} ({label})" for code, label in widget.choices.choices]
    one = widget.one if isinstance(widget, NaturalKeyManyWidget) else widget
    if isinstance(one, NaturalKeyWidget):
        objects = one.get_queryset(None, None)[: MAX_ALLOWED_VALUES + 1]
        if one.describe is not None:
            # A catalogue (qualifiers, kinds of activity), in its own order, each with its words.
            return [one.described(obj) for obj in objects]
        return sorted({one.render(obj) for obj in objects}, key=str.casefold)
    return None


def import_template(resource):
    """The template workbook for a resource, as bytes."""
    columns = import_columns(resource)
    names = [field.column_name for field in columns]
    workbook = Workbook(write_only=True)
    write_sheet(
        workbook,
        _("Import"),
        names,
        [[neutralise(resource.example.get(name, "")) for name in names]],
        widths=[max(14, min(40, len(str(resource.example.get(name, ""))) + 4)) for name in names],
    )
    write_sheet(
        workbook,
        _("Columns"),
        [_("Column"), _("Required"), _("What it takes")],
        [
            [name, str(requirement(resource, field)), neutralise(column_description(resource, field))]
            for name, field in zip(names, columns, strict=True)
        ],
        widths=[24, 12, 100],
    )
    lists = [(field.column_name, allowed_values(field)) for field in columns]
    lists = [(name, values) for name, values in lists if values is not None]
    if lists:
        longest = max(len(values) for _name, values in lists)
        rows = [
            [neutralise(values[index]) if index < len(values) else None for _name, values in lists]
            for index in range(min(longest, MAX_ALLOWED_VALUES))
        ]
        write_sheet(workbook, _("Allowed values"), [name for name, _values in lists], rows, widths=[36] * len(lists))
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()
