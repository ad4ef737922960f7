"""A term asked by a definition too short to single it out: "Which term is described as
“seat / throne”?", "What is a village women's group called?", ``___: voter ranks
candidates``.

Three words or fewer fit many terms (gaddi, simhasana and takht are all a "seat / throne";
sarai, dharamshala and chatram a "rest house for travellers"), and the key takes one. Over
the judged questions of blind rounds 600–772, a term asked by a definition of three words
or fewer was good 7 times in 45 (13 bad); of four words 9 in 35, of seven or more 148 in
392. The term is still asked by a longer line, and a glossary's terms as a match.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question, Short
from quizbot.notes.drafts import Context, Draft, Unit

#: A definition of this many words or fewer does not single out its term.
MAX_WORDS = 3
_DESCRIBED = re.compile(r"\bis described as “(.*)”\?$")
_CALLED = re.compile(r"\bWhat is (?:a|an|the) (.*) called\?$")
_GLOSSED = re.compile(r"^\{\{[^{}]*\}\}\s*[:–—-]\s+(.*)$")
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")


def definition_too_short(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """The reason a term question's definition is too short to single out its term."""
    if draft.rule != "term":
        return None
    found = None
    if isinstance(question, Short):
        found = _DESCRIBED.search(question.prompt) or _CALLED.search(question.prompt)
    elif isinstance(question, Cloze):
        found = _GLOSSED.match(question.text.strip())
    if found is None or len(_WORD.findall(found.group(1))) > MAX_WORDS:
        return None
    return f"the definition {found.group(1)!r} is too short to single out one term"
