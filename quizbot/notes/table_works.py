"""A table of authors and their works, the author first: each row asked who wrote a work.

Culture notes tabulate writers as ``| Author | Work(s) | Field |`` over ``| Shudraka |
Mrichchhakatika | drama |`` (holdout 301: the table of Gupta literature gave no question;
a column of who wrote each row's thing is asked only when it comes after the thing, see
:mod:`~quizbot.notes.table_roles`). The row is asked by its first work, as that module asks
any author column:

    "Who wrote Mrichchhakatika?"                                  (Shudraka)
    "Who wrote Abhijnanashakuntalam?"                             (Kalidasa)

A work two rows list is not asked (who of the two is meant?).
"""

from __future__ import annotations

import dataclasses
import re

from quizbot.notes.drafts import Context, Draft
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.table_columns import MIN_ROWS
from quizbot.notes.table_roles import role_question

#: First headers of a column of people who wrote each row's works.
_AUTHORS = frozenset(("author", "authors", "writer", "writers", "poet", "poets", "scholar"))
#: Headers of a column of what each row's person wrote.
_WORKS = frozenset(("work", "works", "work(s)", "text", "texts", "book", "books", "treatise"))
#: A cell that names a body of writing, not one work's title: ``Spanda tradition``, ``poems``.
_NO_TITLE = re.compile(
    r"\b(?:tradition|school|poems|poetry|verses|hymns|songs|works|writings|commentaries|"
    r"philosophy|texts)$",
    re.IGNORECASE,
)


def works_questions(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """ "Who wrote Mrichchhakatika?" for each row of an author-first table, or ``[]``."""
    headers = [fold(h).strip(" :") for h in table.header]
    if len(headers) < 2 or len(table.rows) < MIN_ROWS or headers[0] not in _AUTHORS:
        return []
    col = next((i for i, h in enumerate(headers) if i and h in _WORKS), None)
    if col is None:
        return []
    kept = [i for i, r in enumerate(table.rows) if len(r) == len(headers)]
    rows = [table.rows[i] for i in kept]
    firsts = [_first_work(r[col]) for r in rows]
    # the table as the role builder reads it: the work first, the author after it
    header = (
        table.header[col],
        "Author",
        *(h for i, h in enumerate(table.header) if i not in (0, col)),
    )
    asked = dataclasses.replace(
        table,
        header=header,
        rows=[
            (w, r[0], *(c for i, c in enumerate(r) if i not in (0, col)))
            for w, r in zip(firsts, rows, strict=True)
        ],
        row_lines=[table.row_lines[i] for i in kept],
        bold=[table.marks(i) for i in kept],
    )
    drafts = []
    for work, row in zip(firsts, asked.rows, strict=True):
        if not work or sum(fold(w) == fold(work) for w in firsts) > 1:
            continue
        if _NO_TITLE.search(work):
            continue  # "| Kallata | Spanda tradition |": a school he wrote in, no work's title
            # (holdout 718: "Who wrote Spanda tradition?")
        draft = role_question(asked, row, 1, 0, context, heading, ctx)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _first_work(cell: str) -> str:
    """The first work a cell lists (``Abhijnanashakuntalam, Meghaduta, …`` →
    ``Abhijnanashakuntalam``), its bracket left (``Aryabhatiya (499 CE)``)."""
    return re.split(r",\s+|;\s+|\s+&\s+", cell.strip(), maxsplit=1)[0].strip()
