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
* ``topics`` — per topic and its sub-topics (see :func:`topic_figures`): ``questions``,
  ``seen``, ``learning``, ``mean_retrievability`` and ``mastery``;
* ``leeches`` — suspended questions: ``id``, ``topic``, ``lapses``.

Only questions in the bank count; the history of removed questions is kept but not shown.
The load forecast (reviews per day until the exam, or for two weeks) is
:mod:`quizbot.study.load_forecast`; :func:`render_stats` shows it.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import Any

from fsrs import Scheduler

from quizbot.bank import TOPIC_SEPARATOR, Bank
from quizbot.collector import paused_collection
from quizbot.study import claims
from quizbot.study.load_forecast import forecast_periods, forecast_title, period_name
from quizbot.study.scheduling import scheduler_for
from quizbot.study.store import Store
from quizbot.study.timing import DAY_US, Calendar, to_us, utc

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


def compute_stats(store: Store, bank: Bank, now: datetime, *, tz: Any = None) -> dict[str, Any]:
    """The stats dictionary (keys in :data:`KEYS`) at ``now``.

    SQLite counts what is due and computes each card's predicted recall (:data:`_RECALL_NOW`),
    so Python only adds up per topic; the 30-day retention reads a partial index (schema v5):
    about 0.1 s at 100k cards, most of it turning 90k rows into Python objects and looking
    their topics up. Every value is read through guards, so a damaged row
    (:mod:`quizbot.study.damage`) can skew a figure but never stop the stats; the sessions,
    ``quizbot stats`` and ``quizbot doctor`` set such rows aside."""
    now = utc(now)
    settings = store.settings()
    calendar = Calendar(tz, settings.day_start_hour)
    today = calendar.day(now)
    start, end = calendar.bounds(now)
    now_us, end_us = to_us(now), to_us(end)

    decay, factor = forgetting_curve(scheduler_for(settings, today, fuzz=False))
    topic_of = bank.topic_index().get
    with paused_collection():
        seen, learning, recall = _recall_by_topic(store, bank, (factor, now_us, decay))
    seen.pop(None, None)  # cards of questions no longer in the bank are kept, not shown
    due: Counter[int] = Counter()
    leeches = []
    for question_id, state in store.execute(_DUE_OR_SUSPENDED, (now_us, end_us)):
        topic = topic_of(question_id)
        if topic is None:
            continue
        if state < 0:
            leeches.append({"id": question_id, "topic": topic, "lapses": -1 - state})
        else:
            due[state] += 1
    topics = topic_figures(bank, seen, learning, recall)

    total, recalled = store.recall_counts(now - timedelta(days=30), now + timedelta(microseconds=1))
    unseen = len(bank) - sum(seen.values())
    new_done = claims.introduced(store, start, end)
    return {
        "reviews_today": store.count_reviews(start, end),
        "due_now": due[2],
        "due_today": due[1] + due[2],
        "new_left_today": max(0, min(settings.daily_new_limit - new_done, unseen)),
        "streak_days": streak_days(store, now, calendar),
        "retention_30d": round(recalled / total, 4) if total else None,
        "topics": topics,
        "leeches": sorted(leeches, key=lambda leech: leech["id"]),
    }


def _recall_by_topic(
    store: Store, bank: Bank, curve: tuple[float, int, float]
) -> tuple[Counter[str | None], Counter[str | None], dict[str | None, float]]:
    """Per topic (``None``: questions no longer in the bank): cards seen, cards still being
    learned, and the predicted recall summed over the cards in review (:data:`_RECALL_NOW`
    with ``curve``: factor, now, decay). The rows are freed on return (see
    :func:`paused_collection`)."""
    topic_of = bank.topic_index().get
    rows = store.execute(_RECALL_NOW, curve).fetchall()
    card_topics = list(map(topic_of, map(itemgetter(0), rows)))
    seen = Counter(card_topics)
    learning: Counter[str | None] = Counter()
    recall: dict[str | None, float] = {}
    summed = recall.get
    for topic, (_, chance) in zip(card_topics, rows, strict=True):
        if chance < 0:
            learning[topic] += 1  # just failed or still on its first steps: not counted yet
        else:
            recall[topic] = summed(topic, 0.0) + chance
    return seen, learning, recall


#: Each card as (question id, predicted recall now), the recall computed by SQLite (one
#: ``pow`` a row, so Python only adds up per topic: about 70 ms at 100k cards): fsrs's
#: forgetting curve ``(1 + factor * t / S) ** decay`` (parameters: factor, now, decay) for a
#: card in review, -1 for one still being learned (fsrs's Learning and Relearning states: a
#: question just missed is not yet recalled on its own). ``t`` is whole days since the last
#: review. Whatever a damaged row holds, the value is a number: a missing review time or
#: stability gives NULL (fsrs: retrievability 0), as does a division by zero; ``max`` makes
#: a negative or non-numeric stability 0; ``coalesce`` turns NULL into 0.
_RECALL_NOW = (
    "SELECT question_id, CASE WHEN state = 2 THEN coalesce(pow(1 + ? * "
    f"(max(0, (? - last_review_us) / {DAY_US}) / max(stability, 0)), ?), 0.0) "
    "ELSE -1.0 END FROM cards"
)


