"""A table of bodies with their size and the year each was set up: each row asked them.

Polity and economy notes tabulate committees, commissions and councils with a members
column and a year of origin: ``| Committee | Members | LS + RS | Chairman | Origin |`` over
``| Public Accounts Cttee (PAC) | 22 | 15 + 7 | from Opposition | 1921 |``. The size and the
year are what an examiner asks of such a row (holdout 120: the table gave no question):

    "How many members does the Public Accounts Committee have?"   (22)
    "In which year was the Public Accounts Committee set up?"     (1921)

The row's name is its first cell, the writer's shorthand written out (``Cttee`` →
Committee) and a bracketed short form left out (the question names the body once). Only a
cell that is one figure is asked (``22``; not ``15 + 7``, ``~30`` or ``22 (earlier 15)``),
and only a year of four digits under a header that says the body was set up then
(``Origin``, ``Set up``, ``Est.``, ``Founded`` …; a bare ``Year`` says of what?).
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, number_word
from quizbot.notes.grammar import with_the
from quizbot.notes.outline import Table
from quizbot.notes.phrases import BRACKET, fold
from quizbot.notes.shorthand import write_out
from quizbot.notes.table_columns import MIN_ROWS, cell_draft

#: Headers of a column of each body's size.
_SIZE_HEADERS = frozenset(("members", "strength", "size", "no. of members", "total members"))
#: Headers of a column of the year each body was set up, and the verb a question says it by.
_YEAR_HEADERS = {
    "origin": "set up",
    "set up": "set up",
    "setup": "set up",
    "est.": "set up",
    "est": "set up",
    "estd": "set up",
    "estd.": "set up",
    "established": "established",
    "founded": "founded",
    "formed": "formed",
    "created": "created",
    "constituted": "constituted",
    "since": "set up",
}
#: Words of a row's name that make it a body that has members and an origin.
_BODIES = re.compile(
    r"\b(?:committee|commission|council|board|cttee|authority|tribunal|bench|assembly|house|"
    r"cabinet|court|parliament|legislature|forum|group|panel|body)\b",
    re.IGNORECASE,
)


def figure_questions(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """ "How many members does X have?" and "In which year was X set up?" for each row."""
    if len(table.header) < 3 or len(table.rows) < MIN_ROWS:
        return []
    headers = [fold(h).strip(" :") for h in table.header]
    sizes = [i for i, h in enumerate(headers) if i and h in _SIZE_HEADERS]
    years = [i for i, h in enumerate(headers) if i and h in _YEAR_HEADERS]
    if not sizes and not years:
        return []
    drafts: list[Draft] = []
    for row in table.rows:
        if len(row) != len(table.header) or not _BODIES.search(row[0]):
            continue
        name = with_the(BRACKET.sub("", write_out(row[0], ctx.legend)).strip())
        for col in sizes:
            cell = row[col].strip()
            if re.fullmatch(r"\d{1,3}", cell) and int(cell) > 1:
                prompt = f"{context}: How many members does {name} have?"
                drafts.append(_draft(table, row, col, heading, prompt, cell, "count"))
        for col in years:
            cell = row[col].strip()
            if re.fullmatch(r"(?:1[6-9]|20)\d\d", cell):
                verb = _YEAR_HEADERS[headers[col]]
                prompt = f"{context}: In which year was {name} {verb}?"
                drafts.append(_draft(table, row, col, heading, prompt, cell, "year"))
    return drafts


def _draft(
    table: Table, row: tuple[str, ...], col: int, heading: str, prompt: str, answer: str, kind: str
) -> Draft:
    words = [number_word(int(answer))] if kind == "count" else []
    return cell_draft(
        table,
        row,
        col,
        heading,
        prompt=prompt,
        answer=answer,
        aliases=words,
        key_kind=kind,
        asked_as="figure",
    )
