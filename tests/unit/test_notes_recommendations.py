"""The recommendation builder (quizbot/notes/recommendations.py): ``X Committee (YEAR) –
advice`` is asked "Which committee (YEAR) recommended …?"."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_a_dated_committee_is_asked_by_its_advice() -> None:
    asked = short_questions(
        "# Sport policy\n\n## Committees\n\n"
        "- Mudgal Committee (2013) – independent ethics board: 3 members + a retired judge\n"
        "- (1990–92) **Sinha Commission** → autonomy for federations, grants tied to results\n"
    )
    board = asked["Which committee (2013) recommended an independent ethics board?"]
    assert board.answer == "Mudgal Committee"
    assert "Mudgal" in board.aliases
    autonomy = asked["Which commission (1990–92) recommended autonomy for federations?"]
    assert autonomy.answer == "Sinha Commission"


def test_no_question_from_a_finding_a_count_or_an_undated_committee() -> None:
    asked = short_questions(
        "# Sport policy\n\n## Committees\n\n"
        "- Lodha Committee (2016) – BCCI had become a closed club; reform it\n"
        "- Rao Committee (2001) → 12 major sports. Imp. ones: hockey\n"
        "- Gill Committee – a national sports code\n"
    )
    assert not any("recommended" in p for p in asked)


def test_an_arrow_inside_the_advice_s_bracket_does_not_cut_the_question() -> None:
    asked = short_questions(
        "# Co-ops\n\n## Timeline\n\n"
        "- (1914–15) **Maclagan Committee** → three-tier credit structure (primary → central"
        " → provincial bank)\n"
    )
    assert "Which committee (1914–15) recommended a three-tier credit structure?" in asked
    assert not [p for p in asked if p.count("(") != p.count(")")]


def test_a_trailing_needed_is_no_part_of_the_advice() -> None:
    asked = short_questions(
        "# Competition\n\n## Timeline\n\n- (1999–2000) **S.V.S. Raghavan Committee** → new"
        " competition law needed\n"
    )
    assert "Which committee (1999–2000) recommended a new competition law?" in asked


def test_a_committee_after_another_note_and_a_semicolon_is_asked() -> None:
    asked = short_questions(
        "# Water\n\n## Laws\n\n"
        "- Water Act 1974; **Mihir Shah Committee** (2016) → groundwater as a common resource:"
        " one national authority\n"
    )
    resource = asked["Which committee (2016) recommended groundwater as a common resource?"]
    assert resource.answer == "Mihir Shah Committee"


def test_a_commission_s_inquiry_is_not_asked_as_its_advice() -> None:
    """``(1977) Shah Commission → probe into the excesses …`` (holdout 301, bad): the
    probe is what the commission was, not what it recommended."""
    asked = short_questions(
        "# Riots\n\n## Inquiries\n\n"
        "- (1984) Ranganath Misra Commission → inquiry into the Delhi riots\n"
        "- (2005) Nanavati Commission → probe into police inaction in 1984\n"
    )
    assert not any("recommended" in p for p in asked)
