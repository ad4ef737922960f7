"""The seat builder: where a body has its headquarters or its secretariat.

Notes write a body's seat as a short note inside a line or a table cell:
``SCO – secretariat Beijing, RATS in Tashkent``, ``**IPCC** – set up 1988 by WMO + UNEP, HQ
Geneva``, ``COP16 Cancun (2010) → **Green Climate Fund** (HQ Songdo, S. Korea)``, ``| BIMSTEC |
1997 | 7 members …; secretariat Dhaka |``. A cloze of such a line keeps its shorthand (the
last gate drops it), yet the seat is one of the facts an examiner asks most of a body, so it
is asked outright: "Where is the secretariat of BIMSTEC?", "Where is the headquarters of the
Green Climate Fund?".

The seat note must open a part of the text (the line's start, or after a semicolon, a comma,
a dash or an opening bracket: ``both HQ in Washington DC`` and ``has its headquarters in``
are not notes of a seat) and name a capitalised place. Whose seat it is comes from, in
order: the name just before an opening bracket that holds the note; the head of the part of
the line after its last arrow (and after its last semicolon, when the seat is said inside
that note), when a dash, comma, colon or bracket follows that head (a
head followed by a verb, ``India launches …``, names no body); the only bold name before
the note; a table row's name. A country or an Indian state is never taken as the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.grammar import with_the
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.table_columns import owned_cells, short_row_draft
from quizbot.notes.zones import is_state, zone_of
from quizbot.text.names import is_dictionary_word, is_region

_PLACE_WORD = r"[A-Z][\w.'’-]*"
_SEAT = re.compile(
    r"(?:^|(?<=[;,(])|(?<=\s[–—-]))\s*(?P<word>HQ|[Hh]eadquarters|[Ss]ecretariat)"
    r"(?:\s+(?:at|in)\b|\s*[:–-])?\s+(?!General\b)"  # "Secretariat General": an office
    rf"(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}"
    rf"(?:,\s+{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)?)"
    r"(?=\s*(?:[;,.)(]|$))"
)
#: A name: capitalised words (or an acronym, digits, ``+``), with short joiners inside.
_NAME = r"[A-Z][\w.'’&+-]*(?:\s+(?:(?:of|for|on|and|the|de)\s+)?(?:[A-Z][\w.'’&+-]*|\d+)){0,6}"
_NAME_BEFORE_BRACKET = re.compile(rf"(?P<name>{_NAME})\s*$")
_HEAD = re.compile(
    r"^\s*(?:(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:1[5-9]|20)\d\d\s*[–—-]\s*)?"
    rf"(?P<name>{_NAME})(?=\s*(?:[–—:,;(]|-(?:\s|$)|\bfrom\b))"
)
#: Words that open a phrase, never a body's name.
_PREPOSITIONS = frozenset("Under In At From By With Since After Before For On Within".split())
_ABBREVIATED_REGION = re.compile(r"^[A-Z]\.\s*[A-Z]")
#: A city after a building's name (``Marlborough House, London``, ``Yugantar Ashram, San
#: Francisco``): one or two capitalised words.
_CITY_AFTER = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?$")
#: A name's last word that makes it a document, which has no headquarters of its own.
_DOCUMENTS = frozenset(
    "code act convention treaty protocol agreement declaration policy accord charter".split()
)
#: A year in brackets after the seat: the body sat there from then (it may have moved).
_DATED = re.compile(r"\s*\((?:in\s+|from\s+|since\s+)?(?P<year>(?:1[5-9]|20)\d\d)\)")
_WORDS = {"hq": "headquarters", "headquarters": "headquarters", "secretariat": "secretariat"}


@dataclass(frozen=True)
class Seat:
    """A seat note: ``secretariat Dhaka`` at ``start`` of the text."""

    word: str
    place: str
    start: int
    #: The year in brackets after the place (``HQ → Rangoon (1944)``): where it was then.
    year: str = ""


def find_seat(text: str) -> Seat | None:
    """The first seat note of ``text``, or ``None``."""
    if "HQ" not in text and "eadquarters" not in text and "ecretariat" not in text:
        return None  # the cheap test first (``generate_1mb_s``)
    found = _SEAT.search(text)
    if found is None:
        return None
    place = found.group("place")
    city, comma, second = place.partition(",")
    second = second.strip().rstrip(".")
    if comma and not _region(second) and not _CITY_AFTER.match(second):
        place = city  # "HQ Beijing, China-led": what follows the comma is a remark
    if not re.search(r"\b[A-Z]\.$", place):
        place = place.rstrip(".")  # the full stop of the sentence, not an initial's
    dated = _DATED.match(text, found.end("place"))
    year = dated.group("year") if dated else ""
    return Seat(_WORDS[found.group("word").lower()], place, found.start("word"), year)


def seat_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Where is the secretariat of BIMSTEC?" from a seat note in a line, or ``None``."""
    seat = find_seat(unit.text)
    if seat is None:
        return None
    body = _body(unit.text, seat, unit.bold)
    if body is None or _A_MINISTRY.search(unit.text[: unit.text.find(body)]):
        return None  # "nodal ministry → **MeitY** …; HQ New Delhi": the subject's seat, not the
        # ministry's (holdout 726, bad: "Where is the headquarters of MeitY?")
    return _draft(unit, body, seat)


