"""The exam session: answering, confidence, skip / mark for review / revisit, the clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from quizbot.exam.build import build_items
from quizbot.exam.scoring import GS1, MarkingScheme
from quizbot.exam.session import ExamError, ExamSession
from quizbot.exam.start import ExamOptions, new_session
from tests.unit.exam_support import exam_bank
from tests.unit.study_support import T0


def session(scheme: MarkingScheme = GS1) -> ExamSession:
    return ExamSession(build_items(exam_bank(), 8, 1), scheme, T0, seed=1)


def at(seconds: float) -> object:
    return T0 + timedelta(seconds=seconds)


def test_deadline_from_the_scheme() -> None:
    s = session()
    assert s.deadline == T0 + timedelta(minutes=8 * 1.2)
    assert s.remaining(T0 + timedelta(minutes=5)) == timedelta(minutes=4, seconds=36)
    assert s.remaining(T0 + timedelta(hours=1)) == timedelta(0)


def test_skip_mark_for_review_and_revisit() -> None:
    s = session()
    t = T0
    assert s.choose("b", t, "sure") and s.states[0].choice == 1
    t += timedelta(seconds=30)
    assert s.next(t)  # Q2: skipped, blank
    assert s.toggle_mark(t)
    t += timedelta(seconds=10)
    assert s.next(t)
    s.choose(2, t, "guess")  # Q3
    s.toggle_mark(t)
    t += timedelta(seconds=5)
    s.next(t)  # Q4: skip
    assert s.marked() == [1, 2]
    assert s.unanswered() == [1, 3, 4, 5, 6, 7]
    # Revisit: the next marked after Q4 wraps to Q2, then Q3.
    t += timedelta(seconds=1)
    assert s.next_marked(t) and s.current == 1
    s.choose("(d)", t)
    s.toggle_mark(t)
    assert s.next_marked(t) and s.current == 2
    assert s.next_marked(t) and s.current == 2  # the only one left
    s.toggle_mark(t)
    assert not s.next_marked(t) and s.current == 2  # none left: stays
    # The next blank after Q3 is Q4; previous wraps.
    assert s.next_unanswered(t) and s.current == 3
    s.go(0, t)
    assert s.previous(t) and s.current == 7
    s.clear(t)
    assert s.answered == 3
    s.go(0, t)
    assert s.clear(t) and s.answered == 2
    result = s.submit(t + timedelta(seconds=20))
    assert [r.choice for r in result.items][:3] == [None, 3, 2]
    assert [r.marked for r in result.items][:3] == [False, False, False]
    assert [r.visited for r in result.items] == [True, True, True, True, False, False, False, True]
    assert not result.timed_out and result.finished == t + timedelta(seconds=20)


def test_time_per_question_sums_visits() -> None:
    s = session()
    s.next(T0 + timedelta(seconds=40))  # Q1: 40 s
    s.next(T0 + timedelta(seconds=50))  # Q2: 10 s
    s.go(0, T0 + timedelta(seconds=70))  # Q3: 20 s
    result = s.submit(T0 + timedelta(seconds=75))  # Q1: +5 s
    assert [r.spent.total_seconds() for r in result.items[:3]] == [45, 10, 20]


def test_time_running_out_submits() -> None:
    s = session()
    s.choose("a", T0 + timedelta(seconds=10))
    assert not s.tick(s.deadline - timedelta(seconds=1))
    # An answer after the deadline is not taken: the paper was handed in at the deadline.
    assert not s.choose("b", s.deadline + timedelta(seconds=3))
    assert s.finished and s.result is not None
    assert s.result.timed_out and s.result.finished == s.deadline
    assert s.result.items[0].choice == 0
    assert sum((r.spent for r in s.result.items), timedelta(0)) == timedelta(minutes=9, seconds=36)
    # Everything afterwards is ignored; the result stays the same.
    assert not s.next(s.deadline + timedelta(minutes=1))
    assert s.submit(s.deadline + timedelta(minutes=2)) is s.result


def test_idle_learner_is_submitted_by_the_tick() -> None:
    s = session()
    assert s.tick(s.deadline)
    assert s.result is not None and s.result.timed_out
    assert s.result.score_line() == "score: 0.00 of 16.00 (correct 0, wrong 0, unattempted 8)"


def test_submitting_late_counts_as_timed_out() -> None:
    s = session()
    result = s.submit(s.deadline + timedelta(seconds=5))
    assert result.timed_out and result.finished == s.deadline


def test_bad_actions_are_refused() -> None:
    s = session()
    with pytest.raises(ExamError):
        s.choose("e", T0)
    with pytest.raises(ExamError):
        s.choose(4, T0)
    with pytest.raises(ExamError):
        s.choose("a", T0, "certain")
    with pytest.raises(ExamError):
        s.go(8, T0)
    with pytest.raises(ExamError):
        ExamSession([], GS1, T0)


def test_new_session_resolves_the_topic_and_refuses_empty_ones() -> None:
    s = new_session(exam_bank(), ExamOptions(count=3, topic="energy", seed=2), T0)
    assert s.topic == "IR › Energy" and len(s.items) == 3
    assert {i.topic for i in s.items} == {"IR › Energy"}
    with pytest.raises(ValueError, match="no topic matches"):
        new_session(exam_bank(), ExamOptions(topic="volcanoes"), T0)
    with pytest.raises(ValueError):
        new_session(exam_bank(), ExamOptions(count=0), T0)
    assert new_session(exam_bank(), ExamOptions(seed=None), T0).seed == int(T0.timestamp())
