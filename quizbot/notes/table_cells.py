"""The cell builder: an instrument named inside a table cell, with its year and subject.

A row question takes the table's name column as its key (:mod:`~quizbot.notes.table_rows`),
so a name written inside another cell is never asked: ``| CBD | 1992 | biodiversity –
Cartagena Protocol (2000, biosafety), Nagoya Protocol (2010, access & benefit sharing) |``.
Where a cell names a protocol, agreement, amendment … (its last word says its kind) with a
bracket of its year and what it is about, this builder asks it of the row it belongs to:
"Which protocol of 2010 under the CBD is associated with access and benefit sharing?". A
name with no subject in its bracket (``Kyoto Protocol (1997)``) is not asked: its year and
parent alone do not make a question an examiner would set.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Short
from quizbot.notes.arrow_questions import KINDS
from quizbot.notes.drafts import Context, Draft
from quizbot.notes.fragments import shorthand_mark
from quizbot.notes.grammar import has_verb
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.table_columns import owned_cells

_ITEM = re.compile(
    r"(?:^|[,;–—]\s*)(?P<name>(?:[A-Z][\w'-]*\s+){1,3}(?P<kind>[A-Z][a-z]+))"
    r"\s*\((?P<year>1[89]\d\d|20\d\d),\s*(?P<about>[a-z][^()]*?)\)"
)
_MAX_ABOUT_WORDS = 6


def table_cells(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """A question for each instrument named, with its year and subject, in a row's cells."""
    if len(table.header) < 3:
        return []
    drafts = []
    for row, _, owner, cell in owned_cells(table):
        for found in _ITEM.finditer(cell):
            draft = _question(found, owner, context, heading, table, row)
            if draft is not None:
                drafts.append(draft)
    return drafts


def _question(
    found: re.Match[str], owner: str, context: str, heading: str, table: Table, row: tuple[str, ...]
) -> Draft | None:
    kind = KINDS.get(fold(found.group("kind")))
    about = found.group("about").strip().replace(" & ", " and ")
    name = found.group("name").strip()
    if kind is None or len(about.split()) > _MAX_ABOUT_WORDS or has_verb(about, loose=False):
        return None
    if shorthand_mark(about) or fold(owner) in fold(name):
        return None
    prompt = f"Which {kind} of {found.group('year')} under the {owner} is associated with {about}?"
    key = f"cell|{heading}|{fold(owner)}|{fold(name)}"
    said = found.group(0).strip(" ,;–—")
    return Draft(
        Short,
        {
            "prompt": f"{context}: {prompt}",
            "answer": name,
            "aliases": (),
            "explanation": f"From the table in the notes: {owner} – {said}.",
        },
        "cell",
        "cell",
        name,
        key,
        heading,
        table.row_lines[table.rows.index(row)],
        id_key=key,
        key_text=name,
        key_kind="event",
    )
