"""Stored mocks: round trip, history and trend, lapses in the schedule, the error notebook,
and the v2 → v3 migration."""

from __future__ import annotations

import sqlite3
from datetime import UTC, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from fsrs import Rating, State

from quizbot.exam.build import build_items
from quizbot.exam.notebook import entries, render_entry
from quizbot.exam.scoring import CSAT, GS1, MarkingScheme
from quizbot.exam.session import ExamSession
from quizbot.exam.storage import (
    history,
    lapse_ids,
    record_exam,
    render_history,
    sparkline,
    stored_items,
    trend,
)
from quizbot.study import Store
from quizbot.study.scheduling import review
from quizbot.study.schema import MIGRATIONS, SCHEMA_VERSION
from quizbot.study.timing import Calendar, to_us
from tests.unit.exam_support import exam_bank
from tests.unit.study_support import T0


def play(answers: list[str | None], start=T0, scheme: MarkingScheme = GS1,  # type: ignore[no-untyped-def]
         submit_after: int | None = None, confidence: str | None = None):
    """Answer items in order: "right", "wrong" or None (visited, blank); items after
    ``submit_after`` are never opened."""
    s = ExamSession(build_items(exam_bank(), 8, 1), scheme, start, seed=1)
    t = start
    for n, how in enumerate(answers):
        if n:
            s.go(n, t)
        if how is not None:
            key = s.item.key
            s.choose(key if how == "right" else (key + 1) % 4, t, confidence)
        t += timedelta(seconds=20)
    return s, s.submit(t)


def test_round_trip_of_a_result(tmp_path: Path) -> None:
    session, result = play(["right", "wrong", None, "right"])
    with Store.open(tmp_path, T0) as store:
        saved = record_exam(store, result, tz=UTC, fuzz=False)
        (mock,) = history(store)
        assert mock.id == saved.exam_id
        assert (mock.correct, mock.wrong, mock.unattempted) == (2, 1, 5)
        assert mock.score == result.score == Decimal("3.34")
        assert mock.max_score == Decimal(16) and mock.scheme == GS1
        assert mock.started == T0 and mock.finished == result.finished
        assert not mock.timed_out and mock.questions == 8
        items = stored_items(store, saved.exam_id)
        assert [i for i, _, _ in items] == session.items
        assert [(c, o) for _, c, o in items] == [(r.choice, r.outcome) for r in result.items]
        sessions = store.sessions()
        assert [(s[3], s[2]) for s in sessions] == [("exam", result.finished)]


def test_history_and_score_trend(tmp_path: Path) -> None:
    plans = [["wrong"] * 8, ["right"] * 2 + ["wrong"] * 6, ["right"] * 8, ["right"] * 4]
    with Store.open(tmp_path, T0) as store:
        for day, plan in enumerate(plans):
            _, result = play(plan, start=T0 + timedelta(days=day),
                             scheme=CSAT if day == 3 else GS1)
            record_exam(store, result, tz=UTC, fuzz=False)
        past = history(store)
    assert [m.score for m in past] == [Decimal("-5.28"), Decimal("0.04"), Decimal(16),
                                       Decimal(10)]
    assert [m.scheme.name for m in past] == ["gs1", "gs1", "gs1", "csat"]
    assert [m.percent for m in past] == [Decimal("-33"), Decimal("0.25"), Decimal(100),
                                         Decimal(50)]
    assert trend(past) == [None, Decimal("33.25"), Decimal("99.75"), Decimal(-50)]
    assert sparkline(past) == "▁▁█▅"
    lines = render_history(past)
    assert lines[0] == "mock tests: 4 · trend ▁▁█▅"
    assert lines[2].endswith("(0.25%)  ▲ 33.25 pts") and lines[4].endswith("▼ -50.00 pts")
    assert render_history([]) == ["no mock tests yet"]
    # stored in UTC, shown in the learner's zone (India: +5:30)
    india = timezone(timedelta(hours=5, minutes=30))
    assert past[0].finished.utcoffset() == timedelta(0)
    utc_line, india_line = render_history(past, tz=UTC)[1], render_history(past, tz=india)[1]
    shown = past[0].finished
    assert f" {shown:%Y-%m-%d %H:%M} " in utc_line
    assert f" {(shown + timedelta(hours=5, minutes=30)):%Y-%m-%d %H:%M} " in india_line


