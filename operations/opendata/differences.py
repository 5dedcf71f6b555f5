"""What changed from one release to the next, as the two frozen packages say it: operations and
activities added and withdrawn, statements added and removed, figures corrected (a statement whose
value, unit or qualifier is not what it was).

Both packages write each table in id order, so the two files are merged a row at a time: memory
stays flat however many statements there are. Only the names of operations and activities, a few
hundred, are kept, to say where figures were corrected."""

import csv
import io
import zipfile
from collections import Counter
from contextlib import ExitStack

SUBJECTS = {"operations": ("operation", "short_name"), "activities": ("activity", "title")}
#: What makes a statement's figure: a change of any of these is a correction.
FIGURE = ("value", "unit_id", "qualifier")


def rows(archive, table):
    """The rows of `table`.csv in a package (a ZipFile), as dicts; none without a package."""
    if archive is None:
        return
    with archive.open(f"{table}.csv") as raw:
        yield from csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8", newline=""))


def merged(old_rows, new_rows):
    """(before, after) pairs of the rows of two tables in id order, matched by id: (row, None) for a
    row only in the old one, (None, row) for one only in the new one."""
    old_rows, new_rows = iter(old_rows), iter(new_rows)
    old, new = next(old_rows, None), next(new_rows, None)
    while old is not None or new is not None:
        old_id = int(old["id"]) if old is not None else None
        new_id = int(new["id"]) if new is not None else None
        if new_id is None or (old_id is not None and old_id < new_id):
            yield old, None
            old = next(old_rows, None)
        elif old_id is None or new_id < old_id:
            yield None, new
            new = next(new_rows, None)
        else:
            yield old, new
            old, new = next(old_rows, None), next(new_rows, None)


def compare(old_path, new_path):
    """The summary of what changed from the package at `old_path` (None: before the first release)
    to the one at `new_path`, as stored in `Release.changes`."""
    with ExitStack() as files:
        old = files.enter_context(zipfile.ZipFile(old_path)) if old_path else None
        new = files.enter_context(zipfile.ZipFile(new_path))
        summary, names = {}, {}
        for table, (kind, label) in SUBJECTS.items():
            added, withdrawn = [], []
            for before, after in merged(rows(old, table), rows(new, table)):
                if after is not None:
                    names[kind, int(after["id"])] = after[label]
                if before is None:
                    added.append({"id": int(after["id"]), "slug": after["slug"], "name": after[label]})
                elif after is None:
                    withdrawn.append({"id": int(before["id"]), "slug": before["slug"], "name": before[label]})
            summary[f"{table}_added"], summary[f"{table}_withdrawn"] = added, withdrawn
        statements_added = statements_removed = 0
        corrected = Counter()
        for before, after in merged(rows(old, "statements"), rows(new, "statements")):
            if before is None:
                statements_added += 1
            elif after is None:
                statements_removed += 1
            elif any(before[column] != after[column] for column in FIGURE):
                if after["operation_id"]:
                    corrected["operation", int(after["operation_id"])] += 1
                else:
                    corrected["activity", int(after["activity_id"])] += 1
    summary.update(
        statements_added=statements_added,
        statements_removed=statements_removed,
        figures_corrected=sum(corrected.values()),
        corrected_in=[
            {"kind": kind, "id": pk, "name": names.get((kind, pk), str(pk)), "count": count}
            for (kind, pk), count in sorted(corrected.items(), key=lambda item: (-item[1], item[0]))
        ],
    )
    return summary
