"""The titled-person builder (quizbot/notes/titled_people.py): ``DATE – event, place – Gen.
Name`` is asked "Which general is associated with the event at place?"."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_an_officer_by_rank_after_the_last_dash_is_asked_by_the_rank() -> None:
    asked = short_questions(
        "# World history\n\n## American Civil War\n\n"
        "- 3 Jul 1863 – **Pickett's Charge**, Gettysburg (day three) – Gen. Longstreet\n"
    )
    question = asked["Which general is associated with Pickett's Charge at Gettysburg?"]
    assert question.answer == "Gen. Longstreet"
    assert {"General Longstreet", "Longstreet"} <= set(question.aliases)


def test_a_bare_name_or_a_courtesy_title_is_not_asked_this_way() -> None:
    asked = short_questions(
        "# World history\n\n## Britain\n\n"
        "- 1832 – Great Reform Act passed, London – Lord Grey\n"
        "- 1846 – Corn Laws repealed, London – Robert Peel\n"
    )
    assert not any(p.startswith("Which") and "associated with" in p for p in asked)


def test_a_body_after_a_title_word_is_no_titled_person() -> None:
    """ "– Justice Party" or "– General Assembly" ends a line with a body, not an officer:
    the builder drafts nothing (before, only a later gate caught "Which judge …?")."""
    from quizbot.notes import generate as pipeline
    from quizbot.notes.titled_people import titled_person_question

    job = pipeline._prepare(
        "# History\n\n## South India\n\n"
        "- 1917 – Non-Brahmin manifesto, Madras – Justice Party\n"
        "- 1948 – Human rights declaration, Paris – General Assembly\n"
        "- 1919 – Firing at the fair, Amritsar – Gen. Dyer\n",
        "n/notes.md",
    )
    drafted = [titled_person_question(u, job.ctx) for u in job.units]
    assert [d.key_text if d else None for d in drafted] == [None, None, "Gen. Dyer"]
