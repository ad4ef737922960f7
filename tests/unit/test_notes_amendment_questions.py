"""The amendment builder (quizbot/notes/amendment_questions.py): a line that leads to an
amendment by an arrow or ``via`` is asked "Which amendment …?", in words of the line."""

from __future__ import annotations

from quizbot.notes.amendment_questions import amendment_question
from tests.unit.notes_support import short_questions


def test_a_lettered_article_after_an_arrow_is_asked_as_the_amendment_that_inserted_it() -> None:
    asked = short_questions(
        "# Polity\n\n## Local government\n\n"
        "- Art 243D – reservation of seats for SCs & STs in panchayats → 73rd Amdt (1992)\n"
    )
    question = asked[
        "Which amendment of 1992 inserted Article 243D "
        "(reservation of seats for SCs and STs in panchayats)?"
    ]
    assert question.answer == "73rd Amendment"
    assert "73rd Amdt" in question.aliases


def test_an_accord_before_an_arrow_is_asked_as_what_followed_with_the_owner_written_out() -> None:
    asked = short_questions(
        "# Relations\n\n## Africa\n\n- South Africa:\n"
        "  - Pretoria Minute (1990) – Mandela & de Klerk → SA's 2nd Amendment"
        " (local councils); talks resumed\n"
    )
    question = asked[
        "Which amendment to South Africa's constitution, on local councils, "
        "followed the Pretoria Minute (1990)?"
    ]
    assert question.answer == "2nd Amendment"


def test_an_owner_in_initials_no_name_of_the_line_spells_is_notshort_questions() -> None:
    asked = short_questions(
        "# Relations\n\n## Treaties\n\n"
        "- Indus Accord (1960) – two leaders → XY's 9th Amendment (water boards)\n"
    )
    assert not any(q.answer == "9th Amendment" for q in asked.values())


def test_a_participle_via_an_amendment_asks_through_which_amendment() -> None:
    asked = short_questions(
        "# Relations\n\n## Neighbours\n\n- Bhutan:\n"
        "  - Border Protocol (1973) – finally ratified in 2006 via the 94th Constitutional"
        " Amendment → pillars fixed\n"
    )
    question = asked[
        "Through which constitutional amendment was the Border Protocol (1973) with Bhutan"
        " finally ratified in 2006?"
    ]
    assert question.answer == "94th Constitutional Amendment"
    assert "94th Amendment" in question.aliases


def test_a_line_with_no_amendment_or_a_clause_before_the_arrow_gives_none() -> None:
    from quizbot.notes.facts import FactBuilder
    from quizbot.notes.index import build_index
    from quizbot.notes.outline import parse_outline

    notes = (
        "# P\n\n## S\n\n- Art 19 – six freedoms → citizens only\n"
        "- Art 31C – the state may pass laws – even against Art 14 → 25th Amdt (1971)\n"
    )
    builder = FactBuilder(parse_outline(notes), "n.md")
    units = builder.build()
    ctx = build_index(builder, units)
    assert [amendment_question(u, ctx) for u in units] == [None, None]