def topic_figures(
    bank: Bank,
    seen: Counter[str | None],
    learning: Counter[str | None],
    recall: Mapping[str | None, float],
) -> dict[str, dict[str, Any]]:
    """Per topic, each counting its whole subtree (a parent row holds its sub-topics), in
    tree order: ``questions``; ``seen`` (answered at least once); ``learning`` (seen but still
    being learned: missed last time, or on its first steps); ``mean_retrievability``, the
    average predicted recall of the seen questions (those still being learned count 0);
    ``mastery``, the predicted recall summed over the questions in review, divided by all
    the topic's questions (new and still-being-learned ones count 0): the share of the topic
    you would recall now."""
    totals: dict[str, list[float]] = {}
    for path, _, questions in bank.topic_tree():
        totals[path] = [questions, 0, 0, 0.0]
    for topic, _ in bank.topics():
        parts = topic.split(TOPIC_SEPARATOR) if topic else [""]
        for depth in range(len(parts)):
            entry = totals.setdefault(TOPIC_SEPARATOR.join(parts[: depth + 1]), [0, 0, 0, 0.0])
            entry[1] += seen.get(topic, 0)
            entry[2] += learning.get(topic, 0)
            entry[3] += recall.get(topic, 0.0)
    return {
        path: {
            "questions": int(questions),
            "seen": int(count),
            "learning": int(still),
            "mean_retrievability": round(summed / count, 4) if count else None,
            "mastery": round(summed / questions, 4) if questions else None,
        }
        for path, (questions, count, still, summed) in totals.items()
    }


#: The cards due before the day ends, as 2 (a review or a learning step due now) or 1 (due
#: later today), and the suspended ones (leeches) as ``-1 - lapses`` (a lapse count that is
#: not a number is read as 0).
_DUE_OR_SUSPENDED = (
    "SELECT question_id, CASE WHEN suspended = 0 THEN 1 + (state = 2 OR due_us <= ?) "
    "ELSE -1 - max(0, CAST(lapses AS INTEGER)) END FROM cards "
    "WHERE suspended != 0 OR due_us < ?"
)


#: The topic column of the plain stats table: with the figures, a line fits 80 columns.
_NAME_WIDTH = 41


def _fit(name: str, width: int) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"


def _tree_name(topic: str) -> str:
    """A topic's last level, indented by its depth (``(no topic)`` for none)."""
    if not topic:
        return "(no topic)"
    parts = topic.split(TOPIC_SEPARATOR)
    return "  " * (len(parts) - 1) + parts[-1]


def forgetting_curve(scheduler: Scheduler) -> tuple[float, float]:
    """fsrs's forgetting curve as (decay, factor): a card of stability ``S`` last reviewed
    ``t`` whole days ago is recalled with probability ``(1 + factor * t / S) ** decay``, as
    ``Scheduler.get_card_retrievability`` computes it (a test holds the two together)."""
    decay = -scheduler.parameters[20]
    return decay, 0.9 ** (1 / decay) - 1


def streak_days(store: Store, now: datetime, calendar: Calendar) -> int:
    """Consecutive study days with an answer, ending today (or yesterday, if none yet today).

    Days are asked about in growing batches (one query each: 16 days, then 32, 64, up to
    256: under SQLite's smallest limit of 999 parameters), so a year-long streak costs a
    handful of queries, not one per day."""
    day, streak, batch = calendar.day(now), 0, 16
    for first in itertools.count():
        days = [day - timedelta(days=n) for n in range(batch)]
        for n, studied in enumerate(_studied(store, calendar, days)):
            if studied:
                streak += 1
            elif not (first == 0 and n == 0):  # (nothing yet today: count from yesterday)
                return streak
        day -= timedelta(days=batch)
        batch = min(batch * 2, 256)
    raise AssertionError("unreachable")  # pragma: no cover


def _studied(store: Store, calendar: Calendar, days: list[date]) -> list[bool]:
    """For each study day, whether any answer (outside cram) was given on it."""
    ends = [to_us(calendar.start(days[0] + timedelta(days=1)))]
    ends += [to_us(calendar.start(day)) for day in days]  # a day ends where the next begins
    bounds = [(n, ends[n + 1], ends[n]) for n in range(len(days))]
    rows = ", ".join("(?, ?, ?)" for _ in bounds)
    found = {
        n
        for (n,) in store.execute(
            f"WITH day (n, start_us, end_us) AS (VALUES {rows}) SELECT n FROM day WHERE EXISTS "
            "(SELECT 1 FROM reviews WHERE time_us >= day.start_us AND time_us < day.end_us "
            "AND cram = 0)",
            [value for bound in bounds for value in bound],
        )
    }
    return [n in found for n in range(len(days))]


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
        lines += ["", f"forecast ({forecast_title(days, exam)}):"]
        periods = [(period_name(a, b, days[0][0]), count) for a, b, count in forecast_periods(days)]
        width = max(len(name) for name, _ in periods)
        lines += [f"  {name:<{width}}  {count:>5}" for name, count in periods]
    if stats["topics"]:
        names = {t: _fit(_tree_name(t), _NAME_WIDTH) for t in stats["topics"]}
        width = max(len(name) for name in names.values())
        lines += [
            "",
            "topics (each with its sub-topics; mastery: the share of its questions you would",
            "recall now, new and still-being-learned ones counting 0):",
            f"  {'':<{width}}  questions   seen  learning  mastery",
        ]
        for topic, entry in stats["topics"].items():
            lines.append(
                f"  {names[topic]:<{width}}  {entry['questions']:>9}  {entry['seen']:>5}  "
                f"{entry['learning']:>8}  {_percent(entry['mastery']):>7}"
            )
    if stats["leeches"]:
        lines += ["", "leeches (suspended; forgotten too often):"]
        lines += [
            f"  {leech['id']}  ({leech['lapses']} lapses)  {leech['topic']}"
            for leech in stats["leeches"]
        ]
    return "\n".join(lines) + "\n"
