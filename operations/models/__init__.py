from .activities import Activity
from .dates import DatePrecision
from .operations import CoordinationCentre, CrimeArea, Operation, Participation, Role, Series
from .qualifiers import Qualifier
from .results import Correction, Metric, Result, Unit
from .revision import Revision
from .sources import Source

__all__ = [
    "Activity",
    "CoordinationCentre",
    "Correction",
    "CrimeArea",
    "DatePrecision",
    "Metric",
    "Operation",
    "Participation",
    "Qualifier",
    "Result",
    "Revision",
    "Role",
    "Series",
    "Source",
    "Unit",
]
