"""Every change made in the admin is one change to the register (`operations.review.changes`):
a saved form with its inlines, a deletion, an action on the list, a revert from the history, each
in one durable transaction with its author on every history row it writes.

A save that meets another editor's (`StaleEdit`: a record saved since its form was opened) rolls
the whole change back, and the page is answered again: its forms then see the newer version and
refuse with what changed (operations.admin.versions), instead of saving anything."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _

from operations.models import StaleEdit
from operations.review.changes import register_change

#: How often a save that met another editor's is answered again before giving up: each time the
#: forms see a newer version, so only saves landing within the same fraction of a second repeat it.
STALE_ATTEMPTS = 3


class RegisterChangeMixin:
    """For every admin of the register: the views that write run inside `register_change`."""

    def _as_one_change(self, request, view, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        for _attempt in range(STALE_ATTEMPTS):
            try:
                with register_change(request.user):
                    return view(request, *args, **kwargs)
            except StaleEdit:
                # Rolled back. Once more, now that the other editor's save is committed: the version
                # check of the forms refuses the stale one with its differences.
                continue
        messages.error(
            request,
            _(
                "Nothing was saved: this record was saved by others several times while you saved. "
                "Open it again, check what changed and save."
            ),
        )
        return HttpResponseRedirect(request.get_full_path())

    def changeform_view(self, request, *args, **kwargs):
        return self._as_one_change(request, super().changeform_view, *args, **kwargs)

    def changelist_view(self, request, *args, **kwargs):
        return self._as_one_change(request, super().changelist_view, *args, **kwargs)

    def delete_view(self, request, *args, **kwargs):
        return self._as_one_change(request, super().delete_view, *args, **kwargs)

    def history_form_view(self, request, *args, **kwargs):
        return self._as_one_change(request, super().history_form_view, *args, **kwargs)
