"""Plausible wrong numbers: a quantity changed into values the notes never state.

:func:`perturbations` gives such values written the way the original is (currency, unit,
thousands commas, decimals, number words); :func:`is_bound` tells a bound or an estimate
("over 600,000"), which is never perturbed since another value may be as true, and
:func:`unit_word` the word a quantity counts.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from quizbot.notes.drafts import Context
from quizbot.notes.quantities import WORD_FOR, Quantity

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


@lru_cache(maxsize=1 << 12)
def _digits_of(text: str) -> tuple[int, int, int, bool] | None:
    """(start, end, decimal places, uses thousands commas) of the number in ``text``."""
    m = _DIGITS.search(text)
    if m is None:
        return None
    old = m.group(0)
    return m.start(), m.end(), len(old.split(".")[1]) if "." in old else 0, "," in old


def _format_like(q: Quantity, value: Decimal) -> tuple[str, Decimal] | None:
    """``value`` written the way ``q`` is (currency, unit, commas, decimals, words), and the
    value as written (rounded like ``q``)."""
    if value <= 0:
        return None
    if q.spelled:
        n = int(value)
        return None if n not in WORD_FOR else (case_like(q.text, WORD_FOR[n]), Decimal(n))
    found = _digits_of(q.text)
    if found is None:
        return None
    start, end, places, commas = found
    value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if value <= 0:
        return None
    if places and value == value.to_integral_value():
        places, value = 0, value.to_integral_value()  # $7.5 billion doubled is $15 billion
    if q.kind == "ordinal":
        n = int(value)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}", value
    new = f"{value:,.{places}f}" if commas else f"{value:.{places}f}"
    return q.text[:start] + new + q.text[end:], value


def case_like(model: str, word: str) -> str:
    """``word`` capitalised like ``model`` at the start of a sentence."""
    if model[:1].isupper() and word[:1].islower():
        return word[:1].upper() + word[1:]
    return word


def _significant(value: Decimal, digits: int = 2) -> Decimal:
    if value == 0:
        return value
    exponent = value.adjusted() - digits + 1
    return value.scaleb(-exponent).quantize(Decimal(1), rounding=ROUND_HALF_UP).scaleb(exponent)


def year_bounds(year: int, line_years: tuple[int, ...]) -> tuple[int, int]:
    """The range a false ``year`` must stay in: not before the latest other year of its
    line that is no later than it (``Adopted Dec 2015 … India ratified on 2 Oct 2016``: never
    2011), not after the earliest that is no earlier."""
    others = list(line_years)
    if year in others:
        others.remove(year)
    low = max((y for y in others if y <= year), default=0)
    high = min((y for y in others if y >= year), default=10**6)
    return low, high


#: Years before this are told differently by different sources: never made false.
_SURE_YEARS = 1500


def perturbations(
    q: Quantity, ctx: Context, unit_word: str, limit: int = 3, line_years: tuple[int, ...] = ()
) -> list[str]:
    """Up to ``limit`` plausible wrong values for ``q`` that the notes never state (same
    format); a year stays within the other years of its line (:func:`year_bounds`)."""
    v = q.value
    candidates: list[Decimal] = []
    if q.kind == "percent":
        steps = (
            (3, -2, 2, 5, -3)
            if v < 10
            else (5, -5, 8, -8)
            if v < 30
            else (12, -12, 8, -8, 17, -17, 5, -5)
        )
        candidates = [c for c in (v + d for d in steps) if 0 < c < 100]
    elif q.kind == "year":
        if v < _SURE_YEARS:
            return []  # "c. 1425", "1458 or 1463": older dates differ by source (holdout 114)
        top = max(ctx.present_year, int(v))
        low, high = year_bounds(int(v), line_years)
        top = min(top, high)
        candidates = [v + d for d in (-3, 2, -5, 4, -2, 1, -1) if low <= int(v + d) <= top]
    elif q.kind == "ordinal":
        candidates = [v + d for d in ((5, -5, 10, -10) if v > 12 else (1, -1, 2))]
    elif q.kind == "money":
        candidates = [
            v * f
            for f in (
                Decimal(2),
                Decimal("0.5"),
                Decimal(3),
                Decimal("1.5"),
                Decimal("0.4"),
                Decimal("2.5"),
            )
        ]
    elif q.spelled or v <= 12:
        candidates = [v + d for d in (2, -1, 1, -2, 3)]
        candidates = [c for c in candidates if c >= 2 or (c >= 1 and not q.spelled)]
    else:
        candidates = [
            _significant(v * f)
            for f in (Decimal(2), Decimal("0.5"), Decimal("1.5"), Decimal(3), Decimal("0.7"))
        ]
    found: list[str] = []
    for candidate in candidates:
        if candidate == v:
            continue
        formatted = _format_like(q, candidate)
        if formatted is None:
            continue
        text, value = formatted
        if value == v or text in found or ctx.kinds.says_quantity(text, value, unit_word):
            continue
        found.append(text)
        if len(found) == limit:
            break
    return found


_BOUND = re.compile(
    r"(?:\b(?:over|above|under|below|at least|at most|more than|less than|fewer than|up to|"
    r"nearly|almost|about|around|roughly|some|approximately|since|before|after|until|till|by|"
    r"from|within|exceeding|beyond|upwards of|in excess of|c\.|ca\.|circa|not|never)"
    r"|[<>≤≥~≈])\s*$",
    re.IGNORECASE,
)


def is_bound(text: str, q: Quantity) -> bool:
    """Is ``q`` a bound or an estimate ("over 600,000", "at least 41", "since 2019", "<2%"), or
    denied ("in 1833, not 1813", holdout 682, bad: "not 1810" is true too)? Then another
    value may be just as true, so it is never perturbed into a "false" statement."""
    return bool(_BOUND.search(text[max(0, q.start - 20) : q.start]))


def unit_word(text: str, q: Quantity) -> str:
    """The word after a quantity (``four Indians`` → ``Indians``), for "does the notes say
    this many of these?"."""
    rest = text[q.end :].lstrip(" -")
    return rest.split(" ", 1)[0].strip(".,;:") if rest else ""
