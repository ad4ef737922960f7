"""The forms a table row's answer is accepted in, and whether a cell would give it away: a
cell's own other forms (``CMS (Bonn Convention)``, ``Kesari / Mahratta``), the row's other
names in the table (the code a ``vitamin C`` answer was written as, its chemical name), and
a cell that shares a word with the answer (:mod:`~quizbot.notes.table_rows`)."""

from __future__ import annotations

import re

from quizbot.notes.case_names import first_party
from quizbot.notes.names import expansions
from quizbot.notes.outline import Table
from quizbot.notes.phrases import BRACKET, content_words, fold, trailing_paren
from quizbot.notes.table_names import is_name_header
from quizbot.text.stem import stem


def row_other_names(table: Table, row: tuple[str, ...], col: int, answer: str) -> list[str]:
    """The row's other names the table gives: the code a ``vitamin C`` answer was written
    as, and a name column's cell (``ascorbic acid`` of a ``Chemical name`` column)."""
    names = [row[col]] if row[col] != answer else []
    names += [
        BRACKET.sub("", row[i]).strip()
        for i, h in enumerate(table.header)
        if i != col and is_name_header(h) and "," not in row[i]
    ]
    return [n for n in names if n]


def cell_aliases(cell: str) -> list[str]:
    """``CMS (Bonn Convention)`` → ``CMS``, ``Bonn Convention``; ``Kesari / Mahratta`` →
    either, or both; shorthand spelled out."""
    forms = expansions(cell)
    if " / " in cell:  # "Kesari / Mahratta": either paper is the answer, or both
        parts = [p.strip() for p in cell.split(" / ")]
        forms += [*parts, " and ".join(parts)]
    party = first_party(cell)
    if party is not None:
        forms.append(party)  # "Kesavananda Bharati v State of Kerala"
    paren = trailing_paren(cell)
    if paren and paren.start() > 0:
        inside = paren.group(0).strip()[1:-1].strip()
        base = cell[: paren.start()].strip()
        forms += [base, *expansions(base)]
        provision = re.match(r"(?:Art|Article|Entry|Sec|Section|Schedule)\b", base)
        # "Art. 45 (DPSP)": the bracket is its kind, no other name; a lower-case bracket is
        # a remark ("Mekedatu (proposed)", holdout 186), never an answer; nor is a case's
        # court ("Kameshwar Singh (Patna HC)", holdout 325)
        court = re.search(r"\b(?:HC|SC|Court)$", inside)
        named = inside[:1].isupper() and not any(ch.isdigit() for ch in inside)
        if named and not provision and not court and cited_source(cell) is None:
            forms.append(inside)
    return list(dict.fromkeys(f for f in forms if fold(f) != fold(cell)))


#: Sources a writer cites in a bracket (``Mahendragiri (NCERT)``, holdout 678, bad: "NCERT"
#: taken as the peak's other name).
_SOURCES = frozenset("ncert pib laxmikanth spectrum iucn unesco who imf".split())


def cited_source(cell: str) -> str | None:
    """The source a cell's closing bracket cites (``NCERT`` of ``Mahendragiri (NCERT)``)."""
    paren = trailing_paren(cell)
    inside = paren.group(0).strip()[1:-1].strip() if paren else ""
    return inside if fold(inside) in _SOURCES else None


def shares_a_word(cell: str, answer: str) -> bool:
    """Does a cell share a word (or its stem: ``warrant`` and ``warranto``) with the answer
    or its other forms?"""
    return shared_words(cell, answer) > 0


def shared_words(cell: str, answer: str) -> int:
    """How many of a cell's words (or their stems) the answer or its other forms say."""
    mine = content_words(answer) | {w for a in cell_aliases(answer) for w in content_words(a)}
    stems = {stem(w)[:5] for w in mine if len(w) >= 5}
    return sum(w in mine or (len(w) >= 5 and stem(w)[:5] in stems) for w in content_words(cell))
