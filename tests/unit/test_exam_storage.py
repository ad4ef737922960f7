"""Stored mocks: round trip, history and trend, lapses in the schedule, the error notebook,
and the v2 → v3 migration."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from fsrs import Rating, State

from quizbot.exam.assertion_reason import ar_item, facts_of
from quizbot.exam.build import build_items
from quizbot.exam.notebook import entries, render_entry
from quizbot.exam.scoring import CSAT, GS1, MarkingScheme
from quizbot.exam.session import ExamSession
from quizbot.exam.storage import (
    Saved,
    history,
    lapse_ids,
    record_exam,
    render_history,
    sparkline,
    stored_items,
    trend,
)
from quizbot.exam.tables import ExamItemRow, ExamRow, add_exam, exam_item_rows, exam_rows
from quizbot.study import Store
from quizbot.study.scheduling import review
from quizbot.study.schema import MIGRATIONS, SCHEMA_VERSION
from quizbot.study.stats import compute_stats
from quizbot.study.timing import Calendar, to_us
from tests.unit.exam_support import exam_bank
from tests.unit.study_support import T0, study


def play(
    answers: list[str | None],
    start=T0,
    scheme: MarkingScheme = GS1,  # type: ignore[no-untyped-def]
    submit_after: int | None = None,
    confidence: str | None = None,
):
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
            _, result = play(plan, start=T0 + timedelta(days=day), scheme=CSAT if day == 3 else GS1)
            record_exam(store, result, tz=UTC, fuzz=False)
        past = history(store)
    assert [m.score for m in past] == [Decimal("-5.28"), Decimal("0.04"), Decimal(16), Decimal(10)]
    assert [m.scheme.name for m in past] == ["gs1", "gs1", "gs1", "csat"]
    assert [m.percent for m in past] == [Decimal("-33"), Decimal("0.25"), Decimal(100), Decimal(50)]
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


def test_the_typed_rows_are_the_tables_columns(tmp_path: Path) -> None:
    """A migration that adds a column must change the row types too (and the reverse)."""
    with Store.open(tmp_path, T0) as store:
        for table, row in (("exams", ExamRow), ("exam_items", ExamItemRow)):
            columns = [c[1] for c in store.execute(f"PRAGMA table_info({table})")]
            assert columns == list(row._fields)


def test_typed_rows_round_trip_with_their_flags_as_booleans(tmp_path: Path) -> None:
    _, result = play(["right", "wrong", None], confidence="sure")
    with Store.open(tmp_path, T0) as store:
        saved = record_exam(store, result, tz=UTC, fuzz=False)
        (exam,) = exam_rows(store)
        assert exam == ExamRow.of(result, saved.session_id)._replace(id=saved.exam_id)
        assert exam.timed_out is False and exam.seed == 1 and exam.session_id == saved.session_id
        items = exam_item_rows(store, saved.exam_id)
        assert items == [ExamItemRow.of(r, saved.exam_id) for r in result.items]
        assert [i.result() for i in items] == list(result.items)
        assert (items[0].visited, items[0].marked, items[-1].visited) == (True, False, False)
        assert all(type(f) is bool for i in items for f in (i.marked, i.visited))
        # missed_only: not correct (or a guess): all but the first, a sure right answer
        assert [i.number for i in exam_item_rows(store, missed_only=True)] == list(range(2, 9))
        assert exam_item_rows(store, saved.exam_id + 1) == []


def test_add_exam_gives_the_test_and_its_items_the_new_id(tmp_path: Path) -> None:
    _, result = play(["right", "wrong"])
    stale = ExamRow.of(result, None)._replace(id=99)
    items = [ExamItemRow.of(r, 99) for r in result.items]
    with Store.open(tmp_path, T0) as store:
        first, second = add_exam(store, stale, items), add_exam(store, stale, items)
        assert (first, second) == (1, 2)
        assert [e.id for e in exam_rows(store)] == [1, 2]
        assert {i.exam_id for i in exam_item_rows(store)} == {1, 2}
        assert len(exam_item_rows(store, 2)) == len(result.items)


def _studied_to_review(store: Store, question_id: str) -> None:
    settings = store.settings()
    calendar = Calendar(UTC, settings.day_start_hour)
    for days in (0, 1, 4):
        review(
            store,
            question_id,
            Rating.Good,
            T0 - timedelta(days=30 - days),
            settings=settings,
            calendar=calendar,
            fuzz=False,
        )
    assert store.get_card(question_id).card.state == State.Review  # type: ignore[union-attr]


def test_mistakes_on_studied_questions_become_lapses(tmp_path: Path) -> None:
    # Q1 right, Q2 wrong, Q3 opened and left blank, the rest never opened.
    _, result = play(["right", "wrong", None])
    wrong_id = result.items[1].item.sources[0]
    blank_id = result.items[2].item.sources[0]
    assert lapse_ids(result) == [wrong_id, blank_id]
    every = {i for r in result.items for i in r.item.sources}
    with Store.open(tmp_path, T0) as store:
        # Every question of the paper has been studied (is in the schedule).
        for question_id in sorted(every):
            _studied_to_review(store, question_id)
        before = store.cards()
        saved = record_exam(store, result, tz=UTC, fuzz=False)
        assert saved.lapsed == (wrong_id, blank_id) and saved.unstudied == ()
        exam_reviews = [r for r in store.reviews() if r.session_id == saved.session_id]
        assert [r.question_id for r in exam_reviews] == [wrong_id, blank_id]
        assert {r.rating for r in exam_reviews} == {int(Rating.Again)}
        assert [r.kind for r in exam_reviews] == ["exam-wrong", "exam-blank"]
        assert exam_reviews[-1].response == ""
        for question_id in (wrong_id, blank_id):
            card = store.get_card(question_id)
            assert card is not None and card.lapses == 1 and card.card.state == State.Relearning
            assert card.card.due <= result.finished + timedelta(minutes=10)
        # Right answers and questions never reached leave the schedule alone.
        assert {i: c for i, c in store.cards().items() if i not in (wrong_id, blank_id)} == {
            i: c for i, c in before.items() if i not in (wrong_id, blank_id)
        }


def test_a_mock_never_makes_new_cards_nor_uses_the_daily_new_limit(tmp_path: Path) -> None:
    """Policy: a question never studied is not put into the schedule by a mock (it stays
    new, for the study queue to introduce within the daily limit; the notebook keeps the
    miss); a mock's log rows are not study answers."""
    bank = exam_bank()
    _, result = play(["wrong"] * 8)
    studied = result.items[0].item.sources[0]
    with Store.open(tmp_path, T0) as store:
        store.set_setting("daily_new_limit", 5)
        _studied_to_review(store, studied)
        saved = record_exam(store, result, tz=UTC, fuzz=False)
        assert saved.lapsed == (studied,)
        assert set(saved.unstudied) == set(lapse_ids(result)) - {studied}
        assert set(store.cards()) == {studied}
        assert [r.question_id for r in store.reviews() if r.session_id == saved.session_id] == [
            studied
        ]
        figures = compute_stats(store, bank, result.finished, tz=UTC)
        assert figures["reviews_today"] == 0
        assert figures["new_left_today"] == 5
        session = study(store, bank, result.finished)
        assert session.new_left == 5


