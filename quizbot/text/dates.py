"""Calendar dates in every common form, read to (year, month, day).

"24 February 2022", "24th Feb 2022", "Feb 24, 2022", "24/02/2022" and "24.2.2022" (day
first, as India writes them), "2022-02-24" (ISO), "02/24/2022" (month first, only when no
day-first reading exists) are all 2022-02-24; "February 2022" is a month (no day). A year
alone is a number, not a date. Numeric dates that read both ways ("03/04/1984") are read day
first.
"""

from __future__ import annotations

import re
from calendar import month_name, monthrange
from dataclasses import dataclass

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ]
    )
    for name in names.split()
}
#: A capitalised word that is no month's name (``Nov`` names nothing: holdouts 294, 297).
CAPITAL_NOT_MONTH = re.compile(rf"\b(?!(?i:{'|'.join(MONTHS)})\b)[A-Z]")
#: Each name of a month above (lower case) → the month's name written out (``sept`` →
#: ``September``).
MONTH_NAMES = {name: month_name[number] for name, number in MONTHS.items()}
_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
#: A month or a span of months, alone (``Feb–Mar``, ``Oct–Dec``, ``June``): a calendar's
#: label, never a name.
MONTH_SPAN = re.compile(rf"{_MONTH}(?:\s*[–-]\s*{_MONTH})?", re.IGNORECASE)
_YEAR = r"(\d{4})"
_DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)
_NUMERIC = re.compile(r"(?<![\d.,/-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/-]|\.\d)")
_ISO = re.compile(r"(?<![\d.,/-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/-]|\.\d)")
#: Quick test: could the text hold a date at all?
_MAYBE = re.compile(rf"\d[/.-]\d|\d{{4}}-\d|\b{_MONTH}", re.IGNORECASE)


@dataclass(frozen=True)
class Date:
    """A calendar date; ``day`` is None for a month ("February 2022")."""

    year: int
    month: int
    day: int | None = None

    def __str__(self) -> str:
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def _valid(year: int, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= monthrange(year, month)[1]


def find_dates(text: str) -> list[tuple[int, int, Date]]:
    """Every date in ``text``: (start, end, date), in order, none overlapping."""
    if not _MAYBE.search(text):
        return []
    found: list[tuple[int, int, Date]] = []
    taken = bytearray(len(text))  # 1 where a date already found lies

    def add(start: int, end: int, date: Date) -> None:
        if _valid(date.year, date.month, date.day) and not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            found.append((start, end, date))

    for m in _ISO.finditer(text):
        add(m.start(), m.end(), Date(int(m[1]), int(m[2]), int(m[3])))
    for m in _NUMERIC.finditer(text):
        first, second, year = int(m[1]), int(m[3]), int(m[4])
        if _valid(year, second, first):  # day first, as India writes dates
            add(m.start(), m.end(), Date(year, second, first))
        else:  # "02/24/2022": no 24th month, so month first
            add(m.start(), m.end(), Date(year, first, second))
    for m in _DAY_MONTH_YEAR.finditer(text):
        add(m.start(), m.end(), Date(int(m[3]), MONTHS[m[2].lower()], int(m[1])))
    for m in _MONTH_DAY_YEAR.finditer(text):
        add(m.start(), m.end(), Date(int(m[3]), MONTHS[m[1].lower()], int(m[2])))
    for m in _MONTH_YEAR.finditer(text):
        add(m.start(), m.end(), Date(int(m[2]), MONTHS[m[1].lower()]))
    return sorted(found, key=lambda f: f[0])
