"""Mends after the blind rounds 665–672 (fiftieth session): each case is a bad kind a coach
found, written on notes of another subject where it could be."""

from __future__ import annotations

from quizbot.notes.dated_tenses import in_the_past
from quizbot.notes.names import find_names


def test_a_plural_noun_before_what_was_done_to_it_stays_a_noun() -> None:
    # "2023 (1 Jan) – NFSA grains made free" was put as "NFSA grained made free" (holdout
    # 671, bad); "India chairs BRICS" is still a deed put in the past
    assert in_the_past("Village wells made public") == "Village wells made public"
    assert in_the_past("FCI stocks sold in open market") == "FCI stocks sold in open market"
    assert in_the_past("India chairs the G20") == "India chaired the G20"


def test_a_unit_after_a_figure_is_no_part_of_the_name() -> None:
    # "the 440 ___" = "N Liquid Apogee Motor" (holdout 668, bad: the blank began on the
    # newtons)
    text = "The craft used its 22 N Reaction Control Thrusters for small burns"
    assert [n.text for n in find_names(text)] == ["The", "Reaction Control Thrusters"]
    assert [n.text for n in find_names("N India gets cold waves")] == ["N India"]
