"""The examiner's table (issue 13): realistic learner answers over all eight types, each
judged by a fair examiner who did not read the grading code (``tests/grading_examiner/``).

One test per case, with ids like ``short-jaishankar-eam-3`` (``-k jaishankar-eam-3`` runs
one). The questions are loaded through the bank loader, as a bank of their own, so the YAML
forms they use (per-item list aliases) are tested too; the near-miss index is built from all
of them. A match question's ``right_order`` is the order its right column was shown in, and
is passed to ``grade`` as ``order=``, as a front end that shuffles would.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml

from quizbot import load_bank
from quizbot.bank.model import Match, Question
from quizbot.grading import AnswerIndex, grade

TABLE = Path(__file__).resolve().parents[1] / "grading_examiner"
TYPES = ("short", "list", "cloze", "mcq", "multi", "statements", "truefalse", "match")


class Case(NamedTuple):
    type: str
    question: str
    response: str
    correct: bool
    score: float | None
    why: str


@cache
def _read(name: str) -> dict[str, Any]:
    """One file of the table, read once (libyaml's safe loader: the table is large)."""
    data = yaml.load((TABLE / f"{name}.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    assert isinstance(data, dict)
    return data


def _cases() -> list[Any]:
    params = []
    for name in TYPES:
        numbers: Counter[str] = Counter()
        for raw in _read(name)["cases"]:
            numbers[raw["q"]] += 1
            case = Case(
                name,
                raw["q"],
                str(raw["answer"]),
                bool(raw["correct"]),
                raw.get("score"),
                raw["why"],
            )
            # a verdict the grader cannot reach yet, and why: it must fail, so that a fix shows
            marks = [pytest.mark.xfail(strict=True, reason=raw["open"])] if "open" in raw else []
            params.append(
                pytest.param(case, id=f"{name}-{raw['q']}-{numbers[raw['q']]}", marks=marks)
            )
    return params


CASES = _cases()


class Table(NamedTuple):
    questions: dict[str, Question]
    #: Match questions' right columns in the order the examiner saw them.
    orders: dict[str, tuple[str, ...]]
    index: AnswerIndex


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> Table:
    folder = tmp_path_factory.mktemp("examiner-bank")
    orders: dict[str, tuple[str, ...]] = {}
    for name in TYPES:
        questions = []
        for raw in _read(name)["questions"]:
            raw = dict(raw)
            order = raw.pop("right_order", None)
            if order is not None:
                orders[raw["id"]] = tuple(order)
            questions.append(raw)
        text = yaml.safe_dump({"questions": questions}, allow_unicode=True, sort_keys=False)
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    bank = load_bank(folder)
    questions = {q.id: q for q in bank}
    return Table(questions, orders, AnswerIndex.build(questions.values()))


def test_table_size_and_coverage() -> None:
    counts = Counter(c.values[0].type for c in CASES)  # type: ignore[union-attr]
    assert len(CASES) >= 300
    assert set(counts) == set(TYPES)
    assert all(counts[t] >= 15 for t in TYPES), counts


def test_every_case_names_a_question_and_a_reason(table: Table) -> None:
    for param in CASES:
        case: Case = param.values[0]  # type: ignore[assignment]
        assert case.question in table.questions, case
        assert table.questions[case.question].type == case.type, case
        assert case.why.strip(), case
    for qid in table.orders:
        question = table.questions[qid]
        assert isinstance(question, Match)
        assert sorted(table.orders[qid]) == sorted(right for _, right in question.pairs)


@pytest.mark.parametrize("case", CASES)
def test_examiner_case(case: Case, table: Table) -> None:
    question = table.questions[case.question]
    order = table.orders.get(case.question)
    verdict = grade(question, case.response, index=table.index, order=order)
    said = (
        f"{case.response!r} for {case.question}: graded correct={verdict.correct} "
        f"kind={verdict.kind} score={verdict.score:.2f} ({verdict.feedback}); the examiner: "
        f"correct={case.correct}, because {case.why}"
    )
    assert verdict.correct == case.correct, said
    if case.score is not None:
        assert verdict.score == pytest.approx(case.score), said
    if not case.correct:
        assert verdict.score < 1.0, said
