"""Verdict → fsrs rating: the policy of issue 5, case by case."""

from __future__ import annotations

import pytest
from fsrs import Rating, State

from quizbot.grading import Verdict
from quizbot.study.rating import pace, rating_for


def verdict(kind: str, correct: bool = True, score: float = 1.0) -> Verdict:
    return Verdict(correct, score, kind, "")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("given", "options", "expected"),
    [
        (verdict("wrong", False, 0.0), {}, Rating.Again),
        (verdict("near-miss", False, 0.0), {}, Rating.Again),
        (verdict("empty", False, 0.0), {}, Rating.Again),
        (None, {}, Rating.Again),  # skipped
        (verdict("partial", False, 0.4), {}, Rating.Again),  # not accepted: forgotten
        (verdict("exact"), {"hints": 1}, Rating.Hard),
        (verdict("typo"), {}, Rating.Hard),
        (verdict("partial", True, 0.67), {}, Rating.Hard),
        (verdict("exact"), {"duration_ms": 31_000}, Rating.Hard),  # slow
        (verdict("exact"), {}, Rating.Good),
        (verdict("alias"), {"duration_ms": 3_000, "state": State.Review}, Rating.Good),
        (verdict("exact"), {"duration_ms": 3_000}, Rating.Good),  # fast but new
        (verdict("exact"), {"duration_ms": 3_000, "state": State.Learning}, Rating.Good),
        (verdict("exact"), {"duration_ms": 3_000, "state": State.Review}, Rating.Easy),
        (verdict("exact"), {"duration_ms": 12_000, "state": State.Review}, Rating.Good),
        (verdict("typo"), {"duration_ms": 3_000, "state": State.Review}, Rating.Hard),
        (verdict("exact"), {"duration_ms": 3_000, "state": State.Review, "hints": 2}, Rating.Hard),
    ],
)
def test_rating_from_verdict(
    given: Verdict | None, options: dict[str, object], expected: Rating
) -> None:
    assert rating_for(given, **options) == expected  # type: ignore[arg-type]


def test_pace_allows_longer_answers_more_time() -> None:
    assert pace("short", 8_000) == "fast"
    assert pace("short", 20_000) == ""
    assert pace("short", 30_001) == "slow"
    assert pace("list", 12_000) == "fast"
    assert pace("match", 45_000) == ""
    assert pace("statements", 61_000) == "slow"
    assert pace("short", None) == ""
