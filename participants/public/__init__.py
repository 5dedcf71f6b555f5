"""The public pages about participants: the table of everyone named by something public, and
each participant's page with its operations, activities, figures and years.

The headline rule of operations.quality picks the amount a country received for an activity.

May import: participants.models, participants.footnotes, participants.spreadsheets, operations.models,
operations.public, operations.quality.
"""
