"""Import-export widgets that find a cell's value among the names the register knows: a fixed choice
("more than"), a country code, a record by its natural keys ("JAD SEE 2023", "Serbia", "Kosovo*").

When a name is unknown, they say so with the closest names ('Unknown participant "Serbiaa";
closest: Serbia').
"""

import difflib

from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_countries import countries
from import_export import widgets

from .widgets import TextWidget, cell_text, unescape_formula


def closest(value, candidates, n=3):
    """The candidates nearest to a mistyped value, best first, ignoring case.

    `candidates` is a list of strings, or a dict of strings to the thing each names; then a thing
    is suggested once, by its nearest name ("Serbia", not also its code "SRB").
    """
    owners = candidates if isinstance(candidates, dict) else {candidate: candidate for candidate in candidates}
    by_folded = {}
    for candidate in owners:
        by_folded.setdefault(candidate.casefold(), candidate)
    matches = difflib.get_close_matches(value.casefold(), list(by_folded), n=len(by_folded), cutoff=0.6)
    suggestions, suggested = [], []
    for match in matches:
        candidate = by_folded[match]
        if owners[candidate] not in suggested:
            suggested.append(owners[candidate])
            suggestions.append(candidate)
    return suggestions[:n]


def unknown(noun, value, candidates, hint=""):
    """'Unknown participant "Serbiaa"; closest: Serbia', or the hint when nothing is close."""
    suggestions = closest(value, candidates)
    if suggestions:
        return _('Unknown %(noun)s "%(value)s"; closest: %(closest)s') % {
            "noun": noun,
            "value": value,
            "closest": ", ".join(suggestions),
        }
    message = _('Unknown %(noun)s "%(value)s"') % {"noun": noun, "value": value}
    return f"{message}; {hint}" if hint else message


class ChoiceWidget(TextWidget):
    """A fixed choice written as its code ("more_than") or its label ("more than"), in any case.

    Exports write the code, which stays the same whatever the language of the labels.
    """

    def __init__(self, choices, noun, default="", **kwargs):
        super().__init__(**kwargs)
        self.choices = choices
        self.noun = noun
        self.default = default
        self._lookups = {}
        # Codes, and codes with spaces ("more than"), whatever the language: no lookup of it.
        self.codes = {}
        for code in choices.values:
            self.codes.setdefault(code.casefold(), code)
            self.codes.setdefault(code.replace("_", " ").casefold(), code)

    def lookup(self):
        """{every accepted spelling, casefolded: code}, made once per language (labels are translated)."""
        language = get_language()
        if language not in self._lookups:
            spellings = {}
            for code, label in self.choices.choices:
                for spelling in (code, str(label), code.replace("_", " ")):
                    spellings.setdefault(spelling.casefold(), code)
            self._lookups[language] = spellings
        return self._lookups[language]

    def clean(self, value, row=None, **kwargs):
        text = cell_text(unescape_formula(value))
        if not text:
            return self.default
        folded = text.casefold()
        code = self.codes.get(folded) or self.lookup().get(folded)
        if code is not None:
            return code
        labels = [str(label) for label in self.choices.labels]
        # Each choice is suggested once, by its label or its code, whichever is nearer.
        candidates = {**dict(zip(labels, self.choices.values, strict=True)), **{v: v for v in self.choices.values}}
        raise ValueError(unknown(self.noun, text, candidates, _("expected one of: %s") % ", ".join(labels)))


class CountryCodeWidget(TextWidget):
    """An ISO 3166 country code (RS, or SRB), XK for Kosovo, or the country's English name."""

    def clean(self, value, row=None, **kwargs):
        text = cell_text(unescape_formula(value))
        if not text:
            return ""
        code = countries.alpha2(text) or countries.by_name(text)
        if code:
            return code
        candidates = {**{str(name): code for code, name in countries}, **{code: code for code, _name in countries}}
        raise ValueError(unknown(_("country code"), text, candidates, _("use the ISO code, such as RS, or XK")))

    def render(self, value, obj=None, **kwargs):
        return getattr(value, "code", value) or ""


class NaturalKeyWidget(widgets.ForeignKeyWidget):
    """A foreign key written as any of the related object's natural keys, in any case.

    `keys` are attribute names or callables returning one string or a list of strings; when two
    objects share a key, the object whose key comes first in `keys` wins. Exports write
    `render_key` (the first key by default). The lookup table is built once per import and
    rebuilt on a miss, so rows can refer to objects that earlier rows of the same file created.
    """

    def __init__(self, model, keys, *, render_key=None, noun=None, hint="", default=None, describe=None, **kwargs):
        super().__init__(model, field=keys[0] if isinstance(keys[0], str) else "pk", **kwargs)
        self.keys = keys
        self.render_key = render_key or keys[0]
        self.noun = noun or str(model._meta.verbose_name)
        self.hint = hint
        self.default = default  # the key a blank cell stands for ("exact" for a qualifier), if any
        # For a catalogue: the other words an object is written with, listed beside its key in
        # import templates, in the catalogue's order ("more_than (more than; više od)").
        self.describe = describe
        self._index = None

    def reset(self):
        self._index = None

    @staticmethod
    def _key_values(obj, key):
        found = key(obj) if callable(key) else getattr(obj, key)
        if found is None:
            return []
        return [str(item) for item in found] if isinstance(found, (list, tuple, set)) else [str(found)]

    def index(self):
        if self._index is None:
            objects = list(self.get_queryset(None, None))
            self._index = {}
            for key in self.keys:
                for obj in objects:
                    for text in self._key_values(obj, key):
                        if text.strip():
                            self._index.setdefault(text.strip().casefold(), (text.strip(), obj))
        return self._index

    def clean(self, value, row=None, **kwargs):
        text = cell_text(unescape_formula(value)) or self.default
        if not text:
            return None
        found = self.index().get(text.casefold())
        if found is None:
            self.reset()
            found = self.index().get(text.casefold())
        if found is None:
            raise ValueError(unknown(self.noun, text, dict(self.index().values()), self.hint))
        return found[1]

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return self._key_values(value, self.render_key)[0]

    def described(self, obj):
        """The object's key, with its other words when the widget describes them: "exact (tačno)"."""
        key = self.render(obj)
        words, seen = [], {key.casefold()}
        for word in self.describe(obj) if self.describe else ():
            if word and word.casefold() not in seen:
                seen.add(word.casefold())
                words.append(word)
        return f"{key} ({'; '.join(words)})" if words else key


class NaturalKeyManyWidget(widgets.ManyToManyWidget):
    """Several related objects in one cell, separated by semicolons: "Serbia; Montenegro"."""

    def __init__(self, model, keys, *, render_key=None, noun=None, hint="", separator=";"):
        super().__init__(model, separator=separator)
        self.one = NaturalKeyWidget(model, keys, render_key=render_key, noun=noun, hint=hint)

    def reset(self):
        self.one.reset()

    def clean(self, value, row=None, **kwargs):
        objects, errors = [], []
        for part in cell_text(unescape_formula(value)).split(self.separator):
            if not part.strip():
                continue
            try:
                found = self.one.clean(part)
            except ValueError as error:
                errors.append(str(error))
            else:
                if found not in objects:
                    objects.append(found)
        if errors:
            raise ValueError("; ".join(errors))
        return objects

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return f"{self.separator} ".join(sorted(self.one.render(item) for item in value.all()))
