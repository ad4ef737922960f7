"""A raw note line asked with its head blanked: ``___ – longitudinal, fastest, arrive first;
pass through solids, liquids & gases``.

A cloze on the term a line opens on, where the line stacks several notes after its dash
(joined by ``;``, ``:`` or an arrow), is the note copied out with one word hidden, not
a question. Across the blind reviews (104 such clozes judged) a coach kept about one in four
of these, and about half of the rest: a dated head (``___ (1973) – basic structure
doctrine``, a case, a ruler's reign) or one plain description (``___ – smallest wild pig,
Manas National Park``). So the stacked ones are not asked, unless
:func:`~quizbot.notes.line_questions.asked_outright` makes a question in its own words of
the line; the gate then ranks the line's next question in their place.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.line_questions import asked_outright

#: The blank heads the line, with no bracket after it, then a dash and the notes.
_HEAD_DASH = re.compile(r"^\{\{[^{}]+\}\} [–—-] (?P<notes>.+)$")
#: A description quoted as the question (``Which term is described as “…”?``).
_DESCRIBED = re.compile(r"described as “([^”]+)”")
#: What joins two notes where a sentence would have a verb or a full stop.
_STACKED = re.compile(r";|:\s|→|->")


def stacked_head_note(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    if not isinstance(question, Cloze):
        quoted = _DESCRIBED.search(str(getattr(question, "prompt", "")))
        if quoted is not None and _STACKED.search(quoted.group(1)):
            # "Which term is described as “basaltic, runny lava: Mauna Loa & Kilauea”?"
            return "the question quotes a raw note line of stacked notes"
        return None
    found = _HEAD_DASH.match(question.text)
    if found is None or _STACKED.search(found.group("notes")) is None:
        return None
    if asked_outright(question) is not question:
        return None  # "___: RBI absorbs …" becomes "Under which facility does RBI …?"
    return "the blank heads a raw note line of stacked notes: the note copied out, no question"
