"""Writes the demo data to the database.

Every row is found by its natural key (a slug, a code, a seed file name, or for a result the
operation, metric, country, source and qualifier) and saved only when one of its values differs,
so that a second run changes nothing: no new history records, no new `updated_at`. The caller
runs `load()` inside a transaction (see the `load_demo` command).
"""

from collections import Counter
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from operations.models import (
    Activity,
    CoordinationCentre,
    CrimeArea,
    Metric,
    Operation,
    Participation,
    Result,
    Role,
    Series,
    Source,
    Unit,
)
from participants.models import Institution, Participant

from . import SEED_MODULES, catalogue, joint_action_days
from .records import parse_when

CHANGE_REASON = "Demo data (load_demo)"

# The order of the summary, which is also the order of loading.
MODELS = (
    Unit,
    CrimeArea,
    Metric,
    Role,
    Participant,
    Institution,
    Series,
    Operation,
    CoordinationCentre,
    Source,
    Participation,
    Result,
    Activity,
)


class DemoDataError(ValueError):
    """The demo data refers to something that is not in it (a typo in a slug or code)."""


class DemoLoader:
    def __init__(self, log=None):
        self.log = log or (lambda message: None)
        self.tally = {model: Counter() for model in MODELS}
        self.units, self.crime_areas, self.metrics, self.roles = {}, {}, {}, {}
        self.participants, self.institutions, self.operations, self.sources = {}, {}, {}, {}

    def load(self):
        self.load_catalogue()
        self.load_operations()
        for module in SEED_MODULES:
            self.load_source(module.SOURCE)
        self.load_participations()
        for module in SEED_MODULES:
            self.load_figures(module)
            self.load_activities(module)
        return self.tally

    # ---- Writing one row ------------------------------------------------------------------------

    def upsert(self, model, lookup, values, m2m=None, create_only=None):
        """Create or update the row `lookup` finds, saving only if a value or a many-to-many set differs.

        `create_only` values are set on creation and left alone afterwards (an operation's status,
        which the review workflow owns once the row exists).
        """
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **values, **(create_only or {}))
            status = "created"
            self._save(obj)
        else:
            changed = [name for name, value in values.items() if getattr(obj, name) != value]
            for name in changed:
                setattr(obj, name, values[name])
            status = "updated" if changed else "unchanged"
            if changed:
                self._save(obj)
        for name, targets in (m2m or {}).items():
            manager = getattr(obj, name)
            wanted = {target.pk for target in targets}
            if set(manager.values_list("pk", flat=True)) != wanted:
                manager.set(targets)
                if status == "unchanged":
                    status = "updated"
        self.tally[model][status] += 1
        if status != "unchanged":
            self.log(f"{status} {model._meta.verbose_name}: {obj}")
        return obj

    @staticmethod
    def _save(obj):
        obj.full_clean()
        obj._change_reason = CHANGE_REASON
        obj.save()

    def _find(self, mapping, key, what):
        try:
            return mapping[key]
        except KeyError:
            raise DemoDataError(f"The demo data refers to an unknown {what} {key!r}.") from None

    def participant(self, slug):
        return self._find(self.participants, slug, "participant")

    # ---- Catalogue ------------------------------------------------------------------------------

    def load_catalogue(self):
        for unit in catalogue.UNITS:
            self.units[unit.code] = self.upsert(
                Unit,
                {"code": unit.code},
                {"name": unit.name, "kind": unit.kind, "symbol": unit.symbol, "currency": unit.currency},
            )
        for name in catalogue.CRIME_AREAS:
            slug = slugify(name)
            self.crime_areas[slug] = self.upsert(CrimeArea, {"slug": slug}, {"name": name})
        for position, metric in enumerate(catalogue.METRICS):
            self.load_metric(metric, None, position)
        for name, is_leading in catalogue.ROLES:
            slug = slugify(name)
            self.roles[slug] = self.upsert(Role, {"slug": slug}, {"name": name, "is_leading": is_leading})
        for record in catalogue.PARTICIPANTS:
            self.participants[record.slug] = self.upsert(
                Participant,
                {"slug": record.slug},
                {
                    "name": record.name,
                    "short_name": record.short_name,
                    "kind": record.kind,
                    "country": record.country,
                    "footnote": record.footnote,
                    "aliases": record.aliases,
                },
            )
        for record in catalogue.INSTITUTIONS:
            self.institutions[record.slug] = self.upsert(
                Institution,
                {"slug": record.slug},
                {"participant_id": self.participant(record.participant).pk, "name": record.name, "kind": record.kind},
            )

    def load_metric(self, record, parent, position):
        crime_area = self._find(self.crime_areas, record.crime_area, "crime area") if record.crime_area else None
        metric = self.upsert(
            Metric,
            {"code": record.code},
            {
                "name": record.name,
                "parent_id": parent.pk if parent else None,
                "unit_id": self._find(self.units, record.unit, "unit").pk,
                "crime_area_id": crime_area.pk if crime_area else None,
                "position": position,
                "description": record.description,
            },
        )
        self.metrics[record.code] = metric
        for part_position, part in enumerate(record.parts):
            self.load_metric(part, metric, part_position)

    # ---- Series, operations, coordination centres -------------------------------------------------

    def load_operations(self):
        series_data = joint_action_days.SERIES
        series = self.upsert(Series, {"slug": slugify(series_data["short_name"])}, dict(series_data))
        for record in joint_action_days.OPERATIONS:
            when = parse_when(record.when)
            operation = self.upsert(
                Operation,
                {"slug": record.slug},
                {
                    "series_id": series.pk,
                    "edition": record.edition,
                    "name": record.name,
                    "short_name": record.short_name,
                    "start_date": when.start,
                    "end_date": when.end,
                    "date_precision": when.precision,
                    "motto": record.motto,
                    "description": record.description,
                },
                m2m={"crime_areas": [self._find(self.crime_areas, slug, "crime area") for slug in record.crime_areas]},
                create_only={"status": record.status, "published_at": timezone.now()},
            )
            self.operations[record.slug] = operation
            for centre in record.centres:
                self.upsert(
                    CoordinationCentre,
                    {"operation": operation, "city": centre.city},
                    {"host_country_id": self.participant(centre.host).pk, "note": centre.note},
                )

    # ---- What the sources say -------------------------------------------------------------------

    def load_source(self, record):
        publisher = self.participant(record.publisher) if record.publisher else None
        self.sources[record.seed_file] = self.upsert(
            Source,
            {"seed_file": record.seed_file},
            {
                "title": record.title,
                "kind": record.kind,
                "publisher_id": publisher.pk if publisher else None,
                "publisher_name": record.publisher_name,
                "year": record.year,
                "note": record.note,
            },
        )

    def load_participations(self):
        """One participation per operation and participant, gathering what every source says of it."""
        gathered = {}
        for module in SEED_MODULES:
            source = self.sources[module.SOURCE.seed_file]
            for listed in module.LISTED:
                entry = gathered.setdefault(
                    (module.OPERATION, listed.participant), {"roles": [], "notes": [], "sources": []}
                )
                entry["roles"] += [slug for slug in listed.roles if slug not in entry["roles"]]
                if listed.note and listed.note not in entry["notes"]:
                    entry["notes"].append(listed.note)
                entry["sources"].append(source)
        for (operation_slug, participant_slug), entry in gathered.items():
            self.upsert(
                Participation,
                {
                    "operation": self._find(self.operations, operation_slug, "operation"),
                    "participant": self.participant(participant_slug),
                },
                {"note": "\n".join(entry["notes"])},
                m2m={
                    "roles": [self._find(self.roles, slug, "role") for slug in entry["roles"]],
                    "sources": entry["sources"],
                },
            )

    def load_figures(self, module):
        source = self.sources[module.SOURCE.seed_file]
        for figure in module.FIGURES:
            self.upsert(
                Result,
                {
                    "operation": self._find(self.operations, module.OPERATION, "operation"),
                    "metric": self._find(self.metrics, figure.metric, "metric"),
                    "country": self.participant(figure.country) if figure.country else None,
                    "source": source,
                    "qualifier": figure.qualifier,
                },
                {
                    "value": None if figure.value is None else Decimal(str(figure.value)),
                    "quote": figure.quote,
                    "note": figure.note,
                },
            )

    def load_activities(self, module):
        source = self.sources[module.SOURCE.seed_file]
        for record in module.ACTIVITIES:
            when = parse_when(record.when)
            operation = self._find(self.operations, record.operation, "operation") if record.operation else None
            self.upsert(
                Activity,
                {"slug": record.slug},
                {
                    "kind": record.kind,
                    "title": record.title,
                    "description": record.description,
                    "implementer_id": self.participant(record.implementer).pk,
                    "place": record.place,
                    "start_date": when.start,
                    "end_date": when.end,
                    "date_precision": when.precision,
                    "value": None if record.value is None else Decimal(str(record.value)),
                    "value_qualifier": record.value_qualifier,
                    "currency": record.currency,
                    "operation_id": operation.pk if operation else None,
                    "source_id": source.pk,
                    "quote": record.quote,
                },
                m2m={
                    "partners": [self.participant(slug) for slug in record.partners],
                    "beneficiary_countries": [self.participant(slug) for slug in record.countries],
                    "beneficiary_institutions": [
                        self._find(self.institutions, slug, "institution") for slug in record.institutions
                    ],
                },
            )
