"""A legend line's short forms are written out in what the learner reads; a comparison
written with ``=`` is no legend (holdout review 5: "SLBM: ballistic missile fired from a
submarine" shown as "powered only early missile …", from ``Cruise vs ballistic: cruise =
powered all the way, flies low; ballistic = powered only early, then a free arc``)."""

from __future__ import annotations

import textwrap

from quizbot.notes import generate_questions
from quizbot.notes.fragments import shown
from quizbot.notes.index import is_short_form
from quizbot.notes.terms import is_legend


def test_a_short_form_is_written_out_and_a_compared_word_is_not() -> None:
    assert is_short_form("movt", "movement")
    assert is_short_form("intel", "intelligence")
    assert is_short_form("INC", "Congress")
    assert not is_short_form("ballistic", "powered only early")
    assert not is_short_form("climate", "average weather over 30 years")
    assert not is_short_form("samkhya", "oldest of the six"), "says what samkhya is"
    assert is_short_form("CAPF", "central armed police forces")
    assert not is_short_form("NP", "no grazing/private rights"), "what a national park allows"


def test_a_comparison_line_splices_no_words_into_other_lines() -> None:
    notes = """\
    # Geography

    ## Terms

    - Weather vs climate: weather = the state of the air now; climate = average weather over 30 years
    - Microclimate: climate of a small area such as a valley or a city
    - Monsoon: seasonal reversal of winds over South Asia
    - Jet stream: narrow band of fast winds high in the troposphere
    """
    found = generate_questions(textwrap.dedent(notes), "n/notes.md")
    assert found
    assert not any("average weather over 30 years" in shown(q) for q in found)


def test_roles_given_with_equals_signs_are_facts_not_a_legend() -> None:
    """``Founder = **A.O. Hume**; 1st president = **W.C. Bonnerjee**; Viceroy = …`` once read
    as the writer's shorthand, and its line gave no question at all (holdout notes 21)."""
    assert is_legend("INC = Congress, ML = Muslim League")
    assert is_legend("movt = movement; govt = government")
    assert not is_legend("Founder = A.O. Hume (retired ICS); Viceroy = Lord Dufferin")
