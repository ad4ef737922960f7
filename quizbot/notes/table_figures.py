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

A table of schemes says in its feature column what each pays, and the sum is what an examiner
asks (corpus economy, ``| PM-KISAN | 2019 | ₹6,000 a year to farmer families in 3
instalments via DBT |``: only "Which scheme …?" was asked):

    "How much does PM-KISAN give farmer families a year?"                  (₹6,000)
    "How much health cover does Ayushman Bharat PM-JAY give per family per year?"

Only a cell that opens on one sum and says per what it is paid is asked (a range such as
``₹10 lakh–₹1 crore`` or a sum with no period is not).
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, number_word
from quizbot.notes.grammar import with_the
from quizbot.notes.outline import Table
from quizbot.notes.phrases import BRACKET, fold
from quizbot.notes.quantities import find_quantities
from quizbot.notes.shorthand import write_out
from quizbot.notes.table_clues import PROVIDERS
from quizbot.notes.table_columns import (
    MIN_ROWS,
    cell_draft,
    row_explanation,
    row_fact,
    short_row_draft,
)
from quizbot.notes.table_headers import header_kind
from quizbot.notes.table_rows import row_noun

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


#: A feature cell's sum and what follows it: its period (``a year``, ``per family per
#: year``) and to whom it is paid (``to farmer families``), up to the cell's next detail.
_PAID = re.compile(
    r"\s+(?P<per>(?:a|per) (?:year|month|family|person|head)(?: (?:a|per) (?:year|month))?)"
    r"(?:\s+to\s+(?P<whom>[a-z][a-z ]*?))?(?=\s+(?:in|via|through|under|for|from)\b|[;,]|$)"
)
#: What the sum is of, when the cell names it first: ``health cover of ₹5 lakh``.
_OF_WHAT = re.compile(r"(?P<what>[a-z][a-z ]{2,30}?) of ")


def amount_questions(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """ "How much does PM-KISAN give farmer families a year?" for each scheme's sum."""
    if len(table.header) < 3 or len(table.rows) < MIN_ROWS:
        return []
    noun = fold(table.header[0]).strip(" :")
    if noun not in PROVIDERS and fold(row_noun(heading)) not in PROVIDERS:
        return []
    features = [i for i, h in enumerate(table.header) if i and header_kind(h) == "offers"]
    drafts: list[Draft] = []
    for row in table.rows:
        if len(row) != len(table.header):
            continue
        name = BRACKET.sub("", write_out(row[0], ctx.legend)).strip()
        for col in features:
            asked = _amount_asked(row[col].strip(), name)
            if asked is not None:
                prompt, answer = asked
                drafts.append(
                    short_row_draft(
                        table.row_lines[table.rows.index(row)],
                        f"{context}: {prompt}",
                        answer,
                        aliases=(),
                        explanation=row_explanation(table, row),
                        rule="amount",
                        slot=f"row:{col}",
                        # the row's own fact: "Which scheme … provides ₹6,000 …?" is the
                        # same fact, asked once (rank.TIERS puts the sum first)
                        fact=row_fact(table, row, heading),
                        heading=heading,
                        id_key=f"{row_fact(table, row, heading)}|amount:{col}",
                        key_kind="money",
                    )
                )
    return drafts


def _amount_asked(cell: str, name: str) -> tuple[str, str] | None:
    """The question on a feature cell's sum and the sum, or ``None``."""
    money = [q for q in find_quantities(cell) if q.kind == "money"]
    if len(money) != 1:
        return None  # "₹10 lakh–₹1 crore": a range, or two sums
    sum_ = money[0]
    what = _OF_WHAT.fullmatch(cell[: sum_.start])
    if sum_.start and what is None:
        return None  # "loans up to ₹10 lakh": the sum is a bound, not what is paid
    paid = _PAID.match(cell, sum_.end)
    if paid is None:
        return None
    per, whom = paid.group("per"), paid.group("whom")
    if what is not None:
        return f"How much {what.group('what')} does {name} give {per}?", sum_.text
    return f"How much does {name} give {whom + ' ' if whom else ''}{per}?", sum_.text
