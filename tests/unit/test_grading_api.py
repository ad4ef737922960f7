"""The grading API: the index, learner aliases, tolerance and feedback (the case table is in
test_grading_table.py)."""

from __future__ import annotations

import pytest

import quizbot
from quizbot.bank.model import Cloze, ListQuestion, Mcq, Short
from quizbot.grading import AnswerIndex, grade
from quizbot.grading.normalize import analyse
from tests.conftest import BUNDLED_BANK

SATELLITE = Short(
    id="sat", prompt="Which was India's first satellite, launched by the USSR?", answer="Aryabhata"
)


def test_public_api_is_exported() -> None:
    assert quizbot.grade is grade and quizbot.Verdict is not None


def test_index_finds_exact_and_one_edit_rivals_but_never_the_answer_itself() -> None:
    index = AnswerIndex(["Bhaskara", "Aryabhata", "S-300", "Rohini"])
    assert len(index) == 4
    assert index.nearest(analyse("bhaskara").compact, 0) == ("Bhaskara", 0)
    assert index.nearest(analyse("Bhaskra").compact, 1) == ("Bhaskara", 1)
    assert index.nearest(analyse("Rohnii").compact, 1) == ("Rohini", 1)  # transposition
    own = frozenset({analyse("Aryabhata").compact})
    assert index.nearest(analyse("Aryabhatta").compact, 1, own) is None


def test_near_miss_guard_uses_the_bank_index() -> None:
    alone = grade(SATELLITE, "Aryabhatt")
    assert alone.correct and alone.kind == "typo"
    index = AnswerIndex(["Aryabhata", "Aryabhatt"])  # another question's answer
    guarded = grade(SATELLITE, "Aryabhatt", index=index)
    assert (guarded.correct, guarded.kind) == (False, "near-miss")
    assert guarded.feedback == "Aryabhatt is a different answer; the answer is Aryabhata."


def test_reject_list_names_what_the_response_is() -> None:
    s400 = Short(id="s400", prompt="Which air defence system?", answer="S-400", reject=("S-300",))
    verdict = grade(s400, "S 300")
    assert (verdict.correct, verdict.kind) == (False, "near-miss")
    assert verdict.feedback.startswith("S-300 is a different answer")


def test_learner_taught_aliases_are_accepted() -> None:
    assert not grade(SATELLITE, "India's first satellite").correct
    taught = grade(SATELLITE, "Aryabhatta satellite one", aliases=["Aryabhatta satellite one"])
    assert (taught.correct, taught.kind) == (True, "alias")


def test_tolerance_applies_to_numbers_only_when_the_question_sets_it() -> None:
    exact = Short(id="t", prompt="Trade in billions of dollars?", answer="65")
    loose = Short(id="t2", prompt="Trade in billions of dollars?", answer="65", tolerance=1)
    assert not grade(exact, "64").correct
    assert grade(loose, "64").correct and not grade(loose, "63").correct


def test_a_magnitude_left_off_or_changed_is_named_not_accepted() -> None:
    target = Short(
        id="t3", prompt="What is the bilateral trade target for 2025?", answer="$30 billion"
    )
    missing = grade(target, "30")
    assert (missing.correct, missing.kind) == (False, "near-miss")
    assert "$30 billion" in missing.feedback and "magnitude" in missing.feedback
    changed = grade(target, "30 million")
    assert (changed.correct, changed.kind) == (False, "near-miss")
    assert "$30 billion" in changed.feedback and "30 million" in changed.feedback
    assert grade(target, "30 billion").correct and grade(target, "USD 30 bn").correct
    count = Short(id="c3", prompt="How many member states does the UN have?", answer="193")
    assert not grade(count, "193 million").correct


