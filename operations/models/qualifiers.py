from django.db import models
from django.utils.translation import gettext_lazy as _


class Qualifier(models.TextChoices):
    """The word a source puts before a figure. Kept as published, never normalised away."""

    EXACT = "exact", _("exact")
    MORE_THAN = "more_than", _("more than")
    OVER = "over", _("over")
    AT_LEAST = "at_least", _("at least")
    ALMOST = "almost", _("almost")
    NEARLY = "nearly", _("nearly")
    APPROXIMATELY = "approximately", _("approximately")

    @classmethod
    def lower_bounds(cls):
        """Qualifiers under which the true value is above the published one."""
        return {cls.MORE_THAN, cls.OVER, cls.AT_LEAST}

    @classmethod
    def upper_bounds(cls):
        """Qualifiers under which the true value is below the published one."""
        return {cls.ALMOST, cls.NEARLY}
