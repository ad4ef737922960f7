"""Progressive hints for every question type, and the correct answer as shown."""

from __future__ import annotations

import pytest

from quizbot.bank import Question
from quizbot.tutor import answer_text
from quizbot.tutor.hints import hint, levels, mask
from tests.unit.tutor_support import (
    BRAHMOS,
    FORUMS,
    INSTC,
    KUDANKULAM_TF,
    S400,
    SECTORS,
    THREE,
    TRADE,
)


def test_mask_keeps_first_letters_and_punctuation() -> None:
    assert mask("Make in India") == "M___ i_ I____"
    assert mask("Make in India", half=True) == "Ma__ i_ Ind__"
    assert mask("S-400") == "S-___"


def test_short_answer_hints_shape_then_half() -> None:
    first, second = hint(BRAHMOS, 1), hint(BRAHMOS, 2)
    assert first is not None and first.text == "One word: B______" and not first.last
    assert second is not None and second.text == "Half of it: Brah___" and second.last
    assert hint(BRAHMOS, 3) is None


def test_list_and_cloze_hints() -> None:
    first = hint(THREE, 1)
    assert first is not None and first.text.startswith("Three items, starting with B, S and G")
    second = hint(THREE, 2)
    assert second is not None and second.last and "Half of them" in second.text
    cloze = hint(TRADE, 1)
    assert cloze is not None and cloze.text == "Two blanks: $6_ b______; 2___-__"
    half = hint(TRADE, 2)
    assert (
        half is not None and half.text == "Half of each blank: $6_ bill___; 202_-__" and half.last
    )


def test_mcq_hints_rule_out_wrong_options_never_the_answer() -> None:
    first, second = hint(S400, 1), hint(S400, 2)
    assert first is not None and second is not None
    assert len(first.eliminated) == 1 and len(second.eliminated) == 2 and second.last
    assert "S-400" not in first.eliminated + second.eliminated
    assert first.eliminated[0] == second.eliminated[0]  # each level builds on the last
    assert first.text.startswith("It is not (")
    assert hint(S400, 1) == first  # the same every time


def test_multi_hints_count_then_rule_out_then_reveal_half() -> None:
    one, two, three = (hint(FORUMS, n) for n in (1, 2, 3))
    assert one is not None and one.text == "2 of the 4 options are correct."
    assert two is not None and len(two.eliminated) == 1
    assert set(two.eliminated) <= {"NATO", "G7"}
    assert three is not None and three.last and three.text == "(a) BRICS is correct."


def test_statements_hints() -> None:
    one, two, three = (hint(INSTC, n) for n in (1, 2, 3))
    assert one is not None and one.text == "2 of the 4 statements are correct."
    assert two is not None and two.text in (
        "Statement 2 is not correct.",
        "Statement 4 is not correct.",
    )
    assert three is not None and three.last and three.text.startswith("Statements ")


def test_truefalse_has_one_hint_that_points_at_the_notes() -> None:
    only = hint(KUDANKULAM_TF, 1)
    assert only is not None and only.last and "Energy" in only.text
    assert levels(KUDANKULAM_TF) == 1 and hint(KUDANKULAM_TF, 2) is None


def test_match_hint_gives_one_pair_then_half() -> None:
    one = hint(SECTORS, 1)
    assert one is not None and one.text.startswith("One pair: ") and not one.last
    assert hint(SECTORS, 2) is not None


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (BRAHMOS, "BrahMos"),
        (S400, "(a) S-400"),
        (FORUMS, "(a) BRICS, (b) SCO"),
        (INSTC, "1 and 3"),
        (KUDANKULAM_TF, "false — Kudankulam is in Tamil Nadu."),
        (TRADE, "$65 billion; 2023-24"),
        (THREE, "BRICS, SCO, G20"),
        (
            SECTORS,
            "1-b, 2-c, 3-a (Kudankulam: nuclear power; Sakhalin-I: oil and gas; Arctic: LNG)",
        ),
    ],
)
def test_answer_text(question: Question, shown: str) -> None:
    assert answer_text(question) == shown