def test_tolerance_is_in_the_answers_own_unit() -> None:
    trade = Short(id="t4", prompt="Trade in 2023-24?", answer="$65 billion", tolerance=1)
    assert grade(trade, "$65.5 billion").correct and grade(trade, "$64 billion").correct
    assert not grade(trade, "$63.9 billion").correct
    assert "within ±1 billion" in grade(trade, "$65.5 billion").feedback
    year = Short(id="y", prompt="Which year?", answer="2019")
    assert not grade(year, "2020").correct
    assert grade(
        Short(id="y2", prompt="About which year?", answer="2019", tolerance=1), "2020"
    ).correct


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("1 lakh", "1,00,000"),
        ("100000", "1,00,000"),
        ("₹2 lakh crore", "2,00,000 crore"),
        ("12,34,567", "1234567"),
        ("2,525 km", "2525"),
        ("2,525 km", "2525 kilometres"),
        ("4,169 metres", "4169 m"),
        ("2023-24", "2023-2024"),
        ("2023-24", "FY24"),
        ("6", "six members"),
        ("20", "twenty"),
        ("1", "one member"),
        ("$30 million", "$30m"),
    ],
)
def test_numbers_as_indian_learners_write_them(answer: str, response: str) -> None:
    verdict = grade(Short(id="n", prompt="How much?", answer=answer), response)
    assert verdict.correct, verdict


def test_typo_feedback_shows_the_spelling() -> None:
    plant = Short(id="k", prompt="Which nuclear plant in Tamil Nadu?", answer="Kudankulam")
    verdict = grade(plant, "Kudankulum")
    assert verdict.kind == "typo"
    assert verdict.feedback == ("Correct, with a typo: Kudankul[u→a]m (the answer is Kudankulam).")


@pytest.mark.parametrize(
    ("answer", "response", "diff"),
    [
        ("Kudankulam", "kudankulum", "Kudankul[u→a]m"),  # case is no typo: shown as the answer
        ("Kudankulam (Tamil Nadu)", "Kudankulum", "Kudankul[u→a]m"),
        ("BrahMos", "Barhmos", "B[ar→ra]hMos"),  # a transposition
        ("Chennai", "Chenai", "Chen[+n]ai"),
        ("Vladivostok", "Vladivostock", "Vladivosto[-c]k"),
        ("Vladivostok", "the Vladivostock port", "Vladivosto[-c]k"),
        ("Vladimir Putin", "Vladimr Putin", "Vladim[+i]r Putin"),
        (
            "Chennai–Vladivostok Maritime Corridor",
            "Chenai-Vladivostock Maritime Coridor",
            "Chen[+n]ai-Vladivosto[-c]k Maritime Cor[+r]idor",
        ),
        ("Kudankulam", "Kudankulum nuclear plant", "Kudankul[u→a]m"),  # extra words are fine
        ("Vladivostok", "Vladi vostok", "Vladi[- ]vostok"),
        ("Kudankulam", "Koodankulam", "K[oo→u]dankulam"),
        (
            "Defence Research and Development Organisation",
            "Defense Reserch & Development Organization",  # spelling variants are not typos
            "Defence Rese[+a]rch and Development Organisation",
        ),
    ],
)
def test_typo_feedback_marks_the_characters_that_differ(
    answer: str, response: str, diff: str
) -> None:
    verdict = grade(Short(id="k", prompt="Which place?", answer=answer), response)
    assert verdict.kind == "typo"
    assert verdict.feedback == f"Correct, with a typo: {diff} (the answer is {answer}).", (
        verdict.feedback
    )


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("BRICS", "brics"),
        ("BRICS", "Brics"),
        ("AWACS", "awacs"),
        ("Texas", "TEXAS"),
        ("Texas", "texas"),
        ("Kuril Islands", "KURIL ISLANDS"),
        ("S-400", "s-400"),
    ],
)
def test_case_never_matters(answer: str, response: str) -> None:
    question = Short(id="c", prompt="Which one?", answer=answer)
    verdict = grade(question, response)
    assert (verdict.correct, verdict.kind) == (True, "exact"), verdict


