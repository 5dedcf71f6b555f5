"""The secretariat's data entry: every register model in the admin, with history and spreadsheets.

Models with a history use SimpleHistoryAdmin, so "History" shows who changed what; import and
export go through the natural-key resources of operations/resources.py. An operation's status
moves only through the review workflow (the actions on the list of operations), never through
its form or a revert from its history.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.core.exceptions import ValidationError
from django.db.models import Count, UniqueConstraint
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportMixin
from simple_history.admin import SimpleHistoryAdmin

from . import workflow
from .models import (
    Activity,
    CoordinationCentre,
    Correction,
    CrimeArea,
    Metric,
    Operation,
    Participation,
    Result,
    Role,
    Series,
    Source,
    Unit,
)
from .resources import (
    ActivityResource,
    MetricResource,
    OperationResource,
    ParticipantListResource,
    ResultResource,
    SourceResource,
)

SMALL_TEXTAREA = forms.Textarea(attrs={"rows": 2, "cols": 40})


class SmallTextareasMixin:
    """Inline rows stay one or two lines high: their long texts get small text areas."""

    small_textareas = ("note",)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.small_textareas:
            kwargs["widget"] = SMALL_TEXTAREA
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class RegisterImportExportMixin(ImportExportMixin):
    """Import and export through the register's natural-key resources."""

    def get_valid_export_item_pks(self, request):
        # import-export 4.4 validates an 'export selected' request against every primary key of
        # the table; only the posted ones can be valid.
        posted = [pk for pk in request.POST.getlist("export_items") if pk.isdigit()]
        return self.model._default_manager.filter(pk__in=posted).values_list("pk", flat=True)


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


class CountryOnlyForm(forms.ModelForm):
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


class ConstraintCheckingInlineFormSet(BaseInlineFormSet):
    """Inline rows checked against every constraint of their model, and in its own words.

    Django leaves the parent out of an inline row's own checks, so a constraint that includes
    it (one participation per participant and operation) would otherwise only fail in the
    database; and it explains duplicates within the rows with a generic message.
    """

    def clean(self):
        super().clean()
        for form in self.forms:
            if not form.is_valid() or self._should_delete_form(form) or not form.has_changed():
                continue
            exclude = form._get_validation_exclusions() - {self.fk.name}
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
    """Also refuses the same statement entered twice among the new rows (the statement
    constraints depend on whether a country is given, which Django's duplicate check skips)."""

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            if not form.is_valid() or self._should_delete_form(form) or not form.cleaned_data:
                continue
            data = form.cleaned_data
            key = (data.get("metric"), data.get("country"), data.get("source"), data.get("qualifier"))
            if key in seen:
                form.add_error(
                    None,
                    _("This statement is entered twice: same metric, country, source and qualifier."),
                )
            seen.add(key)


# --- Catalogues ---------------------------------------------------------------------------


@admin.register(Series)
class SeriesAdmin(admin.ModelAdmin):
    list_display = ["short_name", "name", "slug"]
    search_fields = ["name", "short_name", "slug"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["short_name"]}


@admin.register(CrimeArea)
class CrimeAreaAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["name", "is_leading", "slug"]
    list_filter = ["is_leading"]
    search_fields = ["name", "slug"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "symbol", "kind", "currency"]
    list_filter = ["kind"]
    search_fields = ["name", "code", "symbol"]
    ordering = ["name"]
    prepopulated_fields = {"code": ["name"]}


class MetricBreakdownInline(admin.TabularInline):
    model = Metric
    formset = ConstraintCheckingInlineFormSet
    fk_name = "parent"
    verbose_name = _("part of the breakdown")
    verbose_name_plural = _("breakdown")
    fields = ["position", "name", "code", "unit", "crime_area"]
    autocomplete_fields = ["unit", "crime_area"]
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("parent", "unit", "crime_area")


class MetricFamilyOfMetricsFilter(MetricFamilyFilter):
    metric_lookup = "pk"


@admin.register(Metric)
class MetricAdmin(RegisterImportExportMixin, admin.ModelAdmin):
    resource_classes = [MetricResource]
    list_display = ["__str__", "code", "parent", "unit", "crime_area", "position"]
    list_filter = [MetricFamilyOfMetricsFilter, ("parent", admin.EmptyFieldListFilter), "unit", "crime_area"]
    search_fields = ["code", "name", "parent__name"]
    autocomplete_fields = ["parent", "unit", "crime_area"]
    list_select_related = ["parent", "unit", "crime_area"]
    ordering = ["parent__position", "parent__name", "position", "name"]
    prepopulated_fields = {"code": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "code", "description"]}),
        (_("Place in the catalogue"), {"fields": ["parent", "position", "unit", "crime_area"]}),
    ]
    inlines = [MetricBreakdownInline]