def test_mistakes_become_lapses_in_the_schedule(tmp_path: Path) -> None:
    # Q1 right, Q2 wrong, Q3 opened and left blank, the rest never opened.
    _, result = play(["right", "wrong", None])
    wrong_ids = list(result.items[1].item.sources)
    blank_ids = list(result.items[2].item.sources)
    assert lapse_ids(result) == wrong_ids + [i for i in blank_ids if i not in wrong_ids]
    with Store.open(tmp_path, T0) as store:
        settings = store.settings()
        calendar = Calendar(UTC, settings.day_start_hour)
        # One of them is in review already: its Again is a lapse.
        first = wrong_ids[0]
        for days in (0, 1, 4):
            review(store, first, Rating.Good, T0 - timedelta(days=30 - days), settings=settings,
                   calendar=calendar, fuzz=False)
        assert store.get_card(first).card.state == State.Review  # type: ignore[union-attr]
        saved = record_exam(store, result, tz=UTC, fuzz=False)
        assert list(saved.lapsed) == lapse_ids(result)
        exam_reviews = [r for r in store.reviews() if r.session_id == saved.session_id]
        assert [r.question_id for r in exam_reviews] == list(saved.lapsed)
        assert {r.rating for r in exam_reviews} == {int(Rating.Again)}
        assert exam_reviews[0].kind == "exam-wrong"
        assert exam_reviews[-1].kind == "exam-blank" and exam_reviews[-1].response == ""
        card = store.get_card(first)
        assert card is not None and card.lapses == 1 and card.card.state == State.Relearning
        assert card.card.due <= result.finished + timedelta(minutes=10)
        untouched = {i for r in result.items[3:] for i in r.item.sources} - set(saved.lapsed)
        assert all(store.get_card(i) is None for i in untouched)
        right_ids = set(result.items[0].item.sources) - set(saved.lapsed)
        assert all(store.get_card(i) is None for i in right_ids)


def test_error_notebook_filters(tmp_path: Path) -> None:
    _, first = play(["wrong", "right", None, "wrong"], confidence="sure")
    _, second = play(["right", "wrong"], start=T0 + timedelta(days=1), confidence="guess")
    with Store.open(tmp_path, T0) as store:
        one = record_exam(store, first, tz=UTC, fuzz=False).exam_id
        two = record_exam(store, second, tz=UTC, fuzz=False).exam_id
        everything = entries(store)
        # Newest first; lucky guesses are listed too.
        assert [(e.exam_id, e.result.number) for e in everything][:2] == [(two, 1), (two, 2)]
        assert [e.kinds for e in everything if e.exam_id == two][:2] == [
            ("lucky",), ("wrong", "guessed")]
        assert {(e.exam_id, e.result.number) for e in entries(store, kind="overconfident")} == {
            (one, 1), (one, 4)}
        assert all("unattempted" in e.kinds for e in entries(store, kind="unattempted"))
        assert len(entries(store, kind="not-reached")) == 4 + 6
        topic = first.items[0].item.topic
        assert all(e.item.topic == topic for e in entries(store, topic=topic.upper()))
        assert entries(store, topic="no such topic") == []
        with pytest.raises(ValueError, match="unknown kind"):
            entries(store, kind="silly")
        text = render_entry(entries(store, kind="overconfident")[0], UTC)
        assert text.startswith(f"mock #{one} (2026-01-05), Q1 · ")
        assert "your answer: (" in text and "[sure]" in text and "\nanswer: (" in text


def _v2_database(path: Path) -> None:
    with sqlite3.connect(path) as db:
        for version in (0, 1):
            for statement in MIGRATIONS[version]:
                db.execute(statement)
            db.execute("INSERT INTO schema_version VALUES (?, ?)", (version + 1, to_us(T0)))
        db.execute("INSERT INTO cards (question_id, card_id, state, step, stability, "
                   "difficulty, due_us, last_review_us, reps) VALUES "
                   "('m-s400', 1, 2, NULL, 9.0, 5.0, ?, ?, 3)", (to_us(T0), to_us(T0)))


def test_a_version_2_database_gets_the_exam_tables(tmp_path: Path) -> None:
    assert SCHEMA_VERSION == 3
    _v2_database(tmp_path / "progress.db")
    with Store.open(tmp_path, T0 + timedelta(days=1)) as store:
        assert store.schema_version == 3
        assert set(store.cards()) == {"m-s400"}
        assert history(store) == []
        _, result = play(["wrong"])
        record_exam(store, result, tz=UTC, fuzz=False)
        assert len(history(store)) == 1
        assert store.integrity_check() == "ok"
    with sqlite3.connect(tmp_path / "progress.db") as db:
        assert db.execute("SELECT version FROM schema_version").fetchall() == [(1,), (2,), (3,)]
