"""A cloze that names nothing outside its blank (quizbot/notes/anchors.py) is not asked."""

from __future__ import annotations

from tests.unit.notes_support import showing

_NOTES = (
    "# Zonal Councils\n\n## Composition\n\n"
    "Each council has a **Standing Committee of Chief Secretaries**. The **Union Home Minister**"
    " chairs every council.\n\n"
    "## History in brief\n\n"
    "Trade over Nathu La stopped in 1962. Trade reopened only in **Lhasa**.\n\n"
    "## Reports\n\n"
    "The **Rangarajan Committee** recommended a market-determined exchange rate.\n"
)


def test_a_cloze_with_no_name_or_figure_outside_its_blank_is_not_asked() -> None:
    # "Each council has a ___." (holdout 643, bad: chairman, secretariat … fit as well)
    assert not showing(_NOTES, "Each council has a {{")
    assert not showing(_NOTES, "Trade reopened only in {{")


def test_a_cloze_whose_blank_opens_the_sentence_is_asked() -> None:
    # "The ___ recommended …": the rest describes the blank (judged good)
    assert showing(_NOTES, "The {{Rangarajan Committee}} recommended")
