"""The participle-place builder (quizbot/notes/participle_places.py): ``N things from X done
in **Place NP** in DATE`` is asked "In which national park were N things from X done …?"."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_a_participle_clause_asks_the_place_by_the_kind_its_name_carries() -> None:
    asked = short_questions(
        "# Environment\n\n## Projects\n\n"
        "- Indian Rhino Vision 2020 – rhino count rising; 20 rhinos from Pobitora translocated"
        " to **Manas NP** (Assam) in Apr 2008, more in 2012\n"
    )
    question = asked[
        "To which national park were 20 rhinos from Pobitora translocated in April 2008?"
    ]
    assert question.answer == "Manas NP"
    assert "Manas National Park" in question.aliases


def test_a_kind_written_in_full_and_no_question_for_a_place_without_a_kind() -> None:
    asked = short_questions(
        "# Geography\n\n## Grasslands\n\n"
        "- Bustard recovery plan – numbers falling; 12 chicks from Jaisalmer hatched in"
        " **Desert National Park** in 2019\n"
        "- Project Tiger – 5 tigers from Kanha released in **Madhya Pradesh** in 2009\n"
        "- Jail – 2 leaders from Bengal imprisoned in **Mandalay Jail** in 1908\n"
    )
    park = asked["In which national park were 12 chicks from Jaisalmer hatched in 2019?"]
    assert park.answer == "Desert National Park"
    assert not any(p.startswith(("In which state", "In which jail")) for p in asked)
    assert not any("Madhya Pradesh" in q.answer for q in asked.values())
