"""Stable choices of the generator: the same in every process and for any input order."""

from __future__ import annotations

from quizbot.notes.hashing import pick, sample, shuffled, stable_hash

WORDS = [f"w{i}" for i in range(40)]


def test_stable_hash_is_a_fixed_64_bit_value() -> None:
    # ids are built from it: a change here would change every generated id
    assert stable_hash("notes", "unit") == 0x822906596980EF4B
    assert stable_hash("notes", "unit") != stable_hash("notes", "other")


def test_shuffled_is_a_permutation_that_ignores_the_input_order() -> None:
    once = shuffled(WORDS, "key")
    assert sorted(once) == sorted(WORDS)
    assert shuffled(list(reversed(WORDS)), "key") == once
    assert shuffled(WORDS, "other key") != once


def test_pick_is_one_of_the_options_and_depends_only_on_the_key() -> None:
    assert pick(WORDS, "a", "b") in WORDS
    assert pick(WORDS, "a", "b") == pick(list(WORDS), "a", "b")


def test_sample_of_a_long_list_is_a_run_of_consecutive_items() -> None:
    got = sample(WORDS, 5, "key")
    start = WORDS.index(got[0])
    assert got == [WORDS[(start + i) % len(WORDS)] for i in range(5)]
    assert sample(WORDS, 5, "key") == got


def test_sample_of_a_short_list_is_all_of_it_in_order() -> None:
    assert sample(WORDS[:3], 5, "key") == WORDS[:3]
