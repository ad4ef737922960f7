"""A quality-gate rule for a share blanked where the sentence says it in words (run by
:mod:`~quizbot.notes.ambiguity`): "By the ___ law, only about a tenth of the energy …
is passed on" asks 10% and prints it (holdout 334, bad)."""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question
from quizbot.notes.drafts import Context, Draft, Unit

#: A key that is a share (``10%``, ``50 per cent``).
_SHARE = re.compile(r"(\d{1,2})\s*(?:%|per\s?cent)")
#: The share each fraction says in words.
_FRACTIONS = {
    10: r"(?:a|one)[ -]tenth",
    20: r"(?:a|one)[ -]fifth",
    25: r"(?:a|one)[ -]quarter|(?:a|one)[ -]fourth",
    33: r"(?:a|one)[ -]third",
    50: r"half",
    66: r"two[ -]thirds",
    67: r"two[ -]thirds",
    75: r"three[ -](?:quarters|fourths)",
}


def share_in_words(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """A blanked share the rest of the sentence says as a fraction ("a tenth" of 10%)."""
    if not isinstance(question, Cloze):
        return None
    shown = re.sub(r"\{\{[^}]*\}\}", " ", question.text)
    for key in re.findall(r"\{\{([^}|]*)", question.text):
        share = _SHARE.fullmatch(key.strip())
        words = _FRACTIONS.get(int(share.group(1))) if share else None
        if words and re.search(rf"\b(?:{words})\b", shown, re.IGNORECASE):
            return f"the blank's share {key.strip()!r} is said in words beside it"
    return None
