"""A row that cannot be read is reported once, set aside (kept) and everything goes on.

Rows are damaged the way a bad disk, a sync tool or a hand edit would: by writing values
quizbot never writes, with sqlite3 directly.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fsrs import Card, Rating, Scheduler, State

from quizbot.study import Store, compute_stats, forecast
from quizbot.study.damage import CARDS
from quizbot.study.records import CardRow
from quizbot.study.scheduling import card_id_for
from quizbot.study.stats import forgetting_curve
from quizbot.tutor import Feedback, Say
from tests.unit.study_support import T0, bank_of, right, run_day, short, study
from tests.unit.tutor_support import BRAHMOS, S400, open_tutor


def _damage(data_dir: Path, sql: str, params: tuple[Any, ...] = ()) -> None:
    with sqlite3.connect(data_dir / "progress.db") as db:
        db.execute(sql, params)


def _set_aside(data_dir: Path) -> list[tuple[str, str, dict[str, Any]]]:
    with sqlite3.connect(data_dir / "progress.db") as db:
        rows = db.execute("SELECT source, problem, content FROM damaged_rows ORDER BY id")
        return [(source, problem, json.loads(content)) for source, problem, content in rows]


@pytest.fixture
def studied(tmp_path: Path) -> Path:
    """Two questions answered on day one (both in learning, due again on day two)."""
    with Store.open(tmp_path, T0) as store:
        run_day(store, bank_of(short("a"), short("b")), T0)
    return tmp_path


def test_a_due_time_that_is_text_is_set_aside_once_and_the_session_goes_on(
    studied: Path,
) -> None:
    _damage(studied, "UPDATE cards SET due_us = 'soon' WHERE question_id = 'a'")
    bank = bank_of(short("a"), short("b"))
    day2 = T0 + timedelta(days=1)
    with Store.open(studied, day2) as store:
        session = study(store, bank, day2)
        [found] = store.take_damaged()
        assert found.source == "cards" and found.key == "'a'"
        assert "the due time is the text 'soon'" in found.problem
        asked = []
        while (question := session.next(day2)) is not None:
            asked.append(question.id)
            session.answer(right(question), day2)
        assert asked == ["a"]  # a starts afresh, as a new question; b is not due yet
        assert store.reviews("a")[-1].state_before == 0
        assert store.take_damaged() == []
    [(source, problem, content)] = _set_aside(studied)
    assert (source, content["question_id"], content["due_us"]) == ("cards", "a", "soon")
    assert problem.startswith("the due time is the text 'soon'")
    with Store.open(studied, day2) as store:  # found once: never reported again
        study(store, bank, day2)
        assert store.take_damaged() == []
        assert compute_stats(store, bank, day2, tz=UTC)["topics"]["T"]["seen"] == 2


def test_skip_works_when_the_question_on_screen_is_damaged(tmp_path: Path) -> None:
    tutor = open_tutor(tmp_path, BRAHMOS, S400)
    tutor.start(T0)
    first = tutor.current
    assert first is not None
    tutor.handle(right(first), T0 + timedelta(seconds=20))
    tutor.handle(right(tutor.current), T0 + timedelta(seconds=40))  # type: ignore[arg-type]
    later = T0 + timedelta(hours=1)
    tutor.handle("/topic all", later)  # (nothing changes: already on every topic)
    tutor.close(later)
    tutor = open_tutor(tmp_path, BRAHMOS, S400, now=later)
    tutor.start(later)
    on_screen = tutor.current
    assert on_screen is not None
    _damage(tmp_path, "UPDATE cards SET state = 7 WHERE question_id = ?", (on_screen.id,))
    replies = tutor.handle("/skip", later)
    said = [r.text for r in replies if isinstance(r, Say)]
    assert len(said) == 1 and "could not be read" in said[0] and "the state is 7" in said[0]
    assert any(isinstance(r, Feedback) for r in replies), replies
    assert not any("Something went wrong" in text for text in said)
    again = tutor.handle("/skip", later + timedelta(seconds=5))
    assert not any(isinstance(r, Say) and "could not be read" in r.text for r in again)
    tutor.close(later)
    assert [source for source, _, _ in _set_aside(tmp_path)] == ["cards"]


def _card(qid: str, **changes: Any) -> CardRow:
    card = Card(
        card_id=card_id_for(qid),
        state=State.Review,
        step=None,
        stability=5.0,
        difficulty=5.0,
        due=T0,
        last_review=T0 - timedelta(days=3),
    )
    return CardRow(qid, card, reps=3, **changes)


#: Values quizbot never writes, for each column of a card row.
BAD_VALUES: dict[str, list[Any]] = {  # (NULL only where the schema allows it)
    "card_id": ["x", 1.5, b"\x00"],
    "state": [0, 4, -1, "2x", 2.5, b"\x01"],
    "step": [-1, "one", 1.5, b"\x00"],
    "stability": [0, -3.0, "strong", float("inf"), b"\x00", None],
    "difficulty": [0, -5.0, 11.0, "hard", None],
    "due_us": ["soon", 1e300, 10**18 * 9, -(10**18) * 9, b"\x00", 1.7676e15],
    "last_review_us": ["yesterday", 10**18 * 9, 2.5e300, 1.7676e15 + 0.5],
    "reps": [-1, "many", 2.5],
    "lapses": [-2, "few"],
    "suspended": [2, -1, "yes"],
}


def _readers_work(store: Store, bank: Any, now: datetime) -> None:
    """Everything that reads card rows, as a session, the stats and a review use them."""
    compute_stats(store, bank, now, tz=UTC)
    forecast(store, bank, now, tz=UTC)
    session = study(store, bank, now)
    while (question := session.next(now)) is not None:
        session.answer(right(question), now)
    session.undo()


@pytest.mark.parametrize(
    ("column", "value"), [(c, v) for c, values in BAD_VALUES.items() for v in values]
)
def test_no_bad_value_in_a_card_row_stops_the_stats_or_a_session(
    tmp_path: Path, column: str, value: Any
) -> None:
    bank = bank_of(short("a"), short("b"))
    with Store.open(tmp_path, T0) as store:
        store.put_card(_card("a"))
        store.put_card(_card("b"))
    _damage(tmp_path, f"UPDATE cards SET {column} = ? WHERE question_id = 'a'", (value,))
    with Store.open(tmp_path, T0) as store:
        compute_stats(store, bank, T0, tz=UTC)  # never stops the stats, checked or not
        readable = store.execute(f"SELECT ({CARDS.ok}) IS 1 FROM cards WHERE question_id = 'a'")
        if not readable.fetchone()[0]:
            _readers_work(store, bank, T0)
            assert [d.key for d in store.take_damaged()] == ["'a'"]
            return
        # a value the rules let through must be one every reader copes with
        row = store.get_card("a")
        assert row is not None
        Scheduler(enable_fuzzing=False).review_card(row.card, Rating.Good, T0)
        _readers_work(store, bank, T0)


def test_the_stats_curve_is_fsrs_own() -> None:
    scheduler = Scheduler()
    decay, factor = forgetting_curve(scheduler)
    now = datetime(2026, 3, 1, tzinfo=UTC)
    for stability, days in ((0.5, 0), (2.0, 1), (30.0, 45), (365.0, 1000)):
        card = Card(card_id=1, state=State.Review, stability=stability, difficulty=5.0, due=now)
        card.last_review = now - timedelta(days=days, hours=5)
        expected = scheduler.get_card_retrievability(card, now)
        assert (1 + factor * days / stability) ** decay == pytest.approx(expected, rel=1e-12)
