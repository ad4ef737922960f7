"""A table of battles with who won and who was defeated: each battle asked by its loser.

History notes tabulate battles as ``| Battle | Year | Winner | Defeated |``. The row's cells
say in so many words who beat whom where and when, so the row is asked so:

    "Whom did Muhammad Ghori defeat in the Second Battle of Tarain (1192)?"   (Prithviraj
    Chauhan; the other rows' defeated the options)
    "In which year was the Second Battle of Tarain fought?"                    (1192)

A table of wars (``| War | Years | British side | Ended by |``) asks the treaty a row's cell
opens on: "Which treaty ended the Third Anglo-Mysore War (1790–92)?" (Treaty of
Seringapatam; the other rows' treaties the options).

A battle cell that is a place with an ordinal (``Second Tarain``) is said as *the Second
Battle of Tarain*, a bare place (``Chausa``) as *the Battle of Chausa*. The winner is said
without its bracket (``Akbar (regent Bairam Khan)``); a winner cell that is a clause (``Man
Singh, for Akbar``) is not said, and then the loser is asked "Who was defeated in …?". A
column is the winners' or the losers' by its header (*Winner*, *Victor*, *Won by*;
*Defeated*, *Loser*, *Lost*, *Vanquished*). A table that says it another way, ``| Battle |
Year | Between | Result |`` with ``Babur vs Rana Sanga`` and ``Babur wins``, gives the same
two: the side the result names as winning is the winner, the other side the defeated; a
result that names no winner (``Humayun driven into exile``) gives no loser, so no question.
"""

from __future__ import annotations

import dataclasses
import re

from quizbot.notes.case_names import VERSUS
from quizbot.notes.drafts import Context, Draft
from quizbot.notes.hashing import shuffled
from quizbot.notes.names import expansions
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.table_columns import MIN_ROWS, choice_row_draft, row_fact
from quizbot.notes.table_headers import header_kind

_WINNERS = frozenset(("winner", "winners", "victor", "victors", "won by", "victorious"))
_LOSERS = frozenset(("defeated", "loser", "losers", "lost", "vanquished", "defeated side"))
_BATTLES = frozenset(("battle", "battles", "war", "wars"))
_RESULTS = frozenset(("result", "outcome", "results"))
#: ``Babur wins, Mughal rule begins``: the side the result names as winning.
_WINS = re.compile(r"^(?P<side>[^,;]+?)\s+(?:wins|won|victorious|triumphs)\b")
_ORDINAL_PLACE = re.compile(
    r"^(?P<ordinal>First|Second|Third|Fourth|1st|2nd|3rd|4th)\s+(?P<place>.+)$"
)
_ORDINALS = {"1st": "First", "2nd": "Second", "3rd": "Third", "4th": "Fourth"}
_NEAR_YEARS = 10
_YEAR = re.compile(r"^(?:1[0-9]|20)\d\d$|^\d{3}$")
_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
#: A cell that is a clause or several people, not one name.
_NOT_ONE = re.compile(r"[,;/&+]|\band\b|\bfor\b")


def _column(header: tuple[str, ...], names: frozenset[str]) -> int | None:
    found = [i for i, h in enumerate(header) if fold(_BRACKET.sub("", h)).strip(" :") in names]
    return found[0] if len(found) == 1 else None


def battle_name(cell: str) -> str:
    """``Second Tarain`` → ``the Second Battle of Tarain``, ``Chausa`` → ``the Battle of
    Chausa``, ``Battle of Plassey`` → ``the Battle of Plassey``."""
    cell = _BRACKET.sub("", cell).strip()
    if re.search(r"\b(?:Battle|War|Siege)\b", cell):
        return cell if cell.startswith("the ") else f"the {cell}"
    found = _ORDINAL_PLACE.match(cell)
    if found is not None:
        ordinal = _ORDINALS.get(found.group("ordinal"), found.group("ordinal"))
        return f"the {ordinal} Battle of {found.group('place')}"
    return f"the Battle of {cell}"


