"""Classes found on the thirtieth session's holdouts, each fixed on made-up notes of
another subject."""

from __future__ import annotations

from quizbot.notes.timeline import when_question
from tests.unit.notes_support import asked_by_answer


def test_a_target_year_after_the_arrow_is_no_second_date() -> None:
    """``(2010) JNNSM launched (Jan) → 20 GW … by 2022``: the year after the arrow is the
    event's target, yet the line was read as dated twice and never asked (holdout 332)."""
    notes = (
        "# Space programme\n\n## Timeline\n"
        "- (2014) Mars Orbiter Mission launched → Mars orbit reached, target was 2015\n"
        "- (2023) National Quantum Mission approved → quantum computers by 2031\n"
    )
    asked = asked_by_answer(notes)
    assert asked["2014"].endswith("In which year was the Mars Orbiter Mission launched?")
    assert asked["2023"].endswith("In which year was the National Quantum Mission approved?")


def test_a_second_date_before_the_arrow_still_keeps_the_line_unasked() -> None:
    """Two dates of the event itself: "when?" would have two answers."""
    notes = (
        "# Space programme\n\n## Timeline\n"
        "- (1975) **Aryabhata** launched from Kapustin Yar, 1976 re-entry → first satellite\n"
    )
    assert "1975" not in asked_by_answer(notes)


def test_an_adjective_after_a_present_verb_is_no_deed_done() -> None:
    """ "In which year was the Narasimha Rao government introduces revised bill?" — the
    participle ``revised`` was read as the deed (holdout 312)."""
    assert (
        when_question("Vajpayee government introduces amended bill", "year")
        == "In which year did the Vajpayee government introduce amended bill?"
    )


def test_a_plural_name_of_a_kind_takes_were() -> None:
    """ "In which year was the Grievance Appellate Committees added?" (holdout 333)."""
    assert (
        when_question("State Finance Commissions set up", "year")
        == "In which year were the State Finance Commissions set up?"
    )


def test_a_named_object_of_a_kind_takes_the() -> None:
    """ "did Nehru move Objectives Resolution?" (holdout 326), "did MoES launch Monsoon
    Mission?" (holdout 297)."""
    assert (
        when_question("Gandhi launches Salt Satyagraha", "year")
        == "In which year did Gandhi launch the Salt Satyagraha?"
    )
    assert when_question("Babur defeats Ibrahim Lodi", "year") == (
        "In which year did Babur defeat Ibrahim Lodi?"
    )
