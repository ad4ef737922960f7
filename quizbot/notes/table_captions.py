"""A table whose caption or header says what one column is of another: each row asked so.

Notes put a table under a line that says what its rows are, or give the column a header
that says it: ``Highest peak of each continent:`` over ``| Continent | Peak | Country |``,
``State-wise capitals:`` over ``| State | Capital | … |``, or ``| Continent | Highest peak |
…`` or ``| Mahajanapada | Capital | … |``. Each row then holds one fact in so many words,
and it is asked as the caption says it:

    "Which is the highest peak of Africa?"   (Kilimanjaro; the other rows' peaks the options)
    "What is the capital of Kerala?"
    "What was the capital of the Rashtrakutas?"   (history: the notes' years are before 1950)

The row's key cell (``Continent``) names what the question is about, and the answer is the
cell of the column the caption names (``Peak``), without its bracket (``Aconcagua (~6,960 m)``
is typed ``Aconcagua``). A caption that names no column of the table, a table of fewer than
three rows or a row whose key is shared or long is not asked. These rows are the facts the
row builder (:mod:`~quizbot.notes.table_rows`) finds no clue for (a ``Peak`` header says
nothing it can put in words); both draft one fact of the row, so the ranking keeps one.
"""

from __future__ import annotations

import re

from quizbot.notes.clause_shapes import plural_head
from quizbot.notes.drafts import Context, Draft
from quizbot.notes.grammar import singular
from quizbot.notes.hashing import shuffled
from quizbot.notes.names import expansions, name_kind
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.shorthand import write_out
from quizbot.notes.table_answers import cell_aliases
from quizbot.notes.table_columns import (
    KEY_WORDS,
    MIN_ROWS,
    choice_row_draft,
    is_empty_cell,
    row_fact,
)

_SUPERLATIVE = re.compile(
    r"^(?:highest|largest|biggest|longest|deepest|tallest|oldest|smallest|busiest)\b",
    re.IGNORECASE,
)
#: A header that is a superlative and one noun: ``Highest peak``, ``Longest river``.
_SUPERLATIVE_HEADER = re.compile(_SUPERLATIVE.pattern + r"\s+[A-Za-z]+$", re.IGNORECASE)
#: An answer cell that is one name, not a list, a figure or a note.
_NOT_ONE_NAME = re.compile(r"[\d,;/=+→]|\s[–—-]\s")
#: Two names joined (``Kusinara & Pava``): two capitals, not one.
_TWO = re.compile(r"\s(?:&|and)\s")
#: ``Highest peak of each continent``, ``Capital of every state``, ``Chief minister for each
#: state``; ``Highest peaks by continent``; ``State-wise capitals``.
_EACH = re.compile(
    r"^(?:the\s+)?(?P<thing>[A-Za-z][\w' -]{1,40}?)\s+(?:of|in|for)\s+(?:each|every)\s+"
    r"(?P<by>[A-Za-z]+)\s*[:.–-]?\s*$"
)
_BY = re.compile(r"^(?:the\s+)?(?P<thing>[A-Za-z][\w' -]{1,40}?)\s+by\s+(?P<by>[A-Za-z]+)\s*:?$")
_WISE = re.compile(r"^(?P<by>[A-Za-z]+)-wise\s+(?P<thing>[A-Za-z][\w' -]{1,40}?)\s*:?$")
_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
#: A cell that holds no answer (``–``, ``NA``).


def _relation(table: Table, heading: str) -> tuple[str, int, int] | None:
    """What each row's answer cell is of its key cell: (the thing, the key column, the
    answer column), from the caption, the heading or a header; ``None`` when nothing says."""
    header = [fold(singular(h.strip())) for h in table.header]
    for said in (table.caption, heading):
        text = said.strip()
        found = _EACH.match(text) or _BY.match(text) or _WISE.match(text)
        if found is None:
            continue
        thing = singular(found.group("thing").strip())
        by = fold(singular(found.group("by")))
        noun = fold(thing).split()[-1]
        if by not in header:
            continue
        key = header.index(by)
        if key != 0:
            continue  # "Resources by country" over "| Resource | Country |": the rows' own key
        answers = [i for i, h in enumerate(header) if i != key and h.split()[-1:] == [noun]]
        if len(answers) == 1:
            return thing[:1].lower() + thing[1:], key, answers[0]
    # a header that says it: "| Continent | Highest peak | … |", "| Mahajanapada | Capital |"
    for i, h in enumerate(table.header):
        if i and (_SUPERLATIVE_HEADER.match(h.strip()) or fold(h) in _OF_EACH_ROW):
            return singular(h.strip()[:1].lower() + h.strip()[1:]), 0, i
    return None


