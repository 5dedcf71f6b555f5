"""The operation workbook from the admin: any operation, draft or published, for staff who may
view it, linked from the operation's page (templates/admin/operations/operation/
change_form_object_tools.html)."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path

from operations.models import Activity
from operations.spreadsheets.workbook import workbook_response


class OperationWorkbookMixin:
    def get_urls(self):
        app_label, model_name = self.opts.app_label, self.opts.model_name
        urls = [
            path(
                "<path:object_id>/workbook.xlsx",
                self.admin_site.admin_view(self.workbook_view),
                name=f"{app_label}_{model_name}_workbook",
            ),
        ]
        return urls + super().get_urls()

    def workbook_view(self, request, object_id):
        operation = self.get_object(request, unquote(object_id))
        if operation is None:
            raise Http404
        if not self.has_view_permission(request, operation):
            raise PermissionDenied
        address = request.build_absolute_uri(operation.get_absolute_url()) if operation.is_published else ""
        return workbook_response(operation, address, activities=Activity.objects.all())
