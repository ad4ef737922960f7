"""A last-gate rule on a range the question prints beside its blank: it gives the answer.

:func:`range_end` — the blank is one end of a range (``roughly around the ___–14th c.``),
a year the printed range holds (``(1945–57) … after ___``), or a count of years its printed
range spans (``ruled for only ___ years (1540–45)``; as a false statement, ``six years
(1540–45)`` refutes itself). Split from :mod:`~quizbot.notes.shown_keys`.

:func:`rounded_figure` — the blank is a figure the notes round (``over ___``, ``~___``), to
which a truer figure is no wrong answer (moved from :mod:`~quizbot.notes.fragment_keys`).
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question, TrueFalse
from quizbot.notes.blanks import blank_sides
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.text.numbers import NUMBER_WORDS


def range_end(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``roughly around the ___–14th c.`` keyed ``13th``: one end of a range, which the other
    end printed beside it all but gives (and the range is the notes' own rounding)."""
    key = draft.key_text.strip()
    if isinstance(question, Cloze | TrueFalse) and key.lower() in _COUNTS:
        for span in re.finditer(rf"\b{re.escape(key)}{_SPAN.pattern}", draft.unit_text):
            if _years_between(span) == str(NUMBER_WORDS.get(key.lower(), key)):
                # "ruled for only ___ years (1540–45)"; "six years (1540–45)" refutes itself
                return f"the range {span.group(1)} printed beside the count gives it"
    sides = blank_sides(question)
    if sides is None:
        return None
    before, after = sides
    if not re.search(r"\d", key):
        return None  # "___ – 3 styles": a term and its note, no range
    if re.match(r"[–—-]\d", after) or re.search(r"\d[–—-]$", before):
        return "the blank is one end of a range: the other end printed beside it gives it away"
    if re.fullmatch(r"\d{4}", key):
        for m in _YEAR_RANGE.finditer(f"{before} {after}"):
            start, end = m.group(1), m.group(2)
            if key in (start, start[: 4 - len(end)] + end):
                return f"the range {m.group(0)} printed in the question holds the year asked"
    return None


#: A range of years, the second maybe cut short (``1945–57``).
_YEAR_RANGE = re.compile(r"\b(\d{4})\s*[–—-]\s*(\d{4}|\d{2})\b")
#: Years and their range after a count's blank: ``ruled for ___ years (1540–45)``.
_SPAN = re.compile(r"\s*years?\s*\((\d{4}\s*[–—-]\s*(?:\d{4}|\d{2}))\)")


#: Counts a span of years can give: digits and number words.
_COUNTS = frozenset((*NUMBER_WORDS, *map(str, range(1, 100))))


def _years_between(span: re.Match[str]) -> str:
    """``5`` for ``(1540–45)``: the count of years the range spans."""
    found = _YEAR_RANGE.match(span.group(1))
    assert found is not None
    start, end = found.group(1), found.group(2)
    return str(int(start[: 4 - len(end)] + end) - int(start))


#: ``over ___``, ``nearly ___``, ``~___``: a rounded figure, to which a truer count is no
#: wrong answer (``at least ___``, ``up to ___`` state a threshold, and are asked).
_ROUNDED = re.compile(
    r"(?:\b(?:over|more than|nearly|almost|about|around|approx\.?|approximately|some|"
    r"roughly)|[~≈]|c\.)\s*$",
    re.IGNORECASE,
)


def rounded_figure(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``there were over ___ princely states`` keyed ``560``: the learner who knows 562 is
    marked wrong."""
    sides = blank_sides(question)
    if sides is None or draft.key_kind not in ("count", "money", "percent"):
        return None
    if _ROUNDED.search(sides[0].lstrip()) or re.match(r"\s*(?:\+|plus\b|odd\b)", sides[1]):
        return f"the key {draft.key_text!r} is a rounded figure"
    return None
