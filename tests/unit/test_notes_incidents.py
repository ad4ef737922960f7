"""The incident builder (quizbot/notes/incidents.py): ``DATE – **Name** – noun done → what
followed`` is asked "Which incident of DATE saw … ?"."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_a_bold_incident_and_what_was_done_in_it_ask_which_incident() -> None:
    asked = short_questions(
        "# American Revolution\n\n## Road to war\n\n"
        "- 5 Mar 1770 – **King Street** (Boston) – five colonists shot by soldiers"
        " → Britain withdrew its troops\n"
    )
    question = asked[
        "Which incident of 5 March 1770 saw five colonists shot by soldiers,"
        " after which Britain withdrew its troops?"
    ]
    assert question.answer == "King Street"


def test_what_followed_with_an_acronym_the_notes_never_explain_is_left_out() -> None:
    asked = short_questions(
        "# Modern Europe\n\n## Cold War\n\n"
        "- Aug 1961 – **Operation Rose** – border sealed overnight → GDR built the Wall\n"
    )
    question = asked["Which incident of August 1961 saw a border sealed overnight?"]
    assert question.answer == "Operation Rose"


def test_no_question_without_a_bold_name_or_without_a_noun_done() -> None:
    asked = short_questions(
        "# Modern Europe\n\n## Revolutions\n\n"
        "- 14 Jul 1789 – Storming of the Bastille – prison stormed by a crowd\n"
        "- 1791 – **Flight to Varennes** – caught at the border\n"
    )
    assert not any(p.startswith(("Which incident", "Which operation")) for p in asked)
