"""Progress figures: the ``quizbot stats`` dictionary, its text form, and the load forecast.

:func:`compute_stats` returns exactly the keys other tools rely on (DESIGN.md) plus
``due_today``:

* ``reviews_today`` — study answers given today (cram and a mock test's lapses excluded);
* ``due_now`` — questions the queue would ask now: reviews due today and learning steps due;
* ``due_today`` — every question due before the study day ends (learning steps included);
* ``new_left_today`` — new questions still allowed today (the daily limit, or fewer unseen);
  a mock test never uses it up;
* ``streak_days`` — consecutive study days with an answer, up to today (or yesterday);
* ``retention_30d`` — true retention: of study answers to questions in review over the last 30
  days, the share not rated Again (``null`` without any; a mock logs only its misses, so its
  rows are left out);
* ``topics`` — per topic: ``questions``, ``seen`` and ``mean_retrievability`` of the seen ones;
* ``leeches`` — suspended questions: ``id``, ``topic``, ``lapses``.

Only questions in the bank count; the history of removed questions is kept but not shown.
:func:`forecast` counts reviews per day until the exam (or for two weeks).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, datetime, timedelta
from typing import Any

from fsrs import State

from quizbot.bank import Bank
from quizbot.study.records import CardTuple
from quizbot.study.scheduling import retrievabilities, scheduler_for
from quizbot.study.store import Store
from quizbot.study.timing import Calendar, to_us, utc

KEYS = (
    "reviews_today",
    "due_now",
    "due_today",
    "new_left_today",
    "streak_days",
    "retention_30d",
    "topics",
    "leeches",
)
FORECAST_DAYS = 14


def compute_stats(
    store: Store, bank: Bank, now: datetime, *, tz: Any = None, rows: list[CardTuple] | None = None
) -> dict[str, Any]:
    """The stats dictionary (keys in :data:`KEYS`) at ``now``; ``rows``: the card rows, when
    the caller already has them."""
    now = utc(now)
    settings = store.settings()
    calendar = Calendar(tz, settings.day_start_hour)
    today = calendar.day(now)
    start, end = calendar.bounds(now)
    now_us, end_us = to_us(now), to_us(end)
    cards = {row[0]: row for row in (store.card_tuples() if rows is None else rows)}

    due_now = due_today = unseen = 0
    topics: dict[str, dict[str, Any]] = {}
    seen_rows: dict[str, list[CardTuple]] = {}
    leeches = []
    for question_id in bank.ids():
        topic = bank.topic_of(question_id)
        entry = topics.setdefault(topic, {"questions": 0, "seen": 0, "mean_retrievability": None})
        entry["questions"] += 1
        row = cards.get(question_id)
        if row is None:
            unseen += 1
            continue
        entry["seen"] += 1
        seen_rows.setdefault(topic, []).append(row)
        if row[10]:  # suspended
            leeches.append({"id": question_id, "topic": topic, "lapses": row[9]})
        elif row[6] < end_us:
            due_today += 1
            due_now += row[2] == State.Review or row[6] <= now_us
    scheduler = scheduler_for(settings, today, fuzz=False)
    for topic, members in seen_rows.items():
        recall = [r for _, r in retrievabilities(scheduler, members, now)]
        topics[topic]["mean_retrievability"] = round(sum(recall) / len(recall), 4)

    total, recalled = store.recall_counts(now - timedelta(days=30), now + timedelta(microseconds=1))
    new_done = store.count_reviews(start, end, new_only=True)
    return {
        "reviews_today": store.count_reviews(start, end),
        "due_now": due_now,
        "due_today": due_today,
        "new_left_today": max(0, min(settings.daily_new_limit - new_done, unseen)),
        "streak_days": streak_days(store, now, calendar),
        "retention_30d": round(recalled / total, 4) if total else None,
        "topics": dict(sorted(topics.items())),
        "leeches": sorted(leeches, key=lambda leech: leech["id"]),
    }


def streak_days(store: Store, now: datetime, calendar: Calendar) -> int:
    """Consecutive study days with an answer, ending today (or yesterday, if none yet today)."""

    def studied(day: date) -> bool:
        return store.any_reviews(calendar.start(day), calendar.start(day + timedelta(days=1)))

    day = calendar.day(now)
    if not studied(day):
        day -= timedelta(days=1)
    streak = 0
    while studied(day):
        streak += 1
        day -= timedelta(days=1)
    return streak


def forecast(
    store: Store, bank: Bank, now: datetime, *, tz: Any = None, rows: list[CardTuple] | None = None
) -> list[tuple[date, int]]:
    """(day, questions due that day) from today until the day before the exam (or 14 days).

    Overdue questions count on today; suspended ones and removed questions not at all.
    """
    now = utc(now)
    settings = store.settings()
    calendar = Calendar(tz, settings.day_start_hour)
    today = calendar.day(now)
    exam = settings.exam_date
    last = (
        exam - timedelta(days=1)
        if exam is not None and exam > today
        else (today + timedelta(days=FORECAST_DAYS - 1))
    )
    starts = [calendar.start(today + timedelta(days=n)) for n in range((last - today).days + 2)]
    bounds = [to_us(s) for s in starts[1:]]  # the end of each day
    counts = [0] * (len(bounds))
    for row in store.card_tuples() if rows is None else rows:
        if row[10] or row[0] not in bank:
            continue
        slot = bisect_right(bounds, row[6])
        if slot < len(counts):
            counts[slot] += 1
    return [(today + timedelta(days=n), count) for n, count in enumerate(counts)]


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def render_stats(
    stats: dict[str, Any], days: list[tuple[date, int]] | None = None, exam: date | None = None
) -> str:
    """The stats as text for a terminal."""
    lines = [
        f"today       {stats['reviews_today']} answered · {stats['due_now']} due now "
        f"({stats['due_today']} today) · {stats['new_left_today']} new left",
        f"streak      {stats['streak_days']} day{'' if stats['streak_days'] == 1 else 's'}",
        f"retention   {_percent(stats['retention_30d'])} over the last 30 days",
    ]
    if days:
        title = f"until the exam on {exam.isoformat()}" if exam else "next two weeks"
        lines += ["", f"forecast ({title}):"]
        lines += [f"  {day:%a %d %b}  {count:>5}" for day, count in days]
    if stats["topics"]:
        width = max(len(t or "(no topic)") for t in stats["topics"])
        lines += ["", "topics:", f"  {'':<{width}}  questions   seen  recall"]
        for topic, entry in stats["topics"].items():
            lines.append(
                f"  {topic or '(no topic)':<{width}}  {entry['questions']:>9}  "
                f"{entry['seen']:>5}  {_percent(entry['mean_retrievability']):>6}"
            )
    if stats["leeches"]:
        lines += ["", "leeches (suspended; forgotten too often):"]
        lines += [
            f"  {leech['id']}  ({leech['lapses']} lapses)  {leech['topic']}"
            for leech in stats["leeches"]
        ]
    return "\n".join(lines) + "\n"
