"""The operation workbook as a public download: published operations only (a draft is a 404)."""

from django.shortcuts import get_object_or_404

from .models import Operation
from .workbook import workbook_response


def operation_workbook(request, slug):
    operation = get_object_or_404(
        Operation.objects.published().select_related("series").prefetch_related("crime_areas"), slug=slug
    )
    return workbook_response(operation, request.build_absolute_uri(operation.get_absolute_url()))
