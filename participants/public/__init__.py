"""The public pages about participants: the table of everyone named by something public, and
each participant's page with its operations, activities, figures and years.

May import: participants.models, participants.footnotes, participants.spreadsheets, operations.models,
operations.public, operations.quality (the headline rule, for the money a country received).
"""
