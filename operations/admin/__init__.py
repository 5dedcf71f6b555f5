"""The secretariat's data entry: every register model in the admin, with history and spreadsheets.

Models with a history use SimpleHistoryAdmin, so "History" shows who changed what; import and
export go through the natural-key resources of operations.spreadsheets. An operation's status
moves only through the review workflow (the actions on the list of operations), never through
its form or a revert from its history.

May import: operations.models, operations.quality, operations.review, operations.spreadsheets,
operations.opendata, participants.models.
"""

from . import activities, catalogues, imports, mappings, operations, releases, results  # noqa: F401  (each registers its models)
from .base import RegisterImportExportMixin

__all__ = ["RegisterImportExportMixin"]
