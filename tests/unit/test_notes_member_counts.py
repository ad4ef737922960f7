"""The member-count builder (quizbot/notes/member_counts.py): ``N members – …`` under a
body's name is asked "How many members does the body have?"."""

from __future__ import annotations

from quizbot.bank.model import Short
from quizbot.notes import generate_questions


def _asked(notes: str) -> dict[str, Short]:
    found = generate_questions(notes, "n/notes.md")
    return {q.prompt: q for q in found if isinstance(q, Short)}


def test_a_count_of_members_under_a_bodys_name_asks_how_many() -> None:
    asked = _asked(
        "# Polity\n\n## Constitutional bodies\n\n"
        "- Finance Commission (FC), under Art 280:\n"
        "  - 5 members – a chairman + 4 others appointed by the President\n"
    )
    question = asked["How many members does the Finance Commission have?"]
    assert (question.answer, question.aliases) == ("5", ("five",))


def test_no_count_question_under_a_label_or_for_one_member() -> None:
    asked = _asked(
        "# Polity\n\n## Bodies\n\n- composition of the panel:\n  - 3 members – all judges\n"
        "- Lokpal (2013):\n  - one member – the chairperson alone at first\n"
    )
    assert not any(p.startswith("How many members") for p in asked)
