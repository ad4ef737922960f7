"""When a question comes back, in words a tired learner reads at a glance.

``"again in 10 min"``, ``"again in 3 h"``, ``"tomorrow"``, ``"see you in 4 days"``,
``"see you in 2 months"``. Study days (which start at 4 a.m. by default) decide "tomorrow".
"""

from __future__ import annotations

from datetime import datetime, timedelta

from quizbot.study.timing import Calendar
from quizbot.words import plural


def comes_back_words(due: datetime | None, now: datetime, calendar: Calendar | None = None) -> str:
    """When ``due`` falls, seen from ``now`` (``None``: a cram answer, schedule unchanged)."""
    if due is None:
        return "your schedule is unchanged (cram)"
    gap = due - now
    if gap < timedelta(hours=1):
        return f"again in {max(1, round(gap / timedelta(minutes=1)))} min"
    calendar = calendar or Calendar()
    days = (calendar.day(due) - calendar.day(now)).days
    if days <= 0:
        return f"again in {max(1, round(gap / timedelta(hours=1)))} h"
    if days == 1:
        return "tomorrow"
    if days < 45:
        return f"see you in {days} days"
    if days < 548:
        return f"see you in {plural(max(2, round(days / 30.4)), 'month')}"
    return f"see you in {plural(round(days / 365.25), 'year')}"
