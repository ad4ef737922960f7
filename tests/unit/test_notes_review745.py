"""Mends after the blind rounds 745–751 (fifty-second session): each case is a kind a coach
found, written on notes of another subject where it could be."""

from __future__ import annotations

from quizbot.bank.model import Short
from tests.unit.notes_support import short_questions


def test_a_labelled_bold_value_under_key_points_is_asked_of_the_sections_thing() -> None:
    # "Lead UN agency → **FAO** (Rome)" under "IYM 2023 – key points" was a cloze turned away
    # for its arrow, and FAO, a key fact, was never asked (holdout 744): "key points" is the
    # writer's label like "basics", and a label may hold an acronym ("UN")
    notes = (
        "# Pulses\n\n## International Year of Pulses 2016 – key points\n\n"
        "- Lead UN agency → **FAO** (Rome)\n"
    )
    asked = short_questions(notes)
    question = asked["What is the lead UN agency of the International Year of Pulses 2016?"]
    assert isinstance(question, Short) and question.answer == "FAO"
    assert "Rome" not in question.aliases
    plain = notes.replace("key points", "delegates' impressions")
    assert (
        "What is the lead UN agency of the International Year of Pulses 2016?"
        not in short_questions(plain)
    )
