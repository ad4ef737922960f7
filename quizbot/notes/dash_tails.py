"""The last gate's rule on a bare dash line (``___ – built with Soviet help``): a blank head
whose line after the dash never says what kind of thing the blank is (see
:mod:`~quizbot.notes.shown_gate` for the gate that runs it)."""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question
from quizbot.notes.clause_shapes import RANKED
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.line_questions import asked_outright
from quizbot.notes.tenses import is_a_deed


def dash_tail_names_no_kind(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``___ – built with Soviet help`` (Bokaro Steel), ``___ – Hundru falls near Ranchi``
    (Subarnarekha): a blank head and, after its dash, what was done to it or another thing's
    name, which never says what kind of thing is asked (holdout 581, two bad; of the twelve
    such clozes of holdouts 500–577, none was judged good)."""
    if not isinstance(question, Cloze):
        return None
    found = _DASH_TAIL.fullmatch(question.text)
    if found is None or asked_outright(question) is not question:
        return None  # "___ – …; called Tsangpo in Tibet" is asked "Which river is called …?"
    tail = found.group("tail")
    first, _, rest = tail.partition(" ")
    if first[:1].isupper() and not first.isupper():
        return "the line after the blank's dash names another thing, not what the blank is"
    if is_a_deed(first) and _PASSIVE.match(rest):
        # not a deed of the blank's own: "___ – moved to the Narmada bank in 1990" (Baba Amte)
        return "the line after the blank's dash says what was done to it, not what it is"
    if RANKED.match(tail) and not re.search(r" (?:of|in|among) ", tail):
        return "the line after the blank's dash ranks it first or last of nothing said"
    return None


#: What follows a passive's participle (``built with``, ``held by``, ``celebrated as``).
_PASSIVE = re.compile(r"(?:by|with|as|under|using|from|in)\b")


#: A blank head, a dash and the line's rest (``{{Bokaro Steel}} – built with Soviet help``).
_DASH_TAIL = re.compile(r"\{\{[^{}]*\}\}\s+[–—-]\s+(?P<tail>\S.*)")
