"""Name mappings in the admin: the list (by kind and organisation or template), their edit pages with
history, and the import preview's mapping assistant, one form per name the upload did not know."""

from urllib.parse import urlencode

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.forms import formset_factory
from django.urls import NoReverseMatch, reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from operations.models import NameMapping
from operations.spreadsheets.lookups import unknown_message
from operations.spreadsheets.mapping import CREATABLE, Decision, new_entry, target_model

KINDS = NameMapping.Kind
EVERY_UPLOAD = "-"  # the scope filter's value for mappings without a scope


class ScopeFilter(admin.SimpleListFilter):
    title = _("organisation or template")
    parameter_name = "scope"

    def lookups(self, request, model_admin):
        return [(EVERY_UPLOAD, _("every upload")), *((scope, scope) for scope in NameMapping.objects.scopes())]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        return queryset.filter(scope="" if self.value() == EVERY_UPLOAD else self.value())


@admin.register(NameMapping)
class NameMappingAdmin(SimpleHistoryAdmin):
    list_display = ["written", "kind", "target_display", "scope_display", "created_by", "created_at"]
    list_filter = ["kind", ScopeFilter]
    search_fields = ["written", "scope"]
    ordering = ["scope", "kind", "folded"]
    autocomplete_fields = list(KINDS.values)
    list_select_related = [*KINDS.values, "metric__parent", "created_by"]
    readonly_fields = ["created_by", "created_at"]
    fieldsets = [
        (None, {"fields": ["scope", "kind", "written"]}),
        (
            _("Read as"),
            {
                "fields": list(KINDS.values),
                "description": _("Choose the one entry of the mapping's kind; leave the others empty."),
            },
        ),
        (_("Made"), {"fields": ["created_by", "created_at"]}),
    ]

    @admin.display(description=_("read as"))
    def target_display(self, mapping):
        return mapping.target

    @admin.display(description=_("organisation or template"), ordering="scope")
    def scope_display(self, mapping):
        return mapping.scope or _("every upload")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


# --- The import preview's mapping assistant ---------------------------------------------------

LEAVE, OTHER, CREATE, MAP = "", "other", "create", "map:"


def add_perm(model):
    return f"{model._meta.app_label}.add_{model._meta.model_name}"


