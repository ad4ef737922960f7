"""The dated-member builder (quizbot/notes/dated_members.py): ``2005 – **Sanskrit**`` under
*Classical languages* is asked "Which became a classical language in 2005?"."""

from __future__ import annotations

from tests.unit.notes_support import short_questions

_NOTES = (
    "# Culture\n\n## Classical languages\n\nTimeline –\n"
    "- 2004 – **Tamil** (first)\n"
    "- 2005 – **Sanskrit**\n"
    "- 2008 – **Telugu** & **Kannada**\n"
    "- 2013 – Malayalam\n"
)


def test_a_year_and_one_bold_name_under_a_plural_heading() -> None:
    asked = {p: q.answer for p, q in short_questions(_NOTES).items()}
    assert asked["Which was the first classical language (2004)?"] == "Tamil"
    assert asked["Which became a classical language in 2005?"] == "Sanskrit"
    assert not [p for p in asked if "2008" in p or "2013" in p]  # two names; not bold


def test_a_heading_that_names_no_kind_asks_nothing() -> None:
    asked = short_questions(_NOTES.replace("## Classical languages", "## Timeline of 2004"))
    assert not [p for p in asked if p.startswith("Which became")]
