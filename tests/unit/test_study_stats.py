"""The stats dictionary (exact keys and values over a scripted history) and its text."""

from __future__ import annotations

from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from fsrs import Card, Scheduler, State

from quizbot.study import Store, compute_stats, forecast, render_stats
from quizbot.study.records import CardRow
from quizbot.study.scheduling import card_id_for
from quizbot.study.stats import KEYS
from tests.unit.study_support import T0, bank_of, run_day, short, study

DESIGN_KEYS = {
    "reviews_today",
    "due_now",
    "new_left_today",
    "streak_days",
    "retention_30d",
    "topics",
    "leeches",
}


@pytest.fixture
def history(tmp_path: Path) -> tuple[Store, object]:
    """Four days of study: a1 forgotten on day 2; b2 and b3 are siblings; one leech; then a
    question is added to the bank."""
    studied = [
        short("a1", "A"),
        short("a2", "A"),
        short("b1", "B"),
        short("b2", "B", line=4),
        short("b3", "B", line=4),
        short("leech", "B"),
    ]
    store = Store.open(tmp_path, T0)
    store.set_setting("daily_new_limit", 3)
    store.put_card(
        CardRow(
            "leech",
            Card(
                card_id=card_id_for("leech"),
                state=State.Review,
                step=None,
                stability=2.0,
                difficulty=9.0,
                due=T0,
                last_review=T0 - timedelta(days=2),
            ),
            reps=20,
            lapses=8,
            suspended=True,
        )
    )
    for day in range(4):
        run_day(store, bank_of(*studied), T0 + timedelta(days=day), {"a1"} if day == 2 else set())
    return store, bank_of(*studied, short("unseen", "C"))


def test_the_stats_have_exactly_the_documented_keys(history: tuple[Store, object]) -> None:
    store, bank = history
    stats = compute_stats(store, bank, T0, tz=UTC)  # type: ignore[arg-type]
    assert set(stats) == DESIGN_KEYS | {"due_today"} == set(KEYS)
    assert set(stats["topics"]["A"]) == {"questions", "seen", "mean_retrievability"}


def test_the_stats_count_what_happened(history: tuple[Store, object]) -> None:
    store, bank = history
    day4 = T0 + timedelta(days=4)
    # Day 4 begins: a1 and b3 are due; "unseen" is the one new question left.
    stats = compute_stats(store, bank, day4, tz=UTC)  # type: ignore[arg-type]
    assert {
        k: stats[k]
        for k in ("reviews_today", "due_now", "due_today", "new_left_today", "streak_days")
    } == {"reviews_today": 0, "due_now": 2, "due_today": 2, "new_left_today": 1, "streak_days": 4}
    session = study(store, bank, day4)  # type: ignore[arg-type]
    first = session.next(day4)
    assert first is not None and first.id == "b3"
    session.answer("wrong", day4)  # a lapse: relearning, due again at 09:10
    later = day4 + timedelta(minutes=1)
    stats = compute_stats(store, bank, later, tz=UTC)  # type: ignore[arg-type]
    assert {k: stats[k] for k in ("reviews_today", "due_now", "due_today", "streak_days")} == {
        "reviews_today": 1,
        "due_now": 1,
        "due_today": 2,
        "streak_days": 5,
    }
    # Answers to questions in review over 30 days: a1 (day 2) and b3 forgotten, 4 recalled
    # (first answers and learning steps do not count).
    assert stats["retention_30d"] == 0.6667
    assert stats["leeches"] == [{"id": "leech", "topic": "B", "lapses": 8}]
    cards = store.cards()
    scheduler = Scheduler()
    expected = {
        t: sum(scheduler.get_card_retrievability(cards[i].card, later) for i in ids) / len(ids)
        for t, ids in (("A", ["a1", "a2"]), ("B", ["b1", "b2", "b3", "leech"]))
    }
    assert stats["topics"] == {
        "A": {"questions": 2, "seen": 2, "mean_retrievability": round(expected["A"], 4)},
        "B": {"questions": 4, "seen": 4, "mean_retrievability": round(expected["B"], 4)},
        "C": {"questions": 1, "seen": 0, "mean_retrievability": None},
    }
    # The streak survives a day not yet studied, not two.
    assert (
        compute_stats(store, bank, day4 + timedelta(days=1), tz=UTC)[  # type: ignore[arg-type]
            "streak_days"
        ]
        == 5
    )
    assert (
        compute_stats(store, bank, day4 + timedelta(days=2), tz=UTC)[  # type: ignore[arg-type]
            "streak_days"
        ]
        == 0
    )
    assert (
        compute_stats(store, bank, day4 + timedelta(days=1), tz=UTC)[  # type: ignore[arg-type]
            "reviews_today"
        ]
        == 0
    )


def test_a_fresh_store_has_empty_stats(tmp_path: Path) -> None:
    bank = bank_of(short("q1", "A"), short("q2", "A"))
    with Store.open(tmp_path, T0) as store:
        assert compute_stats(store, bank, T0, tz=UTC) == {
            "reviews_today": 0,
            "due_now": 0,
            "due_today": 0,
            "new_left_today": 2,
            "streak_days": 0,
            "retention_30d": None,
            "topics": {"A": {"questions": 2, "seen": 0, "mean_retrievability": None}},
            "leeches": [],
        }


def test_the_text_shows_every_figure_and_the_forecast(history: tuple[Store, object]) -> None:
    store, bank = history
    now = T0 + timedelta(days=4)
    stats = compute_stats(store, bank, now, tz=UTC)  # type: ignore[arg-type]
    days = forecast(store, bank, now, tz=UTC)  # type: ignore[arg-type]
    assert days[0] == (date(2026, 1, 9), 2) and len(days) == 14
    text = render_stats(stats, days)
    assert "0 answered · 2 due now (2 today) · 1 new left" in text
    assert "streak      4 days" in text
    assert "retention   80% over the last 30 days" in text
    assert "forecast (next two weeks):\n  Fri 09 Jan      2" in text
    assert "  leech  (8 lapses)  B" in text
    assert "  C          1      0       –" in text


@pytest.mark.parametrize("days", [1, 15, 16, 17, 47, 48, 300])
def test_a_long_streak_is_counted_across_the_batches_of_days(tmp_path: Path, days: int) -> None:
    from quizbot.study.records import Review
    from quizbot.study.stats import streak_days
    from quizbot.study.timing import Calendar

    calendar = Calendar(UTC, 4)
    today = T0 + timedelta(days=400)
    log = [
        Review("q", today - timedelta(days=n), "x", "exact", 1.0, 3, 3).as_tuple()
        for n in range(days)
    ]
    log.append(Review("q", today - timedelta(days=days + 1), "x", "exact", 1.0, 3, 3).as_tuple())
    with Store.open(tmp_path, T0) as store:
        store.add_reviews(log)
        assert streak_days(store, today, calendar) == days
        # nothing yet today: the streak still runs to yesterday
        assert streak_days(store, today + timedelta(days=1), calendar) == days
        assert streak_days(store, today + timedelta(days=2), calendar) == 0