def test_an_assertion_reason_miss_lapses_only_the_assertions_question(tmp_path: Path) -> None:
    bank = exam_bank()
    facts = [f for q in bank for f in facts_of(q)]
    item = ar_item(bank["t-balance"], random.Random(0), facts)  # type: ignore[arg-type]
    assert item is not None and item.kind == "assertion-reason"
    reason_id = item.sources[1]  # R is borrowed from another question
    assert reason_id != "t-balance"
    session = ExamSession([item], GS1, T0)
    session.choose((item.key + 1) % 4, T0 + timedelta(seconds=30))
    result = session.submit(T0 + timedelta(minutes=1))
    assert lapse_ids(result) == ["t-balance"]
    with Store.open(tmp_path, T0) as store:
        _studied_to_review(store, "t-balance")
        _studied_to_review(store, reason_id)
        reason_before = store.get_card(reason_id)
        saved = record_exam(store, result, tz=UTC, fuzz=False)
        assert saved.lapsed == ("t-balance",)
        assert store.get_card(reason_id) == reason_before
        assert [
            r.question_id for r in store.reviews(reason_id) if r.session_id == saved.session_id
        ] == []


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
            ("lucky",),
            ("wrong", "guessed"),
        ]
        assert {(e.exam_id, e.result.number) for e in entries(store, kind="overconfident")} == {
            (one, 1),
            (one, 4),
        }
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
        db.execute(
            "INSERT INTO cards (question_id, card_id, state, step, stability, "
            "difficulty, due_us, last_review_us, reps) VALUES "
            "('m-s400', 1, 2, NULL, 9.0, 5.0, ?, ?, 3)",
            (to_us(T0), to_us(T0)),
        )


