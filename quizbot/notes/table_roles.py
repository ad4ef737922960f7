"""A table row's person asked by the row's thing (split from
:mod:`~quizbot.notes.table_attributes`).

A column of who chaired, led, founded or wrote each row's thing is asked of the row's first
cell (``| Union Powers Committee | Jawaharlal Nehru | … |`` under ``Committee | Chairman``
→ "Who chaired the Union Powers Committee?"), even where the first cell is too long to be a
key itself; two rows may share their person. A column of places under a heading that names
an event asks who led the event there (``| Malabar | K. Kelappan |`` under *Civil
Disobedience Movement* → "Who led the Civil Disobedience Movement in Malabar?").
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft
from quizbot.notes.event_words import RECURRING
from quizbot.notes.fragments import shorthand_mark
from quizbot.notes.grammar import OFFICES, PEOPLES, a_bare_role, with_the
from quizbot.notes.names import NAME_JOINERS, expansions
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.shorthand import write_out
from quizbot.notes.table_columns import (
    asked_of_row,
    said_name,
    year_cell,
)
from quizbot.notes.table_headers import header_kind
from quizbot.notes.timeline_dates import YEARS_IN_HEADING
from quizbot.notes.zones import is_state_or_region
from quizbot.text.names import is_region, names_a_region
from quizbot.text.numbers import ORDINALS

_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*$")


#: A column header that says who did what to the row's thing → the verb a question asks by.
_ROLES = {
    "chairman": "chaired",
    "chair": "chaired",
    "chairperson": "chaired",
    "chaired by": "chaired",
    "head": "headed",
    "headed by": "headed",
    "leader": "led",
    "led by": "led",
    "founder": "founded",
    "founded by": "founded",
    "author": "wrote",
    "written by": "wrote",
    "writer": "wrote",
    "built by": "built",
    "planned by": "planned",
    "presided by": "presided over",
    "presided over by": "presided over",
    "suppressed by": "suppressed",
    "president": "presided over",
    "inventor": "invented",
    "invented by": "invented",
    "discoverer": "discovered",
    "discovered by": "discovered",
    "developer": "developed",
    "developed by": "developed",
    "maker": "developed",
    "made by": "developed",
    "compiled by": "compiled",
    "composer": "composed",
    "composed by": "composed",
    "designer": "designed",
    "designed by": "designed",
    "architect": "designed",
    "painter": "painted",
    "painted by": "painted",
}
#: A ``President`` column is who presided only where the first column names the meetings
#: (``| Council | … | President |``), never a country's or a body's head.
_MEETINGS = frozenset("council councils session sessions conference conferences congress".split())
#: A first column of places (``Centre``) under a heading that names an event: each row is
#: where the event was ("Who led the Revolt of 1857 at Lucknow?").
_WHERE_HEADERS = frozenset("centre center place city site region area".split())
_EVENTS = frozenset(
    "revolt mutiny rebellion uprising rising movement war satyagraha struggle".split()
)


#: A dynasty named by its people: "Chandelas", "the Cholas".
_DYNASTY = re.compile(r"^(?:the\s+)?[A-Z][a-z]+s$")
_PERSON_CELL = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:&|and)?\s*[A-Z][\w.'’-]*){0,4}$")


def role_columns(table: Table) -> list[int]:
    """The columns that say who chaired, led, founded, wrote or suppressed each row's thing
    (never the first, which names the thing): ``Indian leader(s)`` and ``British officer(s)
    who suppressed it`` of a table of the revolt's centres."""
    found = []
    for col, header in enumerate(table.header[1:], 1):
        role = _role(header)
        if role == "president" and fold(table.header[0]).strip(" :") not in _MEETINGS:
            # "| Country | President |": a head of state; "| Year | Place | President |" of
            # INC sessions is asked where each was held (the row builder)
            continue
        if role in _ROLES:
            found.append(col)
    return found


def secondary_role(header: str) -> bool:
    """Is the column's role one a row's own fact comes before (who made or compiled it)?"""
    return _ROLES.get(_role(header)) in ("developed", "compiled")


def _role(header: str) -> str:
    """A column's header as :data:`_ROLES` names it (``Founder (trad.)`` → ``founder``,
    ``Indian leader(s)`` → ``leader``; ``founder/editor`` is either, so neither)."""
    said = fold(_BRACKET.sub("", header.replace("(s)", ""))).strip(" :")
    if said not in _ROLES and re.search(r"\bwho suppressed\b", said):
        return "suppressed by"  # "British officer(s) who suppressed it"
    role, slash, kind = (p.strip() for p in said.partition("/"))
    if role in _ROLES and kind in ("type", "kind", "genre", "nature"):
        return role  # "Author / type": an author, where the cell is a person
    if slash:
        return said  # "Area / Leader": a place or a leader by turns (holdout 746, bad: "Who
        # led the Ho revolt?" = Singhbhum)
    if said not in _ROLES and said.split() and said.split()[-1] in _ROLES:
        return said.split()[-1]  # "Indian leader": the leader
    return said


