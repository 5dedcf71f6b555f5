"""The mapping assistant's side of an import: the editors' name mappings an upload reads, the names
it did not know (each once, with its rows, columns and the closest names the register knows), and
saving what the editor decided for them in the preview.

A `NameBook` lives as long as one import: the resource gives it to its widgets (`use`) before
the rows, tells it which row is being read, and hands it to the import's result
(`result.names`), from which the admin's preview lists the unknown names.
"""

import contextlib
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from operations.models import ActivityKind, NameMapping, Series, Source
from operations.models.mappings import tidy_scope
from operations.models.spelling import fold
from participants.models import Participant

KINDS = NameMapping.Kind


@dataclass
class UnknownName:
    """A name no cell of its kind could be read as, with where the file writes it."""

    kind: str
    written: str
    candidates: list  # [(name, object)], the closest first
    columns: list = field(default_factory=list)
    rows: list = field(default_factory=list)

    @property
    def kind_label(self):
        return KINDS(self.kind).label


@dataclass(frozen=True)
class AppliedMapping:
    """A name the upload read through a mapping, for the preview to say so."""

    kind: str
    written: str
    target: object
    scope: str


class NameBook:
    """One import's names: the mappings it reads, those of its scope (an organisation or template)
    before those for every upload, and the names nothing could be read as."""

    def __init__(self, scope=""):
        self.scope = tidy_scope(scope)
        self.row = None
        self._targets = None
        self._unknown = {}
        self._applied = {}
        self._quiet = False

    def load(self):
        """Read the mappings once, before the rows."""
        target_fields = [f"{kind}_id" for kind in KINDS.values]
        self._targets = {}
        for kind, folded, scope, *target_ids in NameMapping.objects.for_scope(self.scope).values_list(
            "kind", "folded", "scope", *target_fields
        ):
            if scope or (kind, folded) not in self._targets:
                self._targets[(kind, folded)] = (dict(zip(KINDS.values, target_ids, strict=True))[kind], scope)

    def mapped(self, kind, text, objects_by_pk):
        """The object a mapping reads `text` (of `kind`) as, or None."""
        found = (self._targets or {}).get((kind, fold(text)))
        target = objects_by_pk.get(found[0]) if found else None
        if target is not None:
            self._applied.setdefault((kind, fold(text)), AppliedMapping(kind, text, target, found[1]))
        return target

    def miss(self, kind, text, column, candidates):
        """Note that a cell of `column`, in the current row, names nothing of `kind`."""
        if self._quiet:
            return
        name = self._unknown.setdefault((kind, fold(text)), UnknownName(kind, text, candidates))
        if column and column not in name.columns:
            name.columns.append(column)
        if self.row is not None and self.row not in name.rows:
            name.rows.append(self.row)

    @contextlib.contextmanager
    def quiet(self):
        """Misses are not noted here: the cells are read again, row by row, where they are."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def unknown_names(self):
        """Every unknown name once, by kind (in the kinds' order), then in the file's order."""
        order = list(KINDS.values)
        return sorted(self._unknown.values(), key=lambda name: (order.index(name.kind), name.rows[:1]))

    def applied(self):
        return list(self._applied.values())


def widgets_by_kind(resource):
    """{mapped kind: the resource's widget that reads names of it}, for the preview's choices."""
    found = {}
    for resource_field in resource.fields.values():
        widget = getattr(resource_field.widget, "one", resource_field.widget)  # one of a list's names
        if getattr(widget, "mapping_kind", None):
            found.setdefault(widget.mapping_kind, widget)
    return found


# --- What the editor decided in the preview ---------------------------------------------------

#: Kinds an entry can be made of from the name alone, and the choice each needs besides (a
#: participant's or source's kind), or None.
CREATABLE = {
    KINDS.PARTICIPANT: Participant.Kind,
    KINDS.SOURCE: Source.Kind,
    KINDS.SERIES: None,
    KINDS.ACTIVITY_KIND: None,
}


def target_model(kind):
    return NameMapping._meta.get_field(kind).related_model


@dataclass(frozen=True)
class Decision:
    """Read `written` (a name of `kind`) as `target`, or, with `create`, make the entry it names
    (a participant or source of the kind `create` says; `True` for the others)."""

    kind: str
    written: str
    target: object = None
    create: object = None


def unique_slug(model, text, field_name="slug", max_length=None):
    max_length = max_length or model._meta.get_field(field_name).max_length
    base = slugify(text)[:max_length] or "entry"
    slug, number = base, 1
    while model._default_manager.filter(**{field_name: slug}).exists():
        number += 1
        suffix = f"-{number}"
        slug = f"{base[: max_length - len(suffix)]}{suffix}"
    return slug


def new_entry(decision):
    """The entry `decision` creates, checked (ValidationError) and not yet saved."""
    kind, name = decision.kind, decision.written
    if kind == KINDS.PARTICIPANT:
        entry = Participant(name=name, slug=unique_slug(Participant, name), kind=decision.create)
    elif kind == KINDS.SOURCE:
        entry = Source(title=name, kind=decision.create)
    elif kind == KINDS.SERIES:
        entry = Series(name=name, short_name=name, slug=unique_slug(Series, name))
    else:
        entry = ActivityKind(code=unique_slug(ActivityKind, name, "code"), name=name)
    entry.full_clean()
    return entry


@transaction.atomic
def save_decisions(decisions, scope, user, reason=""):
    """Make the entries and save the mappings the editor chose, all or none. A mapping already
    saved for the name in this scope is pointed at the new target. Returns (mappings, created)."""
    scope = tidy_scope(scope)
    mappings, created = [], []
    for decision in decisions:
        if decision.create:
            # The new entry carries the name as written, so the next upload knows it without a mapping.
            entry = new_entry(decision)
            entry._history_user, entry._change_reason = user, reason
            entry.save()
            created.append(entry)
            continue
        mapping = NameMapping.objects.filter(scope=scope, kind=decision.kind, folded=fold(decision.written)).first()
        if mapping is None:
            mapping = NameMapping(scope=scope, kind=decision.kind, written=decision.written, created_by=user)
        for kind in KINDS.values:
            setattr(mapping, kind, decision.target if kind == decision.kind else None)
        mapping._history_user, mapping._change_reason = user, reason
        mapping.full_clean()
        mapping.save()
        mappings.append(mapping)
    return mappings, created


def summary(mappings, created, scope):
    """What `save_decisions` did, in a sentence."""
    done = []
    if mappings:
        done.append(
            ngettext("%(count)s name mapped for %(scope)s", "%(count)s names mapped for %(scope)s", len(mappings))
            % {"count": len(mappings), "scope": f"“{scope}”" if scope else _("every upload")}
        )
    if created:
        done.append(
            ngettext("%(count)s entry created", "%(count)s entries created", len(created)) % {"count": len(created)}
        )
    return _("Saved: %s.") % "; ".join(done)