def battle_questions(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """Who a row's winner defeated, and the year it was fought, for a table of battles; the
    treaty that ended each war, for a table of wars."""
    header = table.header
    if len(header) < 3 or len(table.rows) < MIN_ROWS:
        return []
    if fold(header[0]).strip(" :") in ("war", "wars"):
        return _treaties(table, context, heading)
    if fold(header[0]).strip(" :") not in _BATTLES:
        return []
    won, lost = _column(header, _WINNERS), _column(header, _LOSERS)
    rows = [r for r in table.rows if len(r) == len(header)]
    if lost is not None:
        losers = [_BRACKET.sub("", r[lost]).strip() for r in rows]
        winners = [_BRACKET.sub("", r[won]).strip() if won is not None else "" for r in rows]
    else:
        sides = _by_result(header, rows)
        if sides is None:
            return []
        winners, losers = sides
        lost = _sides_column(header)
    year_col = next(
        (i for i, h in enumerate(header) if fold(h).strip(" :") in ("year", "date", "when")), None
    )
    drafts: list[Draft] = []
    for row, winner, loser in zip(rows, winners, losers, strict=True):
        if not loser or _NOT_ONE.search(loser) or _CLAUSE.search(loser) or not row[0].strip():
            continue
        battle = battle_name(row[0])
        year = row[year_col].strip() if year_col is not None else ""
        dated = f" ({year})" if _YEAR.match(year) else ""
        # the year is asked on its own, so the question of who lost does not print it
        if winner and not _NOT_ONE.search(winner):
            prompt = f"{context}: Whom did {winner} defeat in {battle}?"
        else:
            prompt = f"{context}: Who was defeated in {battle}?"
        fact = row_fact(table, row, heading)
        id_key = f"{fact}|{lost}"
        others = [o for o in dict.fromkeys(losers) if fold(o) != fold(loser)]
        others = [o for o in others if o and not _NOT_ONE.search(o) and not _CLAUSE.search(o)]
        near = _nearest(others, dict(zip(losers, rows, strict=True)), year_col, year)
        drafts.append(
            choice_row_draft(
                table,
                row,
                heading,
                prompt=prompt,
                answer=loser,
                others=near,
                aliases=expansions(loser),
                slot=f"row:{lost}",
                fact=fact,
                id_key=id_key,
                key_kind="person",
            )
        )
        if dated:  # the battle's own date: a fact of its own (rank.OWN_DATE_RULES)
            year_draft = choice_row_draft(
                table,
                row,
                heading,
                prompt=f"{context}: In which year was {battle} fought?",
                answer=year,
                others=[],
                aliases=(),
                slot="row:year",
                fact=fact,
                id_key=f"{fact}|year",
                key_kind="year",
            )
            drafts.append(dataclasses.replace(year_draft, rule="battle-year"))
    return drafts


#: A side that is a phrase, not a name: ``Afghans under Mahmud Lodi`` (typed, no one form).
_CLAUSE = re.compile(r"\s[a-z]{3,}\s")


def _sides_column(header: tuple[str, ...]) -> int | None:
    """The one column whose header says it holds a battle's two sides (``Between``)."""
    found = [i for i, h in enumerate(header) if header_kind(h) == "between"]
    return found[0] if len(found) == 1 else None


def _by_result(
    header: tuple[str, ...], rows: list[tuple[str, ...]]
) -> tuple[list[str], list[str]] | None:
    """Each row's winner and defeated read from a ``Between`` cell (``Babur vs Rana Sanga``)
    and a ``Result`` cell that names the winning side (``Babur wins``); ``""`` for both
    where the result names neither side. ``None`` when the table has no such columns."""
    between, result = _sides_column(header), _column(header, _RESULTS)
    if between is None or result is None:
        return None
    winners, losers = [], []
    for row in rows:
        sides = VERSUS.split(_BRACKET.sub("", row[between]).strip())
        wins = _WINS.match(row[result].strip())
        pair = ("", "")
        if len(sides) == 2 and wins is not None:
            one, other = sides[0].strip(), sides[1].strip()
            winner = fold(wins.group("side"))
            if winner == fold(one):
                pair = (one, other)
            elif winner == fold(other):
                pair = (other, one)
        winners.append(pair[0])
        losers.append(pair[1])
    return winners, losers


_TREATY = re.compile(r"^(?:\*\*)?(?P<treaty>Treaty of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")
_WAR_ORDINAL = re.compile(
    r"^(?P<ordinal>1st|2nd|3rd|4th|First|Second|Third|Fourth)\s+(?P<rest>.+)$"
)


def war_name(cell: str) -> str:
    """``1st Anglo-Mysore`` → ``the First Anglo-Mysore War``."""
    cell = _BRACKET.sub("", cell).strip()
    found = _WAR_ORDINAL.match(cell)
    if found is not None:
        cell = (
            f"{_ORDINALS.get(found.group('ordinal'), found.group('ordinal'))} {found.group('rest')}"
        )
    return f"the {cell}" if re.search(r"\bWar\b", cell) else f"the {cell} War"


def _treaties(table: Table, context: str, heading: str) -> list[Draft]:
    """ "Which treaty ended the Third Anglo-Mysore War (1790–92)?" for each row whose cell
    opens on a treaty (the other rows' treaties the options)."""
    rows = [r for r in table.rows if len(r) == len(table.header)]
    years = next(
        (i for i, h in enumerate(table.header) if fold(h).strip(" :") in ("years", "year", "when")),
        None,
    )
    found: list[tuple[tuple[str, ...], int, str]] = []
    for row in rows:
        for i, cell in enumerate(row[1:], 1):
            opens = _TREATY.match(cell.strip())
            if opens is not None:
                found.append((row, i, opens.group("treaty")))
                break
    treaties = [t for _, _, t in found]
    drafts: list[Draft] = []
    for row, col, treaty in found:
        if treaties.count(treaty) > 1 or not row[0].strip():
            continue
        span = row[years].strip() if years is not None else ""
        dated = f" ({span})" if span and span[:1].isdigit() else ""
        prompt = f"{context}: Which treaty ended {war_name(row[0])}{dated}?"
        fact = row_fact(table, row, heading)
        id_key = f"{fact}|treaty"
        others = [t for t in treaties if t != treaty]
        drafts.append(
            choice_row_draft(
                table,
                row,
                heading,
                prompt=prompt,
                answer=treaty,
                others=shuffled(others, id_key, "d"),
                aliases=(treaty.removeprefix("Treaty of "),),
                slot=f"row:{col}",
                fact=fact,
                id_key=id_key,
                key_kind="agreement",
            )
        )
    return drafts


def _nearest(
    others: list[str], row_of: dict[str, tuple[str, ...]], year_col: int | None, year: str
) -> list[str]:
    """The other rows' defeated within a decade, those of the nearest years first: a ruler
    of another generation, perhaps dead by then, is no trap (Dara Shikoh for Haldighati,
    1576; Rana Sanga, dead in 1528, for Chausa, 1539: a coach's weak)."""
    if year_col is None or not _YEAR.match(year):
        return others

    def gap(other: str) -> int:
        cell = row_of[other][year_col].strip()
        return abs(int(cell) - int(year)) if _YEAR.match(cell) else 10_000

    # a ruler of three centuries later is no trap (Humayun for Tarain, 1192): with too few
    # near ones the question is typed
    return sorted((o for o in others if gap(o) <= _NEAR_YEARS), key=gap)