def test_case_keeps_numbers_and_acronyms_strict() -> None:
    assert not grade(Short(id="s", prompt="Which system?", answer="S-400"), "s-300").correct
    assert not grade(Short(id="b", prompt="Which grouping?", answer="BRICS"), "bric").correct


def test_answers_without_letters_or_digits_compare_as_written() -> None:
    tag = Short(id="p", prompt="Which tag closes a style?", answer="[/]")
    assert grade(tag, "[/]").correct and grade(tag, "  [/]").correct
    assert not grade(tag, "[b]").correct and not grade(tag, "?").correct
    assert "[/]" in grade(tag, "[b]").feedback
    symbol = Short(id="q", prompt="Which symbol joins two names?", answer="&")
    assert grade(symbol, "&").correct and not grade(symbol, "+").correct


def test_partial_credit_and_feedback_for_lists() -> None:
    forums = ListQuestion(id="f", prompt="Name the three forums", answer=("BRICS", "SCO", "G20"))
    two = grade(forums, "BRICS, SCO")
    assert (two.correct, two.kind, round(two.score, 3)) == (False, "partial", 0.667)
    assert two.feedback.startswith("2 of 3; missing: G20")
    extra = grade(forums, "BRICS, SCO, G20, NATO")
    assert not extra.correct and extra.score < 1 and "not in the answer: NATO" in extra.feedback


def test_choices_accept_letters_numbers_and_text() -> None:
    mcq = Mcq(id="m", prompt="Which system?", options=("S-400", "THAAD", "Patriot"), answer="S-400")
    assert all(grade(mcq, r).correct for r in ("a", "(a)", "A)", "1", "s400", "S-400 system"))
    assert not grade(mcq, "b").correct


def test_a_typo_between_two_options_picks_neither() -> None:
    mcq = Mcq(id="v", prompt="Which country?", options=("Austria", "Australia"), answer="Austria")
    verdict = grade(mcq, "Austraia")
    assert (verdict.correct, verdict.kind) == (False, "near-miss")
    assert "(a) Austria" in verdict.feedback and "(b) Australia" in verdict.feedback
    typo = grade(mcq, "Austira")
    assert (typo.correct, typo.kind) == (True, "typo")
    wrong = Mcq(
        id="w", prompt="Which country?", options=("Austria", "Australia"), answer="Australia"
    )
    assert grade(wrong, "Austraia").kind == "near-miss"


def test_a_tolerance_match_says_so() -> None:
    loose = Short(id="t2", prompt="Trade in billions of dollars?", answer="65", tolerance=1)
    verdict = grade(loose, "64")
    assert (verdict.correct, verdict.kind) == (True, "alias")
    assert "65" in verdict.feedback and "1" in verdict.feedback
    assert grade(loose, "65").kind == "exact"


def test_cloze_blanks_in_order() -> None:
    cloze = Cloze(id="c", text="Trade reached {{$65 billion}} in {{2023-24|FY24}}.")
    assert grade(cloze, "65 billion dollars; FY24").correct
    half = grade(cloze, "$65 billion, 2019")
    assert (half.correct, half.score) == (False, 0.5)


def test_every_bundled_question_accepts_its_own_answer() -> None:
    from quizbot import load_bank
    from quizbot.bank.model import Match, Multi, Statements, TrueFalse
    from quizbot.grading import match_columns

    bank = load_bank(BUNDLED_BANK)
    index = AnswerIndex.build(bank)
    for q in bank:
        if isinstance(q, Short | Mcq):
            response = q.answer
        elif isinstance(q, ListQuestion | Multi):
            response = ", ".join(q.answer)
        elif isinstance(q, TrueFalse):
            response = "true" if q.answer else "false"
        elif isinstance(q, Statements):
            response = ", ".join(str(i + 1) for i, s in enumerate(q.statements) if s.correct)
            response = response or "none"
        elif isinstance(q, Cloze):
            response = "; ".join(b[0] for b in q.blanks)
        else:
            assert isinstance(q, Match)
            _, rights = match_columns(q)
            response = ", ".join(
                f"{i + 1}-{'abcdefgh'[rights.index(r)]}" for i, (_, r) in enumerate(q.pairs)
            )
        verdict = grade(q, response, index=index)
        assert verdict.correct, (q.id, response, verdict)


