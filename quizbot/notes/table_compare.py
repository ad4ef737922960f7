"""The comparison builder: a table that compares three or more things row by row, asked
which of them a row's cell is said of.

Students compare in tables: ``| Feature | Nagara | Dravida | Vesara |`` with a row per
feature (``| Tower | curvilinear shikhara | stepped, pyramidal vimana | hybrid |``). Asked
row by row as "Which point …?" such a table makes no question (the generator skipped it
whole); what an examiner asks is which of the compared things has a cell:

    "Which of these has “stepped, pyramidal vimana” as its tower?" (Nagara, Dravida, Vesara)

Only a table of three or more compared things is asked (of two, a guess is right half the
time). A row is asked of one of its cells (a bold one first; which one, by the row's key,
so a table's answers are not all its first thing), when that cell is no other cell of the
row and says something of its own (not ``none``, ``varies``,
``modest``), in at most ten words with no shorthand (``→``, ``=``, ``+``, ``&``). The
feature names a thing the cell is (``Tower``, ``Grounds``), not a participle (``Founded``),
a preposition (``At entrance``) or an abbreviation (``Parl. approval``). The answer is the
compared thing's name, picked among the compared things.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Mcq
from quizbot.notes.drafts import Context, Draft
from quizbot.notes.grammar import BRACKET_AT_END, with_the
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.table_answers import cell_aliases, cited_source
from quizbot.notes.table_columns import cell_draft, is_comparison
from quizbot.notes.table_compare_cells import asked_cell
from quizbot.text.names import is_region, names_a_region

_MIN_THINGS = 4
_NOT_A_THING = re.compile(
    r"ed$|^[a-z]+ed\b|^(?:at|in|on|by|for|from|to|with|under|after|before)\b"
)  # "Founded", "Used so far", "At entrance": no thing a cell is


def comparison_questions(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """One question per row of a comparison table of three or more things."""
    if not is_comparison(table) or len(table.header) - 1 < _MIN_THINGS:
        return []
    things = _things(table)
    if not things:
        return []
    drafts = []
    for row, marked in _marked_rows(table):
        feature = row[0].replace("**", "").strip()
        if not _a_thing(feature) or any(is_region(p.strip()) for p in feature.split(",")):
            continue  # "| Australia, Indonesia | normal | drought |": what befalls a place
        cells = [c.strip() for c in row[1:]]
        if fold(feature) in _PLACE_FEATURES and _cell_names(table, row, fold(feature), cells):
            continue  # "Where is Rani ki Vav?" (compared_cells) asks it of each
        col = asked_cell(cells, f"{heading}|{fold(feature)}", marked)
        if col is None:
            continue
        said = cells[col].replace("**", "").replace("*", "").strip()
        if _YEAR.search(said) and _numbered_series(things):
            continue  # "22 July 2019" among Chandrayaan-1, -2, -3: the middle one (holdout 214)
        prompt = f"Which of these has “{said}” as its {ctx.lower_name(feature)}?"  # topic: where
        drafts.append(_draft(table, row, prompt, things, things[col], heading))
    return drafts


_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_SERIES = re.compile(r"^(?P<stem>.*?)[\s-]*(?P<n>\d+|I{1,3}|IV|V)$")


def _numbered_series(things: list[str]) -> bool:
    """Are the compared things one series numbered in order (``Chandrayaan-1``, ``-2``,
    ``-3``; ``First … Plan``)? A year then says which is which by its order alone."""
    found = [_SERIES.match(t) for t in things]
    stems = {fold(f.group("stem")) for f in found if f is not None}
    return all(f is not None for f in found) and len(stems) == 1


def _things(table: Table, *, bare: bool = False) -> list[str]:
    """The compared things, the header's cells after the first (``bare``: without their
    brackets, ``Western Ghats (Sahyadri)`` → ``Western Ghats``); none unless each is named
    and named once."""
    things = [h.replace("**", "").strip() for h in table.header[1:]]
    if bare:
        things = [BRACKET_AT_END.sub("", t).strip() for t in things]
    return things if all(things) and len({fold(t) for t in things}) == len(things) else []


def _marked_rows(table: Table) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The rows with a cell under every header, each with its bold spans."""
    return [
        (row, table.marks(i)) for i, row in enumerate(table.rows) if len(row) == len(table.header)
    ]


