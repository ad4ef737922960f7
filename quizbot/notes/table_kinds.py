"""What a table's rows share and what tells them apart: the columns that sort the rows into
kinds (``Ocean``: Atlantic; ``Erosional / Depositional``), whether two rows are of one kind,
and whether a row says nothing another row does not say too. The identify and row builders
draw their options by these, so a clue never fits two options and no option is ruled out by
its kind alone."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from quizbot.notes.case_names import VERSUS
from quizbot.notes.labels import STUDY_AID
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


#: A header that says what its cell is not (``Does NOT lie against``), or what its row's
#: name means or is also called (``Literal meaning``, ``Other name``: an alias is no clue).
_NEGATED = re.compile(r"\b(?:not|no|never|except|excluding|without)\b|n't\b", re.IGNORECASE)
_MEANING = re.compile(r"\bmeaning\b|^other names?$", re.IGNORECASE)
#: A header of what became of the row (``Fate in 2018 verdict``, ``Status``): read after its
#: provision, a stilted clue (holdout 426, five weak: "…; Struck down for private use").
_FATE_HEADER = re.compile(r"^(?:fate|status|verdict|outcome)\b", re.IGNORECASE)
#: A header of what sort a row is (``Category``: Deer, Big cat, Canid, Bovid).
_SORT_HEADER = re.compile(r"^(?:category|type|kind|class|group|family|sort)\b", re.IGNORECASE)


def no_clue_column(header: str, col: int, kinds: list[int]) -> bool:
    """Is a column of a row read out by the identify builder no clue? Read without its
    header, what a row is not says the opposite (``Does NOT lie against``); what its name
    means spells it ("we command" of Mandamus); a study aid or what became of the row is no
    clue; and a sort no two rows share names the answer among options of other sorts
    (holdout 518, four bad: "Which species is this: Big cat; …?" among a deer, a dog and
    an ox)."""
    return (
        _NEGATED.search(header) is not None
        or _MEANING.search(header) is not None
        or STUDY_AID.search(header) is not None
        or (col > 1 and _FATE_HEADER.match(header.strip()) is not None)
        or (col not in kinds and _SORT_HEADER.match(header.strip()) is not None)
    )


def alike(other: tuple[str, ...], row: tuple[str, ...], kinds: list[int]) -> bool:
    """Is ``other`` of ``row``'s kind in every column of kinds?"""
    return all(fold(other[col]) == fold(row[col]) for col in kinds)


def _items(cell: str) -> frozenset[str]:
    """A cell's items: ``children <6, PW, LM`` → {children <6, pw, lm}."""
    return frozenset(fold(i) for i in re.split(r"\s*[,;&/]\s*|\s+and\s+", cell) if i.strip())


def fits_another(
    row: tuple[str, ...], rows: list[tuple[str, ...]], header: tuple[str, ...] = ()
) -> bool:
    """Does another row say all that ``row`` says, column by column (``Immunisation |
    children <6, PW | ANM, MO`` beside ``Health check-up | children <6, PW, LM | ANM, MO,
    AWW``, holdout 351: bad)? Then a clue of its cells fits that row too. A column of the
    writer's asides (``NB``, ``Remark``) tells no rows apart: ``Display fabs | 50% of project
    cost | Per-fab ceiling`` beside ``Semiconductor fabs | 50% of project cost, pari-passu |
    …`` (holdout 425, bad: the NB alone separates them)."""
    asides = {i for i, h in enumerate(header) if _ASIDE_HEADER.match(h.strip())}
    mine = [set() if i in asides else _items(c) for i, c in enumerate(row) if i]
    return any(
        other is not row and all(m <= _items(c) for m, c in zip(mine, other[1:], strict=True))
        for other in rows
    )


_ASIDE_HEADER = re.compile(r"(?:nb|notes?|remarks?|comments?)\W*$", re.IGNORECASE)


def names_the_answer(other: tuple[str, ...], answer: str) -> bool:
    """Does another row's cell open on the answer's name (``Doline | sinkhole formed by
    collapse of cave roof`` for Sinkhole, a fresh coach: bad)? That row is a kind of the
    answer, so as an option it is right too; a row that only names it (``Kashi | absorbed
    by Kosala``) is not."""
    name = fold(re.split(r"\s*[/(]", answer)[0]).rstrip("s")
    return len(name) > 3 and any(fold(cell).startswith(name) for cell in other[1:])


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


def says_where(header: str) -> bool:
    """Does a column of kinds say where its rows are (``State``, ``Ocean``)?"""
    return header_kind(header) == "place" or fold(header) in _WATERS


#: Headers of where a thing is that name no place kind of :func:`header_kind`.
_WATERS = frozenset("ocean oceans sea seas basin basins coast hemisphere".split())


def says_whose_side(header: str) -> bool:
    """A column of which side each row was on (``Side``, ``Nationality``): its rows' options
    are of the row's side (holdout 512, bad: a Japanese general among the Allied ones)."""
    return fold(header).strip() in _SIDE_HEADERS


_SIDE_HEADERS = frozenset("side camp allegiance nationality party faction".split())


#: A first column of people (``| Person | Side | Role |``) is not asked: a clue names the famous
#: ("1st President of India"), fits several ("Bihar Congress leader") or is stilted ("Allied;
#: Cdr, 14th Army"). Holdouts 506-514: none of seventeen good, seven bad. Rulers stay.
_PERSONS = re.compile(r"(?:person|people|personality|personalities|who|key people)s?")


def a_column_of_people(header: tuple[str, ...]) -> bool:
    """Is the table's first column one of people (``| Person | … |``, ``| Name | … | Role |``),
    whose rows are not asked "Which person is this: …?" (see :data:`_PERSONS`)?"""
    first = fold(header[0]).strip()
    return bool(_PERSONS.fullmatch(first)) or (
        first == "name" and any("role" in fold(h) for h in header[1:])
    )
