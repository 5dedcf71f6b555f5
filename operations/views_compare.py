"""The comparison page: two or more published operations side by side, shareable by its URL
(/compare/?operations=jad-see-2023&operations=jad-see-2024) and exportable (?_export=csv|xlsx).

Bad input (an unknown or draft slug, a single operation, garbage) shows the page with the form's
error, never a server error; an export of bad input shows the same page."""

from django.views.generic import TemplateView

from participants.footnotes import footnotes_for

from .charts import comparison_charts
from .comparison import MAX_OPERATIONS, CompareForm, compare
from .comparison_export import response as export_response
from .exports import FORMATS
from .listing import EXPORT_PARAMETER


class CompareView(TemplateView):
    template_name = "operations/compare.html"

    def get(self, request, *args, **kwargs):
        # Unbound until something is chosen, so a first visit shows the form without errors.
        form = CompareForm(request.GET if "operations" in request.GET else None)
        comparison = compare(form.cleaned_data["operations"]) if form.is_valid() else None
        export_format = request.GET.get(EXPORT_PARAMETER)
        if comparison is not None and export_format in FORMATS:
            return export_response(comparison, export_format)
        return self.render_to_response(
            self.get_context_data(
                form=form,
                comparison=comparison,
                charts=comparison_charts(comparison) if comparison is not None else [],
                export_formats=FORMATS,
                max_operations=MAX_OPERATIONS,
                footnotes=footnotes_for(comparison.countries) if comparison is not None else [],
            )
        )
