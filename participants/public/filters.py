import django_filters
from django.utils.translation import gettext_lazy as _

from operations.models import Participation
from operations.public.choices import PublicChoiceFilter
from operations.public.filters import PublicFilterSet, SearchFilter
from participants.models import Participant


class ParticipantFilter(PublicFilterSet):
    q = SearchFilter(fields=["name", "short_name", "aliases"])
    kind = django_filters.ChoiceFilter(choices=Participant.Kind.choices, label=_("Kind"))
    operation = PublicChoiceFilter("operations", label=_("Took part in"), method="filter_operation")

    class Meta:
        model = Participant
        fields = []

    def filter_operation(self, queryset, name, value: str):
        return queryset.filter(pk__in=Participation.objects.filter(operation__slug=value).values("participant"))
