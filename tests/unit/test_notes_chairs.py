"""The chair builder (quizbot/notes/chairs.py): ``Body (year, chair Person)`` is asked "Who
chaired the Body (year)?", with the person as the key."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_a_body_with_its_chair_in_brackets_asks_who_chaired_it() -> None:
    asked = short_questions(
        "# Urban India\n\n## Basics\n\n"
        "- National Commission on Urbanisation (1985, chair **Charles Correa**) → report 1988\n"
        "- The **2nd National Commission on Labour** (chair **Ravindra Varma**, report 2002)"
        " advised grouping the central laws into four codes.\n"
    )
    assert asked["Who chaired the National Commission on Urbanisation (1985)?"].answer == (
        "Charles Correa"
    )
    # a report's year is not the year it was chaired
    assert asked["Who chaired the 2nd National Commission on Labour?"].answer == "Ravindra Varma"


def test_no_chair_of_a_body_named_after_its_chair_or_a_place_or_a_clause() -> None:
    asked = short_questions(
        "# Polity\n\n## Bodies\n\n"
        "- Sarkaria Commission (1983, chair Justice R.S. Sarkaria) – Centre–state relations\n"
        "- Delhi (chair Anil Kumar) hosted the meet in 2010 with many teams\n"
        "- Constituent Assembly Committee (chaired by G.V. Mavalankar when sitting as"
        " legislature) met often\n"
    )
    assert not [p for p in asked if p.startswith("Who chaired")]


def test_a_session_and_who_presided_over_it_asks_who_presided() -> None:
    """A cloze of these lines shows the arrow and reads "pres." as a sentence's end: the
    writer's bold president went unasked (holdout 639)."""
    asked = short_questions(
        "# Congress sessions\n\n## Timeline\n\n"
        "- **Lahore session** (Dec 1929), pres. **Jawaharlal Nehru** → **Purna Swaraj**"
        " resolution; CWC authorised to launch the movement\n"
        "- 1906 (Dec) – INC **Calcutta** session, pres. **Dadabhai Naoroji** → Swaraj declared"
        " the goal\n"
        "- (1931) Mar – **Karachi session** (pres. Vallabhbhai Patel) endorses the pact\n"
    )
    assert asked["Who presided over the Lahore session (Dec 1929)?"].answer == "Jawaharlal Nehru"
    # a timeline line's session is named by its year alone: the month is another question's
    assert asked["Who presided over the INC Calcutta session (1906)?"].answer == "Dadabhai Naoroji"
    assert asked["Who presided over the Karachi session (1931)?"].answer == "Vallabhbhai Patel"


def test_no_presided_question_of_a_session_named_after_its_president() -> None:
    asked = short_questions(
        "# Sessions\n\n## Notes\n\n- **Nehru session** (1950), pres. **Nehru** → a new plan\n"
    )
    assert not [p for p in asked if p.startswith("Who presided")]
