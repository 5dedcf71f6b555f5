"""A map of countries marked by what they did, with the same facts as table rows: what the map
templates (templates/includes/country_map.html) print.

Each marked country is a link to its participant's page, named for what the map says of it
("Austria: coordinator"), drawn in its category's colour; the others are drawn grey and hidden from
assistive technology. A marked participant with a designation footnote (Kosovo*) carries an asterisk
on the map, as its name does everywhere, and the page footnotes it; unmarked, its territory is drawn
grey and unnamed, like every other.
"""

from dataclasses import dataclass

from .europe import Shape, europe


@dataclass(frozen=True)
class Category:
    """A colour of the map and its words in the legend; `key` names its CSS class (map-<key>)."""

    key: str
    label: str


@dataclass(frozen=True)
class Mark:
    """A marked country: who, in which category, what the map says of it, and its table cells."""

    participant: object
    category: Category
    summary: str
    """Said after the name: "coordinator", "5 activities received, 650 000 USD"."""
    cells: tuple
    """The table's cells after the name, one per column of the map."""
    shape: Shape | None
    """None: outside the window, or not drawn by Natural Earth."""
    url: str
    """The participant's page, resolved once for the map's link and the table's."""

    @property
    def label(self):
        return f"{self.participant.display_name}: {self.summary}"


@dataclass(frozen=True)
class Asterisk:
    participant: object
    x: int
    y: int


@dataclass(frozen=True)
class CountryMap:
    id: str
    title: str
    width: int
    height: int
    marks: tuple
    """Every marked country, by name: the table's rows, and the map's links in the same order."""
    others: tuple
    """The shapes of the countries not marked."""
    categories: tuple
    """The legend: the categories of the marks, in the order given."""
    columns: tuple
    """The table's headings after the country's."""
    others_label: str
    """The legend's words for the grey countries."""
    asterisks: tuple

    @property
    def title_id(self):
        return f"{self.id}-title"

    @property
    def table_id(self):
        return f"{self.id}-table"

    @property
    def drawn(self):
        return [mark for mark in self.marks if mark.shape is not None]

    @property
    def not_drawn(self):
        return [mark for mark in self.marks if mark.shape is None]

    @property
    def named(self):
        """The participants the map names, for the page's footnotes."""
        return [mark.participant for mark in self.marks]


def country_map(map_id, title, marks, *, categories, columns, others_label):
    """The map of `marks`, [(participant with a country code, Category, summary, cells)]: one mark per
    country (the first given wins)."""
    base = europe()
    chosen = {}
    for participant, category, summary, cells in marks:
        chosen.setdefault(participant.country.code, (participant, category, summary, tuple(cells)))
    placed = sorted(
        (
            Mark(participant, category, summary, cells, base.shapes.get(code), participant.get_absolute_url())
            for code, (participant, category, summary, cells) in chosen.items()
        ),
        key=lambda mark: mark.participant.name,
    )
    used = {mark.category.key for mark in placed}
    asterisks = [
        Asterisk(mark.participant, mark.shape.label_x, mark.shape.label_y)
        for mark in placed
        if mark.participant.footnote and mark.shape is not None
    ]
    return CountryMap(
        id=map_id,
        title=title,
        width=base.width,
        height=base.height,
        marks=tuple(placed),
        others=tuple(shape for code, shape in sorted(base.shapes.items()) if code not in chosen and shape.path),
        categories=tuple(category for category in categories if category.key in used),
        columns=tuple(columns),
        others_label=others_label,
        asterisks=tuple(asterisks),
    )