# --- Sources ------------------------------------------------------------------------------


@admin.register(Source)
class SourceAdmin(RegisterImportExportMixin, SimpleHistoryAdmin):
    resource_classes = [SourceResource]
    list_display = ["title", "kind", "publisher_display", "published_on", "year"]
    list_filter = ["kind", "year", ("publisher", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "publisher__name", "publisher_name", "url", "seed_file"]
    autocomplete_fields = ["publisher"]
    list_select_related = ["publisher"]
    ordering = ["-year", "title"]
    fieldsets = [
        (None, {"fields": ["title", "kind", "url"]}),
        (
            _("Publisher"),
            {
                "fields": ["publisher", "publisher_name"],
                "description": _("Choose the participant who published it, or name the publisher."),
            },
        ),
        (_("Date"), {"fields": ["published_on", "year"]}),
        (_("Notes"), {"fields": ["seed_file", "note"]}),
    ]

    @admin.display(description=_("publisher"), ordering="publisher__name")
    def publisher_display(self, source):
        return source.publisher_display

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "url":
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)


# --- Operations ---------------------------------------------------------------------------


class CoordinationCentreForm(CountryOnlyForm):
    country_fields = ("host_country",)


class CoordinationCentreInline(SmallTextareasMixin, admin.TabularInline):
    model = CoordinationCentre
    formset = ConstraintCheckingInlineFormSet
    form = CoordinationCentreForm
    fields = ["city", "host_country", "note"]
    autocomplete_fields = ["host_country"]
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("host_country")


class ParticipationInline(SmallTextareasMixin, admin.TabularInline):
    model = Participation
    formset = ConstraintCheckingInlineFormSet
    fields = ["participant", "roles", "note", "sources"]
    autocomplete_fields = ["participant", "roles", "sources"]
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("participant", "operation")


class ResultInline(SmallTextareasMixin, admin.TabularInline):
    model = Result
    formset = ResultInlineFormSet
    small_textareas = ("quote",)
    fields = ["metric", "country", "value", "qualifier", "source", "quote"]
    autocomplete_fields = ["metric", "country", "source"]
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).with_related()

    # A published operation's figures are listed here but corrected on their own page, where a
    # correction gets its reason; a new figure for it is added from the list of results.
    def get_readonly_fields(self, request, obj=None):
        return self.fields if obj is not None and obj.is_published else []

    def has_add_permission(self, request, obj=None):
        return not (obj is not None and obj.is_published) and super().has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not (obj is not None and obj.is_published) and super().has_delete_permission(request, obj)


class WorkflowActionForm(ActionForm):
    comment = forms.CharField(
        label=_("Comment (to return or withdraw)"),
        required=False,
        widget=forms.TextInput(attrs={"size": 40}),
    )


