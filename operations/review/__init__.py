"""How the register changes: the review workflow (submit, return, publish, withdraw), public
corrections to published figures, who last edited what, and the revision every change replaces
(signals).

May import: operations.models.
"""
