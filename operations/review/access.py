"""The staff groups (created by migration operations/0004_roles_groups)."""

EDITORS = "Secretariat editors"
COORDINATORS = "Coordinators"
STAFF_GROUPS = {"editor": EDITORS, "coordinator": COORDINATORS}
