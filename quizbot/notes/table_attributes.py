"""A table row asked for one of its cells by the row's name (its person:
:mod:`~quizbot.notes.table_roles`).

A row question names the row from its other cells ("Which institute in Hyderabad …?"); when
those cells make no clue it can put in words, the row is still a fact worth asking: its
place (``| INCOIS | Hyderabad | est. 1999; … |`` → "Where is INCOIS located?") or its measure
(``| EEZ | 200 nm | sovereign rights over … |`` → "What is the breadth of the EEZ?"). The
column must say what its cells are (a place: *Place*, *City*, *Location*, *HQ* …; a measure:
*Breadth*, *Length*, *Area*, *Height*, *Depth* …) and the cell be one short value (a measure
with a condition, ``200 nm, up to 350 nm if …``, is not asked).
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft
from quizbot.notes.grammar import with_the
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.seats import Seat, seat_prompt
from quizbot.notes.table_columns import (
    short_row_draft,
)
from quizbot.notes.zones import a_region_s_feature, is_state, zone_of
from quizbot.text.names import is_everyday_word, is_region
from quizbot.text.numbers import ORDINALS

_PLACE_HEADERS = frozenset(
    "place city location located town site hq headquarters seat secretariat sectt".split()
)
_SEAT_HEADERS = frozenset("hq headquarters seat secretariat sectt".split())
_MEASURES = frozenset("breadth width length area height depth distance extent limit".split())
_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*$")
_UNIT_ONLY = re.compile(r"^\s*(?:m|km|nm|sq km|ft|%|ha|mm|cm|metres?|meters?)\s*$")
_MEASURE_CELL = re.compile(r"^\d[\d,.]*\s*(?:nm|km|sq km|m|ft|miles|metres|meters|%)?$")
_PLACE_CELL = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")
_NTH = re.compile(r"\d+(?:st|nd|rd|th)")
#: Units a learner may write out.
_UNITS = {"nm": "nautical miles", "km": "kilometres", "sq km": "square kilometres", "m": "metres"}


#: A part of a continent or an ocean (``E. Africa``, ``SE Asia``, ``N Atlantic``): no place.
_BROAD_REGION = re.compile(
    r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|Central|Northern|Southern|Eastern|"
    r"Western)\.?[ -](?:Africa|Asia|Europe|America|Atlantic|Pacific|Indian Ocean)"
)
#: A column of people: a person is from, or worked at, a place, never "located" there.
_PEOPLE = frozenset(
    """scholar scholars saint saints poet poets person persons people ruler rulers king kings
    author authors writer writers scientist scientists reformer reformers leader leaders
    thinker thinkers philosopher philosophers artist artists painter painters""".split()
)


def attribute_question(
    table: Table,
    row: tuple[str, ...],
    col: int,
    context: str,
    heading: str,
    key: str,
    fact: str,
    explanation: str,
    ctx: Context,
) -> Draft | None:
    """ "Where is INCOIS located?" or "What is the breadth of the EEZ?" for a row whose other
    cells make no question, or ``None``."""
    name = _BRACKET.sub("", row[col]).strip()
    if not name or fold(name) in ORDINALS or fold(name) == "last" or _NTH.fullmatch(name):
        return None  # "| Second | Kapatapuram |": the second of the heading's kind (holdout 229)
    for i, header in enumerate(table.header):
        if i == col or i >= len(row):
            continue
        words = fold(_BRACKET.sub("", header)).split()
        if len(words) == 3 and words[1] == "/" and {words[0], words[2]} <= _SEAT_HEADERS:
            words = [words[0]]  # "Sectt / HQ": either word of a seat
        cell = row[i].strip()
        if len(words) == 1 and words[0] in _PLACE_HEADERS and _PLACE_CELL.match(cell):
            if fold(cell) in fold(name) or a_region_s_feature(name):
                return None  # "Jaipur Foot | Jaipur", "Peru coast | SE Pacific": it says where
            if _the_common_answer(table, i, cell):
                return None  # five of six temples in Bhubaneswar: once seen, the answer of
                # every row (holdout 666, five weak "Where is … located?")
            if words[0] in _SEAT_HEADERS:  # "Where is the headquarters of FAO?"
                word = "secretariat" if words[0] in ("sectt", "secretariat") else "headquarters"
                prompt, answer, aliases = seat_prompt(name, Seat(word, cell, 0))
            elif fold(table.header[col]) in _EVENT_HEADERS:  # "| Birth | Lumbini |" under
                # "Gautama Buddha": "Where did the birth take place?", not "Where is Birth …?"
                event = f"the {name.lower()}" if name[1:] == name[1:].lower() else name
                prompt, answer, aliases = f"Where did {event} take place?", cell, []
            elif fold(table.header[col]).rstrip("s") in _EVENT_KINDS and not is_region(cell):
                return None  # "| Vaikom | 1924–25 | Travancore |" under "Movement": the town
                # is in Kerala today, the movement was in Travancore (holdout 554, bad: "Where
                # is Vaikom located?" = Travancore)
            elif " " not in name and is_everyday_word(fold(name)):
                return None  # "Where is Copper located?": a mineral is in many places
            elif fold(_BRACKET.sub("", table.header[col])).strip(" :") in _PEOPLE:
                return None  # "| Scholar | Place |": "Where is Aryabhata located?" (holdout 285)
            elif _BROAD_REGION.fullmatch(cell.strip()):
                return None  # "Tanganyika | E. Africa": where in it, many fit (holdout 390, bad)
            else:
                prompt, answer, aliases = f"Where is {name} located?", cell, []
                if is_region(cell):  # Delhi, a union territory, is no country (492, bad)
                    where = (
                        "state"
                        if is_state(cell)
                        else "state or union territory"
                        if zone_of(cell)
                        else "country"
                    )
                    prompt = f"In which {where} is {name} located?"
        elif len(words) == 1 and words[0] in _MEASURES and _MEASURE_CELL.match(cell):
            if len(re.sub(r"\D", "", cell).rstrip("0")) > 2:
                return None  # "2,695 m", "165 km": an exact figure, trivia; "200 nm" a limit
            # "Breadth (from baseline)": its bracket says from where; "Height (m)": the unit
            bracket = _BRACKET.search(header)
            said = header if bracket and not _UNIT_ONLY.match(bracket.group(1)) else words[0]
            prompt = f"What is the {fold(said)} of {_in_a_sentence(name)}?"
            answer, aliases = cell, _written_out(cell)
        else:
            continue
        return short_row_draft(
            table.row_lines[table.rows.index(row)],
            f"{context}: {prompt}",
            answer,
            aliases=aliases,
            explanation=explanation,
            rule="row",
            slot=f"row:{i}",
            fact=fact,
            heading=heading,
            id_key=f"{key}|attribute",
            key_kind="place" if words[0] in _PLACE_HEADERS else "count",
        )
    return None


def _the_common_answer(table: Table, col: int, cell: str) -> bool:
    """Is ``cell`` the value of half or more of the column (three rows at least)?"""
    same = sum(1 for r in table.rows if col < len(r) and fold(r[col].strip()) == fold(cell))
    return same >= 3 and 2 * same >= len(table.rows)


#: Headers of a column whose rows are events, not places or bodies.
_EVENT_HEADERS = frozenset(("event", "events", "episode", "incident", "life event"))
#: Kinds of event a table's first column may list by their place's name (``| Vaikom |``).
_EVENT_KINDS = frozenset("movement satyagraha revolt uprising rebellion agitation struggle".split())


def _in_a_sentence(name: str) -> str:
    """``Territorial sea`` → "the territorial sea" (a common noun in sentence case), ``EEZ``
    → "the EEZ"; ``Kanchenjunga`` as written (see :func:`~quizbot.notes.grammar.with_the`)."""
    words = name.split()
    if len(words) >= 2 and words[0][1:].islower() and all(w.islower() for w in words[1:]):
        return "the " + name[:1].lower() + name[1:]
    if name.isupper():
        return f"the {name}"  # "the EEZ": a zone, not a proper name
    return with_the(name)


def _written_out(cell: str) -> list[str]:
    """``200 nm`` → "200 nautical miles"."""
    found = re.match(r"^([\d,.]+)\s*(.+)$", cell)
    if found is None or found.group(2) not in _UNITS:
        return []
    return [f"{found.group(1)} {_UNITS[found.group(2)]}"]