@admin.register(Operation)
class OperationAdmin(RegisterImportExportMixin, SimpleHistoryAdmin):
    resource_classes = [OperationResource]
    list_display = ["short_name", "series", "edition", "period_display", "status", "participants", "figures"]
    list_filter = ["status", "series", "crime_areas", "date_precision"]
    search_fields = ["name", "short_name", "slug", "motto"]
    autocomplete_fields = ["series", "crime_areas"]
    list_select_related = ["series"]
    ordering = ["-start_date", "name"]
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ["short_name"]}
    readonly_fields = ["status", "review_comment", "published_at", "published_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["series", "edition", "name", "short_name", "slug"]}),
        (_("Dates"), {"fields": ["start_date", "end_date", "date_precision"]}),
        (_("What it targeted"), {"fields": ["crime_areas", "motto", "description"]}),
        (
            _("Review and publication"),
            {
                "fields": ["status", "review_comment", "published_at", "published_by", "created_at", "updated_at"],
                "description": _("The status changes through the actions on the list of operations."),
            },
        ),
    ]
    inlines = [CoordinationCentreInline, ParticipationInline, ResultInline]
    history_list_display = ["status"]
    action_form = WorkflowActionForm
    actions = ["submit_for_review", "return_for_changes", "publish", "withdraw"]

    # Workflow fields keep their stored value whatever a form or a revert from history says.
    WORKFLOW_FIELDS = ["status", "review_comment", "published_at", "published_by_id"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                participants_count=Count("participations", distinct=True),
                results_count=Count("results", distinct=True),
            )
        )

    @admin.display(description=_("period"), ordering="start_date")
    def period_display(self, operation):
        return operation.period_display

    @admin.display(description=_("participants"), ordering="participants_count")
    def participants(self, operation):
        return operation.participants_count

    @admin.display(description=_("figures"), ordering="results_count")
    def figures(self, operation):
        return operation.results_count

    def save_model(self, request, obj, form, change):
        if change:
            stored = Operation.objects.filter(pk=obj.pk).values(*self.WORKFLOW_FIELDS).get()
            for field, value in stored.items():
                setattr(obj, field, value)
        super().save_model(request, obj, form, change)

    def has_delete_permission(self, request, obj=None):
        # A published operation is withdrawn, not deleted: readers may have cited it. Django's
        # "delete selected" asks this for every chosen object, so it refuses them too.
        if obj is not None and obj.is_published:
            return False
        return super().has_delete_permission(request, obj)

    def has_publish_permission(self, request):
        return request.user.has_perm("operations.publish_operation")

    def _move(self, request, queryset, step, done):
        moved = 0
        for operation in queryset:
            try:
                step(operation, request.user)
            except workflow.TransitionError as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                moved += 1
        if moved:
            self.message_user(request, done(moved), messages.SUCCESS)

    @admin.action(description=_("Submit for review"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        self._move(
            request,
            queryset,
            workflow.submit,
            lambda n: ngettext("%d operation submitted for review.", "%d operations submitted for review.", n) % n,
        )

    @admin.action(description=_("Return for changes (say what to fix in the comment)"), permissions=["publish"])
    def return_for_changes(self, request, queryset):
        comment = request.POST.get("comment", "")
        self._move(
            request,
            queryset,
            lambda operation, user: workflow.return_for_changes(operation, user, comment),
            lambda n: ngettext("%d operation returned for changes.", "%d operations returned for changes.", n) % n,
        )

    @admin.action(description=_("Publish"), permissions=["publish"])
    def publish(self, request, queryset):
        self._move(
            request,
            queryset,
            workflow.publish,
            lambda n: ngettext("%d operation published.", "%d operations published.", n) % n,
        )

    @admin.action(description=_("Withdraw from the public site"), permissions=["publish"])
    def withdraw(self, request, queryset):
        reason = request.POST.get("comment", "")
        self._move(
            request,
            queryset,
            lambda operation, user: workflow.withdraw(operation, user, reason),
            lambda n: ngettext("%d operation withdrawn.", "%d operations withdrawn.", n) % n,
        )


@admin.register(CoordinationCentre)
class CoordinationCentreAdmin(SimpleHistoryAdmin):
    form = CoordinationCentreForm
    list_display = ["city", "host_country", "operation"]
    list_filter = [("operation", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["city", "host_country__name", "operation__short_name", "operation__name"]
    autocomplete_fields = ["operation", "host_country"]
    list_select_related = ["operation", "host_country"]
    ordering = ["operation", "city"]


@admin.register(Participation)
class ParticipationAdmin(RegisterImportExportMixin, SimpleHistoryAdmin):
    resource_classes = [ParticipantListResource]
    list_display = ["participant", "operation", "role_names", "source_count"]
    list_filter = [("operation", admin.RelatedOnlyFieldListFilter), "participant__kind", "roles"]
    search_fields = ["participant__name", "participant__short_name", "operation__short_name", "note"]
    autocomplete_fields = ["operation", "participant", "roles", "sources"]
    list_select_related = ["operation", "participant"]
    ordering = ["operation", "participant__kind", "participant__name"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("roles").annotate(sources_count=Count("sources"))

    @admin.display(description=_("roles"))
    def role_names(self, participation):
        return ", ".join(role.name for role in participation.roles.all())

    @admin.display(description=_("listed in"), ordering="sources_count")
    def source_count(self, participation):
        return participation.sources_count


# --- Results ------------------------------------------------------------------------------


class ResultAdminForm(forms.ModelForm):
    correction_reason = forms.CharField(
        label=_("reason for the correction"),
        required=False,
        widget=SMALL_TEXTAREA,
        help_text=_("Needed when the value or qualifier of a published figure changes; readers see it."),
    )

    class Meta:
        model = Result
        fields = ["operation", "metric", "country", "value", "qualifier", "is_headline", "source", "quote", "note"]

    def clean(self):
        cleaned = super().clean()
        operation = cleaned.get("operation")
        if self.needs_correction_note(operation) and not cleaned.get("correction_reason", "").strip():
            self.add_error(
                "correction_reason",
                _("This figure is published: say why its value or qualifier changes."),
            )
        return cleaned

    def needs_correction_note(self, operation):
        changed = {"value", "qualifier"} & set(self.changed_data)
        return bool(self.instance.pk and operation is not None and operation.is_published and changed)


@admin.register(Result)
class ResultAdmin(RegisterImportExportMixin, SimpleHistoryAdmin):
    form = ResultAdminForm
    resource_classes = [ResultResource]
    list_display = ["operation", "metric", "country", "value", "qualifier", "source", "is_headline"]
    list_filter = [
        ("operation", admin.RelatedOnlyFieldListFilter),
        MetricFamilyFilter,
        "qualifier",
        ("source", admin.RelatedOnlyFieldListFilter),
        ("country", admin.RelatedOnlyFieldListFilter),
        "is_headline",
    ]
    search_fields = ["quote", "metric__name", "metric__code", "country__name", "note"]
    search_help_text = _("Searches the quote, the metric, the country and the note.")
    autocomplete_fields = ["operation", "metric", "country", "source"]
    list_select_related = ["operation", "metric__parent", "metric__unit", "country", "source"]
    ordering = ["operation", "metric__position", "metric__name", "country__name"]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["operation", "metric", "country"]}),
        (_("The figure"), {"fields": ["value", "qualifier", "is_headline", "correction_reason"]}),
        (_("Where it comes from"), {"fields": ["source", "quote", "note"]}),
        (_("Record"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]
    history_list_display = ["value", "qualifier"]

    def has_delete_permission(self, request, obj=None):
        # A published figure is corrected, with a reason readers see; it is not made to vanish.
        if obj is not None and obj.operation.is_published:
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        correcting = change and form.needs_correction_note(obj.operation)
        super().save_model(request, obj, form, change)
        if correcting:
            workflow.record_correction(
                obj,
                form.initial.get("value"),
                form.initial.get("qualifier"),
                form.cleaned_data["correction_reason"].strip(),
                request.user,
            )


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    """Corrections are made on a published figure's page; here they are only listed."""

    list_display = [
        "result",
        "old_value",
        "old_qualifier",
        "new_value",
        "new_qualifier",
        "corrected_at",
        "corrected_by",
    ]
    list_filter = [("result__operation", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["reason", "result__metric__name", "result__quote"]
    list_select_related = [
        "result__operation",
        "result__metric__parent",
        "result__metric__unit",
        "result__country",
        "corrected_by",
    ]
    ordering = ["-corrected_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


# --- Capacity building --------------------------------------------------------------------


class ActivityForm(CountryOnlyForm):
    country_fields = ("beneficiary_countries",)


@admin.register(Activity)
class ActivityAdmin(RegisterImportExportMixin, SimpleHistoryAdmin):
    form = ActivityForm
    resource_classes = [ActivityResource]
    list_display = ["title", "kind", "implementer", "period_display", "value_display", "operation"]
    list_filter = [
        "kind",
        ("implementer", admin.RelatedOnlyFieldListFilter),
        ("operation", admin.RelatedOnlyFieldListFilter),
        ("beneficiary_countries", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["title", "description", "place", "implementer__name", "quote"]
    autocomplete_fields = [
        "implementer",
        "partners",
        "beneficiary_countries",
        "beneficiary_institutions",
        "operation",
        "source",
    ]
    list_select_related = ["implementer", "operation"]
    ordering = ["-start_date", "title"]
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "description"]}),
        (_("Who"), {"fields": ["implementer", "partners", "beneficiary_countries", "beneficiary_institutions"]}),
        (_("When and where"), {"fields": ["place", "start_date", "end_date", "date_precision"]}),
        (_("Value"), {"fields": ["value", "value_qualifier", "currency"]}),
        (_("Source"), {"fields": ["operation", "source", "quote"]}),
    ]

    @admin.display(description=_("period"), ordering="start_date")
    def period_display(self, activity):
        return activity.period_display

    @admin.display(description=_("value"), ordering="value")
    def value_display(self, activity):
        if activity.value is None:
            return ""
        return f"{activity.value.normalize():,f} {activity.currency}".replace(",", " ")