def _full_rows(table: Table) -> list[tuple[str, ...]]:
    """The rows with a cell under every header."""
    return [row for row in table.rows if len(row) == len(table.header)]


def _a_thing(feature: str) -> bool:
    """Does the row's label name a thing its cells are (``Tower``, ``Grounds``), not a class
    the compared things share words of (``Type``: tea and coffee are both shrubs)?"""
    low = fold(feature)
    return (
        bool(low)
        and "." not in feature
        and "?" not in feature  # "Revenue fixed?": a yes or no, said of several (holdout 163)
        and _NOT_A_THING.search(low) is None
        and low not in _CLASSES
    )


#: Row labels that classify: the compared things' cells share their words.
_CLASSES = frozenset("type kind nature category class group".split())


def _draft(
    table: Table,
    row: tuple[str, ...],
    prompt: str,
    things: list[str],
    answer: str,
    heading: str,
) -> Draft:
    line = table.row_lines[table.rows.index(row)]
    key = f"compare|{heading}|{fold(row[0])}"
    return Draft(
        Mcq,
        {
            "prompt": prompt,
            "options": tuple(things),
            "answer": answer,
            "explanation": "From the notes: "
            + "; ".join(f"{h} – {c}" for h, c in zip(table.header[1:], row[1:], strict=True))
            + f" ({row[0]}).",
        },
        "compare",
        "compare",
        answer,
        key,
        heading,
        line,
        id_key=key,
        key_text=answer,
        key_kind="term",
    )


#: A row's label that names a person its cells are (``Founder``, ``First head``).
_PERSON_FEATURES = frozenset(
    (
        "founder",
        "monarch",
        "architect",
        "ruler",
        "greatest ruler",
        "first head",
        "first ruler",
        "first king",
        "king",
        "leader",
        "author",
        "patron",
        "first chairman",
        "first president",
    )
)
_CHAIR_FEATURES = frozenset(("chairman", "chairperson", "chair", "headed by", "head"))
#: A row's label that names who built each compared thing.
_BUILDERS = frozenset(("built by", "builder", "constructed by", "commissioned by"))
#: A row's label that names the one thing of each compared thing (``Highest peak``,
#: ``Main river``): a superlative or a main one.
_ONE_THING = re.compile(
    r"^(?:highest|largest|longest|biggest|tallest|deepest|oldest|main|chief|principal)"
    r"(?: [a-z]+){1,2}$|^capital$"
)
#: A cell that is a short name: capitalised words (``Pulakeshin I``, ``League of Nations``),
#: perhaps with a bracket after it (``Anamudi (2,695 m)``).
_NAME_CELL = re.compile(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|the|and)){0,3}(?: \([^()]*\))?")