def test_rivals_never_differ_in_a_number() -> None:
    index = AnswerIndex(["BrahMos-II"])
    brahmos = Short(id="b", prompt="Which cruise missile?", answer="BrahMos")
    assert grade(brahmos, "Brahmose", index=index).kind == "typo"  # not one edit from "brahmos2"


def test_one_edit_search_finds_every_neighbour() -> None:
    # Exhaustive over every single edit of a few words: the prefix/suffix filing must never
    # miss an answer one edit away, at any length.
    import itertools

    alphabet = "bcz"  # no "a": it is an article, which normalisation drops
    for word in ("xq", "xqw", "xqwv", "xqwvk", "xqwvkjh", "xqwvkjhgfd"):
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        edits = {a + b[1:] for a, b in splits if b}
        edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        edits |= {a + c + b[1:] for a, b in splits if b for c in alphabet}
        edits |= {a + c + b for a, b in splits for c in alphabet}
        edits.discard(word)
        for edit in itertools.islice(sorted(edits), 400):
            index = AnswerIndex([edit, "unrelated"])
            assert index.nearest(word, 1) == (edit, 1), (word, edit)


def test_list_items_that_contain_separators_stay_whole_when_typed_verbatim() -> None:
    stages = ListQuestion(
        id="s",
        prompt="Name the three stages of the partnership",
        answer=("technology transfer", "joint development", "marketing, selling and export"),
    )
    assert grade(
        stages, "joint development; marketing, selling and export, technology transfer"
    ).correct
    assert not grade(stages, "technology transfer, joint development, marketing").correct


def test_feedback_names_options_by_the_letters_shown() -> None:
    from quizbot.bank import Mcq, Multi
    from quizbot.grading import grade

    q = Mcq(
        id="m", prompt="Which?", options=("S-400", "THAAD", "Patriot", "Iron Dome"), answer="S-400"
    )
    order = ("THAAD", "Iron Dome", "Patriot", "S-400")
    wrong = grade(q, "a", order=order)
    assert wrong.feedback == "(a) THAAD is not it; the answer is (d) S-400."
    assert grade(q, "d", order=order).correct and not grade(q, "a", order=order).correct
    multi = Multi(id="mm", prompt="Which?", options=("w", "x", "y", "z"), answer=("w", "z"))
    assert grade(multi, "a, d").correct
    assert grade(multi, "b, c", order=("x", "w", "z", "y")).correct


@pytest.mark.parametrize(
    ("answer", "response", "kind"),
    [
        ("Nizamuddin Auliya", "Nizam-ud-din Auliya", "alias"),  # spelt so, no slip
        ("Nizamuddin Auliya", "Nizam ud din Auliya", "alias"),
        ("Ram Mohan Roy", "Rammohan Roy", "alias"),  # joined, as often written
        ("Nizamuddin Auliya", "Nizam-ud-din Aulia", "typo"),  # and one letter off as well
        ("Vladivostok", "Vladi vostok", "typo"),  # a stray space in one word is a slip
    ],
)
def test_a_name_written_apart_or_joined_is_the_name(answer: str, response: str, kind: str) -> None:
    """ "Qutb-ud-din Aibak" for Qutbuddin Aibak was "with a typo", and "Ghiyas-ud-din
    Tughlaq" for Ghiyasuddin Tughlaq wrong (typed in the app, twenty-seventh session)."""
    verdict = grade(Short(id="k", prompt="Who?", answer=answer), response)
    assert verdict.correct and verdict.kind == kind, verdict.feedback


def test_a_regnal_number_one_letter_off_is_another_person() -> None:
    verdict = grade(Short(id="k", prompt="Who?", answer="Baji Rao II"), "Bajirao I")
    assert not verdict.correct
