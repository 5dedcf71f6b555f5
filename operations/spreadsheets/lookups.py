"""Import-export widgets that find a cell's value among the names the register knows: a fixed choice
("more than"), a country code, a record by its natural keys ("JAD SEE 2023", "Serbia", "Kosovo*").

A name is known as written, in any case, or written otherwise but the same once folded
(`operations.models.spelling`: "Северна Македонија" is "Severna Makedonija"); failing that, a
widget of a mapped kind reads the editors' mappings for the upload (`mapping.NameBook`). When a
name is still unknown, they say so with the closest names ('Unknown participant "Serbiaa";
closest: Serbia') and tell the import's book, whose preview lists it for the editor to map.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_countries import countries
from import_export import widgets

from operations.models.spelling import fold, ranked

from .widgets import TextWidget, cell_text, unescape_formula


def closest(value, candidates, n=3):
    """The candidates nearest to a mistyped value, best first, compared once folded.

    `candidates` is a list of strings, or a dict of strings to the thing each names; then a thing
    is suggested once, by its nearest name ("Serbia", not also its code "SRB").
    """
    owners = candidates if isinstance(candidates, dict) else {candidate: candidate for candidate in candidates}
    return [name for name, _owner in ranked(value, owners, n)]


def unknown(noun, value, candidates, hint=""):
    """'Unknown participant "Serbiaa"; closest: Serbia', or the hint when nothing is close."""
    return unknown_message(noun, value, closest(value, candidates), hint)


def unknown_message(noun, value, suggestions, hint=""):
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


class KeyIndex:
    """A widget's objects by their keys: as written (casefolded), folded, and by primary key."""

    def __init__(self, objects, keys, key_values):
        self.by_text, self.by_fold = {}, {}
        for key in keys:
            for obj in objects:
                for text in key_values(obj, key):
                    text = text.strip()
                    if text:
                        self.by_text.setdefault(text.casefold(), (text, obj))
                        folded = fold(text)
                        if folded:
                            self.by_fold.setdefault(folded, (text, obj))
        self.by_pk = {obj.pk: obj for obj in objects}

    def find(self, text):
        found = self.by_text.get(text.casefold()) or self.by_fold.get(fold(text))
        return found[1] if found else None

    def names(self):
        """{each key as written: its object}, for suggestions."""
        return dict(self.by_text.values())


class NaturalKeyWidget(widgets.ForeignKeyWidget):
    """A foreign key written as any of the related object's natural keys, in any case, or written
    so that it folds to one of them.

    `keys` are attribute names or callables returning one string or a list of strings; when two
    objects share a key, the object whose key comes first in `keys` wins. Exports write
    `render_key` (the first key by default). The lookup table is built once per import and
    rebuilt on a miss where the import saves objects of the widget's model (`use`), so rows can
    refer to objects that earlier rows of the same file created. A widget with a `mapping_kind`
    (a `NameMapping.Kind`) reads, for a name it does not know, the mappings of the import's
    `NameBook`, and reports the names still unknown.
    """

    def __init__(
        self,
        model,
        keys,
        *,
        render_key=None,
        noun=None,
        hint="",
        default=None,
        describe=None,
        mapping_kind=None,
        **kwargs,
    ):
        super().__init__(model, field=keys[0] if isinstance(keys[0], str) else "pk", **kwargs)
        self.keys = keys
        self.render_key = render_key or keys[0]
        self.noun = noun or str(model._meta.verbose_name)
        self.hint = hint
        self.default = default  # the key a blank cell stands for ("exact" for a qualifier), if any
        # For a catalogue: the other words an object is written with, listed beside its key in
        # import templates, in the catalogue's order ("more_than (more than; više od)").
        self.describe = describe
        self.mapping_kind = mapping_kind
        self.book, self.column = None, ""
        self.grows = True  # whether the rows being read may add objects it names
        self._index = None
        self._suggestions = {}

    def reset(self):
        self._index = None
        self._suggestions = {}

    def use(self, book, column, grows):
        """For one import: read the mappings of `book` (its `NameBook`) and tell it the names of
        `column` that nothing names; `grows` when its rows save objects of the widget's model."""
        self.grows = grows
        if self.mapping_kind:
            self.book, self.column = book, column

    @staticmethod
    def _key_values(obj, key):
        found = key(obj) if callable(key) else getattr(obj, key)
        if found is None:
            return []
        return [str(item) for item in found] if isinstance(found, (list, tuple, set)) else [str(found)]

    def index(self):
        if self._index is None:
            self._index = KeyIndex(list(self.get_queryset(None, None)), self.keys, self._key_values)
        return self._index

    def find(self, text):
        """The object `text` names, or None: by one of its keys, else by a mapping of the upload."""
        found = self.index().find(text)
        if found is None and self.book is not None:
            found = self.book.mapped(self.mapping_kind, text, self.index().by_pk)
        return found

    def suggestions(self, text):
        """[(name, object)] nearest to `text`, worked out once per import and folded name."""
        folded = fold(text)
        if folded not in self._suggestions:
            self._suggestions[folded] = ranked(text, self.index().names())
        return self._suggestions[folded]

    def clean(self, value, row=None, **kwargs):
        text = cell_text(unescape_formula(value)) or self.default
        if not text:
            return None
        found = self.find(text)
        if found is None and self.grows:
            self._index = None  # an earlier row may have added it
            found = self.find(text)
        if found is None:
            suggestions = self.suggestions(text)
            if self.book is not None:
                self.book.miss(self.mapping_kind, text, self.column, suggestions)
            raise ValueError(unknown_message(self.noun, text, [name for name, _obj in suggestions], self.hint))
        return found

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

    def __init__(self, model, keys, *, render_key=None, noun=None, hint="", separator=";", mapping_kind=None):
        super().__init__(model, separator=separator)
        self.one = NaturalKeyWidget(model, keys, render_key=render_key, noun=noun, hint=hint, mapping_kind=mapping_kind)

    def reset(self):
        self.one.reset()

    def use(self, book, column, grows):
        self.one.use(book, column, grows)

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
