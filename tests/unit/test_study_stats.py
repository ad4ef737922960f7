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
    assert set(stats["topics"]["A"]) == {
        "questions",
        "seen",
        "learning",
        "mean_retrievability",
        "mastery",
    }


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

    def recalled(ids: list[str]) -> float:  # questions still being learned count 0
        return sum(
            scheduler.get_card_retrievability(cards[i].card, later)
            for i in ids
            if cards[i].card.state == State.Review
        )

    groups = {"A": ["a1", "a2"], "B": ["b1", "b2", "b3", "leech"]}
    learning = {
        t: sum(cards[i].card.state != State.Review for i in ids) for t, ids in groups.items()
    }
    assert learning["B"] >= 1  # b3, just missed
    assert stats["topics"] == {
        topic: {
            "questions": len(ids),
            "seen": len(ids),
            "learning": learning[topic],
            "mean_retrievability": round(recalled(ids) / len(ids), 4),
            "mastery": round(recalled(ids) / len(ids), 4),
        }
        for topic, ids in groups.items()
    } | {
        "C": {
            "questions": 1,
            "seen": 0,
            "learning": 0,
            "mean_retrievability": None,
            "mastery": 0.0,
        }
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
            "topics": {
                "A": {
                    "questions": 2,
                    "seen": 0,
                    "learning": 0,
                    "mean_retrievability": None,
                    "mastery": 0.0,
                }
            },
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
    assert "  C          1      0         0       0%" in text


def test_a_far_exam_date_stored_by_hand_keeps_the_forecast_short(
    history: tuple[Store, object],
) -> None:
    """9999-12-31 written straight into the database (an older quizbot took it): the
    forecast stops at ten years and its text at 46 lines, not 2.9 million."""
    from quizbot.study.load_forecast import FORECAST_MAX_DAYS, forecast_periods

    store, bank = history
    now = T0 + timedelta(days=4)
    store.execute("INSERT OR REPLACE INTO settings VALUES ('exam_date', '\"9999-12-31\"')")
    assert store.settings().exam_date == date(9999, 12, 31)
    days = forecast(store, bank, now, tz=UTC)  # type: ignore[arg-type]
    assert len(days) == FORECAST_MAX_DAYS and days[0] == (date(2026, 1, 9), 2)
    text = render_stats(compute_stats(store, bank, now, tz=UTC), days, date(9999, 12, 31))  # type: ignore[arg-type]
    shown = text.split("forecast (")[1].split("\n\n")[0].splitlines()
    assert shown[0] == "next 10 years; the exam on 9999-12-31 is further off):"
    assert len(shown) - 1 == len(forecast_periods(days)) <= 46
    assert sum(int(line.split()[-1]) for line in shown[1:]) == sum(n for _, n in days)


def test_the_forecast_is_summarised_by_week_month_and_year() -> None:
    from quizbot.study.load_forecast import forecast_periods

    first = date(2026, 1, 9)
    days = [(first + timedelta(days=n), 1) for n in range(800)]
    periods = forecast_periods(days)
    assert periods[:2] == [(first, first, 1), (date(2026, 1, 10), date(2026, 1, 10), 1)]
    assert periods[14] == (date(2026, 1, 23), date(2026, 1, 29), 7)  # weeks after two
    assert (date(2026, 5, 1), date(2026, 5, 31), 31) in periods  # months after 13 weeks
    assert (date(2027, 1, 1), date(2027, 12, 31), 365) in periods  # years after twelve months
    assert periods[-1] == (date(2028, 1, 1), date(2028, 3, 18), 78)  # the last, partial
    assert sum(count for _, _, count in periods) == 800
    text = render_stats(
        {
            "reviews_today": 0,
            "due_now": 0,
            "due_today": 0,
            "new_left_today": 0,
            "streak_days": 0,
            "retention_30d": None,
            "topics": {},
            "leeches": [],
        },
        days,
        date(2028, 3, 19),
    )
    assert "  Fri 09 Jan                1\n" in text
    assert "  23 Jan – 29 Jan 2026      7\n" in text
    assert "  May 2026                 31\n" in text
    assert "  2027                    365\n" in text
    assert "  01 Jan – 18 Mar 2028     78\n" in text


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


def test_mastery_counts_the_subtree_and_drops_when_a_question_is_missed(tmp_path: Path) -> None:
    """A parent row holds its sub-topics, in the app, plain text and JSON alike; a question
    just missed counts 0 (fsrs predicts near-certain recall right after any answer)."""
    bank = bank_of(short("p", "Top"), short("c1", "Top › Child"), short("c2", "Top › Child"))
    with Store.open(tmp_path, T0) as store:
        session = study(store, bank, T0)
        day = T0
        for _ in range(6):  # learn all three to review, over some days
            while (q := session.next(day)) is not None:
                session.answer(q.answer, day)  # type: ignore[union-attr]
            day += timedelta(days=3)
            session = study(store, bank, day)
        before = compute_stats(store, bank, day, tz=UTC)["topics"]
        assert before["Top"]["questions"] == 3 and before["Top › Child"]["questions"] == 2
        assert before["Top"]["seen"] == 3 and before["Top"]["learning"] == 0
        assert before["Top"]["mastery"] > 0.8
        session = study(store, bank, day)
        missed = session.next(day)
        assert missed is not None
        session.answer("no idea", day)
        after = compute_stats(store, bank, day + timedelta(minutes=1), tz=UTC)["topics"]
        assert after["Top"]["learning"] == 1
        assert after["Top"]["mastery"] < before["Top"]["mastery"] - 0.25
        text = render_stats(compute_stats(store, bank, day, tz=UTC), [])
        assert "  Top" in text and "    Child" in text


def test_the_plain_stats_fit_80_columns(tmp_path: Path) -> None:
    long = "Modi–Putin talks on deepening economic cooperation and connectivity"
    bank = bank_of(short("q", f"India–Russia › Summits and visits › {long}"))
    with Store.open(tmp_path, T0) as store:
        text = render_stats(compute_stats(store, bank, T0, tz=UTC), [])
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "Modi–Putin talks on deepening econom…" in text


def test_the_retention_reads_the_partial_index_not_the_log(history: tuple[Store, object]) -> None:
    """The speed of ``quizbot stats`` at 100k questions rests on this plan (schema v5)."""
    store, _ = history
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    store.recall_counts(T0, T0 + timedelta(days=30))
    store._db.set_trace_callback(None)
    (query,) = [s for s in statements if "FROM reviews" in s]
    plan = " ".join(row[3] for row in store.execute(f"EXPLAIN QUERY PLAN {query}"))
    assert "USING COVERING INDEX reviews_recall" in plan or "USING INDEX reviews_recall" in plan


def test_the_stats_are_the_same_with_pythons_pow(history: tuple[Store, object]) -> None:
    """Where SQLite lacks its math functions, Python's ``pow`` stands in: same figures."""
    from quizbot.study.progress_db import _pow

    store, bank = history
    now = T0 + timedelta(days=9)
    native = compute_stats(store, bank, now, tz=UTC)  # type: ignore[arg-type]
    store._db.create_function("pow", 2, _pow, deterministic=True)  # overrides the built-in
    assert compute_stats(store, bank, now, tz=UTC) == native  # type: ignore[arg-type]
    assert native["topics"]["A"]["mastery"] not in (None, 0)
    assert (_pow(None, 2.0), _pow(-1.0, 0.5), _pow(1e308, 10.0)) == (None, None, None)
