"""The member-count builder (quizbot/notes/member_counts.py): ``N members – …`` under a
body's name is asked "How many members does the body have?"."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_a_count_of_members_under_a_bodys_name_asks_how_many() -> None:
    asked = short_questions(
        "# Polity\n\n## Constitutional bodies\n\n"
        "- Finance Commission (FC), under Art 280:\n"
        "  - 5 members – a chairman + 4 others appointed by the President\n"
    )
    question = asked["How many members does the Finance Commission have?"]
    assert (question.answer, question.aliases) == ("5", ("five",))


def test_no_count_question_under_a_label_or_for_one_member() -> None:
    asked = short_questions(
        "# Polity\n\n## Bodies\n\n- composition of the panel:\n  - 3 members – all judges\n"
        "- Lokpal (2013):\n  - one member – the chairperson alone at first\n"
    )
    assert not any(p.startswith("How many members") for p in asked)


def test_no_count_question_for_a_part_of_the_members() -> None:
    """ "12 members nominated by the President" under the Rajya Sabha is no size of it."""
    asked = short_questions(
        "# Polity\n\n## Parliament\n\n- Vidhan Parishad (upper house):\n"
        "  - 8 members nominated by the Governor\n"
        "- Tariff Board (1923):\n  - 3 members from each province\n"
    )
    assert not any(p.startswith("How many members") for p in asked)
