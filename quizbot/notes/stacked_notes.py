"""A raw note line asked with its head blanked: ``___ – longitudinal, fastest, arrive first;
pass through solids, liquids & gases``.

A cloze on the term a line opens on, where the line stacks several notes after its dash
(joined by ``;``, ``:`` or an arrow), is the note copied out with one word hidden, not a
question (quoted in "Which term is described as “…”?" it is no description either:
:func:`~quizbot.notes.descriptions.described_by_a_scrap`). Across the blind reviews (104
such clozes judged) a coach kept about one in four of these, and about half of the rest: a
dated head (``___ (1973) – basic structure doctrine``, a case, a ruler's reign) or one plain
description (``___ – smallest wild pig, Manas National Park``). So the stacked ones are not
asked, unless :func:`~quizbot.notes.line_questions.asked_outright` makes a question in its
own words of the line; the gate then ranks the line's next question in their place.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question
from quizbot.notes.clause_shapes import STACKED, STUDY_NOTE
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.line_questions import asked_outright

#: The blank heads the line, with no bracket after it, then a dash and the notes.
_HEAD_DASH = re.compile(r"^\{\{[^{}]+\}\} [–—-] (?P<notes>.+)$")


def stacked_head_note(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    if not isinstance(question, Cloze):
        return None  # quoted in "Which term is described as …?": described_by_a_scrap
    found = _HEAD_DASH.match(question.text)
    if found is not None and STUDY_NOTE.search(found.group("notes")):
        return "the blank is a label over the writer's study note ('___ – places to remember')"
    if found is None or STACKED.search(found.group("notes")) is None:
        return None
    if asked_outright(question) is not question:
        return None  # "___: RBI absorbs …" becomes "Under which facility does RBI …?"
    return "the blank heads a raw note line of stacked notes: the note copied out, no question"
