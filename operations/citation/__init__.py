"""How the register is credited and cited: its licence (`licence`), the release a visitor sees
(`releases`, the one place that names it), citations of the register, an operation or a figure in
plain text, BibTeX and CSL-JSON (`citations`, written by `formats`), and the schema.org Dataset
metadata of the dataset pages (`dataset`). Everything here is given what it describes, its
address and its dates: it reads no records itself.

May import: operations.models.
"""
