"""Building exam items from the bank: right keys in every format, deterministic, spread."""

from __future__ import annotations

import random
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from quizbot import load_bank
from quizbot.bank import Bank, Match, Mcq, Question, Statements, TrueFalse
from quizbot.exam.assertion_reason import AR_OPTIONS
from quizbot.exam.build import build_items, mcq_item
from quizbot.exam.items import ExamItem, render_item
from quizbot.exam.options import truths_of
from tests.conftest import BUNDLED_BANK
from tests.unit.exam_support import exam_bank


def _truth_of(bank: Bank, text: str) -> bool:
    """Whether a statement of the bank is true: as written, or as the fix of a false one."""
    for q in bank:
        if isinstance(q, TrueFalse) and q.statement.strip() == text:
            return q.answer
        if isinstance(q, TrueFalse) and not q.answer and q.fix.strip() == text:
            return True
        if isinstance(q, Statements):
            for s in q.statements:
                if s.text.strip() == text:
                    return s.correct
    raise AssertionError(f"{text!r} is not a statement of the bank")


def check_key(bank: Bank, item: ExamItem) -> None:
    """Recompute the key from the bank alone and compare."""
    assert len(item.options) == 4 and len(set(item.options)) == 4 and 0 <= item.key < 4
    q = bank[item.sources[0]]
    if item.kind == "mcq":
        assert isinstance(q, Mcq) and item.options[item.key] == q.answer
    elif item.kind in ("statements", "how-many"):
        assert isinstance(q, Statements)
        texts = [line.split(". ", 1)[1] for line in item.lines]
        truths = tuple(next(s.correct for s in q.statements if s.text == t) for t in texts)
        if item.kind == "statements":
            assert truths_of(item.options[item.key], len(truths)) == truths
        else:
            assert (
                item.options[item.key]
                == {0: "None", 1: "Only one", 2: "Only two", 3: "All three"}[sum(truths)]
            )
    elif item.kind == "match":
        assert isinstance(q, Match)
        pairs = dict(q.pairs)
        for code in item.options[item.key].split(", "):
            letter, number = code.split("-")
            left = item.list_one[ord(letter) - 65]
            assert pairs[left] == item.list_two[int(number) - 1]
        assert (
            sum(
                all(
                    pairs[item.list_one[ord(c.split("-")[0]) - 65]]
                    == item.list_two[int(c.split("-")[1]) - 1]
                    for c in o.split(", ")
                )
                for o in item.options
            )
            == 1
        )
    elif item.kind == "assertion-reason":
        assert item.options == AR_OPTIONS and isinstance(q, TrueFalse)
        a = item.lines[0].removeprefix("Assertion (A): ")
        r = item.lines[1].removeprefix("Reason (R): ")
        a_true = _truth_of(bank, a)
        if item.key == 0:
            assert a_true and r == q.explanation and len(item.sources) == 1
            return
        other = bank[item.sources[1]]
        r_true = _truth_of(bank, r)
        assert other.id != q.id
        expected = 1 if a_true and r_true else 2 if a_true else 3
        assert not (not a_true and not r_true)
        assert item.key == expected
        if expected == 1:  # a separate fact of a related topic, never A's own question
            assert other.topic.startswith(q.topic) or q.topic.startswith(other.topic)
    else:
        raise AssertionError(item.kind)


@pytest.fixture(scope="module")
def bundled() -> Bank:
    return load_bank([str(BUNDLED_BANK)], strict=False)


@pytest.mark.parametrize("seed", range(40))
def test_every_item_of_the_bundled_bank_has_the_right_key(bundled: Bank, seed: int) -> None:
    items = build_items(bundled, 200, seed)
    # the bundled bank as a coach keeps it (issue 12): about 25 exam-format questions
    assert len(items) >= 20
    for item in items:
        check_key(bundled, item)


def test_small_bank_builds_each_format_with_right_keys() -> None:
    bank = exam_bank()
    kinds: Counter[str] = Counter()
    for seed in range(60):
        items = build_items(bank, 25, seed)
        assert len(items) == 8  # every usable question once
        for item in items:
            check_key(bank, item)
            kinds[item.kind] += 1
    assert set(kinds) == {"mcq", "statements", "how-many", "match", "assertion-reason"}


def test_assertion_reason_cases_all_occur_on_the_bundled_bank(bundled: Bank) -> None:
    keys = Counter(
        i.key
        for s in range(40)
        for i in build_items(bundled, 200, s)
        if i.kind == "assertion-reason"
    )
    assert set(keys) == {0, 1, 2, 3}


def _statement_bank() -> Bank:
    """A bank like the one whose papers were 19 of 24 keyed (d): most truefalse statements
    false (with a fix), a few true with an explanation, over related topics."""
    questions: list[Question] = []
    for n in range(60):
        topic = f"T › {'ABC'[n % 3]}"
        questions.append(
            Mcq(
                id=f"m{n}",
                topic=topic,
                prompt=f"Pick {n}?",
                options=("w", "x", "y", "z"),
                answer="x",
            )
        )
    for n in range(30):
        topic = f"T › {'ABC'[n % 3]}"
        if n % 4 == 0:
            questions.append(
                TrueFalse(
                    id=f"t{n}",
                    topic=topic,
                    statement=f"Fact {n} holds.",
                    answer=True,
                    explanation=f"Cause {n} brought it about.",
                )
            )
        else:
            questions.append(
                TrueFalse(
                    id=f"t{n}",
                    topic=topic,
                    statement=f"Claim {n} holds.",
                    answer=False,
                    fix=f"Claim {n} does not hold; fact {n} does.",
                )
            )
    return Bank(questions=questions)


