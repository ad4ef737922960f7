"""The comparison builder: a table that compares three or more things row by row, asked
which of them a row's cell is said of.

Students compare in tables: ``| Feature | Nagara | Dravida | Vesara |`` with a row per
feature (``| Tower | curvilinear shikhara | stepped, pyramidal vimana | hybrid |``). Asked
row by row as "Which point …?" such a table makes no question (the generator skipped it
whole); what an examiner asks is which of the compared things has a cell:

    "Which of these has “stepped, pyramidal vimana” as its tower?" (Nagara, Dravida, Vesara)

Only a table of three or more compared things is asked (of two, a guess is right half the
time). A row is asked of one of its cells (a bold one first; which one, by the row's key,
so a table's answers are not all its first thing), when that cell is no other cell of the
row and says something of its own (not ``none``, ``varies``,
``modest``), in at most ten words with no shorthand (``→``, ``=``, ``+``, ``&``). The
feature names a thing the cell is (``Tower``, ``Grounds``), not a participle (``Founded``),
a preposition (``At entrance``) or an abbreviation (``Parl. approval``). The answer is the
compared thing's name, picked among the compared things.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Mcq
from quizbot.notes.drafts import Context, Draft
from quizbot.notes.hashing import pick
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.table_columns import is_comparison
from quizbot.text.names import is_everyday_word

_MIN_THINGS = 3
_MAX_WORDS = 10
#: Cells that say nothing of their own thing.
_EMPTY = frozenset(
    "none nil no yes varies modest same both n/a na - — – not applicable nothing".split()
)
_SHORTHAND = re.compile(r"[→=+&/~<>]|->|\bvs\b|\bw/")
_NOT_A_THING = re.compile(
    r"ed$|^[a-z]+ed\b|^(?:at|in|on|by|for|from|to|with|under|after|before)\b"
)  # "Founded", "Used so far", "At entrance": no thing a cell is


def comparison_questions(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """One question per row of a comparison table of three or more things."""
    if not is_comparison(table) or len(table.header) - 1 < _MIN_THINGS:
        return []
    things = [h.replace("**", "").strip() for h in table.header[1:]]
    if len({fold(t) for t in things}) != len(things) or not all(things):
        return []
    drafts = []
    for row in table.rows:
        if len(row) != len(table.header):
            continue
        feature = row[0].replace("**", "").strip()
        if not _a_thing(feature):
            continue
        cells = [c.strip() for c in row[1:]]
        col = _asked_cell(cells, f"{heading}|{fold(feature)}")
        if col is None:
            continue
        said = cells[col].replace("**", "").replace("*", "").strip()
        prompt = f"Which of these has “{said}” as its {ctx.lower_name(feature)}?"  # topic: where
        drafts.append(_draft(table, row, prompt, things, things[col], heading))
    return drafts


def _a_thing(feature: str) -> bool:
    """Does the row's label name a thing its cells are (``Tower``, ``Grounds``)?"""
    low = fold(feature)
    return bool(low) and "." not in feature and _NOT_A_THING.search(low) is None


def _vague(cell: str) -> bool:
    """One everyday word, or two set apart by a comma (``hours``, ``long, local``)."""
    words = [w.strip(",") for w in cell.split()]
    alone = len(words) == 1 or (len(words) == 2 and "," in cell)
    return alone and all(w.isalpha() and is_everyday_word(w) for w in words)


def _asked_cell(cells: list[str], key: str) -> int | None:
    """The row's cell to ask: one of its bold ones, else of all, that says something of its
    own no other cell of the row says, picked by the row's key (so that the answers of one
    table are not all its first thing)."""
    folded = [fold(c.replace("**", "").replace("*", "")) for c in cells]

    def fit(i: int) -> bool:
        mine = folded[i]
        if not mine or mine in _EMPTY or len(mine.split()) > _MAX_WORDS:
            return False
        if _SHORTHAND.search(cells[i]) or mine.startswith(("not ", "no ")):
            return False
        if _vague(mine):
            return False  # "Hours", "Long, local": said of no one thing (holdout 130)
        return not any(j != i and (mine in o or o in mine) for j, o in enumerate(folded))

    fitting = [i for i in range(len(cells)) if fit(i)]
    bold = [i for i in fitting if "**" in cells[i]]
    return pick(bold or fitting, key, "cell") if fitting else None


def _draft(
    table: Table,
    row: tuple[str, ...],
    prompt: str,
    things: list[str],
    answer: str,
    heading: str,
) -> Draft:
    line = table.row_lines[table.rows.index(row)]
    key = f"compare|{heading}|{fold(row[0])}"
    return Draft(
        Mcq,
        {
            "prompt": prompt,
            "options": tuple(things),
            "answer": answer,
            "explanation": "From the notes: "
            + "; ".join(f"{h} – {c}" for h, c in zip(table.header[1:], row[1:], strict=True))
            + f" ({row[0]}).",
        },
        "compare",
        "compare",
        answer,
        key,
        heading,
        line,
        id_key=key,
        key_text=answer,
        key_kind="term",
    )