#: Headers that are one thing each row's key has (``Capital``): "What is the capital of …?".
_OF_EACH_ROW = frozenset(("capital", "capitals", "capital city"))
#: The year before which notes are history: their rows' capitals "were".
_MODERN = 1950
#: Key headers of houses and peoples, whose plural names take "the" (``the Hoysalas``).
_PEOPLES = frozenset(("dynasty", "house", "clan", "tribe", "people"))
_YEAR = re.compile(r"(?<![\d,])\d{3,4}(?![\d,])")


def _of_the_past(table: Table, ctx: Context) -> bool:
    """Are the table's rows history: notes with no year from 1950, or a table whose own years
    (``Pulakeshin I (c. 543)``) are all before it?"""
    years = [int(y) for row in table.rows for cell in row for y in _YEAR.findall(cell)]
    return ctx.future_year < _MODERN or (bool(years) and max(years) < _MODERN)


def caption_questions(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """One question per row of a table whose caption, heading or header says what a column
    is of another ("Which is the highest peak of Africa?"), or none."""
    if len(table.header) < 3 or len(table.rows) < MIN_ROWS:
        return []
    relation = _relation(table, heading)
    if relation is None:
        return []
    thing, key_col, answer_col = relation
    rows = [r for r in table.rows if len(r) == len(table.header)]
    answers = {r: _BRACKET.sub("", r[answer_col]).strip() for r in rows}
    keys = [fold(r[key_col]) for r in rows]
    usable = [a for a in answers.values() if not is_empty_cell(a)]
    several = [a for a in usable if _NOT_ONE_NAME.search(a) or _TWO.search(a)]
    if several and (thing not in _OF_EACH_ROW or 4 * len(several) > len(usable)):
        return []  # "UP most populous, Sikkim least": the column holds notes, not names
    # a capital or two ("Ahichchhatra (N), Kampilya (S)", "Rajagriha → Pataliputra") among
    # one-name rows: those rows are not asked
    usable = [a for a in usable if a not in several]
    if len({fold(a) for a in usable}) != len(usable):
        return []  # two rows share their answer: the caption says no single thing
    asks = "Which" if _SUPERLATIVE.match(thing) else "What"
    # "What was the capital of Vajji?" of the Mahajanapadas; "What is the capital of Kerala?"
    was = thing in _OF_EACH_ROW and _of_the_past(table, ctx)
    dynasties = fold(singular(table.header[key_col])) in _PEOPLES
    drafts = []
    for row in rows:
        answer, of = answers[row], write_out(row[key_col].strip(), ctx.legend)
        if is_empty_cell(answer) or answer in several or keys.count(fold(row[key_col])) > 1:
            continue
        if len(answer.split()) > KEY_WORDS or len(of.split()) > KEY_WORDS or not of:
            continue
        fact = row_fact(table, row, heading)
        id_key = f"{fact}|caption:{answer_col}"
        if dynasties and plural_head(of):
            of = f"the {of}"  # "the capital of the Rashtrakutas"
        prompt = f"{context}: {asks} {'was' if was else 'is'} the {thing} of {of}?"
        others = [a for a in usable if fold(a) != fold(answer)]
        aliases = expansions(answer)
        if thing in _OF_EACH_ROW:  # "Vatapi (Badami)": a capital's bracket is its other name
            aliases = [a for a in cell_aliases(row[answer_col].strip()) if fold(a) != fold(answer)]
        kind = name_kind(answer)
        drafts.append(
            choice_row_draft(
                table,
                row,
                heading,
                prompt=prompt,
                answer=answer,
                others=shuffled(others, id_key, "d"),
                aliases=aliases,
                slot=f"caption:{answer_col}",
                fact=fact,
                id_key=id_key,
                key_kind=kind if kind != "name" else "term",
            )
        )
    return drafts