@pytest.mark.parametrize("seed", range(8))
def test_assertion_reason_keys_are_balanced_over_a_long_paper(seed: int) -> None:
    items = build_items(_statement_bank(), 89, seed)
    keys = Counter(i.key for i in items if i.kind == "assertion-reason")
    total = sum(keys.values())
    assert total >= 14
    for key in range(4):
        assert 0.15 <= keys[key] / total <= 0.35, (seed, keys)
    for item in items:
        check_key(_statement_bank(), item)


def test_mcq_options_are_shuffled_and_the_key_follows(bundled: Bank) -> None:
    mcq_items = [i for s in range(10) for i in build_items(bundled, 200, s) if i.kind == "mcq"]
    assert {i.key for i in mcq_items} == {0, 1, 2, 3}
    for item in mcq_items:
        q = bundled[item.sources[0]]
        assert isinstance(q, Mcq) and item.options[item.key] == q.answer
        assert sorted(item.options) == sorted(q.options)


def test_options_that_refer_to_the_others_keep_their_order() -> None:
    q = Mcq(
        id="m",
        prompt="Which?",
        options=("Alpha", "Beta", "Both Alpha and Beta", "Neither Alpha nor Beta"),
        answer="Beta",
    )
    for seed in range(20):
        item = mcq_item(q, random.Random(seed))
        assert item is not None and item.options == q.options and item.key == 1


def test_deterministic_for_a_seed_and_different_across_seeds(bundled: Bank) -> None:
    assert build_items(bundled, 25, 11) == build_items(bundled, 25, 11)
    assert build_items(bundled, 25, 11) != build_items(bundled, 25, 12)


def test_items_spread_over_topics_and_formats(bundled: Bank) -> None:
    # the curated bundled bank (issue 12) holds about 23 exam-format questions under 10
    # topics, most of them under "Defence programmes" (a heading the notes do not divide)
    items = build_items(bundled, 20, 3)
    assert len(items) == 20
    topics = Counter(i.topic for i in items)
    assert len(topics) >= 9 and max(topics.values()) <= 7
    kinds = Counter(i.kind for i in items)
    assert len(kinds) >= 4 and kinds["assertion-reason"] <= 20 // 5
    assert len({i.sources[0] for i in items}) == 20


def test_topic_limits_the_items(bundled: Bank) -> None:
    items = build_items(bundled, 25, 1, "India–Russia › Defence programmes")
    assert items and all(i.topic == "India–Russia › Defence programmes" for i in items)


def test_statements_lead_drops_the_banks_own_question() -> None:
    bank = exam_bank()
    item = next(
        i for s in range(20) for i in build_items(bank, 25, s) if i.sources == ("s-energy",)
    )
    assert item.lead == "Consider the following statements."
    text = render_item(item, 4)
    assert text.startswith("4. Consider the following statements.\n  1. India buys")
    assert "Which of the statements given above is/are correct?" in text


def test_match_item_in_table_style() -> None:
    item = next(i for i in build_items(exam_bank(), 25, 2) if i.kind == "match")
    text = render_item(item)
    assert "List-I" in text and "List-II" in text and "  A. " in text and "1. " in text
    assert all(o.startswith("A-") for o in item.options)


def test_item_dict_round_trip() -> None:
    for item in build_items(exam_bank(), 25, 4):
        assert ExamItem.from_dict(item.to_dict()) == item


def test_an_items_source_names_the_file_where_the_learner_finds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The note source (file › heading path, line) when the question has one; else the bank
    file; either where it really is from where quizbot runs (relative when inside the working
    directory, else absolute), so the installed package's notes are not named by a path the
    learner does not have."""
    bank_dir = tmp_path / "my_bank"
    bank_dir.mkdir()
    (bank_dir / "energy.yaml").write_text(
        textwrap.dedent("""\
        topic: IR › Energy
        questions:
          - {id: authored, type: mcq, prompt: Which?, options: [a, b, c, d], answer: b}
          - id: noted
            type: mcq
            prompt: Where?
            options: [w, x, y, z]
            answer: x
            source: {file: notes/ir.md, heading: Energy › Oil, line: 7}
        """),
        encoding="utf-8",
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    bank = load_bank([str(bank_dir)])
    sources = {i.sources[0]: i.source for i in build_items(bank, 5, 1)}
    assert sources == {
        "authored": (bank_dir / "energy.yaml").as_posix(),
        "noted": "notes/ir.md › Energy › Oil, line 7",  # no such note here: as written
    }
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "ir.md").write_text("# IR\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    sources = {i.sources[0]: i.source for i in build_items(load_bank([str(bank_dir)]), 5, 1)}
    assert sources == {
        "authored": "my_bank/energy.yaml",
        "noted": "notes/ir.md › Energy › Oil, line 7",
    }
    monkeypatch.chdir(elsewhere)
    bundled = load_bank([str(BUNDLED_BANK.resolve())], strict=False)
    for seed in range(3):
        for item in build_items(bundled, 100, seed):
            shown = item.source.split(" › ")[0].split(", line")[0]
            assert Path(shown).expanduser().is_file(), shown  # where the learner finds it
            if bundled[item.tested].source is None:
                assert "question_bank/" in item.source, item.source
