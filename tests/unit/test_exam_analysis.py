"""The analysis: score, by topic, time per question, the confidence figures."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from quizbot.exam.analysis import ExamResult, mistake_kinds, render_analysis
from quizbot.exam.build import build_items
from quizbot.exam.scoring import GS1
from quizbot.exam.session import ExamSession
from tests.unit.exam_support import exam_bank
from tests.unit.study_support import T0

# (answer relative to the key: "right", "wrong" or None, confidence, seconds)
PLAN = [
    ("right", "sure", 30),
    ("wrong", "sure", 60),
    ("right", "guess", 20),
    ("wrong", "guess", 40),
    ("wrong", "guess", 10),
    ("right", "50:50", 50),
    (None, None, 15),
    ("right", None, 35),
]


def played() -> ExamResult:
    s = ExamSession(build_items(exam_bank(), 8, 1), GS1, T0, seed=1)
    t = T0
    for n, (how, confidence, seconds) in enumerate(PLAN):
        if n:
            s.go(n, t)
        key = s.item.key
        if how is not None:
            s.choose(key if how == "right" else (key + 1) % 4, t, confidence)
        t += timedelta(seconds=seconds)
    return s.submit(t)


def test_counts_and_exact_score() -> None:
    r = played()
    t = r.total
    assert (t.correct, t.wrong, t.unattempted) == (4, 3, 1)
    assert r.score == Decimal("6.02") and r.max_score == Decimal(16)
    assert r.score_line() == "score: 6.02 of 16.00 (correct 4, wrong 3, unattempted 1)"
    assert t.accuracy == 4 / 7
    assert sum(i.marks for i in r.items) == r.score


def test_accuracy_by_topic() -> None:
    r = played()
    rows = {row.name: row for row in r.by_topic()}
    assert sum(row.questions for row in rows.values()) == 8
    for row in rows.values():
        mine = [i for i in r.items if i.item.topic == row.name]
        assert row.correct == sum(i.outcome == "correct" for i in mine)
        assert row.marks == sum(i.marks for i in mine)


def test_time_per_question() -> None:
    r = played()
    assert [i.spent.total_seconds() for i in r.items] == [p[2] for p in PLAN]
    assert r.time_used == timedelta(seconds=260)
    # Mean over the seven attempted items: 245 s / 7.
    assert r.mean_time() == timedelta(seconds=35)
    assert [i.number for i in r.slowest()] == [2, 6, 4]


def test_confidence_analysis() -> None:
    r = played()
    rows = {row.name: row for row in r.by_confidence()}
    assert (rows["sure"].correct, rows["sure"].wrong, rows["sure"].marks) == (1, 1, Decimal("1.34"))
    assert (rows["guess"].correct, rows["guess"].wrong) == (1, 2)
    assert rows["50:50"].correct == 1 and rows["none"].questions == 1
    assert [i.number for i in r.overconfident()] == [2]
    assert [i.number for i in r.lucky()] == [3]
    # Guesses: +2 - 0.66 - 0.66 = +0.68: guessing paid.
    assert r.guess_marks() == Decimal("0.68")
    text = "\n".join(render_analysis(r))
    assert "overconfident misses (sure but wrong): 1 — Q2" in text
    assert "lucky guesses (guess but right): 1 — Q3" in text
    assert "guessing paid: +0.68 from 3 guesses" in text
    assert "by topic:" in text and "accuracy 57%" in text


def test_mistake_kinds() -> None:
    r = played()
    assert [mistake_kinds(i) for i in r.items] == [
        (),
        ("wrong", "overconfident"),
        ("lucky",),
        ("wrong", "guessed"),
        ("wrong", "guessed"),
        (),
        ("unattempted",),
        (),
    ]