def compared_cells(table: Table, heading: str) -> list[Draft]:
    """The cell of each compared thing that a row names, asked outright: of ``| Feature |
    Western Ghats | Eastern Ghats |`` the row ``| Highest peak | Anamudi | Mahendragiri |``
    gives "Which is the highest peak of the Eastern Ghats?", and ``| Founder | Dantidurga |
    Gopala |`` "Who was the founder of the Palas?". A comparison of two things has no row
    question (a guess among two is right half the time), yet such rows are what a coach asks
    (holdout 147: the highest peak of either Ghats). Only a row whose label is a person
    (``Founder``, ``Architect``), a chair or one thing (``Highest peak``, ``Main river``),
    and whose cells are distinct short names, is asked."""
    if not is_comparison(table):
        return []
    things = _things(table, bare=True)
    if not things:
        return []
    drafts = []
    for row in _full_rows(table):
        feature = fold(row[0].replace("**", "")).strip(" :")
        cells = [c.replace("**", "").replace("*", "").strip() for c in row[1:]]
        if feature in _FOUNDED_FEATURES:
            drafts += _founded_where(table, row, heading, things, cells, feature)
            continue
        names = _cell_names(table, row, feature, cells)
        if names is None:
            continue
        for col, (thing, cell, name) in enumerate(zip(things, cells, names, strict=True), 1):
            if name is None or fold(name) in fold(thing) or fold(thing) in fold(name):
                continue  # no name the cell opens with, or the answer names its thing
            if feature in _PERSON_FEATURES and names_a_region(thing):
                break  # "Who was the monarch of Italy?": which one, of the centuries?
            asked = _asked_of(feature, _named(thing))
            if asked is None:
                break
            state = _state_in(cell, name) if feature in _PLACE_FEATURES else None
            if state is not None:  # "Where is Rani ki Vav?": Gujarat is true too (changed-50)
                asked = f"Where in {state} is {_named(thing)}?"
            source = cited_source(cell)
            if source is not None:  # "Mahendragiri (NCERT)": newer sources name another
                asked = f"{asked[:-1]} (as per {source})?"  # peak (changed50, bad)
            aliases = [a for a in cell_aliases(cell) if _OTHER_NAME.fullmatch(a)]
            if name != BRACKET_AT_END.sub("", cell).strip():  # the bold name, with its title
                titled = re.match(rf"(?:{_TITLES}) {re.escape(name)}\b", cell)
                aliases = [titled.group(0)] if titled else []
            kind = "person" if feature in _PERSON_FEATURES | _CHAIR_FEATURES | _BUILDERS else "term"
            drafts.append(
                cell_draft(
                    table,
                    row,
                    col,
                    heading,
                    prompt=asked,
                    answer=name,
                    aliases=aliases,
                    key_kind=kind,
                    asked_as="compared",
                )
            )
    return drafts


#: A row's label that names where each compared thing is.
_PLACE_FEATURES = frozenset(("place", "location", "located", "site"))
#: Titles before a person's name in a cell (``Queen **Udayamati**``).
_TITLES = "Queen|King|Raja|Rani|Maharaja|Sultan|Emperor|Empress"
_TITLED = re.compile(rf"^(?:(?:{_TITLES}) )?")


def _opening_bold(cell: str, bold: tuple[str, ...]) -> str | None:
    """The bold name a cell opens with, after a title (``Queen **Udayamati**, in memory of
    husband **Bhimadeva I**`` → Udayamati; ``**Patan**, Gujarat`` → Patan), or ``None``
    (``begun by **Rana Veer Singh** …``: a deed, not the name)."""
    rest = cell[_TITLED.match(cell).end() :]  # type: ignore[union-attr]
    for name in bold:
        after = rest[len(name) : len(name) + 1]
        if rest.startswith(name) and not after.isalnum() and _NAME_CELL.fullmatch(name):
            return name
    return None


def _cell_names(
    table: Table, row: tuple[str, ...], feature: str, cells: list[str]
) -> list[str | None] | None:
    """The name each cell of a row is (``None`` where it is none), or ``None`` for a row
    that names nothing or one name twice (``| Chairman | Union Home Minister | Union Home
    Minister |``): short names as cells, or of a person's or a place's row, the bold name
    each cell opens with."""
    if all(_NAME_CELL.fullmatch(c) for c in cells):
        names: list[str | None] = [BRACKET_AT_END.sub("", c).strip() for c in cells]
    elif feature in _PERSON_FEATURES | _BUILDERS | _PLACE_FEATURES:
        bold = table.marks(table.rows.index(row))
        names = [_opening_bold(c, bold) for c in cells]  # "Queen **Udayamati**, in memory …"
    else:
        return None
    found = [fold(n) for n in names if n is not None]
    return names if found and len(set(found)) == len(found) else None


