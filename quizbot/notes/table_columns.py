"""Which columns of a table name its rows (the key a row question asks for, or the name a
question about a row's other cells says it by), and what every row question shares: the
row's fact key, its explanation and its short-answer draft (:mod:`~quizbot.notes.table_rows`,
:mod:`~quizbot.notes.table_attributes`, :mod:`~quizbot.notes.table_cells`,
:mod:`~quizbot.notes.seats`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from quizbot.bank.model import Mcq, Short
from quizbot.notes.drafts import Draft
from quizbot.notes.grammar import BRACKET_AT_END
from quizbot.notes.hashing import pick, shuffled
from quizbot.notes.names import KIND_WORDS, NAME_KIND_WORDS
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.shorthand import write_out

#: Words a key cell may have at most.
KEY_WORDS = 5
#: An ordinal cell: the name of an amendment, a plan, a session in its series.
_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
#: Rows a table needs for its rows to be asked.
MIN_ROWS = 3


#: First headers of a table that compares two things point by point (``| Point | President
#: | Vice-President |``): its rows are aspects, not things a question can name.
_COMPARISON = frozenset(
    "point points basis aspect aspects feature features parameter parameters criterion "
    "criteria item particulars".split()
)


def is_comparison(table: Table) -> bool:
    """Does the table compare its columns row by row (see :data:`_COMPARISON`)?"""
    return fold(table.header[0]).strip(" :") in _COMPARISON if table.header else False


#: An amount: ``~$111 bn``, ``₹2 lakh``, ``≈ 45 crore``.
_AMOUNT = re.compile(r"^[~≈]?\s*[$₹€£]\s*\d")


def name_columns(table: Table) -> list[int]:
    """The columns that name things (short cells, not numbers, mostly distinct), at most
    two."""
    found = []
    for col in range(len(table.header)):
        cells = [r[col] if col < len(r) else "" for r in table.rows]
        if not all(cells):
            continue
        figures = sum(
            sum(ch.isdigit() for ch in c) * 2 >= len(c.replace(" ", ""))
            or _AMOUNT.match(c) is not None
            for c in cells
            if not CODE_NAME.fullmatch(c)  # "B12" of a Vitamin column names a vitamin
        )
        if not all(_ORDINAL.match(c) for c in cells) and figures * 4 > len(cells):
            # figures, not names (one name in four may be a figure: "G20" among groupings); a
            # column of ordinals ("21st", "92nd") names amendments
            continue
        if sum(len(c.split()) > KEY_WORDS for c in cells) * 4 > len(cells):
            continue  # one long name in four is the row's (it is not asked), not the column's
        if len({fold(c) for c in cells}) * 3 < len(cells) * 2:
            continue
        found.append(col)
    return found[:2]


#: Words of a cell that says nothing.
_NOTHING = frozenset(("na", "n/a", "none", "nil"))


def is_empty_cell(cell: str) -> bool:
    """Does a cell say nothing (empty, a dash, ``?``, ``n/a``, ``nil``, ``none (known via
    Plato)``: what its bracket adds is of no column's kind)?"""
    said = fold(cell).strip()
    return not said.strip("-–—? ") or BRACKET_AT_END.sub("", said) in _NOTHING


#: What every row's fact opens with.
ROW_FACT = "row|"


def row_fact(table: Table, row: tuple[str, ...], heading: str) -> str:
    """The fact a row is (its questions are ranked against each other by it)."""
    return f"{ROW_FACT}{heading}|{fold(' | '.join(table.header))}|{fold(' | '.join(row))}"


def row_explanation(table: Table, row: tuple[str, ...]) -> str:
    """``From the table in the notes: Institute: INCOIS; Place: Hyderabad.``"""
    said = "; ".join(f"{h}: {c}" for h, c in zip(table.header, row, strict=True) if c)
    return f"From the table in the notes: {said}."


def short_row_draft(
    line: int,
    prompt: str,
    answer: str,
    *,
    aliases: Iterable[str],
    explanation: str,
    rule: str,
    slot: str,
    fact: str,
    heading: str,
    id_key: str,
    key_kind: str,
) -> Draft:
    """A short-answer question asked of the table row on ``line``."""
    return Draft(
        Short,
        {
            "prompt": prompt,
            "answer": answer,
            "aliases": tuple(aliases),
            "explanation": explanation,
        },
        rule,
        slot,
        answer,
        fact,
        heading,
        line,
        id_key=id_key,
        key_text=answer,
        key_kind=key_kind,
    )


def asked_of_row(
    table: Table,
    row: tuple[str, ...],
    heading: str,
    prompt: str,
    answer: str,
    *,
    aliases: Iterable[str],
    slot: str,
    key_kind: str,
    line: int | None = None,
) -> Draft:
    """A short answer asked of a row as the row's own fact, its id keyed by ``slot``
    (``row:1`` → ``…|1``, ``article:0`` → ``…|article:0``)."""
    fact = row_fact(table, row, heading)
    return short_row_draft(
        table.row_lines[table.rows.index(row)] if line is None else line,
        prompt,
        answer,
        aliases=aliases,
        explanation=row_explanation(table, row),
        rule="row",
        slot=slot,
        fact=fact,
        heading=heading,
        id_key=f"{fact}|{slot.removeprefix('row:')}",
        key_kind=key_kind,
    )


def cell_draft(
    table: Table,
    row: tuple[str, ...],
    col: int,
    heading: str,
    *,
    prompt: str,
    answer: str,
    aliases: Iterable[str],
    key_kind: str,
    asked_as: str,
) -> Draft:
    """A short answer on one cell of a row, a fact of its own beside the row's other
    questions (``asked_as`` names the builder in the id: "figure", "agency")."""
    fact = row_fact(table, row, heading)
    return short_row_draft(
        table.row_lines[table.rows.index(row)],
        prompt,
        answer,
        aliases=[a for a in dict.fromkeys(aliases) if a != answer],
        explanation=row_explanation(table, row),
        rule="row",
        slot=f"row:{col}",
        fact=f"{fact}|{col}",
        heading=heading,
        id_key=f"{fact}|{asked_as}:{col}",
        key_kind=key_kind,
    )


def choice_row_draft(
    table: Table,
    row: tuple[str, ...],
    heading: str,
    *,
    prompt: str,
    answer: str,
    others: list[str],
    aliases: Iterable[str],
    slot: str,
    fact: str,
    id_key: str,
    key_kind: str,
    odds: tuple[str, ...] = ("short", "mcq"),
    marked: bool = False,
) -> Draft:
    """A row question asked as a choice among the first three of ``others`` (ranked: the
    nearest rows first, or shuffled) when there are three and ``odds`` picks it, else typed
    with ``aliases`` accepted."""
    fields: dict[str, object]
    cls: type[Short] | type[Mcq] = Short
    if len(others) >= 3 and pick(odds, id_key) == "mcq":
        cls = Mcq
        options = shuffled([answer, *others[:3]], id_key, "o")
        fields = {"prompt": prompt, "options": tuple(options), "answer": answer}
    else:
        accepted = tuple(a for a in dict.fromkeys(aliases) if fold(a) != fold(answer))
        fields = {"prompt": prompt, "answer": answer, "aliases": accepted}
    return Draft(
        cls,
        {**fields, "explanation": row_explanation(table, row)},
        "row",
        slot,
        answer,
        fact,
        heading,
        table.row_lines[table.rows.index(row)],
        id_key=id_key,
        key_text=answer,
        key_kind=key_kind,
        marked=marked,
    )


def owned_cells(table: Table) -> Iterator[tuple[tuple[str, ...], int, str, str]]:
    """Each (row, its line, the row's name without a closing bracket, one of its other
    cells) of a table whose rows a column names: what a question on a cell is asked of
    (``| CBD | 1992 | … Nagoya Protocol (2010, …) |`` is the CBD's)."""
    if len(table.rows) < MIN_ROWS:
        return
    columns = name_columns(table)
    if not columns:
        return
    col = columns[0]
    for row, line in zip(table.rows, table.row_lines, strict=True):
        if len(row) != len(table.header):
            continue
        owner = re.sub(r"\s*\([^()]*\)\s*$", "", row[col]).strip()
        for i, cell in enumerate(row):
            if i != col:
                yield row, line, owner, cell


#: A bracket closing a table's name cell: a year, a short form, a status (``Tarapur (1969)``,
#: ``Rawatbhata (RAPS)``, ``Jaitapur (proposed)``).
_CELL_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*$")
#: Headers of peoples and houses, whose names end in -s (``Kakatiyas``); "Banaras" of a
#: ``Session`` column is a place (holdout 306: "Who presided over the Banaras?").
_PEOPLES_HEADERS = frozenset(
    "dynasty dynasties people peoples tribe tribes clan house kingdom".split()
)
#: Column headers too general to name a row's kind (``the Tarapur plant``, never ``the
#: Tarapur name``).
_NO_KIND_HEADERS = frozenset(
    "name names item items place places thing entity city town village capital country "
    "state source text work book title".split()
)


#: A row named by a letter or a code (``C``, ``B12``, ``A1``, ``EF4``): its column's noun
#: goes first; two capitals with no number are a name (``UK`` of an ``Actor`` column, holdout
#: 584, bad: "actor UK").
CODE_NAME = re.compile(r"[A-Z]\d{0,2}|[A-Z]{2}\d{1,2}")


def coded_name(cell: str, header: str) -> str:
    """A row's name as an answer: a letter or a code with its column's noun ("vitamin C"
    of a ``Vitamin`` column), any other cell as it is."""
    noun = fold(header).strip(" :")
    return (
        f"{noun} {cell.strip()}" if CODE_NAME.fullmatch(cell.strip()) and noun.isalpha() else cell
    )


_ACRONYM = re.compile(r"[A-Z]{2,}s?")


#: A header that is a kind of place in a name's own capitals (``National Park``,
#: ``Tiger Reserve``), said after a one-word name.
_PROPER_KIND = re.compile(r"(?:National|Tiger|Biosphere|Wildlife) (?:Park|Reserve|Sanctuary)")


def said_name(cell: str, header: str) -> str | None:
    """A row's name as a question about it says it: without its cell's bracket (a year or a
    short form, which can spell the answer: "Rawatbhata (RAPS)" gives Rajasthan away), and
    with the column's noun when the name says no kind of its own ("the Tarapur plant", not
    "Tarapur", a town of two states); ``None`` when the bracket is a status (``proposed``),
    which the question would drop."""
    found = _CELL_BRACKET.search(cell)
    name = cell[: found.start()] if found else cell
    if found and found.group(1)[:1].islower():
        return None
    # "Dam / project": the Tehri dam; "Port (old name)": the Deendayal port
    noun = fold(_CELL_BRACKET.sub("", header.split(" / ")[0])).strip(" :")
    noun = re.sub(r"^(?:major|main|key|important|imp\.?|famous|chief|big)\s+", "", noun)
    if CODE_NAME.fullmatch(name.strip()):
        return coded_name(name, header)  # "C" of a "Vitamin" column: vitamin C
    kind = _CELL_BRACKET.sub("", header.split(" / ")[0]).strip(" :")
    if _PROPER_KIND.fullmatch(kind) and fold(kind) not in fold(name) and " " not in name.strip():
        return f"{name.strip()} {kind}"  # "Gir" of a "National Park" column: Gir National Park
    # "Drafting Cttee": its kind, cut short (holdout 428, weak: "the Drafting Committee committee")
    last = fold(write_out(name)).split()[-1] if name.split() else ""
    head = fold(name.split(",")[0]).split()  # "Marine NP, Wandoor": its kind before the place
    if (
        last in KIND_WORDS
        or (head and head[-1] in KIND_WORDS)
        or _ACRONYM.fullmatch(_CELL_BRACKET.sub("", header).strip())  # "MPA": never "mpa"
        or last in NAME_KIND_WORDS  # "Arya Samaj": a body, never "the Arya Samaj body"
        or name.startswith("The ")  # "The Hindu": its own name, never "the The Hindu paper"
        # "JNPA" of a "Major port" column: its P is the port ("the MNF group" keeps its noun)
        or (name.strip().isupper() and noun[:1].upper() in name.strip()[1:])
        or noun in fold(name).split()  # "Shore Temple" of a "Temple" column
        or f"{noun}s" in fold(name).split()  # "NDFB & Bodo groups" of a "Group" column
        or noun in _NO_KIND_HEADERS
        or not noun.isalpha()
        or (noun.endswith("s") and not noun.endswith("ss"))  # "Passes", not "Pass"
    ):
        return name
    if last in _RISINGS:
        return f"the {name.strip()}"  # "the Kol rising", never "… rising revolt" (690, bad)
    if re.fullmatch(r"[A-Z][a-z]+s", name) and noun in _PEOPLES_HEADERS:
        return f"the {name}"  # "Kakatiyas": a people, never "the Kakatiyas dynasty"
    return f"the {name} {noun}"


#: Last words of a name that is a rising already (``Kol rising``, ``Khasi uprising``).
_RISINGS = frozenset(
    "rising uprising revolt rebellion insurrection mutiny movement war hul ulgulan".split()
)


def year_cell(table: Table, row: tuple[str, ...]) -> str | None:
    """The row's cell of a year column (``Yr`` 1922–24, ``Year`` (1724)), its bracket left
    out, which says which of two revolts of one name is meant (Rampa, 1879 or 1922–24) or
    when a state was founded."""
    for header, cell in zip(table.header, row, strict=False):
        found = re.fullmatch(r"\(?((?:1[5-9]|20)\d\d(?:\s*[–—-]\s*\d{2,4})?)\)?", cell.strip())
        if fold(header).strip(" :.") in ("year", "yr", "years", "yrs", "founded") and found:
            return found.group(1)
    return None


#: A cell that puts its row outside India: ``Indus, Sindh (Pak)``, ``Punjab, Pakistan``.
_ABROAD = re.compile(
    r"\b(?:Pak|Pakistan|Afghanistan|Bangladesh|Nepal|Sri Lanka|Myanmar|Bhutan|China|Tibet)\b"
)
#: A claim made of India only: "largest Harappan site in India", "India's first …".
IN_INDIA = re.compile(r"\bin India\b|\bIndia['’]s\b")


def abroad(table: Table, col: int, names: list[str]) -> set[str]:
    """Of ``names`` (cells of column ``col``), those whose row is outside India (holdout 311
    offered Harappa and Chanhudaro, in Pakistan, for "the largest Harappan site in India")."""
    rows = {fold(r[col]): r for r in table.rows if len(r) > col}
    return {n for n in names if any(_ABROAD.search(cell) for cell in rows.get(fold(n), ())[1:])}
