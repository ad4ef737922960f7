"""The confluence builder (quizbot/notes/confluences.py): ``C – A + B meet at X`` is asked
"At which place do the A and the B meet to form the C?"."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_a_sum_of_two_rivers_meeting_at_a_place_asks_where() -> None:
    asked = short_questions(
        "# World geography\n\n## North America\n\n"
        "- **Ohio** – Allegheny (from Pennsylvania) + Monongahela meet at **Pittsburgh**\n"
        "- Mississippi = Missouri + Upper Mississippi, meet at St. Louis (MO); longest system\n"
    )
    ohio = asked["At which place do the Allegheny and the Monongahela meet to form the Ohio?"]
    assert ohio.answer == "Pittsburgh"
    assert (
        "At which place do the Missouri and the Upper Mississippi meet to form the Mississippi?"
        in asked
    )


def test_a_sum_with_no_meeting_place_or_a_clause_for_a_part_is_notshort_questions() -> None:
    asked = short_questions(
        "# World geography\n\n## Rivers\n\n"
        "- Amazon – Solimões + Negro, largest discharge of any river\n"
        "- Nile – the White Nile from Lake Victoria + Blue Nile meet at Khartoum\n"
    )
    assert not any(p.startswith("At which place do the") for p in asked)
