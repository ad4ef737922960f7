"""'I was right' after a list, cloze or match answer: what is learnt, and what is said when
nothing can be (issue 13); and the choice-letter contract (``grade(..., order=...)``)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from quizbot.bank.model import Cloze, ListQuestion, Match, Mcq, Multi, Statement, Statements
from quizbot.grading import grade
from quizbot.grading.teach import lesson
from quizbot.study.graded_answer import grade as study_grade
from quizbot.tutor import Say
from tests.unit.tutor_support import T0, open_tutor

LATER = T0 + timedelta(seconds=20)

P5 = ListQuestion(
    id="p5",
    prompt="Name the five permanent members of the UN Security Council.",
    answer=("China", "France", "Russia", "United Kingdom", "United States"),
    item_aliases=((), (), (), ("UK", "Britain"), ("USA", "US")),
)
FOUNDERS = ListQuestion(
    id="instc-founders",
    prompt="Name the three countries that launched the INSTC agreement in 2000.",
    answer=("India", "Iran", "Russia"),
)
RIVERS = Cloze(
    id="rivers",
    text="The name BrahMos joins the {{Brahmaputra}} and the {{Moskva}}.",
)
SECTORS = Match(
    id="sectors",
    prompt="Match the project to its sector",
    pairs=(("Kudankulam", "nuclear power"), ("Sakhalin-I", "oil and gas")),
)


def test_per_item_aliases_are_accepted_for_their_item_only() -> None:
    assert grade(P5, "China, France, Russia, UK, USA").correct
    assert grade(P5, "china france russia britain us").correct
    assert not grade(P5, "China, France, Russia, UK, UK").correct


def test_a_list_answer_teaches_the_one_item_it_can_tie_to_a_missing_one() -> None:
    taught = lesson(FOUNDERS, "India, Persia-land, Russia")
    assert taught.aliases == ("Iran\tPersia-land",)
    assert "for Iran" in taught.learnt[0]
    assert study_grade(FOUNDERS, "Russia, Persia-land, India", taught.aliases).correct
    # the form is accepted for that item only
    assert not study_grade(FOUNDERS, "Persia-land, Iran, Russia", taught.aliases).correct


def test_a_list_answer_with_several_unknown_items_says_plainly_it_learnt_nothing() -> None:
    taught = lesson(FOUNDERS, "India, Foo, Bar")
    assert taught.aliases == () and "I can't tell which items" in taught.not_learnt
    assert "marked wrong again" in taught.not_learnt


def test_a_cloze_answer_teaches_each_wrong_blank() -> None:
    taught = lesson(RIVERS, "Brahmaputra, Moscow-reka")
    assert taught.aliases == ("Moskva\tMoscow-reka",)
    assert study_grade(RIVERS, "Brahmaputra, Moscow-reka", taught.aliases).correct
    unclear = lesson(RIVERS, "Brahmaputra Moscow-reka")
    assert unclear.aliases == () and "can't tell which blank" in unclear.not_learnt


def test_a_match_answer_cannot_be_taught_and_says_so() -> None:
    taught = lesson(SECTORS, "1-b, 2-a")
    assert taught.aliases == () and "cannot be taught" in taught.not_learnt


def test_the_tutor_says_what_it_learnt_from_a_list_answer(tmp_path: Path) -> None:
    tutor = open_tutor(tmp_path, FOUNDERS)
    tutor.start(T0)
    tutor.handle("India, Persia-land, Russia", LATER)
    (said,) = tutor.handle("I was right", LATER)
    assert isinstance(said, Say) and "“Persia-land” for Iran" in said.text
    assert tutor.store.aliases("instc-founders") == ["Iran\tPersia-land"]
    tutor.handle("/undo", LATER)
    assert tutor.store.aliases("instc-founders") == []
    tutor.close(LATER)


def test_the_tutor_says_plainly_when_a_match_answer_taught_nothing(tmp_path: Path) -> None:
    tutor = open_tutor(tmp_path, SECTORS)
    tutor.start(T0)
    tutor.handle("1-b, 2-a", LATER)
    (said,) = tutor.handle("/right", LATER)
    assert isinstance(said, Say) and "cannot be taught" in said.text
    assert "Fair enough" in said.text and tutor.store.aliases("sectors") == []
    tutor.close(LATER)


MCQ = Mcq(
    id="kk",
    prompt="In which state is Kudankulam?",
    options=("Kerala", "Karnataka", "Tamil Nadu", "Andhra Pradesh"),
    answer="Tamil Nadu",
)


def test_letters_follow_the_loaded_order_by_default_and_the_shown_order_when_given() -> None:
    assert grade(MCQ, "c").correct
    shuffled = ("Tamil Nadu", "Kerala", "Andhra Pradesh", "Karnataka")
    assert grade(MCQ, "a", order=shuffled).correct
    assert not grade(MCQ, "c", order=shuffled).correct
    assert "(a) Tamil Nadu" in grade(MCQ, "b", order=shuffled).feedback
    multi = Multi(id="m", prompt="Which?", options=("BRICS", "SCO", "G7"), answer=("BRICS", "SCO"))
    assert grade(multi, "b, c", order=("G7", "BRICS", "SCO")).correct
    statements = Statements(
        id="s",
        prompt="Consider",
        statements=(Statement("It is true.", True), Statement("It is false.", False)),
    )
    assert grade(statements, "2", order=("It is false.", "It is true.")).correct
    assert grade(SECTORS, "1-b, 2-a", order=("oil and gas", "nuclear power")).correct


def test_an_order_that_is_not_the_options_is_refused() -> None:
    with pytest.raises(ValueError, match="exactly once"):
        grade(MCQ, "a", order=("Kerala", "Karnataka"))
