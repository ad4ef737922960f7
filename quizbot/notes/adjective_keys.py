"""A blank on an adjective before its noun: ``rested on ___ merchants`` keyed ``Arab``,
``the ___ system`` keyed ``Himalayan``, ``a ___ gull`` keyed ``Brown-headed``.

The blank then asks which sort of the noun the line meant, and the learner cannot tell
which sort is wanted: the "Religious beliefs", the "Indian-language papers" and the "Mughal
law" of the coaches' rounds fit "Hindu", "vernacular" or "Islamic" as well. Over the judged
questions of every round, a blank on an adjective (a capitalised word in -an, -ic, -ish,
-ese, -id, -al or -ous, or a compound whose second part is in lower case: ``India-specific``,
``British-era``) right before a noun was good 2 times in 22 ("Ashokan pillar", "Bactrian
language"). A name in those endings (``Sudan``, ``Nepal``) is a place, and still asked.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.grammar import VERBS
from quizbot.text.names import is_region

#: A capitalised adjective by its ending, or a compound with a part in lower case.
_ADJECTIVE = re.compile(
    r"[A-Z][a-z]+(?:ian|an|ic|ical|ish|ese|id|al|ous)|[A-Z][\w]*(?:-(?:and-)?[a-z]+)+"
)
#: Words after a blank that are no noun it qualifies.
_NOT_A_NOUN = frozenset(
    """and or but nor to in of on at by for from with as into under near after before
    which who that whose than then also not only is are was were be has have had""".split()
)
_AFTER = re.compile(r"\}\}\s+([a-z][a-z-]+)\b")
#: Places in -an or -al that are no country or state (``the Deccan plateau``, ``Bengal``).
_PLACES = frozenset("deccan bengal konkan multan tehran isfahan vatican kazan yerevan".split())


def adjective_key(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """The reason a cloze's blank is an adjective before the noun it qualifies, or ``None``."""
    if not isinstance(question, Cloze) or len(question.blanks) != 1:
        return None
    key = draft.key_text.strip()
    if " " in key or not _ADJECTIVE.fullmatch(key) or is_region(key) or _a_place(key):
        return None
    after = _AFTER.search(question.text)
    if after is None:
        return None
    word = after.group(1)
    if word in _NOT_A_NOUN or word in VERBS or word.endswith("ed"):
        return None
    return f"the blank {key!r} is an adjective of '{word}': which sort is asked is not said"


def _a_place(key: str) -> bool:
    """Is a word in -an or -al a place (``Deccan``, ``Hindustan``), not an adjective?"""
    word = key.lower()
    return word in _PLACES or word.endswith("stan")
