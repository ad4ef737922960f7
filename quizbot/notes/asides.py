"""A cloze without the writer's shorthand aside.

Notes put a comparison or a source in a bracket in the writer's shorthand: ``Poona Pact
(Gandhi–B.R. Ambedkar) dropped separate electorates but gave **148** reserved seats in
provincial legislatures (vs 71 under the Award) within the general electorate``. The last
gate turns the cloze away for the ``vs``, and the writer's bold figure goes unasked (holdout
639). A bracket is an aside by its nature: without it the sentence still reads whole and
asks the fact. :func:`without_shorthand_aside` offers that form, and the last gate judges it
like any other (a bracket beside the blank may describe the answer: it stays).
"""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import CLOZE_BLANK, Cloze
from quizbot.notes.fragments import shorthand_mark

#: A bracket and the space before it, holding no blank.
_BRACKET = re.compile(r"\s*\((?P<inner>[^(){}]*)\)")
#: An aside that names the answer again or adds to the claim (``(= iqtadar)``, ``(+ J&K
#: through the 2019 Reorganisation Act)`` after "now used only for Puducherry"): without
#: it the key is narrower than the notes, or the sentence false.
_NEEDED = re.compile(r"^\s*(?:=|\+|&|aka\b|a\.k\.a\.|or\b|i\.e\.|also\b|incl)", re.IGNORECASE)
#: A word that points to what the sentences before said ("Upper-caste reformers also backed
#: it"): the aside was the only clue left of what.
_POINTER = re.compile(r"\b(?:it|its|they|them|their|this|these|those|he|she|his|her)\b", re.I)


def without_shorthand_aside(question: Cloze) -> Cloze | None:
    """The cloze with each bracket that shows shorthand left out, or ``None`` when none does,
    one is next to the blank or needed, the rest shows shorthand too, or the cloze is a
    glossary line's."""
    text = question.text
    if text.startswith("{{"):
        return None  # "___: metal salt (e.g. alum) that fixes dye": a glossary line's term,
        # asked of its definition, the aside and all (most such are judged weak: stilted)
    kept: list[str] = []
    start = 0
    for found in _BRACKET.finditer(text):
        if shorthand_mark(found.group("inner")) is None:
            continue
        if _NEEDED.match(found.group("inner")):
            return None
        if (
            text[max(0, found.start() - 2) : found.start()] == "}}"
            or text[found.end() :][:2] == "{{"
        ):
            return None  # "___ (vs …)": the aside describes the answer
        kept.append(text[start : found.start()])
        start = found.end()
    if not kept:
        return None
    cut = "".join(kept) + text[start:]
    if shorthand_mark(CLOZE_BLANK.sub("", cut)) is not None or _POINTER.search(cut):
        return None
    return dataclasses.replace(question, text=cut)
