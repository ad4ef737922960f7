"""Sections of the writer's own view (quizbot/notes/view_sections.py): nothing is asked of a
Mains angle, a significance or a criticism; the facts before them are."""

from __future__ import annotations

import pytest

from quizbot.notes.view_sections import is_a_view_section
from tests.unit.notes_support import showing

_NOTES = (
    "# Payments Banks\n\n## Basics\n\n"
    "- **Payments banks** (PBs) were licensed by the RBI in **2015** on the Nachiket Mor"
    " committee's advice.\n\n"
    "## Mains angle\n\n"
    "- PBs → leverage mobile/telecom/postal reach for last-mile payments\n"
    "- Erosion shrinking Majuli → displacement of people\n\n"
    "## Significance\n\n"
    "Indians saw that **organised agitation** works.\n"
)


def test_nothing_is_asked_of_the_writers_view() -> None:
    assert not showing(_NOTES, "leverage")
    assert not showing(_NOTES, "displacement")
    assert not showing(_NOTES, "organised agitation")
    assert showing(_NOTES, "2015")  # the fact before them is asked


@pytest.mark.parametrize(
    "heading",
    [
        "Mains angle",
        "Significance → Mains angle",
        "Criticism / issues",
        "Assessment",
        "Legacy",
        "Issues / challenges",
    ],
)
def test_a_section_of_the_writers_view(heading: str) -> None:
    assert is_a_view_section(heading)


@pytest.mark.parametrize(
    "heading",
    [
        'The "experiments" (imp. for Mains)',
        "Why it matters",
        "Issues table",
        "Features",
        "India's concerns",
        "Challenges",
    ],
)
def test_not_a_section_of_the_writers_view(heading: str) -> None:
    assert not is_a_view_section(heading)
