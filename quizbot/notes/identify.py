"""The identify builder: a name whose sub-bullets describe it → "who or what is this?".

``Alauddin Khalji (1296–1316)`` over "market reforms …", "dagh & chehra …", "built Alai
Darwaza …" is asked the other way: the sub-bullets are the clues, the name the answer — the
"identify the ruler" question examiners like. Only a name dated by a span of years (a ruler,
a leader) is asked so: a neighbour identified from its treaties is given away by its clues.
Sub-bullets that name the answer are left out of the clues; three clues are needed.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Short
from quizbot.notes.drafts import Context, Draft, Unit, make_draft, quoted
from quizbot.notes.gate import LABELS
from quizbot.notes.names import expansions, find_names
from quizbot.notes.phrases import content_words, fold

_NOT_NAMES = frozenset("terms later earlier notes key facts imp. imp".split())
#: Clues needed, and shown at most.
MIN_CLUES = 3
MAX_CLUES = 4
_YEARS = re.compile(r"\s*\((?:c\.\s*)?\d{3,4}\s*[–—-]\s*\d{2,4}\)\s*$")


def named_subject(unit: Unit) -> str | None:
    """The name a parent bullet is, once its years and colon are taken off, if it is no
    more than a name."""
    text = _YEARS.sub("", unit.text.rstrip(":").strip())
    names = find_names(text)
    if len(names) != 1 or names[0].text != text or len(text.split()) > 5:
        return None
    if fold(text) in LABELS or fold(text) in _NOT_NAMES:
        return None
    return text


def rule_identify(unit: Unit, ctx: Context) -> list[Draft]:
    """A name over three or more describing sub-bullets → which one is it?"""
    if len(unit.children) < MIN_CLUES:
        return []
    name = named_subject(unit)
    if name is None or not _YEARS.search(unit.text.rstrip(":").strip()):
        # only a ruler or a leader, dated by a span of years: a neighbour identified from its
        # treaties ("Pakistan:" over Ayub Khan, Bhutto and Lahore) is given away by its clues
        return []
    mine = content_words(name)
    clues = [
        c.text
        for c in unit.children
        if not (content_words(c.text) & mine) and len(c.text.split()) >= 2
    ][:MAX_CLUES]
    if len(clues) < MIN_CLUES:
        return []
    kind = "person"
    what = "Who"
    shown = "; ".join(quoted(c) for c in clues)
    return [
        make_draft(
            unit,
            Short,
            "identify",
            "identify",
            name,
            key_kind=kind if kind != "name" else "term",
            prompt=f"{unit.context}: {what} is described here? {shown}",
            answer=name,
            aliases=tuple(expansions(name)),
            explanation=f"From the notes: {quoted(unit.text)}, and under it: "
            + "; ".join(quoted(c.text) for c in unit.children)
            + ".",
        )
    ]
