"""The figure checks where editors work: a data-quality panel on an operation's page, and a list
filter for the operations whose figures cannot all be true as published.

Both only report (figures are never changed by the checks) and look at every status: editors
need to see a draft's problems before it is submitted."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from operations.models import Result
from operations.quality import check_operations, check_results, choose_headlines
from operations.quality.findings import source_label


def inconsistent_operation_ids(operations):
    """The ids of `operations` (a queryset) with at least one inconsistency: the figure checks
    over all their results at once (two queries: the results, and the catalogue's breakdowns)."""
    report = check_operations(operations.order_by().values("pk"))
    return {finding.operation.pk for finding in report.inconsistencies}


class HasInconsistenciesFilter(admin.SimpleListFilter):
    """Operations with a breakdown that does not add up, a part larger than its total, or
    statements that contradict each other (differences in precision alone do not count)."""

    title = _("has inconsistencies")
    parameter_name = "inconsistent"

    def __init__(self, *args, **kwargs):
        self._ids = {}
        super().__init__(*args, **kwargs)

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        if self.value() not in {"yes", "no"}:
            return queryset
        # With facets shown, the admin asks once per choice about the same operations.
        key = str(queryset.query)
        if key not in self._ids:
            self._ids[key] = inconsistent_operation_ids(queryset)
        ids = self._ids[key]
        if self.value() == "yes":
            return queryset.filter(pk__in=ids)
        return queryset.exclude(pk__in=ids)


def _catalogue_order(headline):
    metric, country = headline.statement.metric, headline.statement.country
    root = metric.parent if metric.parent_id else metric
    return (root.position, root.name, metric.parent_id is not None, metric.position, metric.name, str(country or ""))


def headline_choices(results):
    """For each figure whose statements differ (in value or qualifier), or whose headline an
    editor chose: the statement shown, whether an editor chose it, and the others, in words:
    [(figure, shown, chosen by an editor, [others])], in catalogue order."""
    choices = []
    for headline in sorted(choose_headlines(results).values(), key=_catalogue_order):
        said = {(statement.value, statement.qualifier) for statement in headline.statements}
        if len(said) < 2 and not headline.is_override:
            continue
        statement = headline.statement
        where = f" ({statement.country.display_name})" if statement.country_id else ""
        choices.append(
            (
                f"{statement.metric}{where}",
                f"{statement.value_display} ({source_label(statement.source)})",
                headline.is_override,
                [f"{other.value_display} ({source_label(other.source)})" for other in headline.alternatives],
            )
        )
    return choices


class DataQualityPanelMixin:
    """Adds `data_quality` to an operation's change page, shown above the form by
    templates/admin/operations/operation/change_form.html."""

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk is not None:
            results = list(Result.objects.filter(operation=obj).for_checks())
            report = check_results(results)
            context["data_quality"] = {
                "inconsistencies": report.inconsistencies,
                "precision_notes": [finding for finding in report.findings if not finding.is_inconsistency],
                "headlines": headline_choices(results),
                "figures": len(results),
            }
        return super().render_change_form(request, context, add, change, form_url, obj)