_A_MINISTRY = re.compile(r"\bministry\b[^;,]*$", re.IGNORECASE)


def seat_of_row(owner: str, cell: str) -> tuple[str, Seat] | None:
    """A table row's seat: its name and the seat note of one of its cells."""
    seat = find_seat(cell)
    if seat is None or not _a_body(owner, seat.place, seat.word):
        return None
    return owner, seat


def seat_prompt(body: str, seat: Seat) -> tuple[str, str, list[str]]:
    """The question, its answer and the other forms accepted: ``Marlborough House, London``
    is asked as London (Marlborough House, or both, accepted); ``Songdo, S. Korea`` as
    Songdo (the country says where the city is, it is not the answer); a seat the notes give
    only as a country or a state is asked "In which country …?" (a learner who names the
    city would otherwise be refused)."""
    parts = [p.strip() for p in seat.place.split(",")]
    if len(parts) == 2 and not _region(parts[1]):
        answer, aliases = parts[1], [seat.place, parts[0]]
    else:
        answer, aliases = parts[0], [seat.place] if len(parts) == 2 else []
    where = "Where"
    if is_region(answer) and not zone_of(answer):  # "Mauritius": a country, not its city
        where = "In which country"
    elif is_state(answer):
        where = "In which state"  # "HQ Gujarat": a state, not a city
    if seat.year:  # "HQ → Rangoon (1944)": it sat elsewhere before (holdout 327, bad)
        return f"{where} was the {seat.word} of {with_the(body)} in {seat.year}?", answer, aliases
    return f"{where} is the {seat.word} of {with_the(body)}?", answer, aliases


def _region(place: str) -> bool:
    return is_region(place) or _ABBREVIATED_REGION.match(place) is not None


def _body(text: str, seat: Seat, bold: list[str]) -> str | None:
    """Whose seat the note gives, or ``None`` when the line does not say."""
    before = text[: seat.start].rstrip()
    seat_place, word = seat.place, seat.word
    opened = before.rfind("(")
    if opened > before.rfind(")") and opened != len(before) - 1:
        # "**National Biodiversity Authority** (2003, HQ Chennai)": the bracket holds the note
        before = before[: opened + 1]
    if before.endswith("("):
        found = _NAME_BEFORE_BRACKET.search(before[:-1].rstrip())
        name = found.group("name") if found else ""
        if _a_body(name, seat_place, word):
            return name
        if not _is_document(name):
            return None
        # "The ILO was set up under the Treaty of Versailles (HQ Geneva)", "ISA launched at
        # COP21 (HQ Gurugram)": the seat is the sentence's body's, not the treaty's or the
        # meeting's; the line's only bold name may say which
    segment = before.rsplit("→", 1)[-1]
    note = segment.rsplit(";", 1)[-1]
    if note.strip():  # "Solar → Bhadla (Jodhpur), …; ISA launched …, HQ Gurugram": the seat
        segment = note  # is said in a note of its own, not of Bhadla (holdout 313, bad)
    head = _HEAD.match(segment)
    if head is not None:  # the line's head names whose seat it is, a body or not
        return head.group("name") if _a_body(head.group("name"), seat_place, word) else None
    named = [b for b in dict.fromkeys(bold) if b in before and not b.isdigit()]
    if len(named) == 1 and re.search(
        rf"\b(?:to|by|of|under|before|from|with|at)\s+(?:the\s+)?(?:\S+\s+)?{re.escape(named[0])}",
        before,  # "Successor to Cold-War **COCOM**; …; secretariat in Vienna" (holdout 430, bad)
    ):
        return None  # "reports to **President** → …; HQ Prayagraj", "works under the
        # **Ministry of Defence**, HQ New Delhi": not whose seat it is (holdout 290); "Born at
        # **Bretton Woods** conference …; HQ Washington DC" (holdout 699, bad)
    if len(named) == 1 and _a_body(named[0], seat_place, word):
        return named[0]
    return None