#: A remark that sets a row apart from the table's event (``guerrilla, not non-violent``).
_APART = re.compile(r"\b(?:not|but|unlike|outside|separate|apart)\b", re.IGNORECASE)
#: Headers of a column that says when or how a row ended, not what it was (holdout 253).
_NO_THING = frozenset("year years date outcome result results remarks note notes impact".split())


def role_question(
    table: Table,
    row: tuple[str, ...],
    col: int,
    name_col: int,
    context: str,
    heading: str,
    ctx: Context,
) -> Draft | None:
    """ "Who chaired the Union Powers Committee?" for a row of a table whose ``col`` (see
    :func:`role_columns`) says who did what to the row's thing, or ``None``."""
    verb = _ROLES[_role(table.header[col])]
    answer = _BRACKET.sub("", row[col]).strip()  # "Gautama (Akshapada)": his other name
    # a builder's bracket is his dynasty ("Krishna I (Rashtrakuta)"), not another name
    # a maker's bracket is its city ("Gennova (Pune)"), not another name of it
    other = None if verb in ("built", "developed", "compiled") else _BRACKET.search(row[col])
    said = _BRACKET.search(table.header[col])
    if said and said.group(1).lower().rstrip("s") in _NOT_NAMES:
        other = None  # "Founder (text)" over "Patanjali (Yoga Sutra)": his text (holdout 222)
    others = _other_names(other.group(1)) if other else []
    if others is None or not _PERSON_CELL.match(answer):
        return None
    if a_bare_role(answer):
        return None  # "| Inter-State Water Disputes Tribunal | … | Judge |": whose chair?
    led_a_country = is_region(_BRACKET.sub("", row[name_col]).strip()) or fold(
        table.header[name_col]
    ).startswith(("country", "colony", "nation", "state"))
    to_freedom = ""
    event = _event(table.header[name_col], " › ".join(table.headings))
    if verb == "led" and led_a_country and not event:
        # "Who led Philippines?": led to what? To independence, when the table dates it (a
        # movement's region is led in that movement: "… the Civil Disobedience Movement in …")
        year = _independence_year(table, row)
        if year is None:
            return None
        to_freedom = f" to independence ({year})"
    # "the Yoga darshana", not "Yoga" (the practice): the column's noun when the name has none
    cell = _BRACKET.sub("", row[name_col]).strip()
    if re.fullmatch(r"(?:c\.\s?)?[\d–—/ -]+", cell) or fold(table.header[name_col]) in _NO_THING:
        return None  # "Who led the 1297–98 year?", "… the Prince Muhammad killed outcome?"
    if fold(cell) in _LEVELS or fold(cell) in _COMPASS:
        return None  # "Who headed District?", "… the South direction?" (holdout 224)
    if not (cell[:1].isupper() or cell[:1].isdigit()):
        return None  # "first one", "covers 2026–31": a remark, no name of the row's thing
    if sum(fold(_BRACKET.sub("", r[name_col]).strip()) == fold(cell) for r in table.rows) > 1:
        return None  # "Bengal" on three rows of leaders: which one's, the question cannot say
    if not event and verb == "led" and header_kind(table.header[name_col]) == "place":
        return None  # "Who led the Madras?": a place is where, not what was led
    if event and re.search(r"&|/|,|\band\b", cell):
        return None  # "Allahabad & Banaras": which centre the leader's is, the row does not say
    if event and any(_APART.search(c) for i, c in enumerate(row) if i not in (col, name_col)):
        # "| Andhra (Gudem hills) | Alluri Sitarama Raju | guerrilla, not non-violent |": he
        # led a revolt beside the movement, not the movement there (holdout 280, bad)
        return None
    named: str | None = event
    place = cell  # "the Revolt of 1857" at "Lucknow"
    deed = fold(table.header[name_col]).strip(" :") in _DEED_HEADERS  # "| Invention | Inventor |"
    if deed:
        named = ctx.lower_name(cell)  # "the spinning jenny", never "… jenny invention"
        head = re.split(r" (?:for|of|in|to) ", fold(named))[0].split()[-1]
        counted = fold(table.header[name_col]).startswith(("invention", "design"))
        if counted and named[:1].islower() and head not in _MATERIALS:
            named = f"the {named}"  # "coke-smelted iron" takes none; "penicillin" neither
    elif not event:
        # "Union Powers / Union Constitution / States", "Rules of Procedure; Steering": one
        # chair of each, the first asked ("Who chaired the Union Powers committee?"), never
        # the cell pasted whole (holdout 326, weak)
        first = re.split(r"\s+/\s+|;\s+", cell)[0]
        named = said_name(first, table.header[name_col])
        place = next(
            (c for h, c in zip(table.header, row, strict=True) if header_kind(h) == "place" and c),
            "",
        )
    spelled = (
        _spelled_by(table.header[name_col], " › ".join(table.headings))
        or _spelled_by(table.header[name_col], table.caption)  # "The Finance Commission …"
        or _series(cell, table.header[name_col], heading)
    )
    if spelled and named is not None:  # "14th" of an "FC" column: the 14th Finance Commission
        named = f"{cell} {spelled}"
    thing = write_out(named or "", ctx.legend)
    dated = re.search(r"\((1[5-9]\d\d|20\d\d)\)\s*$", row[name_col])
    # an event of a name that recurs says its years (Rampa, 1879 or 1922–24; the Calcutta
    # session, 1886 or 1906); a body's name is its own ("the Union Powers Committee")
    held_again = bool(RECURRING.search(thing))
    recurs = held_again or (
        thing.split()[-1:] and fold(thing.split()[-1]) in _EVENTS | {"revolution"}
    )
    when = dated.group(1) if dated else year_cell(table, row) if recurs else None
    if held_again and not when:
        return None
    founded_state = verb == "founded" and fold(table.header[name_col]).strip(" :") in _STATES
    if founded_state and thing and thing[:1].isupper():
        # "Who founded Hyderabad?" asks of the city (Quli Qutb Shah's), not the state of 1724
        # whose table it is (holdout 318, weak)
        thing = f"the {fold(table.header[name_col]).strip(' :')} of {thing}"
        when = when or year_cell(table, row)
    if thing and when and when not in thing and not to_freedom:
        thing = f"{thing} ({when})"  # "the Chinese revolution (1911)": 1911 or 1949?
    if to_freedom and thing.endswith("s") and not thing.endswith("ss"):
        thing = f"the {thing}"  # "the Philippines", "the Maldives"
    if not thing or "," in thing or shorthand_mark(thing) or re.search(r"\bAct\b", thing):
        return None  # "Who chaired Delimitation Act 2002?": an act is chaired by no one
    if fold(answer.split()[-1]) in fold(thing).split():
        return None  # "GVK Rao Committee": the committee is named after its chair
    at = (
        f" {_at_or_in(place, table.header[name_col])} {place}"
        if place and not set(fold(place).split()) & set(fold(thing).split())
        else ""
    )
    who = "Which dynasty" if verb == "built" and _DYNASTY.match(answer) else "Who"
    if re.search(r"\s(?:&|and)\s", answer):
        who = "Which two people"  # "Edwin Lutyens & Herbert Baker": both are the answer
    return asked_of_row(
        table,
        row,
        heading,
        f"{context}: {who} {verb} {with_the(thing)}{at}{to_freedom}?",  # "the Sun Temple at …"
        answer,
        aliases=[*expansions(answer), *others],
        slot=f"row:{col}",
        key_kind="person",
    )


