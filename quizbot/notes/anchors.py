"""A cloze that names nothing: no name, no figure, outside its blank.

``Each council has a ___.``, ``Trade reopened only in ___.``, ``Neither party has a ___.``,
``Indians saw that ___ works.``: every word outside the blank is an everyday word, so the
question says nothing of which thing it asks about; only the topic line might. Coaches
judged 92 such clozes on a word (the blank not first) over rounds 500–656: 10 good, 27 bad
(the subject missing, several answers fit). :func:`names_nothing` turns them away; a blank
that opens the sentence is what the rest describes (``___ are older, mostly rain-fed …``).
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.fragments import BLANK, shown, term_head
from quizbot.notes.grammar import OFFICES
from quizbot.text.names import is_everyday_word

_WORD = re.compile(r"[\w'’.-]+")
#: Bodies a capital names as one (``Parliament`` is India's).
_BODIES = frozenset("parliament constitution government court".split())


def names_nothing(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """A cloze (no term's definition) with no name or figure outside its blank."""
    if not isinstance(question, Cloze) or any(ch.isdigit() for ch in draft.key_text):
        return None  # a figure is a key fact as often as not ("goal = **33%** of the land")
    text = shown(question)
    if re.match(rf"(?:(?:The|An?) )?{re.escape(BLANK)}", text):
        return None  # "___ are older, mostly rain-fed …", "The ___ recommended …": the rest
        # describes the blank (of six "The ___", two were judged good and none bad)
    if term_head(text, draft):
        return None  # "China: ___ – …": a term asked of its definition
    words = _WORD.findall(text.replace(BLANK, " "))
    if len(words) < 2 or any(ch.isdigit() for ch in text.replace(BLANK, " ")):
        return None
    first = words[0].strip(".'’")
    if any(w[:1].isupper() for w in words[1:]) or (
        first[:1].isupper()
        and (not is_everyday_word(first.lower()) or first.lower() in OFFICES | _BODIES)
    ):
        return None  # "President is an integral part of ___": the office is one
    return "nothing outside the blank names what is asked about: no name, no figure"
