"""Name mappings in the admin: the list (by kind and organisation or template), their edit pages with
history."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from operations.models import NameMapping

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
