"""The last gate's rule on a blank label (split from :mod:`~quizbot.notes.shown_keys`):
:func:`label_before_its_holder` — ``___: Trygve Lie (Norway)``, ``___: dividends, branch …``: the
writer's label blanked before its holder or the items it heads, the wrong way round."""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question
from quizbot.notes.drafts import Context, Draft, Unit

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
    return None


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
