"""Time for the study package: UTC instants as integers, and the learner's study day.

Every instant is a timezone-aware UTC ``datetime`` (py-fsrs insists on
``datetime.timezone.utc``). The database keeps instants as integer microseconds since the Unix
epoch, which round-trips a ``datetime`` exactly and sorts and compares cheaply.

A *study day* runs from ``day_start_hour`` (default 4 a.m., as in Anki) in the learner's time
zone to the same hour the next day, so a late-night session still counts as "today". The time
zone is passed in (``None``: the system's local zone, resolved when a date is computed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
DAY_US = 86_400_000_000


def utc(moment: datetime) -> datetime:
    """``moment`` as a ``timezone.utc`` datetime; naive datetimes are refused."""
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r}: pass an aware datetime (timezone.utc)")
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)


def to_us(moment: datetime) -> int:
    """Microseconds since the epoch (exact)."""
    return (utc(moment) - EPOCH) // _MICROSECOND


def from_us(micros: int) -> datetime:
    """The UTC datetime ``micros`` microseconds after the epoch (exact)."""
    return EPOCH + timedelta(microseconds=micros)


@dataclass(frozen=True)
class Calendar:
    """Turns instants into study days and back, in one time zone."""

    tz: tzinfo | None = None
    day_start_hour: int = 4

    def _local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz) if self.tz is not None else moment.astimezone()

    def day(self, moment: datetime) -> date:
        """The study day ``moment`` belongs to."""
        return (self._local(utc(moment)) - timedelta(hours=self.day_start_hour)).date()

    def start(self, day: date) -> datetime:
        """The UTC instant the study day ``day`` begins."""
        local = datetime.combine(day, time(self.day_start_hour))
        aware = local.replace(tzinfo=self.tz) if self.tz is not None else local.astimezone()
        return aware.astimezone(UTC)

    def bounds(self, moment: datetime) -> tuple[datetime, datetime]:
        """Start and end (exclusive) of the study day of ``moment``, in UTC."""
        today = self.day(moment)
        return self.start(today), self.start(today + timedelta(days=1))
