"""The loose text helpers of :mod:`quizbot.notes.phrases` that need no notes to test."""

from __future__ import annotations

import random
import re

import pytest

from quizbot.notes.phrases import whole_count


@pytest.mark.parametrize(
    ("haystack", "needle", "count"),
    [
        ("brics, sco, g20, unsc", "sco", 1),
        ("brics, sco, g20, unsc", "sc", 0),  # inside "sco" and "unsc"
        ("sco sco-sco", "sco", 3),  # a hyphen is a boundary
        ("aryabhata (aryabhata i)", "aryabhata", 2),
        ("s-400 and s-400s", "s-400", 1),
        ("a(x)b (x)", "(x)", 1),  # a bracket has a boundary only beside a word character
        ("", "sco", 0),
        ("sco", "", 0),
    ],
)
def test_whole_count_counts_a_needle_between_word_boundaries(
    haystack: str, needle: str, count: int
) -> None:
    assert whole_count(haystack, needle) == count


def test_whole_count_agrees_with_the_regex_it_replaces() -> None:
    """On random texts of word characters, spaces, punctuation and accents, the count is the
    one ``re.findall`` with ``\\b`` on both sides gives."""
    rng = random.Random(35)
    alphabet = "ab_1é -(),."
    for _ in range(3000):
        haystack = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        needle = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))
        expected = len(re.findall(rf"\b{re.escape(needle)}\b", haystack))
        assert whole_count(haystack, needle) == expected, (haystack, needle)
