"""A table column of another name of each row's thing, asked by the row's name.

Science and geography notes tabulate things with their other names (``| Common name |
Chemical name (formula) | Use |``, ``| Plant | Scientific name | Family |``, ``| Country |
Old name | … |``); the fact an examiner asks is the other name:

    "What is the chemical name of baking soda?"       (sodium hydrogen carbonate; the other
                                                       rows' chemical names the options, those
                                                       sharing a word with it first)
    "What is the old name of Myanmar?"                 (Burma)

The cell's bracket (a formula, ``NaHCO₃``) is accepted as well. A learner may know another
right name of the same thing (``sodium bicarbonate``) that the notes do not give, so the
question is asked as a choice among the other rows' names, never typed; with fewer than three
other rows it is not asked, nor is a row whose name says its sort (``laughing gas``,
``heavy water``) when no other row is of that sort. A column of plain ``Other name`` cells is not
asked: beside a column of what each row does (``| Minister | Other name | Work |``) the alias
is trivia (holdout 308: six "What is the other name of Sumant?" and none of the work). A
first column that is itself a name
(``Common name``) holds common nouns, said in lower case ("of baking soda").
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft
from quizbot.notes.hashing import shuffled
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.table_columns import (
    CODE_NAME,
    MIN_ROWS,
    choice_row_draft,
    row_fact,
    said_name,
)

#: ``Chemical name (formula)``, ``Scientific name``, ``Old name``: the column's kind of name.
_NAME_HEADER = re.compile(
    r"^(?P<kind>chemical|scientific|botanical|zoological|old|former|earlier|new|present|"
    r"current|modern|ancient|local|other|common|popular|trade|iupac)\s+names?\b",
    re.IGNORECASE,
)
_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*$")
#: A common name's last word that says what sort of substance it is (``laughing gas``,
#: ``heavy water``): among other rows' names of other sorts it gives the answer away.
_STATES = frozenset("gas water powder acid salt oil spirit".split())
#: A cell that is one name, not a remark (``same as above``, ``–``) or several.
_ONE_NAME = re.compile(r"^[^,;/]{2,60}$")


def is_name_header(header: str) -> bool:
    """Does the header say its cells are a kind of name (``Common name``)?"""
    return _NAME_HEADER.match(header.strip()) is not None


#: A row named by a modifier alone, its noun in the heading (``Indian``, ``White-rumped``
#: under *Vultures*): "What is the scientific name of Indian?" (holdout 414, bad) names
#: nothing.
_MODIFIER_ONLY = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?(?:ed|ian|an|ese|ish)")


def modifier_only(name: str) -> bool:
    """Is a row's name an adjective alone (``Indian``, ``Red-headed``, ``Egyptian``)?"""
    return _MODIFIER_ONLY.fullmatch(name) is not None


def name_questions(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """ "What is the chemical name of baking soda?" for each row, or none."""
    header = table.header
    if len(header) < 3 or len(table.rows) < MIN_ROWS:
        return []
    cols = [i for i, h in enumerate(header) if i and is_name_header(h)]
    if len(cols) != 1:
        return []
    col = cols[0]
    kind = _NAME_HEADER.match(header[col].strip())
    assert kind is not None
    if kind.group("kind").lower() == "other":
        return []  # "Other name" beside "Work": the alias is trivia, the work is asked
    noun = f"{kind.group('kind').lower()} name"
    common = is_name_header(header[0])  # "Baking soda" of a "Common name" column: a noun
    rows = [r for r in table.rows if len(r) == len(header)]
    names = [_BRACKET.sub("", r[col]).strip() for r in rows]
    drafts: list[Draft] = []
    for row, name in zip(rows, names, strict=True):
        thing = _BRACKET.sub("", row[0]).strip()
        if not thing or not _ONE_NAME.match(name) or fold(name) == fold(thing):
            continue
        if modifier_only(thing):
            continue  # "What is the scientific name of Indian?" (holdout 414, bad)
        others = [n for n in dict.fromkeys(names) if fold(n) != fold(name) and _ONE_NAME.match(n)]
        if len(others) < 3:
            continue
        last = fold(thing).split()[-1]
        if last in _STATES and sum(fold(r[0]).split()[-1:] == [last] for r in rows) < 2:
            continue  # "laughing gas" among salts: its name says which option is the gas
        if CODE_NAME.fullmatch(thing):
            thing = said_name(thing, header[0]) or thing  # "vitamin C", never "of C"
        if common and thing[1:2].islower():
            thing = thing[:1].lower() + thing[1:]  # "Plaster of Paris" → "plaster of Paris"
        fact = row_fact(table, row, heading)
        id_key = f"{fact}|name:{col}"
        words = set(fold(name).split())
        # the names that share a word with the answer first ("sodium carbonate" for "sodium
        # hydrogen carbonate"): a lone sodium option would give the key away
        near = sorted(
            shuffled(others, id_key, "d"), key=lambda n: -len(words & set(fold(n).split()))
        )
        drafts.append(
            choice_row_draft(
                table,
                row,
                heading,
                prompt=f"{context}: What is the {noun} of {thing}?",
                answer=name,
                others=near,
                aliases=(),
                slot=f"name:{col}",
                fact=fact,
                id_key=id_key,
                key_kind="term",
                odds=("mcq",),  # never typed (see above)
            )
        )
    return drafts
