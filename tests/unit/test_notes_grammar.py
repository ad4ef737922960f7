"""``notes.grammar.with_the``: one rule for "the" before a name, shared by the builders."""

from __future__ import annotations

import pytest

from quizbot.notes.grammar import with_the


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("PESA Act (1996)", "the PESA Act (1996)"),
        ("GST Council", "the GST Council"),
        ("2nd ARC", "the 2nd ARC"),
        ("Green Climate Fund", "the Green Climate Fund"),
        ("International Solar Alliance", "the International Solar Alliance"),
        ("Commonwealth", "the Commonwealth"),
        ("The Hindu Succession Act", "the Hindu Succession Act"),
        ("NEP 2020", "NEP 2020"),
        ("SAARC", "SAARC"),
        ("Sanchi", "Sanchi"),
    ],
)
def test_the_before_a_common_noun_head_or_an_ordinal_only(name: str, said: str) -> None:
    assert with_the(name) == said
