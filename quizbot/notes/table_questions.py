"""The table rule: a two-column table of the notes → match the left column to the right.

Tables of more than six rows are asked in chunks of at most six pairs; a table with an empty
cell, a row of another width or a repeated value on either side is not asked, and a pair whose
sides share a word (``SEBI`` and "under the SEBI Act") is left out: it gives itself away.
A wider table whose second column says what each first cell means (``| Term | Meaning |
Remember as |``, ``| Landform | How formed | Eg |``) is a glossary: its first two columns are
matched the same way (holdout 217's permafrost note gave no question from two such tables).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from quizbot.bank.model import Match
from quizbot.notes.ambiguity_keys import echoes
from quizbot.notes.drafts import Context, Draft
from quizbot.notes.outline import Table
from quizbot.notes.phrases import contains_phrase, fold

#: A row of what the others leave (``| Others | anti-smuggling, … |``): a label, no term
#: to match, and the last one left (holdout 290, bad).
_LEFTOVERS = frozenset(("others", "other", "misc", "miscellaneous", "rest", "etc"))


def table_match(table: Table, context: str, line_heading: str, ctx: Context) -> list[Draft]:
    """A two-column table → match the left column to the right (in chunks of at most 6)."""
    if len(table.header) != 2 or len(table.rows) < 2:
        return []
    rows = [r for r in table.rows if len(r) == 2 and r[0] and r[1]]
    if len(rows) < 2 or len(rows) != len(table.rows):
        return []
    # a pair whose sides share a word gives itself away (changed-62: matches solved from
    # their wording were bad), so it is left out
    rows = [r for r in rows if fold(r[0]).strip(" .") not in _LEFTOVERS and not echoes(*r)]
    for side in (0, 1):
        if len({fold(r[side]) for r in rows}) != len(rows):
            return []
    if 2 * sum(map(_a_clause, (r[0] for r in rows))) > len(rows):
        return []  # "| very high demand (80% at start) | arrears, sale of land |": causes
        # and effects paired loosely, no terms to match (holdout 271, bad)
    left, right = (h or "item" for h in table.header)
    chunks = -(-len(rows) // 6)
    drafts = []
    for c in range(chunks):
        part = rows[c::chunks]
        if len(part) < _MIN_PAIRS or _chained(part):
            continue
        slot = f"match:{c}" if chunks > 1 else "match"
        part_of = f", part {c + 1} of {chunks}" if chunks > 1 else ""
        draft = Draft(
            Match,
            {
                "prompt": f"{context}: Match the two columns ({left} → {right}{part_of}).",
                "pairs": tuple((a, b) for a, b in part),
                "explanation": (
                    f"From the table in the notes ({table.header[0]} | {table.header[1]})."
                ),
            },
            "table",
            slot,
            f"{table.header[0]} {table.header[1]}",
            "",
            line_heading,
            table.line,
            id_key=f"table|{line_heading}|{fold(' | '.join(table.header))}|{slot}",
            key_text=" ".join(f"{a}={b}" for a, b in part),
            key_kind="list",
        )
        drafts.append(draft)
    return drafts


def _a_clause(cell: str) -> bool:
    """A left cell that is a phrase of the writer's (three words or more, in lower case),
    not a term or a name."""
    return cell[:1].islower() and len(cell.split()) >= 3


#: Pairs a match needs: of two, the second is forced (a coin toss, changed-34 C14).
_MIN_PAIRS = 3


def _chained(pairs: Sequence[tuple[str, ...]]) -> bool:
    """Does a right cell name another row's left one (``NM2 | NM1 + short-term deposits``,
    ``Accommodating | cover the gap left by autonomous flows``)? The chain answers the
    match without knowledge (changed-34 C11)."""
    names = [re.sub(r"\s*\([^()]*\)", "", left) for left, _ in pairs]
    return any(
        i != j and contains_phrase(right, name)
        for i, (_, right) in enumerate(pairs)
        for j, name in enumerate(names)
    )


#: Second-column headers that say the column defines the first.
_MEANING_HEADERS = frozenset(
    ("meaning", "definition", "description", "what it is", "what it means", "how formed")
)


def glossary_match(table: Table, context: str, line_heading: str, ctx: Context) -> list[Draft]:
    """A wider table whose second column defines its first (``| Term | Meaning | … |``):
    its first two columns matched, as :func:`table_match` matches a two-column table."""
    if len(table.header) < 3 or fold(table.header[1]) not in _MEANING_HEADERS:
        return []
    two = dataclasses.replace(
        table, header=table.header[:2], rows=[r[:2] for r in table.rows if len(r) >= 2]
    )
    return table_match(two, context, line_heading, ctx)
