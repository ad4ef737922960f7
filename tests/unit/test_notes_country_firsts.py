"""The country-first builder (quizbot/notes/country_firsts.py): ``DATE – **Name** … → India
Nth country to …`` is asked "Which mission made India the n-th country to …?"."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_a_missions_rank_after_an_arrow_asks_which_mission() -> None:
    asked = short_questions(
        "# Space\n\n## Planetary missions\n\n"
        "- Mar 2031 – **Shukrayaan** (GSLV) enters Venus orbit → India 3rd country to orbit"
        " Venus after US, Soviet Union\n"
    )
    question = asked[
        "Which mission made India the third country to orbit Venus, after the US and the"
        " Soviet Union?"
    ]
    assert question.answer == "Shukrayaan"


def test_no_kind_in_the_heading_or_a_bold_name_that_is_not_the_subject_gives_none() -> None:
    asked = short_questions(
        "# Space\n\n## Highlights\n\n"
        "- 2031 – **Shukrayaan** enters Venus orbit → India 3rd country to orbit Venus\n\n"
        "## Missions\n\n"
        "- 2032 – GSLV lifts **Lunar Rover-2** → India 2nd country to drive on the Moon\n"
    )
    assert not any(p.startswith("Which mission made India") for p in asked)
