"""The text on either side of a cloze's one blank, which many gate rules read (split from
:mod:`~quizbot.notes.giveaway`)."""

from __future__ import annotations

from functools import lru_cache

from quizbot.bank.model import CLOZE_BLANK, Cloze, Question


def blank_sides(question: Question) -> tuple[str, str] | None:
    """The text before and after the one blank of a cloze (``None`` for anything else)."""
    if not isinstance(question, Cloze):
        return None
    return _sides(question.text)


@lru_cache(maxsize=64)
def _sides(text: str) -> tuple[str, str] | None:
    """The rules of one question ask for its sides in turn: found once."""
    found = list(CLOZE_BLANK.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    return text[: m.start()], text[m.end() :]