#: A bracket that qualifies who did it, so the row is not asked bare ("Rudradeva
#: (independent c. 1163)", "Vyasa (trad.)").
_HEDGED = re.compile(r"\d|\b(?:trad|traditionally|attributed|disputed|legend|probably|prob)\b")


def _other_names(bracket: str) -> list[str] | None:
    """The other names a person cell's bracket gives (``Kautilya (Chanakya / Vishnugupta)``),
    none when it says something else of him (his office ``PM``, a remark ``later drama``,
    ``Greek envoy``, his faith ``Jain``), or ``None`` when it qualifies the deed."""
    if _HEDGED.search(bracket):
        return None
    words = bracket.split()
    if (
        bracket.isupper()
        or fold(bracket) in OFFICES  # "Patrice Lumumba (PM)": his office
        or fold(bracket) in PEOPLES
        or any(w[:1].islower() and w not in NAME_JOINERS for w in words)
        or names_a_region(bracket)  # "Raja Chakradhar Singh (Chhattisgarh)" (holdout 522)
    ):
        return []  # "(son Birjis Qadir made Nawab)", "(Greek envoy)": a remark, a place
    names = [n.strip() for n in bracket.split("/")]
    return names if all(_PERSON_CELL.match(n) for n in names) else None


#: A first column that names what its role column's person did (``Invention``): its rows
#: are things, asked without the column's noun.
_DEED_HEADERS = frozenset(
    "invention inventions discovery discoveries design designs painting paintings".split()
)


#: Levels of government a table's first column can name (``| District | DLSA | … |``).
_LEVELS = frozenset(
    "national central union centre state district taluk tehsil block village local".split()
)
#: What a role column's header may say its cells' brackets hold: no other name of the person.
_NOT_NAMES = frozenset("text work book dynasty kingdom place region state capital party".split())
_COMPASS = frozenset("north south east west north-east north-west south-east south-west".split())
#: Mass nouns an invention can be (``coke-smelted iron``): said without an article.
_MATERIALS = frozenset("iron steel glass rubber paper cement plastic nylon dynamite".split())


