"""The classes found on the sixteenth session's rounds of fresh notes (holdouts 243 on),
each on made-up notes of another subject."""

from __future__ import annotations

import pytest

from tests.unit.notes_support import dated_statement


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        ("1969 – ISRO formed (Vikram Sarabhai)", "In 1969, ISRO was formed (Vikram Sarabhai)."),
        ("1905 – Bengal partitioned", "In 1905, Bengal was partitioned."),
        ("1930 – CFCs synthesised (Midgley)", "In 1930, CFCs were synthesised (Midgley)."),
    ],
)
def test_a_participle_that_ends_a_dated_line_is_its_passive(line: str, sentence: str) -> None:
    """ "1975 – **Coal India Ltd** formed (HQ Kolkata)": the participle ends the clause (or
    stands before its bracket) and the line was never asked (holdouts 183, 104, 119)."""
    assert dated_statement(line) == sentence


@pytest.mark.parametrize("line", ["1857 – Revolt started", "1991 – Reforms continued"])
def test_a_deed_of_its_own_is_not_made_passive(line: str) -> None:
    """ "In 1857, the Revolt was started." says something else: some -ed verbs are a deed
    of their own, with no one who did it."""
    made = dated_statement(line)
    assert made is None or " was " not in made
