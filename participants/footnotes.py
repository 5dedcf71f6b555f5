"""Designation footnotes (Kosovo*): whoever a page names with an asterisk, it explains underneath.

May import: nothing of the project.
"""


def footnotes_for(participants):
    """The footnotes of the given participants, one per distinct text, naming who carries it:
    [{"names": "Kosovo*", "text": "This designation is without prejudice..."}]."""
    by_text = {}
    for participant in participants:
        if participant is not None and participant.footnote:
            names = by_text.setdefault(participant.footnote, [])
            if participant.display_name not in names:
                names.append(participant.display_name)
    return [{"names": ", ".join(sorted(names)), "text": text} for text, names in by_text.items()]
