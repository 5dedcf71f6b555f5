"""Where every queryset of the API starts: the register as a request may read it.

Every endpoint, list or detail, and every related record an answer names (participations,
coordination centres, activities, statements), is read through the object `register_for(request)`
returns, never through a model's manager directly. Today that is the public register: each method
starts from a public door of the records (`Operation.objects.published()`, `....public()`), so a
draft, and whatever only belongs to one, is never a row, a count or a nested object.

The seam for releases (issue 20, part 3): a request with `?release=N` will get an object with the
same methods whose querysets give the register as it stood in release N. `register_for` is the
only place that has to choose; the views, serializers and filters take what it returns. (The
filters' drop-down lists, `operations.public.choices`, are read through the public doors as well
and would follow the same choice.)
"""

from operations.models import Activity, CoordinationCentre, Operation, Participation, Result, Source
from participants.models import Participant


class PublicRegister:
    """The published register as it stands now."""

    def operations(self):
        return Operation.objects.published()

    def statements(self):
        return Result.objects.public()

    def sources(self):
        return Source.objects.public()

    def activities(self):
        return Activity.objects.public()

    def participants(self):
        return Participant.objects.public()

    def countries(self):
        """Participants that are countries or jurisdictions (they carry a country code)."""
        return Participant.objects.public().countries()

    def participations(self):
        return Participation.objects.public()

    def coordination_centres(self):
        return CoordinationCentre.objects.public()


def register_for(request):
    """The register `request` reads, kept on it for the rest of the request."""
    if not hasattr(request, "api_register"):
        request.api_register = PublicRegister()
    return request.api_register
