"""The holding builder (quizbot/notes/case_holdings.py): a dated case and what it held after
a colon is asked "Which case (1980) held that …?"."""

from __future__ import annotations

from tests.unit.notes_support import short_questions

_CASES = (
    "# Polity\n\n## Cases – timeline\n\n"
    "- 1951 – **Champakam Dorairajan**: DPSPs must run subsidiary to FRs; FRs prevail → 1st Amdt\n"
    "- 1980 – **Minerva Mills**: harmony & balance b/w FRs and DPSPs is itself a basic feature\n"
    "- 1994 – **S.R. Bommai**: majority tested on the floor of the House\n"
)


def test_a_case_is_asked_from_its_holding() -> None:
    asked = {p: q.answer for p, q in short_questions(_CASES).items()}
    assert asked["Which case (1951) held that DPSPs must run subsidiary to FRs?"] == (
        "Champakam Dorairajan"
    )
    assert asked[
        "Which case (1980) held that harmony and balance between FRs and DPSPs is itself a "
        "basic feature?"
    ] == ("Minerva Mills")
    assert not [p for p in asked if "majority tested" in p]  # a note, no clause


def test_a_dated_name_off_a_page_of_cases_is_no_case() -> None:
    asked = short_questions(
        "# World history\n\n## French Revolution\n\n"
        "- 1789 – **Tennis Court Oath**: the Third Estate would not disperse\n"
    )
    assert not [p for p in asked if p.startswith("Which case")]
