"""The last gate's rule on a blank label (split from :mod:`~quizbot.notes.shown_keys`):
:func:`label_before_its_holder` — ``___: Trygve Lie (Norway)``, ``___: dividends, branch …``,
``___: industry by NIC-2008, occupation by NCO-2015``: the writer's label blanked before its
holder or the items it heads, the wrong way round."""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.phrases import BRACKET, fold
from quizbot.text.names import is_dictionary_word

_LABEL_OF_A_LIST = re.compile(
    r"\{\{[^{}]+\}\}:\s+[a-z][a-z-]*(?: [a-z-]+){0,2}(?: \([^()]*\))?"
    r"(?:,\s+(?:and\s+)?[a-z][a-z-]*(?: [a-z-]+){0,2}(?: \([^()]*\))?){1,}\.?"
)  # items of at most three words, each with its gloss: "muqaddam (headman), patwari (…)"


def label_before_its_holder(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``___: Trygve Lie (Norway)``, ``___: Sirocco (hot, from the Sahara), Mistral (…)``: a
    label blanked before its holder or its members, the wrong way round."""
    if isinstance(question, Cloze) and _LABEL_OF_A_NAME.fullmatch(question.text):
        return "the blank is a label whose holder the line names: asked the wrong way round"
    if isinstance(question, Cloze) and _LABEL_OF_A_LIST.fullmatch(question.text):
        return "the blank is a label over the list the line gives ('___: dividends, branch …')"
    found = _HEAD_OF_ITEMS.fullmatch(question.text) if isinstance(question, Cloze) else None
    if (
        found is not None
        and "glossary" not in question.topic.lower()
        and all(is_dictionary_word(w) for w in fold(found.group("head")).split())
        and not found.group("head")[1:].replace(" ", "").isupper()
        and len(items := _ITEM_BREAK.split(BRACKET.sub("", found.group("items")))) >= 2
        and all(len(item.split()) <= _ITEM_WORDS for item in items)
    ):
        # "___: biofloc, Re-circulatory Aquaculture Systems (RAS), cage culture" = New tech,
        # "___: industry by NIC-2008, occupation by NCO-2015" = Classification (holdouts
        # 601 and 604, bad): the writer's label over what the line lists
        return "the blank is the writer's label over the items the line lists"
    return None


#: A blank head in plain words and the items after its colon.
_HEAD_OF_ITEMS = re.compile(
    r"\{\{(?P<head>[A-Z][a-z]+(?: [a-z]+)?)(?:\|[^{}]*)?\}\}:\s+(?P<items>.+)"
)
#: Words an item of a list has at most (``occupation by NCO-2015``); a longer one describes
#: (``Venus: hottest planet, wrapped in thick clouds of sulphuric acid``).
_ITEM_WORDS = 4
_ITEM_BREAK = re.compile(r",\s+|\s+&\s+|\s+and\s+")


#: A name, or a year (``1886 (Calcutta), 1893 (Lahore)``), with its bracket.
_NAME_AND_BRACKET = (
    r"(?:[A-Z][\w.'’/-]*(?:\s+(?:&\s+)?[A-Z][\w.'’/-]*){0,3}|(?:1[5-9]|20)\d\d)"
    r"(?:\s+\([^()]*\))?"
)  # "Ajanta & Ellora (1983)" is one item
#: ``___: Trygve Lie (Norway)``, ``___: Bedouin (Arabia), Tuareg (Sahara), …``.
_LABEL_OF_A_NAME = re.compile(
    rf"(?:[A-Z][^:{{}}]{{0,40}}:\s+)?"  # the parent shown in front: "Naoroji: ___: 1886 …"
    rf"\{{\{{[^{{}}]+\}}\}}:\s+{_NAME_AND_BRACKET}(?:,\s+(?:and\s+)?{_NAME_AND_BRACKET})*\.?"
)
