"""Every change made in the admin is one change to the register (`operations.review.changes`):
a saved form with its inlines, a deletion, an action on the list, a revert from the history, each
in one durable transaction with its author on every history row it writes."""

from operations.review.changes import register_change


class RegisterChangeMixin:
    """For every admin of the register: the views that write run inside `register_change`."""

    def _as_one_change(self, request, view, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        with register_change(request.user):
            return view(request, *args, **kwargs)

    def changeform_view(self, request, *args, **kwargs):
        return self._as_one_change(request, super().changeform_view, *args, **kwargs)

    def changelist_view(self, request, *args, **kwargs):
        return self._as_one_change(request, super().changelist_view, *args, **kwargs)

    def delete_view(self, request, *args, **kwargs):
        return self._as_one_change(request, super().delete_view, *args, **kwargs)

    def history_form_view(self, request, *args, **kwargs):
        return self._as_one_change(request, super().history_form_view, *args, **kwargs)
