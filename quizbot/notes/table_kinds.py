"""What a table's rows share and what tells them apart: the columns that sort the rows into
kinds (``Ocean``: Atlantic; ``Erosional / Depositional``), whether two rows are of one kind,
and whether a row says nothing another row does not say too. The identify and row builders
draw their options by these, so a clue never fits two options and no option is ruled out by
its kind alone."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from quizbot.notes.case_names import VERSUS
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.table_columns import is_empty_cell
from quizbot.notes.table_fits import rows_of
from quizbot.notes.table_headers import header_kind

#: Words a cell of a column of kinds may have (``Atlantic``, ``Cold``).
_KIND_WORDS = 2
_DIGIT = re.compile(r"\d")


def kind_columns(rows: list[tuple[str, ...]], skip: Iterable[int] = (0,)) -> list[int]:
    """The columns (but those in ``skip``, the asked one) whose cells sort the rows into
    kinds: short values two rows share (``Ocean``: Atlantic; dashes are no value)."""
    kinds = []
    for col in range(len(rows[0])):
        if col in skip:
            continue
        said = [fold(r[col]) for r in rows if not is_empty_cell(r[col])]
        short = all(len(c.split()) <= _KIND_WORDS for c in said)
        if short and len(set(said)) < len(said):
            kinds.append(col)
    return kinds


def alike(other: tuple[str, ...], row: tuple[str, ...], kinds: list[int]) -> bool:
    """Is ``other`` of ``row``'s kind in every column of kinds?"""
    return all(fold(other[col]) == fold(row[col]) for col in kinds)


def not_ruled_out(
    rows: list[tuple[str, ...]], row: tuple[str, ...], col: int, stem: str
) -> set[str]:
    """The key cells of the rows a stem's clues do not rule out: when the stem states a cell
    that other rows share (``flows into the Arabian Sea`` of a ``Falls into`` column), a
    distractor must share it too, or the stem alone rules it out (an east-flowing river among
    the options of "Which river … flows into the Arabian Sea?")."""
    folded = fold(stem)
    kept = {r[col] for r in rows}
    for i, cell in enumerate(row):
        if i == col or not cell or fold(cell) not in folded:
            continue
        same = {r[col] for r in rows if fold(r[i]) == fold(cell)}
        if len(same) > 1:  # a value rows share: an attribute, not a name of this row alone
            kept &= same
    return kept


def of_its_kind(table: Table, row: tuple[str, ...], col: int, others: list[str]) -> list[str]:
    """Of ``others``, the keys of the rows of ``row``'s kind in every column of kinds: no
    erosional hollow among the options of "Which landform rises up from cave floor?" (a
    depositional one, holdout 350). A column of years or of places sorts nothing: two
    conventions of 1992, two passes of Sikkim are rows of any kind."""
    rows = rows_of(table)
    kinds = [
        k
        for k in kind_columns(rows, skip=(col,))
        if header_kind(table.header[k]) != "place" and not any(_DIGIT.search(r[k]) for r in rows)
    ]
    by_key = {r[col]: r for r in rows}
    keys = [r[col] for r in rows]
    return [
        o
        for o in others
        if (o not in by_key or alike(by_key[o], row, kinds)) and same_side(o, row[col], keys)
    ]


#: A case's name: one party versus another (``Charan Lal Sahu v UoI``), or a name of capitals
#: (``Keisham Meghachandra Singh``); not ``UoI curative petition`` nor ``Bhopal CJM court``.
_A_CASE = re.compile(
    rf".*{VERSUS.pattern}.*|(?:[A-Z][\w.'’-]*|of|and|the|re)(?:\s+(?:[A-Z][\w.'’-]*|of|and|the|re))*"
)


def same_side(other: str, answer: str, keys: Sequence[str]) -> bool:
    """In a column of cases (some key is "X v Y"), are ``other`` and ``answer`` both cases or
    neither? "UoI curative petition" and "Bhopal CJM court" among cases stand out (holdout
    462, bad); elsewhere every key is on one side."""
    if not any(VERSUS.search(k) for k in keys):
        return True
    return bool(_A_CASE.fullmatch(other)) == bool(_A_CASE.fullmatch(answer))
