"""The founder builder (quizbot/notes/founders.py): ``YEAR – Body, Place – Person`` is asked
"Who founded the Body in Place in YEAR?"."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_a_dated_body_and_its_founder_after_a_dash() -> None:
    asked = short_questions(
        "# Science history\n\n## Learned bodies – timeline\n\n"
        "- 1784 – **Asiatic Society**, Calcutta – William Jones; journal Asiatick Researches\n"
        "- 1876 – Indian Association for the Cultivation of Science Society – Mahendralal"
        " Sarkar (C.V. Raman worked here)\n"
        '- 1909 – Swadeshi Science Movement – P.C. Ray "Acharya" → Bengal Chemicals\n'
    )
    society = asked["Who founded the Asiatic Society in Calcutta in 1784?"]
    assert society.answer == "William Jones"
    movement = asked["Who started the Swadeshi Science Movement in 1909?"]
    assert movement.answer == "P.C. Ray"
    assert movement.aliases == ("P.C. Ray Acharya", "Acharya")  # the other name it gives


def test_no_founder_for_a_mission_a_split_or_a_person_who_said_something() -> None:
    asked = short_questions(
        "# Science history\n\n## Events – timeline\n\n"
        "- 1942 – Raman Mission – Nehru; talks failed\n"
        '- 1950 – Science Party – Bhabha: "no power is costlier"\n'
        "- 1960 – Physics Split – Saha vs Bose\n"
    )
    assert not any(p.startswith(("Who founded", "Who started")) for p in asked)