def _at_or_in(place: str, header: str) -> str:
    """A town is where something happened *at*; a region, a state or a district *in*
    (``Malabar`` of a *Region* column, ``NWFP``, ``Bengal (Nadia)``, ``Surat dist.,
    Gujarat``: holdout 314 asked "Who led the Eka movement at Awadh …?")."""
    regions = fold(header).strip(" :") in ("region", "area", "state", "province")
    bare = _BRACKET.sub("", place).strip()  # "Bengal (Nadia)", "Surat dist., Gujarat"
    widest = bare.rsplit(",", 1)[-1].strip()
    inner = _BRACKET.search(place)
    # "Awadh (Hardoi, Bahraich)": a region of the places named; "Ellora (Maharashtra)": a
    # town of its state
    within = inner is not None and not is_state_or_region(inner.group(1).split(",")[0].strip())
    wide = (
        within or is_state_or_region(bare) or is_state_or_region(widest) or _DISTRICT.search(bare)
    )
    return "in" if regions or wide or place.isupper() else "at"


#: A district named as a place: ``Surat dist.``, ``Champaran district``.
_DISTRICT = re.compile(r"\bdist(?:rict\b|\.)", re.IGNORECASE)


#: Name headers of a table of states its founders are asked of.
_STATES = frozenset(("state", "kingdom", "principality", "sultanate"))


#: A region an event's name places it in (``Revolt in Bundelkhand``).
_IN_A_REGION = re.compile(r"\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$")


def _event(header: str, heading: str) -> str:
    """The event a column of places is the centres of (``Centre`` under ``1. Revolt of
    1857`` → ``Revolt of 1857``), or ``""``."""
    if fold(_BRACKET.sub("", header)).strip(" :") not in _WHERE_HEADERS:
        return ""
    for part in reversed(heading.split(" › ")):  # "Revolt of 1857 › Centres": the note's
        last = YEARS_IN_HEADING.sub("", re.sub(r"^\d+\.\s*", "", part)).strip()  # "(1930–34)"
        # "Dandi March & the Salt Satyagraha": one event of two; "Spread of the movement"
        # names none (holdout 515, weak: "Who led the Spread of the movement in NWFP?")
        for piece in re.split(r"\s+(?:&|and)\s+", last):
            piece = re.sub(r"^the\s+", "", piece.strip())
            named = {fold(w) for w in piece.split() if w[:1].isupper()}
            if named & _EVENTS and len(piece.split()) <= 5 and not re.search("[–—:]", piece):
                # "1857 Revolt in Bundelkhand": each row's centre is its place, not the
                # heading's region (holdout 525, three bad: "… in Bundelkhand at Kanpur")
                return _IN_A_REGION.sub("", piece)
    return ""


def _spelled_by(header: str, heading: str) -> str:
    """The words of the section's heading an acronym header spells (``FC`` under *Finance
    Commission*), or ``""``."""
    acronym = header.strip()
    if not (2 <= len(acronym) <= 5 and acronym.isalpha() and acronym.isupper()):
        return ""
    for part in reversed(heading.split(" › ")):  # the nearest heading first, then the title
        words = part.split()
        for start in range(len(words) - len(acronym) + 1):
            run = words[start : start + len(acronym)]
            if "".join(w[:1] for w in run) == acronym:
                return " ".join(run)
    return ""


def _series(cell: str, header: str, heading: str) -> str:
    """The series an ordinal cell numbers, from the heading (``3rd`` of a ``Council`` column
    under *Buddhist councils* → ``Buddhist Council``), or ``""``."""
    if not _ORDINAL_CELL.match(cell.strip()):
        return ""
    words = heading.split(" › ")[-1].split()
    if words and (fold(words[0]) in ORDINALS or _ORDINAL_CELL.match(words[0])):
        words = words[1:]  # "Fourth Buddhist Council" over all four: "the 1st Fourth …" (h. 368)
    noun = fold(header).strip(" :")
    if len(words) < 2 or len(words) > 3 or fold(words[-1]).rstrip("s") != noun.rstrip("s"):
        return ""
    return " ".join([*words[:-1], header.strip().rstrip("s")])


_ORDINAL_CELL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")


def _independence_year(table: Table, row: tuple[str, ...]) -> str | None:
    """The year of a row's independence column (``Independence | 6 Mar 1957``), or
    ``None``."""
    for header, cell in zip(table.header, row, strict=False):
        if "independence" in fold(header):
            found = re.search(r"\b(?:1[5-9]|20)\d\d\b", cell)
            return found.group(0) if found else None
    return None
