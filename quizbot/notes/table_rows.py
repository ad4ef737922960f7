"""The table-row builder: a row of a table of three or more columns → name its key cell.

The key column is the first whose cells are short, distinct names (``Place`` of a table of
Congress sessions whose first column is the year; ``Writ`` of a table of writs); the other
cells of the row are the clues ("Which place — year: 1907; president: Rash Behari Ghosh?"),
less any cell that gives the answer away. The answer is typed, or picked among the other
rows' cells of the same column (a kind by construction).
"""

from __future__ import annotations

import re

from quizbot.bank.model import Mcq, Short
from quizbot.notes.drafts import Context, Draft
from quizbot.notes.hashing import pick, shuffled
from quizbot.notes.names import expansions, name_kind
from quizbot.notes.outline import Table
from quizbot.notes.phrases import content_words, fold, trailing_paren

#: Words a key cell may have at most.
_KEY_WORDS = 5
MIN_ROWS = 3
#: Words the clues of a row question need at least (one short cell names no single row).
_MIN_CLUE_WORDS = 5


def name_columns(table: Table) -> list[int]:
    """The columns that name things (short cells, not numbers, mostly distinct), at most
    two: each row is asked by them."""
    found = []
    for col in range(len(table.header)):
        cells = [r[col] if col < len(r) else "" for r in table.rows]
        if not all(cells):
            continue
        if any(sum(ch.isdigit() for ch in c) * 2 >= len(c.replace(" ", "")) for c in cells):
            continue
        if any(len(c.split()) > _KEY_WORDS for c in cells):
            continue
        if len({fold(c) for c in cells}) * 3 < len(cells) * 2:
            continue
        found.append(col)
    return found[:2]


_YEAR_CELL = re.compile(r"^(?:1[5-9]|20)\d\d$")


def year_column(table: Table) -> int | None:
    """A column of years (one per row), asked as "in which year ...?"."""
    for col in range(len(table.header)):
        cells = [r[col] if col < len(r) else "" for r in table.rows]
        if cells and all(_YEAR_CELL.match(c.strip()) for c in cells):
            return col
    return None


def _aliases(cell: str) -> list[str]:
    """``CMS (Bonn Convention)`` → ``CMS``, ``Bonn Convention``; shorthand spelled out."""
    forms = expansions(cell)
    paren = trailing_paren(cell)
    if paren and paren.start() > 0:
        inside = paren.group(0).strip()[1:-1].strip()
        base = cell[: paren.start()].strip()
        forms += [base, *expansions(base)]
        if inside and not any(ch.isdigit() for ch in inside):
            forms.append(inside)
    return list(dict.fromkeys(f for f in forms if fold(f) != fold(cell)))


def table_rows(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """One question per row of a table of three or more columns."""
    header = table.header
    if len(header) < 3 or len(table.rows) < MIN_ROWS:
        return []
    rows = [r for r in table.rows if len(r) == len(header)]
    drafts = []
    years = year_column(table)
    for col in [*name_columns(table), *([years] if years is not None else [])]:
        column = [r[col] for r in rows]
        what = ctx.lower_name(header[col] or "item")
        for row in rows:
            answer = row[col]
            if sum(1 for c in column if fold(c) == fold(answer)) > 1:
                continue  # two rows share it: which one is meant?
            draft = _row_question(table, row, col, answer, what, column, context, heading, ctx)
            if draft is not None:
                drafts.append(draft)
    return drafts


def _row_question(
    table: Table,
    row: tuple[str, ...],
    col: int,
    answer: str,
    what: str,
    column: list[str],
    context: str,
    heading: str,
    ctx: Context,
) -> Draft | None:
    header = table.header
    mine = content_words(answer) | {w for a in _aliases(answer) for w in content_words(a)}
    clues = [
        f"{ctx.lower_name(h)}: {cell}"
        for i, (h, cell) in enumerate(zip(header, row, strict=True))
        if i != col and cell and h and not (content_words(cell) & mine)
    ]
    if sum(len(c.split()) for c in clues) < _MIN_CLUE_WORDS:
        return None  # "Which protected area — state/UT: Kerala?" has more than one answer
    fact = f"row|{heading}|{fold(' | '.join(header))}|{fold(' | '.join(row))}"
    key = f"{fact}|{col}"
    prompt = (
        f"{context}: In which year — {'; '.join(clues)}?"
        if _YEAR_CELL.match(answer)
        else f"{context}: Which {what} — {'; '.join(clues)}?"
    )
    others = [c for c in dict.fromkeys(column) if fold(c) != fold(answer)]
    explanation = (
        "From the table in the notes: "
        + "; ".join(f"{h}: {c}" for h, c in zip(header, row, strict=True) if c)
        + "."
    )
    fields: dict[str, object]
    cls: type[Short] | type[Mcq] = Short
    if len(others) >= 3 and pick(("short", "mcq"), key) == "mcq" and not _YEAR_CELL.match(answer):
        options = shuffled([answer, *shuffled(others, key, "d")[:3]], key, "o")
        cls = Mcq
        fields = {"prompt": prompt, "options": tuple(options), "answer": answer}
    else:
        fields = {"prompt": prompt, "answer": answer, "aliases": tuple(_aliases(answer))}
    kind = "year" if _YEAR_CELL.match(answer) else name_kind(answer)
    return Draft(
        cls,
        {**fields, "explanation": explanation},
        "row",
        f"row:{col}",
        answer,
        fact,
        heading,
        table.row_lines[table.rows.index(row)],
        id_key=key,
        key_text=answer,
        key_kind=kind if kind != "name" else "term",
    )
