"""The classes found in the seventh session's reviews, each on made-up notes of another
subject."""

from __future__ import annotations

from quizbot.notes.clause_shapes import describes_a_person
from tests.unit.notes_support import shown_texts


def test_a_body_and_its_chair_are_asked_in_words() -> None:
    """ "___ – chaired by the Prime Minister" was a raw line; "Who chairs …?" asks it."""
    shown = shown_texts(
        "# Polity\n\n## Fiscal bodies\n\n"
        "- **GST Council** – chaired by the **Union Finance Minister**\n"
        "- **Zonal Councils**: chaired by the Union Home Minister\n"
    )
    assert "Who chairs the GST Council?" in shown
    assert "Who chairs the Zonal Councils?" in shown


def test_an_office_that_acts_on_a_thing_is_no_person_described() -> None:
    """ "Who is described as “chaired by the Chief Minister”?" keyed a body."""
    assert describes_a_person("last GG and only Indian GG")
    assert describes_a_person("first Governor-General of free India")
    assert not describes_a_person("chaired by the Chief Minister")
    assert not describes_a_person("end of a session by the President")
