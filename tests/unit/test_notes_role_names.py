"""The role builder (quizbot/notes/role_names.py): a bold name a sub-bullet gives its role
(``rover **Pragyan**``, ``Moroccan traveller **Ibn Battuta** came to his court``) is asked
of the parent it belongs to."""

from __future__ import annotations

from quizbot.notes import generate_questions
from tests.unit.notes_support import short_questions


def test_a_role_and_a_bold_name_are_asked_as_the_name_of_the_parents_role() -> None:
    asked = short_questions(
        "# Space\n\n## Missions\n\n- 23 Aug 2023 – **Chandrayaan-3** soft-lands near the"
        " lunar south pole\n  - lander Vikram, rover **Pragyan**; landing site named"
        ' "Shiv Shakti" point\n'
    )
    assert asked["What is the name of Chandrayaan-3's rover?"].answer == "Pragyan"
    assert "What is the name of Chandrayaan-3's lander?" not in asked  # not marked bold


def test_his_in_the_sub_bullet_is_the_parent_named() -> None:
    asked = short_questions(
        "# Medieval\n\n## Tughlaqs\n\n- Muhammad bin Tughlaq (1325–1351)\n"
        "  - Moroccan traveller **Ibn Battuta** came to his court, made qazi of Delhi\n"
    )
    question = asked["Which Moroccan traveller came to Muhammad bin Tughlaq's court?"]
    assert question.answer == "Ibn Battuta"


def test_no_role_question_under_a_lead_in_or_from_a_clause() -> None:
    """``Launch vehicles:`` is no name to own a role; ``shifted capital Delhi → …`` opens
    with a verb, not a role."""
    found = generate_questions(
        "# H\n\n## S\n\n- Launch vehicles:\n  - rocket **PSLV** flies often\n"
        "- Muhammad bin Tughlaq (1325–1351)\n  - shifted capital **Daulatabad** in 1327\n",
        "n/notes.md",
    )
    assert not [q for q in found if q.prompt.startswith(("What is the name", "Which rocket"))]
    assert not [q for q in found if "capital" in q.prompt and q.prompt.startswith("Which shifted")]


def test_a_chair_is_asked_who() -> None:
    """ "Who was NCW's first chair?" (or "the first chair of NCW?"), not "What is the name
    of …" (blind review 26)."""
    asked = short_questions(
        "# Governance\n\n## Rights bodies\n\n- **NCW**\n  - first chair **Jayanti Patnaik**\n"
    )
    chair = {p: q for p, q in asked.items() if p.startswith("Who was")}
    assert [q.answer for q in chair.values()] == ["Jayanti Patnaik"]  # "Who was …", once
