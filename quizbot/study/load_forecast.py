"""The load forecast: how many questions fall due each day until the exam (or for two
weeks), and the same summarised into periods short enough to read.

:func:`forecast` counts per day (never more than :data:`FORECAST_MAX_DAYS`, whatever exam
date the database holds); :func:`forecast_periods` groups those days (each of the first two
weeks, then weeks, months and years: 46 lines at most); :func:`forecast_title` and
:func:`period_name` are their words in ``quizbot stats``. The bulk reads run with
the garbage collector paused (:func:`quizbot.collector.paused_collection`).
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, datetime, timedelta
from typing import Any

from quizbot.bank import Bank
from quizbot.collector import paused_collection
from quizbot.study.records import CardTuple
from quizbot.study.store import Store
from quizbot.study.timing import Calendar, to_us, utc

#: Days in the forecast without an exam date.
FORECAST_DAYS = 14


def forecast(
    store: Store, bank: Bank, now: datetime, *, tz: Any = None, rows: list[CardTuple] | None = None
) -> list[tuple[date, int]]:
    """(day, questions due that day) from today until the day before the exam (or 14 days),
    never more than :data:`FORECAST_MAX_DAYS` days (an exam date further off, stored by an
    older quizbot or an edited database, is not planned for day by day).

    Overdue questions count on today; suspended ones and removed questions not at all.
    """
    now = utc(now)
    settings = store.settings()
    calendar = Calendar(tz, settings.day_start_hour)
    today = calendar.day(now)
    days = forecast_days(today, settings.exam_date)
    ends = [to_us(calendar.start(today + timedelta(days=n))) for n in range(1, days + 1)]
    with paused_collection():
        dues = _due_times(store, bank, ends[-1], rows)
    # due before the end of each day (overdue ones on today), then per day
    before = [bisect_left(dues, end) for end in ends]
    counts = [b - a for a, b in zip([0, *before], before, strict=False)]
    return [(today + timedelta(days=n), count) for n, count in enumerate(counts)]


def _due_times(store: Store, bank: Bank, before_us: int, rows: list[CardTuple] | None) -> list[int]:
    """The due instants, sorted, of the unsuspended cards of bank questions due before
    ``before_us`` (from ``rows`` when given, else read); the rows are freed on return."""
    if rows is None:
        pairs = store.due_times(before_us)
    else:
        pairs = [(row[0], row[6]) for row in rows if not row[10] and row[6] < before_us]
    return sorted([due for question_id, due in pairs if question_id in bank])


#: The longest forecast, in days: ten years (the furthest exam date a learner can set).
FORECAST_MAX_DAYS = 3653


def forecast_days(today: date, exam: date | None) -> int:
    """How many days :func:`forecast` covers: until the eve of an exam still to come, two
    weeks without one, and never more than :data:`FORECAST_MAX_DAYS`."""
    if exam is None or exam <= today:
        return FORECAST_DAYS
    return max(1, min((exam - today).days, FORECAST_MAX_DAYS))


def forecast_periods(days: list[tuple[date, int]]) -> list[tuple[date, date, int]]:
    """The forecast as (first day, last day, questions due) periods short enough to read:
    each of the first 14 days, then weeks up to the 13th, then calendar months up to a year
    out, then calendar years (a partial period at the end stops at the last day). Ten years
    of days make at most 14 + 11 + 10 + 11 = 46 periods."""
    if not days:
        return []
    first = days[0][0]
    periods: list[tuple[date, date, int]] = []
    last_key: tuple[int, ...] = ()
    for day, count in days:
        offset = (day - first).days
        if offset < FORECAST_DAYS:
            key: tuple[int, ...] = (0, offset)
        elif offset < 13 * 7:
            key = (1, (offset - FORECAST_DAYS) // 7)
        elif (day.year - first.year) * 12 + day.month - first.month < 12:
            key = (2, day.year, day.month)
        else:
            key = (3, day.year)
        if key == last_key:
            start, _, total = periods[-1]
            periods[-1] = (start, day, total + count)
        else:
            periods.append((day, day, count))
        last_key = key
    return periods


def period_name(first: date, last: date, today: date) -> str:
    """``Fri 09 Jan`` for one of the first two weeks' days, ``Mar 2027`` or ``2029`` for a
    whole month or year, else ``10 Jan – 16 Jan 2027`` (or ``01 Mar 2027``)."""
    if first == last:
        return f"{first:%a %d %b}" if (first - today).days < FORECAST_DAYS else f"{first:%d %b %Y}"
    if first.day == 1 and (last + timedelta(days=1)).day == 1:
        if (first.month, last.month) == (1, 12) and first.year == last.year:
            return f"{first.year}"
        if (first.year, first.month) == (last.year, last.month):
            return f"{first:%b %Y}"
    return f"{first:%d %b} – {last:%d %b %Y}"


def forecast_title(days: list[tuple[date, int]], exam: date | None) -> str:
    if exam is None or exam <= days[0][0]:
        return "next two weeks"
    if exam > days[-1][0] + timedelta(days=1):  # further off than a forecast goes
        return f"next {len(days) // 365} years; the exam on {exam.isoformat()} is further off"
    return f"until the exam on {exam.isoformat()}"
