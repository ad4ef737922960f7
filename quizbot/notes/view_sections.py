"""Sections of the writer's own view: a Mains angle, an assessment, a criticism.

Notes close a subject with what the writer makes of it (``## Mains angle``, ``##
Significance``, ``## Criticism / issues``, ``## Assessment``): opinions, causes and effects,
lines that argue. Coaches judged 1 of 33 questions from such sections good and 15 bad
(rounds 500–648): "Which term is described as “leverage mobile/telecom/postal reach for
last-mile payments”?" (= PBs), "What is a displacement of people called?" (= Erosion
shrinking Majuli), "Indians saw that ___ works." (= organised agitation). The facts the
notes teach are stated in the sections before; :func:`from_the_writers_view` turns away
what is asked of these. A section on why a thing matters is not one: notes put there what
the place or thing is for (of four questions, two were judged good).
"""

from __future__ import annotations

import re

from quizbot.bank.model import Question
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.phrases import fold

#: The heading of a section of the writer's view, as it opens (``Significance → Mains
#: angle``, ``Issues / challenges``); not ``The "experiments" (imp. for Mains)``, a section
#: of facts the writer marks as worth the Mains, nor ``Challenges`` or ``India's concerns``,
#: where notes list what stands in the way, fact by fact (the bundled notes' ``Russian tie →
#: Concern for India``).
_VIEW = re.compile(
    r"^(?:mains\b|significance\b|assessment\b|evaluation\b|criticisms?\b|"
    r"critique\b|debates?\b|legacy\b|controvers|analysis\b|way forward\b|"
    r"issues\b(?!\s+table))"
)


def is_a_view_section(heading: str) -> bool:
    """Is ``heading`` (a section's own heading) one of the writer's view?"""
    return _VIEW.match(fold(heading).strip(" #*")) is not None


def from_the_writers_view(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """A question asked of a line under a section of the writer's view (its topic line's
    sections say: a glossary after the last section is filed under *Glossary*)."""
    sections = question.topic.split(" › ")[1:]
    view = next((s for s in sections if is_a_view_section(s)), None)
    if view is not None:
        return f"the line is the writer's view ({view!r}), not a fact the notes teach"
    return None
