"""The classes found on the nineteenth session's rounds of fresh notes (holdouts 279 on)
and on its look back at the classes left alone, each on made-up notes of another subject."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_a_committee_s_year_is_the_year_it_is_associated_with() -> None:
    """``2003 – **Malimath Committee** on reforms of criminal justice system``: the year a
    timeline gives a committee is as often its report's as its appointment's (Malimath was
    appointed in 2000), so "In which year was … appointed?" was wrong (holdouts 235, 241,
    272); a commission is still asked when it was appointed."""
    notes = """# Centre–State Relations

## Timeline
- 1983 – Sarkaria Commission
- 1988 – Venkatachaliah Committee on tax devolution
"""
    asked = short_questions(notes)
    assert "In which year was the Sarkaria Commission appointed?" in asked
    committee = asked[
        "With which year is the Venkatachaliah Committee on tax devolution associated?"
    ]
    assert committee.answer == "1988"
    assert not any("Committee" in p and "appointed" in p for p in asked)
