"""A cloze cut from the end of its line: a pronoun in it points back across the cut.

A line of notes often names a thing in one clause and goes on about it in the next:
``People's movements → **All India States People's Conference** (AISPC, 1927); Nehru presided
its 1939 (Ludhiana) session``. Cut to its last clause, the cloze reads "___ presided its 1939
(Ludhiana) session." (holdout 621, bad): "its" meant the AISPC, which the learner never sees.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question, filled_in
from quizbot.notes.drafts import Context, Draft, Unit

#: A pronoun that points back: a thing's or things' (not "he" or "his": a person is mostly
#: the subject the clause shows).
_BACK = re.compile(r"\b(?:it|its|they|them|their)\b")
#: Where a line's clauses meet.
_CUT = re.compile(r"[;→]\s*$")
#: A name the clause before the cut gives: a capitalised word not opening it.
_NAMED = re.compile(r"(?<=\s)[A-Z][\w.'’-]+")


def pronoun_across_the_cut(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """A cloze that is the last clause of its line, after a ``;`` or an arrow, with "it",
    "its" or "their" in it, while the clause before names something: the pronoun points to
    that, which the question never shows."""
    if not isinstance(question, Cloze) or unit is None:
        return None
    shown = filled_in(question.text).rstrip(" .")
    if not _BACK.search(shown):
        return None
    line = unit.text.replace("**", "")
    at = line.find(shown)
    if at <= 0 or not _CUT.search(line[:at]):
        return None
    before = line[:at]
    if not _NAMED.search(before):
        return None
    return "a pronoun of the clause points back to what the line named before it"