def test_a_version_2_database_gets_the_exam_tables(tmp_path: Path) -> None:
    assert SCHEMA_VERSION == 5
    _v2_database(tmp_path / "progress.db")
    with Store.open(tmp_path, T0 + timedelta(days=1)) as store:
        assert store.schema_version == 5
        assert set(store.cards()) == {"m-s400"}
        assert history(store) == []
        _, result = play(["wrong"])
        record_exam(store, result, tz=UTC, fuzz=False)
        assert len(history(store)) == 1
        assert store.integrity_check() == "ok"
    with sqlite3.connect(tmp_path / "progress.db") as db:
        assert db.execute("SELECT version FROM schema_version").fetchall() == [
            (1,),
            (2,),
            (3,),
            (4,),
            (5,),
        ]


def test_the_note_on_the_schedule_says_what_the_mock_did() -> None:
    assert Saved(1, 1, ()).note() == []
    assert Saved(1, 1, ("a",)).note() == [
        "1 missed question goes back into your review schedule; `quizbot mistakes` lists them"
    ]
    assert Saved(1, 1, ("a", "b"), ("c",)).note() == [
        "2 missed questions go back into your review schedule; 1 missed question not studied "
        "yet stays new, for your daily study; `quizbot mistakes` lists them"
    ]


def test_a_hand_in_on_a_worker_thread_keeps_the_other_threads_writes_out_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection: the mock's transaction is slow and then fails (rolled back). The
    event loop's setting, written meanwhile on the same store, waits for the rollback and
    is kept: it never joins the worker's transaction (nor starts one inside it)."""
    import threading
    import time

    from quizbot.exam import storage
    from quizbot.study.recovery import StoreError

    inside = threading.Event()

    def slow_then_failing(*args: object, **kwargs: object) -> int:
        inside.set()
        time.sleep(0.3)
        raise StoreError("the disk is full")

    monkeypatch.setattr(storage, "add_exam", slow_then_failing)
    _, result = play(["wrong"] * 8)
    with Store.open(tmp_path, T0) as store:
        handed: list[storage.HandedIn] = []
        worker = threading.Thread(target=lambda: handed.append(storage.hand_in(store, result)))
        worker.start()
        assert inside.wait(5)
        with store.transaction():  # the event loop, while the worker's transaction is open
            store.set_setting("daily_new_limit", 7)
        worker.join(5)
        (done,) = handed
        assert (done.saved, done.past, done.error) == (None, [], "the disk is full")
        assert store.settings().daily_new_limit == 7  # not rolled back with the mock
        assert store.sessions() == []  # the mock's session went with its rollback


def test_hand_in_stores_the_result_and_returns_the_history(tmp_path: Path) -> None:
    from quizbot.exam import hand_in

    _, result = play(["right", "wrong"])
    with Store.open(tmp_path, T0) as store:
        done = hand_in(store, result, tz=UTC, fuzz=False)
        assert done.error is None and done.saved is not None
        assert [m.id for m in done.past] == [done.saved.exam_id]
