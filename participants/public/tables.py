import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from operations.public.tables import PublicTable
from participants.models import Participant


class ParticipantTable(PublicTable):
    caption = _("Participants: countries, jurisdictions, agencies and partners")

    name = tables.Column(verbose_name=_("Name"), accessor="display_name", order_by=("name",), linkify=True)
    short_name = tables.Column(verbose_name=_("Short name"))
    kind = tables.Column(verbose_name=_("Kind"))
    country = tables.Column(verbose_name=_("Code"), accessor="country__code", order_by=("country",))
    operations_count = tables.Column(
        verbose_name=_("Operations"), attrs={"td": {"class": "text-end"}, "th": {"class": "text-end"}}
    )
    activities_count = tables.Column(
        verbose_name=_("Activities"), attrs={"td": {"class": "text-end"}, "th": {"class": "text-end"}}
    )

    class Meta(PublicTable.Meta):
        model = Participant
        fields = ()
        sequence = ("name", "short_name", "kind", "country", "operations_count", "activities_count")

    def participants_named(self, record):
        return [record]
