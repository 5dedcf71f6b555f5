"""How the register changes: `changes.register_change`, the one durable transaction every save,
import, publication, withdrawal and rollback runs in, with its audit on every history row; the
review workflow (submit, return, publish, withdraw); public corrections to published figures; who
last edited what; imports as units of change (recorded, rolled back) and the proposals they make
for published operations, reviewed before the public sees them; and the revision every change
replaces (signals).

May import: operations.models.
"""
