"""Serbian in Cyrillic, transliterated from the Latin catalogue rather than typed twice:
locale/sr/LC_MESSAGES/django.po is written from locale/sr_Latn's and compiled (`make translations`)."""

import re
import subprocess
from pathlib import Path

import cyrtranslit
import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

LATIN = Path(settings.BASE_DIR) / "locale" / "sr_Latn" / "LC_MESSAGES" / "django.po"
CYRILLIC = Path(settings.BASE_DIR) / "locale" / "sr" / "LC_MESSAGES" / "django.po"

# What stays as written: placeholders (%(name)s, %s, %%), braces ({count}), HTML tags and
# entities, addresses, and acronyms in capitals (JAD, EU, CSV, EMPACT).
PROTECTED = re.compile(
    r"%\([^)]*\)[-#0 +]*\d*(?:\.\d+)?[a-zA-Z]"
    r"|%[-#0 +]*\d*(?:\.\d+)?[sdif%]"
    r"|\{[^{}]*\}"
    r"|<[^<>]+>"
    r"|&#?\w+;"
    r"|(?:https?://|www\.)[^\s<>\"]+"
    r"|[\w.+-]+@[\w-]+\.[\w.]+"
    r"|\b[A-Z][A-Z0-9]*[A-Z0-9](?:[-/][A-Z0-9]+)*\b"
)


def to_cyrillic(text):
    """`text` in Cyrillic, except what PROTECTED matches."""
    parts, position = [], 0
    for match in PROTECTED.finditer(text):
        parts.append(cyrtranslit.to_cyrillic(text[position : match.start()], "sr"))
        parts.append(match.group())
        position = match.end()
    parts.append(cyrtranslit.to_cyrillic(text[position:], "sr"))
    return "".join(parts)


def transliterated(latin):
    """The Cyrillic catalogue made from the Latin one (a polib.POFile)."""
    cyrillic = polib.POFile(wrapwidth=latin.wrapwidth)
    cyrillic.header = (
        "Serbian (Cyrillic script) translation of the JAD Register.\n"
        "Generated from sr_Latn by `make translations` (manage.py transliterate_messages): do not edit."
    )
    cyrillic.metadata = {**latin.metadata, "Language": "sr", "Language-Team": "Serbian (Cyrillic)"}
    for entry in latin:
        if entry.obsolete:
            continue
        copy = polib.POEntry(
            msgid=entry.msgid,
            msgid_plural=entry.msgid_plural,
            msgctxt=entry.msgctxt,
            occurrences=entry.occurrences,
            flags=list(entry.flags),
            comment=entry.comment,
        )
        copy.msgstr = to_cyrillic(entry.msgstr)
        copy.msgstr_plural = {index: to_cyrillic(text) for index, text in entry.msgstr_plural.items()}
        cyrillic.append(copy)
    return cyrillic


class Command(BaseCommand):
    help = "Write locale/sr (Serbian, Cyrillic) by transliterating locale/sr_Latn, then compile it."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Say what would change, write nothing.")

    def handle(self, *args, dry_run=False, **options):
        text = str(transliterated(polib.pofile(str(LATIN))))
        if dry_run:
            current = CYRILLIC.read_text(encoding="utf-8") if CYRILLIC.exists() else ""
            self.stdout.write("up to date" if current == text else f"{CYRILLIC} would change")
            return
        CYRILLIC.parent.mkdir(parents=True, exist_ok=True)
        CYRILLIC.write_text(text, encoding="utf-8")
        compiled = CYRILLIC.with_suffix(".mo")
        result = subprocess.run(
            ["msgfmt", "--check", "-o", str(compiled), str(CYRILLIC)], capture_output=True, text=True
        )
        if result.returncode:
            raise CommandError(result.stderr)
        self.stdout.write(f"Wrote {CYRILLIC} and {compiled.name} ({len(polib.pofile(text))} messages).")
