"""The label rows of a comparison table: a founder, a capital, a headquarters, a chair, a
nodal ministry or a date, laid out under each compared thing (``| Feature | Chalukyas of
Badami | Pallavas of Kanchi |`` over ``| Founder | Pulakeshin I (c. 543) | Simhavishnu |``),
asked of each thing as its own labelled line would be
(:func:`~quizbot.notes.label_lines.labelled_fact`): "Who founded the Chalukyas of Badami?",
"Where is the headquarters of the NEC?", "In which month and year was the CVC set up?".

The comparison builder asks a which-of-these only of three things or more (of two, a guess
is right half the time), and asks a founder, a chair or a capital of each thing itself
(:func:`~quizbot.notes.table_compare.compared_cells`); these rows are the other labels, the
dates, seats and ministries, and two things are enough. A thing asked must be a name
(``Basel I``, not ``Early phase``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from quizbot.notes.drafts import Context, Draft
from quizbot.notes.grammar import BRACKET_AT_END
from quizbot.notes.label_lines import labelled_fact
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.pronouns import names_a_thing
from quizbot.notes.subjects import heading_subject
from quizbot.notes.table_columns import cell_draft, is_comparison
from quizbot.notes.table_compare import asks_each

#: Headers of a column of values or remarks, not of a thing compared.
_VALUE_HEADERS = frozenset(
    """detail details remember remarks remark note notes description value values info fact
    facts example examples significance comment comments explanation why how what provision
    provisions""".split()
) | frozenset(("note to self", "notes to self"))  # "| Feature | Provision | Note to self |"


def label_rows(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """A question for each compared thing of each row whose first cell is a label
    :func:`~quizbot.notes.label_lines.labelled_fact` reads; of the section's thing, when
    the table is one thing's values (``| Item | Detail | Remember |``)."""
    if not is_comparison(table) or len(table.header) < 2:
        return []
    if fold(table.header[1]) in _VALUE_HEADERS:
        return _attribute_rows(table, context, heading, ctx)
    things = [BRACKET_AT_END.sub("", h.replace("**", "")).strip() for h in table.header[1:]]
    if len(things) < 2 or not all(things) or len({fold(t) for t in things}) != len(things):
        return []
    if any(fold(t) in _VALUE_HEADERS for t in things):
        return []  # "| Point | Nagara | Remarks |": a column of remarks, no thing
    named = {t: t if names_a_thing(t, ctx) else None for t in things}
    drafts = []
    for row in table.rows:
        if len(row) != len(table.header):
            continue
        if len({fold(c) for c in row[1:]}) == 1:
            continue  # "| Chairman | Union Home Minister | Union Home Minister |": one fact
        if asks_each(fold(row[0].replace("**", "").strip())):
            continue  # "Founder", "Chair", "Capital": the comparison builder asks them
        for col, thing in enumerate(things, 1):
            asked = _row_label(table, row, col, context, heading, partial(named.get, thing))
            drafts += [asked] if asked is not None else []
    return drafts


def _attribute_rows(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """A table of one thing's attributes under its heading (``| Item | Detail | … |`` over
    ``| Secretariat | **Beijing** | … |`` under the SCO's *Basics at a glance*), each label
    row asked of that thing as its own labelled line would be: "Where is the secretariat of
    the Shanghai Cooperation Organisation?" (holdouts 233, 246, 247)."""
    subject = heading_subject(table.headings, ctx)
    if subject is None:
        return []
    asked = [
        _row_label(table, row, 1, context, heading, lambda: subject)
        for row in table.rows
        if len(row) >= 2
    ]
    return [draft for draft in asked if draft is not None]


def _row_label(
    table: Table,
    row: tuple[str, ...],
    col: int,
    context: str,
    heading: str,
    subject_of: Callable[[], str | None],
) -> Draft | None:
    """The question the row's label asks of the ``col`` cell's thing, or ``None``."""
    label = row[0].replace("**", "").strip()
    made = labelled_fact(f"{label}: {row[col].strip()}", subject_of)
    if made is None:
        return None
    prompt, answer, aliases, kind = made
    return cell_draft(
        table,
        row,
        col,
        heading,
        prompt=f"{context}: {prompt}",
        answer=answer,
        aliases=aliases,
        key_kind=kind,
        asked_as="label",
    )
