"""Statement options over every truth combination of two and three statements."""

from __future__ import annotations

import random

import pytest

from quizbot.exam.options import (
    HOW_MANY,
    all_truths,
    how_many_options,
    label,
    truths_of,
    which_options,
)


def test_every_combination_is_covered() -> None:
    assert len(all_truths(2)) == 4 and len(all_truths(3)) == 8
    assert len(set(all_truths(3))) == 8


@pytest.mark.parametrize("truths", all_truths(2) + all_truths(3), ids=str)
@pytest.mark.parametrize("seed", range(12))
def test_which_options_hold_the_right_key(truths: tuple[bool, ...], seed: int) -> None:
    options, key = which_options(truths, random.Random(seed))
    assert len(options) == 4 and len(set(options)) == 4
    assert truths_of(options[key], len(truths)) == truths
    # Every other option names a different set of statements.
    assert all(truths_of(o, len(truths)) != truths for n, o in enumerate(options) if n != key)


def test_labels_are_the_exam_wording() -> None:
    assert [label(t) for t in all_truths(2)] == [
        "Neither 1 nor 2",
        "1 only",
        "2 only",
        "Both 1 and 2",
    ]
    assert {label(t) for t in all_truths(3)} == {
        "None of the above",
        "1 only",
        "2 only",
        "3 only",
        "1 and 2 only",
        "1 and 3 only",
        "2 and 3 only",
        "1, 2 and 3",
    }
    assert label((True, False, True)) == "1 and 3 only"
    options, _ = which_options((True, False), random.Random(0))
    assert options == ("1 only", "2 only", "Both 1 and 2", "Neither 1 nor 2")


def test_which_options_are_deterministic_and_vary_with_the_seed() -> None:
    truths = (True, True, False)
    first = which_options(truths, random.Random(5))
    assert first == which_options(truths, random.Random(5))
    assert len({which_options(truths, random.Random(s))[0] for s in range(30)}) > 3


@pytest.mark.parametrize("truths", all_truths(3), ids=str)
def test_how_many_options(truths: tuple[bool, ...]) -> None:
    options, key = how_many_options(truths)
    assert options == HOW_MANY == ("Only one", "Only two", "All three", "None")
    assert options[key] == {0: "None", 1: "Only one", 2: "Only two", 3: "All three"}[sum(truths)]


def test_other_sizes_are_refused() -> None:
    with pytest.raises(ValueError):
        which_options((True,), random.Random(0))
    with pytest.raises(ValueError):
        how_many_options((True, False))