class UnknownNameForm(forms.Form):
    """What to do with one name the upload did not know: leave it, read it as one of the closest
    entries or as another one typed in, or create the entry it names."""

    kind = forms.ChoiceField(choices=KINDS.choices, widget=forms.HiddenInput)
    written = forms.CharField(max_length=300, widget=forms.HiddenInput)
    choice = forms.CharField(required=False, widget=forms.RadioSelect)
    other = forms.CharField(label=_("another entry"), required=False, max_length=300)
    new_kind = forms.ChoiceField(label=_("as"), required=False)

    def __init__(self, *args, widgets, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = self.data.get(self.add_prefix("kind")) if self.is_bound else self.initial["kind"]
        self.widget = widgets.get(self.kind)  # the import's widget that reads names of this kind
        self.decision = None
        model = target_model(self.kind) if self.kind in KINDS.values else None
        may_add = model is not None and user.has_perm(add_perm(model))
        self.creatable = may_add and self.kind in CREATABLE
        choices = [(LEAVE, _("leave it"))]
        choices += [(f"{MAP}{obj.pk}", candidate_label(name, obj)) for name, obj in self.initial.get("candidates", ())]
        choices.append((OTHER, _("another entry:")))
        if self.creatable:
            choices.append((CREATE, _("create it")))
        self.fields["choice"].widget.choices = choices
        written = self.initial.get("written", "")
        self.fields["other"].widget.attrs.update(
            {"list": f"catalogue-{self.kind}", "aria-label": _("another entry for “%s”") % written}
        )
        if self.creatable and CREATABLE[self.kind] is not None:
            self.fields["new_kind"].choices = [("", "---------"), *CREATABLE[self.kind].choices]
            self.fields["new_kind"].widget.attrs["aria-label"] = _("what “%s” is") % written
        else:
            del self.fields["new_kind"]
        self.add_url = self.admin_add_url(model, written) if may_add and self.widget is not None else None

    def admin_add_url(self, model, written):
        """The model's add page with the name filled in as its key (and name), for entries that
        need more than a name."""
        try:
            url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add")
        except NoReverseMatch:
            return None
        fields = {field.name: field for field in model._meta.fields}
        key = self.widget.keys[0]
        values = {key: slugify(written) if isinstance(fields.get(key), models.SlugField) else written}
        if "name" in fields:
            values.setdefault("name", written)
        return f"{url}?{urlencode(values)}"

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        choice, other, written = data["choice"], data["other"].strip(), data["written"]
        if choice == LEAVE and not other:
            return data
        if choice == LEAVE:
            choice = OTHER  # a name typed in says what to do
        if self.widget is None:
            raise ValidationError(_("This file has no column of this kind."))
        if choice.startswith(MAP):
            target = {str(pk): obj for pk, obj in self.widget.index().by_pk.items()}.get(choice[len(MAP) :])
            if target is None:
                raise ValidationError(_("The entry chosen for “%(name)s” no longer exists.") % {"name": written})
            self.decision = Decision(self.kind, written, target=target)
        elif choice == OTHER:
            self.decision = Decision(self.kind, written, target=self.typed_target(other))
        elif choice == CREATE and self.creatable:
            self.decision = self.creation(written, data.get("new_kind"))
        else:
            raise ValidationError(_("Choose what to do with “%(name)s”.") % {"name": written})
        return data

    def typed_target(self, other):
        if not other:
            raise ValidationError({"other": _("Type the entry the name is read as.")})
        target = self.widget.index().find(other)
        if target is None:
            suggestions = [name for name, _obj in self.widget.suggestions(other)]
            raise ValidationError({"other": unknown_message(self.widget.noun, other, suggestions)})
        return target

    def creation(self, written, new_kind):
        if CREATABLE[self.kind] is not None and not new_kind:
            raise ValidationError({"new_kind": _("Choose what “%(name)s” is.") % {"name": written}})
        decision = Decision(self.kind, written, create=new_kind or True)
        new_entry(decision)  # the entry's own checks (a name too long, one already taken) fail here
        return decision

    def where(self):
        """'country: rows 2, 5, 9' for the page."""
        rows = self.initial.get("rows", [])
        shown = ", ".join(str(row) for row in rows[:10]) + (" …" if len(rows) > 10 else "")
        return f"{', '.join(self.initial.get('columns', []))}: {shown}" if rows else ""


def candidate_label(name, obj):
    """The entry, and the spelling of it that the name came near: "North Macedonia (Makedonija)"."""
    label = str(obj)
    return label if name.casefold() in (label.casefold(), label.rstrip("*").casefold()) else f"{label} ({name})"


UnknownNamesFormSet = formset_factory(UnknownNameForm, extra=0)
NAMES_PREFIX = "names"


def catalogue(widget):
    """The entries a name can be read as, for the page's list of suggestions: (key, label)."""
    entries = {widget.render(obj): str(obj) for obj in widget.index().by_pk.values()}
    return sorted(entries.items(), key=lambda entry: entry[0].casefold())


def assistant_formset(names, widgets, user, data=None):
    """One form per unknown name (`mapping.UnknownName`), or the posted ones with `data`."""
    initial = [
        {
            "kind": name.kind,
            "written": name.written,
            "candidates": name.candidates,
            "rows": name.rows,
            "columns": name.columns,
            "kind_label": name.kind_label,
        }
        for name in names
    ]
    kwargs = {"widgets": widgets, "user": user}
    return UnknownNamesFormSet(data, initial=None if data else initial, prefix=NAMES_PREFIX, form_kwargs=kwargs)


def formset_problems(formset):
    """Every problem of the posted assistant, each with the name it is about."""
    problems = [str(error) for error in formset.non_form_errors()]
    for form in formset:
        name = form.data.get(form.add_prefix("written"), "")
        problems += [f"“{name}”: {error}" for errors in form.errors.values() for error in errors]
    return " ".join(problems)
