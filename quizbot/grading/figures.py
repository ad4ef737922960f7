"""Comparing the figures of a response with an answer form's: its dates and its numbers.

Dates must agree (a date needs its day; a more precise date is fine for a year). Numbers are
compared value for value: a currency or % may be left off but never changed, units convert,
a tolerance counts in the answer's own unit, miles convert to kilometres only for an
approximate answer, and a magnitude left off or changed is reported as such (unless the stem
names it). Numbers the question's stem already gives may be left off or repeated.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from quizbot.grading.context import Context
from quizbot.grading.normalize import MAGNITUDE_WORDS, Analysis
from quizbot.grading.number_tokens import Number, magnitude_scale


@lru_cache(maxsize=4096)
def _named_scales(context: frozenset[str]) -> frozenset[int]:
    """The magnitudes a question's stem names ("in billions of dollars" → {9})."""
    return frozenset(scale for w in context if (scale := magnitude_scale(w)) is not None)


def _precision(value: Decimal) -> Decimal:
    """The place of a round figure's last significant digit: 100 for 7,200."""
    whole = int(value)
    if whole == 0 or whole != value:
        return Decimal(1)
    place = 1
    while whole % (place * 10) == 0:
        place *= 10
    return Decimal(place)


def _number_match(
    got: Number,
    want: Number,
    tolerance: Decimal | None,
    named: frozenset[int],
    approximate: bool,
) -> str:
    """ "exact", "named" (a magnitude the stem names, left off or added), "approximate"
    (within the tolerance), "missing" or "different" (a magnitude left off or changed, the
    number otherwise right), or "" (no match)."""
    if got.unit and want.unit and got.unit != want.unit:
        return ""
    converted = got.measure == "mi"
    if converted:  # miles, already in km: only ever an approximation
        if not approximate or want.measure != "m":
            return ""
        got = replace(got, measure="m")
    if got.measure and want.measure:  # a unit may be left off; a different one converts
        if got.measure != want.measure:
            return ""
        if got.measure_scale != want.measure_scale:
            got = replace(got, value=got.value.scaleb(got.measure_scale - want.measure_scale))
    if converted:
        close = abs(got.value - want.value) * 2 <= _precision(want.value)
        return "approximate" if close else ""
    if got.value == want.value:
        return "exact"
    value, how = got.value, "approximate"
    if got.scale != want.scale:
        if got.scale == 0 and want.scale in named:  # "65" for "$65 billion", "in billions"
            value, how = got.value.scaleb(want.scale), "named"
        elif want.scale == 0 and got.scale in named:  # "$65 billion" for "65", "in billions"
            value, how = got.written, "named"
        if how == "named" and value == want.value:
            return how
    # The tolerance counts in the answer's own unit: ±1 on "$65 billion" is a billion.
    if tolerance is not None and abs(value - want.value) <= tolerance.scaleb(want.scale):
        return "approximate"
    if got.scale != want.scale and how != "named":
        off = abs(got.written - want.written)
        if off == 0 or (tolerance is not None and off <= tolerance):
            return "missing" if got.scale == 0 else "different"
    return ""


def comparable_figures(
    response: Analysis, want: Analysis, ctx: Context
) -> tuple[tuple[Number, ...], tuple[Number, ...]] | None:
    """The numbers to compare, once dates are checked and the stem's own numbers set aside;
    None when the dates differ."""
    if want.dates:
        if len(response.dates) != len(want.dates):
            return None
        for got, date in zip(response.dates, want.dates, strict=True):
            if (got.year, got.month) != (date.year, date.month):
                return None
            if date.day is not None and got.day != date.day:
                return None
        said = response.numbers
    else:  # a more precise date for a year ("June 2017" for 2017)
        said = response.numbers + tuple(Number(Decimal(d.year)) for d in response.dates)
    expected = want.numbers
    if ctx.numbers and len(said) != len(expected):
        values = {n.value for n in expected}
        said = tuple(n for n in said if n.value in values or n.value not in ctx.numbers)
        if len(said) < len(expected):
            have = {n.value for n in said}
            expected = tuple(n for n in expected if n.value in have or n.value not in ctx.numbers)
    return said, expected


def numbers_match(
    said: tuple[Number, ...],
    expected: tuple[Number, ...],
    tolerance: float | None,
    ctx: Context,
    approximate: bool,
) -> set[str] | None:
    """How the numbers match, pair by pair (see :func:`_number_match`), or None."""
    if len(said) != len(expected):
        return None
    if not said:
        return set()
    named = _named_scales(ctx.words)
    allowed = None if tolerance is None else Decimal(str(tolerance))
    found: set[str] = set()
    for got, want in zip(said, expected, strict=True):
        how = _number_match(got, want, allowed, named, approximate)
        if not how:
            return None
        found.add(how)
    return found


def unit_word(want: Analysis) -> str:
    """The magnitude a tolerance counts in (" billion" for "$65 billion"), or ""."""
    scales = {n.scale for n in want.numbers}
    word = MAGNITUDE_WORDS.get(scales.pop()) if len(scales) == 1 else None
    return f" {word}" if word else ""
