"""Marking schemes: exact decimal arithmetic for the presets and custom values."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from quizbot.exam.scoring import CSAT, GS1, MarkingScheme, fmt, preset


@pytest.mark.parametrize(
    ("scheme", "counts", "expected"),
    [
        (GS1, (0, 0, 25), "0"),
        (GS1, (25, 0, 0), "50"),
        (GS1, (10, 5, 10), "16.70"),  # 20 - 3.30
        (GS1, (3, 2, 20), "4.68"),  # 6 - 1.32
        (GS1, (1, 3, 21), "0.02"),  # 2 - 1.98
        (GS1, (0, 25, 0), "-16.50"),
        (GS1, (7, 11, 7), "6.74"),  # 14 - 7.26
        (CSAT, (10, 5, 10), "20.85"),  # 25 - 4.15
        (CSAT, (3, 3, 0), "5.01"),  # 7.5 - 2.49
        (CSAT, (0, 1, 0), "-0.83"),
        (CSAT, (80, 0, 0), "200"),
    ],
)
def test_preset_scores_are_exact(
    scheme: MarkingScheme, counts: tuple[int, int, int], expected: str
) -> None:
    assert scheme.score(*counts) == Decimal(expected)


def test_presets_values_and_time() -> None:
    assert (GS1.correct, GS1.wrong, GS1.blank) == (Decimal(2), Decimal("0.66"), Decimal(0))
    assert (CSAT.correct, CSAT.wrong, CSAT.blank) == (Decimal("2.5"), Decimal("0.83"), Decimal(0))
    assert GS1.time_limit(25) == timedelta(minutes=30)
    assert GS1.time_limit(100) == timedelta(minutes=120)
    assert CSAT.time_limit(80) == timedelta(minutes=120)
    assert CSAT.time_limit(25) == timedelta(minutes=37, seconds=30)
    assert GS1.max_score(25) == Decimal(50) and CSAT.max_score(25) == Decimal("62.5")
    assert preset("GS1") is GS1 and preset("csat") is CSAT
    with pytest.raises(ValueError, match="unknown marking preset"):
        preset("gs3")


def test_custom_values_exact_and_wrong_sign_ignored() -> None:
    scheme = MarkingScheme.custom("1", "-0.25", "0", "2")
    assert scheme == MarkingScheme.custom(1, 0.25, 0, 2)
    assert scheme.score(7, 3, 2) == Decimal("6.25")
    assert scheme.time_limit(10) == timedelta(minutes=20)
    third = MarkingScheme.custom("3", "1", "-0.1", "0.5")
    assert third.score(4, 2, 3) == Decimal("9.7")
    assert third.marks("unattempted") == Decimal("-0.1")
    assert MarkingScheme.custom("4", "1").score(1, 1, 1) == Decimal(3)
    with pytest.raises(ValueError):
        MarkingScheme.custom("0", "1")
    with pytest.raises(ValueError, match="not a number"):
        MarkingScheme.custom("two", "1")
    assert MarkingScheme.from_dict(third.to_dict()) == third


def test_two_decimal_format_rounds_half_up_and_never_shows_minus_zero() -> None:
    assert fmt(Decimal("7.335")) == "7.34"
    assert fmt(Decimal("4.68")) == "4.68"
    assert fmt(Decimal(50)) == "50.00"
    assert fmt(Decimal("-16.5")) == "-16.50"
    assert fmt(Decimal("-0.001")) == "0.00"


def test_blind_guess_values() -> None:
    assert GS1.blind_guess_value() == Decimal("0.005")
    assert GS1.blind_guess_value(2) == Decimal("0.67")
    assert CSAT.blind_guess_value() == Decimal("0.0025")
    assert GS1.describe() == "+2 correct, −0.66 wrong, 0 blank; 1.2 min a question"
