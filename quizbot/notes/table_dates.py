"""The table-date builder: a table of named things with a date column, each row's thing
asked when, if the row is asked nothing else.

Notes tabulate treaties, acts, commissions and schemes with their dates:

    | Treaty | Date | Parties | Key terms |
    | **Treaty of Amritsar** | **16 Mar 1846** | EIC & Gulab Singh | … sold for Rs 75 lakh |

A row whose other cells are long says nothing a row question can ask in words (holdout
263: neither treaty of 1846 was asked), yet the date is the exam's fact:

    "On what date was the Treaty of Amritsar signed?"                   (16 Mar 1846)
    "In which year was the Environment (Protection) Act passed?"        (1986)

The thing is the first column's name, or the name with the header's noun when the name has
none (``| Scheme | Year |`` of ``PM-KISAN`` → "the PM-KISAN scheme"); the verb is its kind's
(:func:`~quizbot.notes.timeline.when_question`). A committee or a commission is not asked:
the year a table gives it may be its report's. The date is a year, a month and year, or a
day, month and year, alone in its cell (a bracket after it aside). The question is ranked
last of its row (rule ``timeline-last``): a row that asks its thing by another cell ("Which
committee of 1992 recommended …?") keeps that question, and prints this one's key.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft
from quizbot.notes.event_words import DONE
from quizbot.notes.grammar import indefinite, singular
from quizbot.notes.names import expansions
from quizbot.notes.outline import Table
from quizbot.notes.phrases import fold
from quizbot.notes.table_columns import row_explanation, row_fact, short_row_draft
from quizbot.notes.timeline import NAMED_WHEN
from quizbot.notes.timeline_dates import DATE, when_kind
from quizbot.notes.timeline_questions import when_question
from quizbot.notes.topic_keys import long_form

_DATE_HEADERS = frozenset(("year", "date", "when", "year of", "date of"))
#: Two names in one cell (``Ravi and Beas``), not a name with "and" in it (``Doha
#: Declaration on TRIPS & public health``).
_SEVERAL = re.compile(r"[A-Z][\w-]* (?:and|&) [A-Z][\w-]*")
#: Kinds of structure a table's first header names, which a one-word name takes after it.
_STRUCTURES = frozenset("canal dam port tunnel bridge fort barrage reservoir".split())
#: A column headed by what was done on its dates (``| Carrier | Origin | Commissioned |``):
#: "In which year was INS Vikramaditya commissioned?". The verbs of a thing's start only, a
#: subset of :data:`~quizbot.notes.timeline_verbs.PARTICIPLE`'s: its ``approved`` and
#: ``declared`` columns gave "In which month and year was Micron approved?" (tried, weak).
_DONE_HEADER = re.compile(
    r"(?:launched|commissioned|founded|established|set up|started|signed|enacted|passed|"
    r"adopted|introduced|formed|created|notified|inaugurated|opened|built|completed)"
)
_DATE_CELL = re.compile(rf"(?P<date>{DATE})(?:\s*\((?P<aside>[^()]*)\))?")
#: A bracket after the date that says in what form the thing began (``2004 (as separate
#: body)``): part of what is asked, or another year is as right (holdout 339: the NCSC's
#: commission of 1990).
_AS = re.compile(r"as (?:(?P<article>an?|the) )?(?P<what>[a-z][a-z -]+)")
_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
#: A name that is a code, which takes its header's noun (``PM-KISAN``, ``PMFME``, ``PM SHRI``).
_CODE = re.compile(r"[A-Z][A-Z0-9-]+(?: [A-Z0-9-]+)*")
#: A body's year in a table may be its report's, not its setting up (a coach marked "When
#: was the Rangarajan Committee appointed?" of its report's 1993 bad, changed-51): not asked.
_BODY = re.compile(r"\b(?:appointed|sent|Group (?:formed|set up))\?$")


def date_questions(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """A when-question per row of a table whose first column names things and another
    column dates them."""
    header = [fold(h).strip(" :") for h in table.header]
    dated = [i for i, h in enumerate(header) if h in _DATE_HEADERS] or [
        i for i, h in enumerate(header) if _DONE_HEADER.fullmatch(h)
    ]
    if len(dated) != 1 or dated[0] == 0:  # each row its own fact: two rows are a table too
        return []
    col = dated[0]
    done = "" if header[col] in _DATE_HEADERS else f" {header[col]}"  # "| Commissioned |"
    noun = singular(header[0])
    names = [_BRACKET.sub("", r[0].replace("*", "")).strip() for r in table.rows]
    drafts = []
    seen: set[str] = set()
    for row, name in zip(table.rows, names, strict=True):
        if len(row) != len(header) or names.count(name) > 1 or _SEVERAL.fullmatch(name):
            continue  # "INS Vikrant (R11)", "INS Vikrant (IAC-1)": which one? ("Ravi and
            # Beas" of a tribunals table: the rivers, not the tribunal)
        if done and " " not in name and noun in _STRUCTURES:
            name = f"{name} {noun.title()}"  # "| Canal | … | Opened |" of "Suez": the Suez Canal
        found = _DATE_CELL.fullmatch(row[col].replace("*", "").strip())
        if found is None or not name[:1].isupper():
            continue
        when = found.group("date")
        if when in seen:
            continue  # three rows or more of one date began together: "1997" of Navratna,
            # then of Miniratna Cat-I and Cat-II, one scheme (holdout 358, weak); two
            # schemes of one year are two facts (MUDRA and Atal Pension, 2015)
        if sum(r[col].strip() == row[col].strip() for r in table.rows if len(r) > col) >= 3:
            seen.add(when)
        kind = when_kind(when)
        asked = when_question(f"{name}{done}", kind)
        if asked is None and noun in DONE and noun != "mission" and _CODE.fullmatch(name):
            asked = when_question(f"{name} {noun}", kind)  # "the PM-KISAN scheme"
        if asked is None or not NAMED_WHEN.match(asked) or _BODY.search(asked):
            continue
        aside = _AS.fullmatch(found.group("aside") or "")
        if aside is not None:  # "In which year was NCSC set up as a separate body?"
            what = aside.group("what").strip()
            article = aside.group("article") or indefinite(what)
            asked = f"{asked[:-1]} as {article} {what}?"
        elif header[col] == "notified":  # "In which year was Nilgiri notified?": as what?
            kind = _kind_name(table, context, ctx)  # (holdout 371, weak)
            if fold(kind) not in fold(name):
                asked = f"{asked[:-1]} as {indefinite(kind)} {kind}?"
        fact = row_fact(table, row, heading)
        drafts.append(
            short_row_draft(
                table.row_lines[table.rows.index(row)],
                f"{context}: {asked}",
                when,
                aliases=expansions(when),
                explanation=row_explanation(table, row),
                rule="timeline-last",
                slot=f"date:{col}",
                fact=fact,
                heading=heading,
                id_key=f"{fact}|date:{col}",
                key_kind="year" if kind == "year" else "date",
            )
        )
    return drafts


def _kind_name(table: Table, context: str, ctx: Context) -> str:
    """What a table's rows are, by its first header in sentence case, a short form spelled out
    by the notes or the topic (``| BR | … | Notified |`` under "Biosphere Reserves (BRs)": a
    biosphere reserve)."""
    short = table.header[0].strip()
    spelled = ctx.long_forms.get(short) or (long_form(short, context) if short.isupper() else None)
    kind = singular(spelled or fold(short).strip(" :"))
    return kind.lower() if kind[1:2].islower() else kind
