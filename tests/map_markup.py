"""What a page's country map shows, read from its HTML with the standard library's parser: the
links on the map (address and accessible name), the countries of the table beside it, the
asterisks drawn, and whether anything focusable hides inside an aria-hidden group."""

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class DrawnMap:
    links: list = field(default_factory=list)
    """[(href, aria-label, CSS classes)] of the links on the map, in document (tab) order."""
    table: list = field(default_factory=list)
    """[(href, name)] of the table's rows."""
    asterisks: int = 0
    hidden_links: int = 0
    """Links inside an aria-hidden group: must stay 0."""


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.map = DrawnMap()
        self.in_svg = self.in_table = self.in_row_header = False
        self.hidden_depth = 0
        self.depth = 0
        self.href = None
        self.text = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "svg" and "country-map-svg" in classes:
            self.in_svg = True
        elif tag == "table" and (attrs.get("id") or "").startswith("map-"):
            self.in_table = True
        if self.in_svg:
            if tag == "g" and attrs.get("aria-hidden") == "true":
                self.hidden_depth += 1
            if tag == "a":
                if self.hidden_depth:
                    self.map.hidden_links += 1
                self.map.links.append((attrs["href"], attrs.get("aria-label"), classes))
            if tag == "text" and "map-asterisk" in classes:
                self.map.asterisks += 1
        if self.in_table and tag == "th" and attrs.get("scope") == "row":
            self.in_row_header, self.text = True, ""
        if self.in_row_header and tag == "a":
            self.href = attrs["href"]

    def handle_endtag(self, tag):
        if tag == "svg":
            self.in_svg = False
        elif tag == "table":
            self.in_table = False
        elif tag == "g" and self.hidden_depth:
            self.hidden_depth -= 1
        elif tag == "th" and self.in_row_header:
            self.map.table.append((self.href, self.text.strip()))
            self.in_row_header = False

    def handle_data(self, data):
        if self.in_row_header:
            self.text += data


def drawn_map(html):
    reader = _Reader()
    reader.feed(html)
    return reader.map
