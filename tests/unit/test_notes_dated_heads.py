"""The dated-head builder (quizbot/notes/dated_heads.py): ``**Project Tiger** – launched **1
April 1973** at …`` is asked "On what date was Project Tiger launched?"; only the writer's
bold head, only a verb that dates a start, only a date straight after it."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_a_bold_head_dated_after_its_dash_is_asked_when() -> None:
    asked = short_questions(
        "# Environment\n\n## Projects\n\n"
        "- **Project Tiger** – launched **1 April 1973** at Jim Corbett; 9 reserves at start\n"
        "- **Ramsar Convention** – signed **1971** at **Ramsar, Iran**; India joined 1982\n"
        "- **NABARD** – est. **12 July 1982** under the NABARD Act 1981; HQ **Mumbai**\n"
    )
    tiger = asked["On what date was Project Tiger launched?"]
    assert tiger.answer == "1 April 1973"
    ramsar = asked["In which year was the Ramsar Convention signed?"]
    assert ramsar.answer == "1971"
    assert asked["On what date was NABARD established?"]


def test_no_date_question_without_a_bold_head_a_start_verb_or_a_date_at_once() -> None:
    asked = short_questions(
        "# Environment\n\n## Projects\n\n"
        "- Project Lion – launched 2020 in Gir\n"
        "- **Project Snow Leopard** – revised in 2009 for the Himalaya\n"
        "- **Project Dolphin** – launched by the PM, 2020\n"
    )
    assert not [p for p in asked if "was" in p and ("launched" in p or "revised" in p)]
