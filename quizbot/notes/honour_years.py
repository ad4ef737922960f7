"""The honour builder: the year the note's person (or body) was given an award.

A note on a person lists the honours in its timeline or as a label, with the person only in
the title: ``1982 – **Padma Bhushan**``, ``Award → **Padma Bhushan (1982)**`` under "Rani
Gaidinliu and the Heraka Movement". As a cloze the line is shorthand the last gate drops,
and the timeline builder finds no deed in it (holdout 506: the year, a key fact, never
asked). Asked of the line's subject (:func:`~quizbot.notes.subjects.unit_subject`):

    "In which year was Rani Gaidinliu awarded the Padma Bhushan?"      (1982)

Only an award by its last word (*Award*, *Prize*, *Ratna*, *Bhushan*, *Shri*, *Chakra* …)
and only one award with one year on the line.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Short
from quizbot.notes.drafts import Context, Draft, Unit, make_draft
from quizbot.notes.grammar import with_the
from quizbot.notes.phrases import fold
from quizbot.notes.recipients import AWARD_WORDS
from quizbot.notes.subjects import unit_subject

_YEAR = r"(?:1[89]|20)\d\d"
_AWARD = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4}"
#: ``1982 – **Padma Bhushan**``, ``1992 – Awarded the **Bharat Ratna**``.
_DATED = re.compile(
    rf"^(?P<year>{_YEAR})\s+[–—-]\s+(?:(?:Awarded|Given|Received|Conferred)\s+(?:the\s+)?)?"
    rf"(?P<award>{_AWARD})(?:\s*\((?:posthumous|posth\.)\))?\s*$"
)
#: ``Award → **Padma Bhushan (1982)**``, ``Honour: Bharat Ratna (1991)``.
_LABELLED = re.compile(
    rf"^(?:Awards?|Honours?|Honors?)\s*(?::|→|=)\s*(?P<award>{_AWARD})\s*\((?P<year>{_YEAR})\)\s*$"
)


def honour_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "In which year was Rani Gaidinliu awarded the Padma Bhushan?", or ``None``."""
    text = unit.text
    if not text[:1].isdigit() and not text.startswith(("Award", "Honour", "Honor")):
        return None  # most lines (generate_1mb_s)
    found = _DATED.match(text) or _LABELLED.match(text)
    if found is None or fold(found.group("award").split()[-1]) not in AWARD_WORDS:
        return None
    subject = unit_subject(unit, ctx)
    if subject is None or fold(found.group("award")) in fold(subject):
        return None
    award, year = found.group("award"), found.group("year")
    named = award if award.startswith(("Padma", "Bharat")) else with_the(award)
    article = "" if named.startswith("the ") else "the "
    prompt = f"In which year was {with_the(subject)} awarded {article}{named}?"
    return make_draft(
        unit,
        Short,
        "honour",
        f"honour:{year}",
        year,
        key_kind="year",
        prompt=f"{unit.context}: {prompt}",
        answer=year,
    )
