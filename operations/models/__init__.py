"""The records: what the register holds, and the one door to what is public.

Models split by concept (operations, results, sources, activities), with their QuerySets, the
vocabularies they share (dates, qualifiers, how a number is written) and the revision tag every
change replaces. Every public view, table, filter and export starts from a QuerySet method here:
`Operation.objects.published()` and the `public()` methods built on it.

May import: nothing of the project.
"""

from .activities import Activity, ActivityKind
from .corrections import Correction
from .dates import DatePrecision
from .imports import ImportedHistory, ImportRecord, ImportUpload, ProposedChange
from .mappings import NameMapping
from .metrics import Breakdown, Dimension, Metric, Unit
from .operations import CoordinationCentre, CrimeArea, Operation, Participation, Role, Series
from .packages import DataPackage, DataPackagePart
from .qualifiers import Qualifier
from .releases import Release, ReleasePart
from .results import Result
from .revision import Revision
from .sources import Source
from .versions import StaleEdit, Versioned

__all__ = [
    "Activity",
    "ActivityKind",
    "Breakdown",
    "CoordinationCentre",
    "Correction",
    "CrimeArea",
    "DataPackage",
    "DataPackagePart",
    "DatePrecision",
    "Dimension",
    "ImportRecord",
    "ImportUpload",
    "ImportedHistory",
    "Metric",
    "NameMapping",
    "Operation",
    "Participation",
    "ProposedChange",
    "Qualifier",
    "Release",
    "ReleasePart",
    "Result",
    "Revision",
    "Role",
    "Series",
    "Source",
    "StaleEdit",
    "Unit",
    "Versioned",
]