def _state_in(cell: str, name: str) -> str | None:
    """The state or country a place's cell names after it (``Patan, Gujarat (banks of
    Saraswati)`` → Gujarat), which the question then gives: the place within it is asked."""
    after = re.sub(r"\([^()]*\)", "", cell.split(name, 1)[-1])
    return next((p.strip() for p in after.split(",") if p.strip() and is_region(p.strip())), None)


#: A row of when and where each compared thing was set up.
_FOUNDED_FEATURES = frozenset(("founded", "set up", "established", "formed", "started"))
#: ``April 1916, Belgaum``, ``1875, Bombay``: a date and one place.
_WHEN_WHERE = re.compile(
    r"(?P<when>(?:\d{1,2} )?(?:[A-Z][a-z]{2,8}\.? )?(?:1[5-9]|20)\d\d),? "
    r"(?:at |in )?(?P<where>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)"
)


def _founded_where(
    table: Table,
    row: tuple[str, ...],
    heading: str,
    things: list[str],
    cells: list[str],
    feature: str,
) -> list[Draft]:
    """``| Founded | April 1916, Belgaum | September 1916, Madras |`` of Tilak's and Besant's
    leagues: "Where was Tilak's League founded in April 1916?" (holdout 151), each place its
    own and no place the name of its thing."""
    found = [_WHEN_WHERE.fullmatch(c) for c in cells]
    places = [f.group("where") for f in found if f is not None]
    if len(places) != len(cells) or len({fold(p) for p in places}) != len(places):
        return []
    drafts = []
    for col, (thing, place, when) in enumerate(
        zip(things, places, [f.group("when") for f in found if f is not None], strict=True), 1
    ):
        if fold(place) in fold(thing):
            continue  # "Madras Mahajan Sabha | 1884, Madras": the name says where
        drafts.append(
            cell_draft(
                table,
                row,
                col,
                heading,
                prompt=f"Where was {_named(thing)} {feature} in {when}?",
                answer=place,
                aliases=[],
                key_kind="place",
                asked_as="compared",
            )
        )
    return drafts


#: An accepted other form of a cell: a name, not a remark (``+ Mazzini, Garibaldi``,
#: ``elected``, ``only large river; ephemeral``) or a figure.
_OTHER_NAME = re.compile(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|the|and))*")


def _named(thing: str) -> str:
    """A compared thing as a sentence names it: ``the Rashtrakutas``, ``the Western Ghats``,
    ``the CBI``, ``the Chalukyas of Badami``, ``the Satyashodhak Samaj``; ``Ladakh``."""
    if re.match(r"\S+['’]s ", thing):
        return thing  # "Tilak's League": a possessive takes no article
    named = with_the(thing)
    last = thing.split(" of ")[0].split()[-1]  # "Chalukyas of Badami": the Chalukyas
    plural = last.endswith("s") and not last.endswith("ss") and last[:1].isupper()
    if not named.startswith("the ") and (plural or re.fullmatch(r"[A-Z]{3,5}", thing)):
        return f"the {thing}"
    return named


def asks_each(feature: str) -> bool:
    """Does :func:`compared_cells` ask a row of this label of each compared thing (its
    founder, chair, capital, highest peak …)?"""
    return _asked_of(feature, "it") is not None


def _asked_of(feature: str, thing: str) -> str | None:
    """The question a row's label asks of one compared thing, or ``None``."""
    if feature in _BUILDERS:
        return f"Who built {thing}?"  # "| Built by | **Bhima I**, Chaulukya … |" (holdout 269)
    if feature in _PERSON_FEATURES:
        return f"Who was the {feature} of {thing}?"
    if feature in _CHAIR_FEATURES:
        return f"Who chairs {thing}?"
    if feature in _PLACE_FEATURES:
        return f"Where is {thing}?"
    if _ONE_THING.match(feature):
        return f"Which is the {feature} of {thing}?"
    return None
