"""The learner's settings, kept in the progress database.

Every setting has a default, so a fresh database needs no rows; :func:`validate` checks a
change before it is written, with a message a learner can act on.
"""

from __future__ import annotations

import json
import math
import re
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

#: The whole-number settings: (lowest, highest, what the number is, for messages). The
#: highest values are the most a learner could mean: Anki's own cap on new cards a day is
#: 9999, and a question forgotten 100 times is long past being worth asking again.
WHOLE_NUMBERS = {
    "daily_new_limit": (0, 10_000, "new questions a day"),
    "leech_threshold": (1, 100, "lapses before a question is suspended"),
    "day_start_hour": (0, 23, "the hour a study day starts"),
}
#: The range of ``desired_retention`` (fsrs schedules badly outside it).
RETENTION = (0.7, 0.99)
#: How far ahead an exam date may be (years): further is a typo, and a forecast or a cap
#: on intervals that far off means nothing.
EXAM_YEARS_AHEAD = 10


def validate(name: str, value: Any) -> Any:
    """``value`` converted for setting ``name``; ``ValueError`` with a message a learner can
    act on (the range and an example) if it is not a value the setting takes."""
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
        low, high = RETENTION
        number = _number(value)
        if number is None or not low <= number <= high:
            raise ValueError(
                f"desired_retention must be a number from {low} to {high} (the chance of "
                f"recall to schedule for, e.g. 0.9), not {value!r}"
            )
        return number
    low, high, meaning = WHOLE_NUMBERS[name]
    whole = _whole(value)
    if whole is None or not low <= whole <= high:
        raise ValueError(
            f"{name} must be a whole number from {low} to {high} ({meaning}), not {value!r}"
        )
    return whole


def _number(value: Any) -> float | None:
    """A finite number from a number or its text (``90%`` is 0.9); ``None`` otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        scale = 100.0 if text.endswith("%") else 1.0
        try:
            value = float(text.removesuffix("%")) / scale
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _whole(value: Any) -> int | None:
    """A whole number from an int or its digits (``30``, ``+30``, ``-1``); ``None`` for
    anything else (``1e9``, ``2.5``, ``thirty``, ``True``), never a huge-number parse."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"[+-]?[0-9]{1,9}", text):
            return int(text)
    return None


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
    """The exam date a learner typed: ``none`` (or ``off``, ``clear``, empty) clears it. A date
    before ``today`` (the learner's study day) is refused, since it cannot be planned for, and
    so is one more than :data:`EXAM_YEARS_AHEAD` years on (a typo such as 9999-12-31: no exam
    is set that far ahead, and a forecast that far (:mod:`quizbot.study.load_forecast`) would
    mean nothing)."""
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
    if day > latest_exam_date(today):
        raise ValueError(
            f"the exam date {day} is more than {EXAM_YEARS_AHEAD} years away; give a date up "
            f"to {latest_exam_date(today)}, or none to clear it"
        )
    return day


def latest_exam_date(today: date) -> date:
    """The furthest exam date a learner may set on ``today``: :data:`EXAM_YEARS_AHEAD`
    years on (29 February becomes 28 February)."""
    year = today.year + EXAM_YEARS_AHEAD
    return (
        today.replace(year=year, day=28)
        if (today.month, today.day) == (2, 29)
        else (today.replace(year=year))
    )
