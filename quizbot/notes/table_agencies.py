"""A table row asked who runs it or what its base year is, from a column that says so.

Economy and polity notes tabulate indices, schemes and bodies with who compiles, publishes
or runs each and its base year: ``| Index | Compiled by | Base year |`` over ``| WPI |
Office of the Economic Adviser (DPIIT) | 2011-12 |``. The column's header names the
relation, so the row is asked it in the header's own words (the blind reviews found such
cells, often the writer's bold, never asked):

    "Who compiles the WPI?"                  (Office of the Economic Adviser)
    "What is the base year of the WPI?"      (2011-12)

Only a row whose first cell is a short name is asked, and only a cell that is one value:
a name or a figure of up to five words once its bracket is left out, with no list (``,``
or ``;``) and not the row's own name again.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft
from quizbot.notes.grammar import with_the
from quizbot.notes.names import expansions
from quizbot.notes.outline import Table
from quizbot.notes.phrases import BRACKET, fold
from quizbot.notes.shorthand import write_out
from quizbot.notes.table_columns import MIN_ROWS, cell_draft, name_columns

#: Headers that say who does something to the row, and the verb a question asks it by.
_BY_HEADERS = {
    "compiled by": "compiles",
    "compiler": "compiles",
    "published by": "publishes",
    "publisher": "publishes",
    "released by": "releases",
    "issued by": "issues",
    "run by": "runs",
    "implemented by": "implements",
    "implementing agency": "implements",
    "nodal agency": "runs",
    "nodal ministry": "runs",
    "administered by": "administers",
    "regulator": "regulates",
    "regulated by": "regulates",
    "launched by": "launched",
    "developed by": "developed",
    "built by": "built",
    "designed by": "designed",
}
#: Headers that name an attribute of the row: "What is the base year of the WPI?".
_OF_HEADERS = frozenset(("base year", "coolant", "moderator", "fuel", "currency", "theme", "motto"))
_MAX_WORDS = 5
#: One value: a name or a figure, not a list or a remark.
_ONE_VALUE = re.compile(r"^[A-Z0-9][^,;→=+]*$")


def agency_questions(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """ "Who compiles the WPI?" and "What is the base year of the WPI?" for each row."""
    if len(table.header) < 3 or len(table.rows) < MIN_ROWS or 0 not in name_columns(table):
        return []
    headers = [BRACKET.sub("", fold(h)).strip(" :") for h in table.header]
    asked = [i for i, h in enumerate(headers) if i and (h in _BY_HEADERS or h in _OF_HEADERS)]
    drafts: list[Draft] = []
    asked_of: set[tuple[int, str]] = set()  # "Who runs NEFT?" = RBI after RTGS: one fact
    for row in table.rows:
        if len(row) != len(table.header):
            continue
        name = BRACKET.sub("", write_out(row[0], ctx.legend)).strip()
        if not name or len(name.split()) > 6 or not name[:1].isupper():
            continue
        for col in asked:
            value = BRACKET.sub("", write_out(row[col], ctx.legend)).strip(" .")
            if not _ONE_VALUE.match(value) or len(value.split()) > _MAX_WORDS:
                continue
            if fold(name) in fold(value) or fold(value) in fold(name):
                continue  # "Jaipur Foot | Jaipur": the row's own name says it
            header = headers[col]
            if header in _BY_HEADERS and (col, fold(value)) in asked_of:
                continue  # the same body runs another row: a near repeat (holdout 329, weak)
            asked_of.add((col, fold(value)))
            if header in _BY_HEADERS:
                prompt = f"Who {_BY_HEADERS[header]} {with_the(name)}?"
            else:
                prompt = f"What is the {header} of {with_the(name)}?"
            drafts.append(
                cell_draft(
                    table,
                    row,
                    col,
                    heading,
                    prompt=f"{context}: {prompt}",
                    answer=value,
                    aliases=expansions(value),
                    key_kind="year" if header == "base year" else "name",
                    asked_as="agency",
                )
            )
    return drafts
