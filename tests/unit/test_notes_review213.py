"""The classes found on the fourteenth session's fresh notes (holdouts 213–215), each on
made-up notes of another subject."""

from __future__ import annotations

from quizbot.notes.timeline import when_question


def test_a_bare_kind_dated_alone_is_not_asked_its_date() -> None:
    """``2014 – Report (Jan); Budget announcement (Jul)`` (holdout 215 asked "In which year
    was the Report published?": which report?)."""
    assert when_question("Report (Jan)", "year") is None
    assert when_question("Committee", "year") is None


def test_the_event_is_the_name_s_last_noun_not_an_owner_or_a_target() -> None:
    """The head of a name is its last noun: a committee's report was published, not
    appointed; a memorial *to* a commission is no commission (holdout 145 asked "In which
    year was Phule's memorial to Hunter Commission appointed?"); a bare owner after *of*
    (``Resolution of League``) and a war the event came *after* are not the head."""
    assert when_question("Sarkaria Commission report", "year") == (
        "In which year was the Sarkaria Commission report published?"
    )
    assert when_question("Ambedkar's petition to Simon Commission", "year") is None
    assert when_question("Kanpur Resolution of Congress", "year") == (
        "In which year was the Kanpur Resolution of Congress passed?"
    )
    assert when_question("Treaty of Amritsar after the 1st war", "year") == (
        "In which year was the Treaty of Amritsar signed?"
    )
    assert when_question("Mandal Commission report submitted to President", "year") is None
    assert when_question("Prevention of Corruption Act", "year") == (
        "In which year was the Prevention of Corruption Act passed?"
    )
