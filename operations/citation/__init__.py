"""How the register is credited and cited: its licence (`licence`), the release a visitor sees
and the releases (`releases`, the one place that reads them), citations of the register, a table,
an operation, a figure or a release in plain text, BibTeX and CSL-JSON (`citations`, written by
`formats`), and the schema.org Dataset metadata of the dataset pages (`dataset`). Apart from the
releases, everything here is given what it describes, its address and its dates.

May import: operations.models.
"""