def _a_body(name: str, place: str, word: str = "secretariat") -> bool:
    """A body's name: not a country or a state, not the place itself, not a bare year; and
    for a headquarters, not a document (``WADA Code … HQ Montreal`` is WADA's seat; a
    convention's secretariat is its own)."""
    name = name.strip()
    if not name or is_region(name) or name in place or name.isdigit():
        return False
    if name.split()[0] in _PREPOSITIONS:
        return False  # "Under MHA; HQ New Delhi": whose ministry, not a body (holdout 155)
    if name[:1].islower():
        return False  # "Wholly owned **subsidiary of RBI**; HQ Mumbai": a description (451)
    words = name.split()
    if words[0].endswith("ed") and (len(words) == 1 or words[1][:1].islower()):
        return False  # "Constituted on 31 January 1992; HQ New Delhi" (holdout 687, bad)
    if len(words) == 1 and _A_QUALITY.search(name) and is_dictionary_word(name.lower()):
        return False  # "Statutory (PHRA 1993); HQ New Delhi": what it is (holdout 685, bad)
    return word != "headquarters" or not _is_document(name)


#: Endings of an adjective that says what a body is (``Statutory``, ``Constitutional``).
_A_QUALITY = re.compile(r"(?:ory|al|ive|ous)$")


def _is_document(name: str) -> bool:
    """A treaty, act, code … (``Treaty of Versailles``, ``WADA Code``), or a meeting
    (``COP21``, ``MC12``, a summit): no seat of its own."""
    return any(w in _DOCUMENTS for w in name.lower().split()) or _MEETING.search(name) is not None


#: A meeting: a numbered conference of parties or ministers, a summit, a session.
_MEETING = re.compile(r"^(?:COP|CMP|CMA|MOP|MC)\s?\d+\b|\b(?:[Ss]ummit|[Ss]ession|[Mm]eeting)$")


def _draft(unit: Unit, body: str, seat: Seat) -> Draft:
    prompt, answer, aliases = seat_prompt(body, seat)
    return written_question(
        unit,
        "seat",
        prompt,
        answer,
        key_kind="place",
        aliases=aliases,
        marked=any(answer in b for b in unit.bold),
    )


def table_seats(table: Table, context: str, heading: str) -> list[Draft]:
    """A seat question for each row of a table whose cell gives the row's seat (``| BIMSTEC
    | 1997 | …; secretariat Dhaka |``)."""
    drafts = []
    asked: set[tuple[str, ...]] = set()
    for row, line, owner, cell in owned_cells(table):
        found = seat_of_row(owner, cell) if row not in asked else None
        if found is None:
            continue
        asked.add(row)  # one seat per row
        prompt, answer, aliases = seat_prompt(owner, found[1])
        key = f"seat|{heading}|{fold(owner)}"
        drafts.append(
            short_row_draft(
                line,
                f"{context}: {prompt}",
                answer,
                aliases=aliases,
                explanation=f"From the table in the notes: {owner} – {cell}.",
                rule="seat",
                slot="seat",
                fact=key,
                heading=heading,
                id_key=key,
                key_kind="place",
            )
        )
    return drafts
