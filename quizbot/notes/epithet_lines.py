"""A line whose definition is a quoted epithet, asked outright (split from
:mod:`~quizbot.notes.line_questions`): ``{{Metcalfe}} (1835–36) = "liberator of the Indian
press"`` is "Who is known as the "liberator of the Indian press"?"."""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import Cloze, Question
from quizbot.notes.clause_shapes import first_clause
from quizbot.notes.line_questions import HEAD_BLANK, asked_outright


def asked_by_its_epithet(question: Cloze) -> Question | None:
    """The cloze on the head of a line whose definition is a quoted epithet (``{{Metcalfe}}
    (1835–36) = "liberator of the Indian press"``), asked outright: "Who is known as the
    "liberator of the Indian press"?"; ``None`` for any other line. The raw line shows the
    notes' ``=`` and the last gate drops it; the epithet alone makes a clean question. An
    arrow to a title (``{{Marthanda Varma}} (r. 1729–1758) → "Maker of Modern Travancore"``,
    holdout 261) is an epithet too; an arrow to another quote may be what one said."""
    titled = _TO_A_TITLE.search(question.text)
    if titled is not None:  # "→ "father of Indian Renaissance"": as "=" says it
        question = dataclasses.replace(question, text=question.text[: titled.start()] + " = ")
        question = dataclasses.replace(question, text=question.text + titled.group("quote"))
    found = HEAD_BLANK.match(question.text)
    if found is None or found.group("joint").strip() != "=":
        return None  # "Punchhi Commission – "localised emergency"": what it proposed
    if not first_clause(found.group("rest")).startswith('"'):
        return None
    asked = asked_outright(question)
    return asked if asked is not question else None


#: An arrow to a quoted title after the blank's name (``→ "Maker of Modern Travancore"``).
_TO_A_TITLE = re.compile(
    r"(?<=\}\})(?: \([^()]*\))? → (?P<quote>\"(?i:the )?(?i:father|mother|maker|architect|"
    r"builder|founder|apostle|liberator|pioneer|lion|iron man|grand old man|nightingale|"
    r"prophet|sage)\b[^\"]*\")\s*$"
)
