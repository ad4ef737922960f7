"""A response's answer slots: splitting a response into parts, and grading one part.

A slot is one answer the learner gives: a short answer, one list item, one cloze blank, or an
option named by its text. :func:`grade_one` matches it through :mod:`quizbot.grading.matcher`
and runs the near-miss guard on anything accepted only as a typo: if the response is at least
as close to another answer (the question's ``reject`` list, its other options or items, or the
bank's :class:`AnswerIndex`), it is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from quizbot.bank.model import Question
from quizbot.grading.context import context
from quizbot.grading.details import is_detail, readings
from quizbot.grading.index import AnswerIndex
from quizbot.grading.matcher import best_match, forms
from quizbot.grading.normalize import analyse
from quizbot.grading.typo_diff import typo_diff
from quizbot.grading.verdict import Verdict, VerdictKind

#: A comma that is not a thousands separator ("$30,000 million", Indian "5,00,000").
COMMA = r"(?:(?<!\d),|,(?!\d{3}(?!\d)|\d\d(?:,\d\d)*,\d{3}(?!\d)))"
#: Such commas, semicolons, slashes, new lines.
STRONG_SPLIT = re.compile(rf"\s*(?:{COMMA}|[;/\n])\s*")
AND_SPLIT = re.compile(r"\s+(?:and|&)\s+|\s*&\s*", re.IGNORECASE)


@dataclass(frozen=True)
class One:
    """The outcome of grading one answer slot."""

    accepted: bool
    kind: VerdictKind
    feedback: str
    #: The feedback without the verdict and the answer (see :attr:`Verdict.note`).
    note: str = ""


def as_verdict(one: One) -> Verdict:
    """A one-slot question's verdict: all or nothing."""
    return Verdict(one.accepted, 1.0 if one.accepted else 0.0, one.kind, one.feedback, one.note)


def split_parts(response: str, whole: Callable[[str], bool]) -> list[str]:
    """Split on commas, semicolons, slashes and new lines; then split a part on "and" only
    if it is not an item as a whole ("Oil and gas" stays one item)."""
    parts: list[str] = []
    for part in STRONG_SPLIT.split(response.strip()):
        if not part:
            continue
        pieces = [p for p in AND_SPLIT.split(part) if p]
        parts.extend(pieces if len(pieces) > 1 and not whole(part) else [part])
    return parts


def grade_one(
    response: str,
    answer: str,
    aliases: Sequence[str],
    question: Question,
    index: AnswerIndex | None,
    rivals: Iterable[str] = (),
    tolerance: float | None = None,
    blank: int | None = None,
) -> One:
    """Grade one slot: ``response`` against ``answer`` (+ ``aliases``), guarding near misses.
    A response that adds to the answer ("Tashkent, Uzbekistan", "S-400, because …") is
    graded on its answer part when the rest only describes it (see
    :mod:`quizbot.grading.details`)."""
    rivals = list(rivals)
    whole = _grade_whole(response, answer, aliases, question, index, rivals, tolerance, blank)
    if whole.accepted or whole.kind == "near-miss":
        return whole
    own = frozenset(f.analysis.compact for f in forms(answer, aliases))
    others = [*question.reject, *rivals]
    for part, detail, after in readings(response):
        found = _grade_whole(part, answer, aliases, question, index, rivals, tolerance, blank)
        if found.accepted and is_detail(detail, after, part, answer, others, index, own):
            whole_compact = analyse(response).compact
            if whole_compact not in own and (
                (index is not None and whole_compact in index.exact)
                or any(analyse(r).compact == whole_compact for r in others)
            ):
                return whole  # the whole is another answer ("BrahMos-II" for "BrahMos")
            return found
    return whole


def _grade_whole(
    response: str,
    answer: str,
    aliases: Sequence[str],
    question: Question,
    index: AnswerIndex | None,
    rivals: Iterable[str],
    tolerance: float | None,
    blank: int | None,
) -> One:
    said = analyse(response)
    accepted = forms(answer, aliases)
    found = best_match(said, accepted, context(question, blank), tolerance)
    own = frozenset(f.analysis.compact for f in accepted)
    rival_texts = [*question.reject, *rivals]
    if found is not None and found.magnitude:
        # Right number, wrong size: name it, never accept it ("30" for "$30 billion").
        said_text = response.strip()
        which = "Missing the magnitude" if found.magnitude == "missing" else "Wrong magnitude"
        feedback = f"{which}: the answer is {answer}, not {said_text}."
        return One(False, "near-miss", feedback, f"{which}: not {said_text}.")
    if found is not None and found.kind != "typo":
        note = f" ({found.note})" if found.note else ""
        noted = f"{found.note[:1].upper()}{found.note[1:]}." if found.note else ""
        return One(True, found.kind, f"Correct: {answer}{note}.", noted)
    # A typo must not be as close to another answer; a wrong response that is (or is one
    # edit from) another answer is named, so the learner sees which fact they reached for.
    other = _closest_rival(
        said.compact, rival_texts, index, own, found.distance if found is not None else 1
    )
    if other is not None:
        named = f"{other} is a different answer"
        return One(False, "near-miss", f"{named}; the answer is {answer}.", f"{named}.")
    if found is not None:
        diff = typo_diff(response.strip(), found.form.variant or answer)
        return One(
            True,
            "typo",
            f"Correct, with a typo: {diff} (the answer is {answer}).",
            f"With a typo: {diff}.",
        )
    return One(False, "wrong", f"The answer is {answer}.")


def _closest_rival(
    compact: str,
    rivals: Sequence[str],
    index: AnswerIndex | None,
    own: frozenset[str],
    distance: int,
) -> str | None:
    """Another answer at least as close to the response as the expected one (or equal)."""
    limit = distance
    best: tuple[str, int] | None = None
    for text in rivals:
        rival = analyse(text).compact
        if rival and rival not in own:
            d = OSA.distance(compact, rival, score_cutoff=limit)
            if d <= limit and (best is None or d < best[1]):
                best = (text, d)
    if index is not None:
        hit = index.nearest(compact, limit, own)
        if hit is not None and (best is None or hit[1] < best[1]):
            best = hit
    return best[0] if best is not None else None
