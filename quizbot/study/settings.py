"""The learner's settings, kept in the progress database.

Every setting has a default, so a fresh database needs no rows; :func:`validate` checks a
change before it is written, with a message a learner can act on.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Settings:
    """What the learner chose (or the defaults)."""

    #: New questions introduced per study day.
    daily_new_limit: int = 20
    #: The probability of recall fsrs schedules for (0.7–0.99).
    desired_retention: float = 0.9
    #: Intervals are capped so every learned question comes up before this day.
    exam_date: date | None = None
    #: A question forgotten this many times in review is suspended as a leech.
    leech_threshold: int = 8
    #: The hour (local time) a new study day starts.
    day_start_hour: int = 4


NAMES = tuple(f.name for f in fields(Settings))


def validate(name: str, value: Any) -> Any:
    """``value`` converted for setting ``name``; ``ValueError`` with a message if invalid."""
    if name not in NAMES:
        raise ValueError(f"unknown setting {name!r} (the settings are {', '.join(NAMES)})")
    if name == "exam_date":
        if value is None or isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise ValueError(f"exam_date must be a date like 2026-05-24, not {value!r}") from None
    if name == "desired_retention":
        number = float(value)
        if not 0.7 <= number <= 0.99:
            raise ValueError(f"desired_retention must be between 0.7 and 0.99, not {value!r}")
        return number
    number = int(value)
    low, high = {
        "daily_new_limit": (0, 10_000),
        "leech_threshold": (1, 1000),
        "day_start_hour": (0, 23),
    }[name]
    if not low <= number <= high:
        raise ValueError(f"{name} must be between {low} and {high}, not {value!r}")
    return number


def encode(name: str, value: Any) -> str:
    """The JSON text stored for a setting."""
    return json.dumps(value.isoformat() if isinstance(value, date) else value)


def decode(rows: dict[str, str]) -> Settings:
    """Settings from stored ``{name: json}`` rows; unknown or invalid rows are ignored."""
    values: dict[str, Any] = {}
    for name, text in rows.items():
        try:
            values[name] = validate(name, json.loads(text))
        except (ValueError, TypeError):
            continue
    return replace(Settings(), **values)


def as_dict(settings: Settings) -> dict[str, Any]:
    """Settings as JSON-ready values."""
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(settings).items()}


def exam_day(value: str, today: date) -> date | None:
    """The exam date a learner typed: ``none`` (or ``off``, ``clear``, empty) clears it; a date
    before ``today`` (the learner's study day) is refused, since it cannot be planned for."""
    if value.strip().lower() in ("", "none", "off", "clear"):
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"exam_date must be a date like 2027-05-24, not {value!r}") from None
    if day < today:
        raise ValueError(
            f"the exam date {day} has passed; give a date from today on, or none to clear it"
        )
    return day
