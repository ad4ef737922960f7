"""From a verdict to an fsrs rating.

The policy (issue 5):

* wrong, near-miss, empty or skipped → Again;
* correct after a hint, with a typo, partial, or slow → Hard;
* correct, fast and exact on a question already in review → Easy;
* any other correct answer → Good.

"Fast" and "slow" depend on how much a question asks for: a one-phrase answer is fast within
8 s and slow after 30 s; a list, multi, statements or match question within 15 s and after 60 s.
An answer with no duration is neither. The learner may override the rating afterwards.
"""

from __future__ import annotations

from fsrs import Rating, State

from quizbot.grading import Verdict

#: (fast at most, slow over), in milliseconds, by question type.
PACE_MS: dict[str, tuple[int, int]] = {
    "short": (8_000, 30_000),
    "mcq": (8_000, 30_000),
    "truefalse": (8_000, 30_000),
    "cloze": (8_000, 30_000),
    "list": (15_000, 60_000),
    "multi": (15_000, 60_000),
    "statements": (15_000, 60_000),
    "match": (15_000, 60_000),
}
_DEFAULT_PACE = (8_000, 30_000)


def pace(question_type: str, duration_ms: int | None) -> str:
    """ "fast", "slow" or "" (in between, or no duration)."""
    if duration_ms is None:
        return ""
    fast, slow = PACE_MS.get(question_type, _DEFAULT_PACE)
    return "fast" if duration_ms <= fast else "slow" if duration_ms > slow else ""


def rating_for(
    verdict: Verdict | None,
    *,
    question_type: str = "short",
    state: State | None = None,
    duration_ms: int | None = None,
    hints: int = 0,
) -> Rating:
    """The rating an answer earns; ``verdict=None`` means skipped, ``state=None`` unseen."""
    if verdict is None or not verdict.correct or verdict.kind in ("wrong", "empty", "near-miss"):
        return Rating.Again
    speed = pace(question_type, duration_ms)
    if hints or verdict.kind in ("typo", "partial") or speed == "slow":
        return Rating.Hard
    if verdict.kind == "exact" and speed == "fast" and state == State.Review:
        return Rating.Easy
    return Rating.Good
