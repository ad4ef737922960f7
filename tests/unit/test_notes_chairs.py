"""The chair builder (quizbot/notes/chairs.py): ``Body (year, chair Person)`` is asked "Who
chaired the Body (year)?", with the person as the key."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_a_body_with_its_chair_in_brackets_asks_who_chaired_it() -> None:
    asked = short_questions(
        "# Urban India\n\n## Basics\n\n"
        "- National Commission on Urbanisation (1985, chair **Charles Correa**) → report 1988\n"
        "- The **2nd National Commission on Labour** (chair **Ravindra Varma**, report 2002)"
        " advised grouping the central laws into four codes.\n"
    )
    assert asked["Who chaired the National Commission on Urbanisation (1985)?"].answer == (
        "Charles Correa"
    )
    # a report's year is not the year it was chaired
    assert asked["Who chaired the 2nd National Commission on Labour?"].answer == "Ravindra Varma"


def test_no_chair_of_a_body_named_after_its_chair_or_a_place_or_a_clause() -> None:
    asked = short_questions(
        "# Polity\n\n## Bodies\n\n"
        "- Sarkaria Commission (1983, chair Justice R.S. Sarkaria) – Centre–state relations\n"
        "- Delhi (chair Anil Kumar) hosted the meet in 2010 with many teams\n"
        "- Constituent Assembly Committee (chaired by G.V. Mavalankar when sitting as"
        " legislature) met often\n"
    )
    assert not [p for p in asked if p.startswith("Who chaired")]
