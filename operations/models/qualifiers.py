"""The words sources put before a figure ("more than", "almost", "oko"), and what each says of the
true value. An open catalogue: editors add the words new sources use."""

from decimal import Decimal

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .languages import EnglishColumnMixin, columns


class Qualifier(EnglishColumnMixin, models.Model):
    """A word a source puts before a figure, kept as published and never normalised away, and read
    for what it says: the figure is exact, a lower bound, an upper bound or approximate, and how far
    from it the true value plausibly lies (`reach`, in percent of the figure)."""

    # The codes of the catalogue's first words (migration 0007); editors add others.
    EXACT = "exact"  # every statement's qualifier unless the source says otherwise
    MORE_THAN, OVER, AT_LEAST = "more_than", "over", "at_least"
    ALMOST, NEARLY, UP_TO, LESS_THAN = "almost", "nearly", "up_to", "less_than"
    APPROXIMATELY, AROUND, SOME, ESTIMATED = "approximately", "around", "some", "estimated"

    class Bound(models.TextChoices):
        EXACT = "exact", _("exact: the figure itself")
        LOWER = "lower", _("lower bound: the true value is at or above the figure")
        UPPER = "upper", _("upper bound: the true value is at or below the figure")
        APPROXIMATE = "approximate", _("approximate: the true value is near the figure")

    code = models.SlugField(_("code"), max_length=30, primary_key=True)
    name = models.CharField(
        _("name"),
        max_length=60,
        unique=True,
        help_text=_("In English: more than, almost; in each regional language where it has one (više od, gotovo)."),
    )
    bound = models.CharField(_("what it says of the figure"), max_length=12, choices=Bound.choices)
    inclusive = models.BooleanField(
        _("the figure itself is possible"),
        default=True,
        help_text=_('"at least 5" allows 5; "more than 5" and "almost 5" do not.'),
    )
    reach = models.DecimalField(
        _("plausible reach (%)"),
        max_digits=5,
        decimal_places=1,
        default=Decimal(0),
        help_text=_(
            "How far from the figure the true value plausibly lies, in percent of it: with 100, "
            '"more than 39 000" is read as up to 78 000, so "390 000" from another source disagrees; '
            'with 10, "almost 300" as 270 to 300; with 5, "approximately 100" as 95 to 105.'
        ),
    )
    aliases = models.CharField(
        _("other spellings"),
        max_length=300,
        blank=True,
        help_text=_("Other words sources use for it, separated by semicolons (approximatively; oko)."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("qualifier")
        verbose_name_plural = _("qualifiers")
        constraints = [
            models.CheckConstraint(
                condition=~Q(bound="exact") | Q(reach=0, inclusive=True),
                name="qualifier_exact_has_no_reach",
                violation_error_message=_("An exact figure reaches nowhere: give it a reach of 0, inclusive."),
            ),
            models.CheckConstraint(
                condition=Q(bound="exact") | Q(reach__gt=0),
                name="qualifier_bound_has_reach",
                violation_error_message=_("A bound or an approximation needs a reach above 0 %%."),
            ),
            models.CheckConstraint(
                condition=Q(reach__lte=1000),
                name="qualifier_reach_plausible",
                violation_error_message=_("A reach above 1 000 %% says nothing."),
            ),
        ]

    def __str__(self):
        return str(self.label)

    @property
    def label(self):
        """The word in the active language, English where no regional word is given."""
        return self.name

    @property
    def is_exact(self):
        return self.bound == self.Bound.EXACT

    def spellings(self):
        """Every way a spreadsheet may write it: its code, its names, its other spellings."""
        words = [self.code, self.code.replace("_", " "), *(getattr(self, column) for column in columns("name"))]
        words += [alias.strip() for alias in self.aliases.split(";")]
        return [word for word in words if word]
