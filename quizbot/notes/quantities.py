"""Numbers worth asking about in a text: money, percentages, years, counts, ordinals.

:func:`find_quantities` finds them (in digits or as number words, never inside parentheses
but for a year alone there, never a bare number or a day of a month) with their spans and
values; ``NUMBER_WORDS`` and ``WORD_FOR`` translate between number words and values for the
rules that write numbers back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Literal

from quizbot.text.numbers import NUMBER_WORDS as SHARED_NUMBER_WORDS

QuantityKind = Literal["money", "percent", "year", "count", "ordinal"]

#: The number words notes spell counts with (two and up: "one" is rarely a count worth
#: asking), from the shared table every part of quizbot reads numbers with.
NUMBER_WORDS = {word: value for word, value in SHARED_NUMBER_WORDS.items() if value >= 2}
WORD_FOR = {v: k for k, v in NUMBER_WORDS.items()}

_MONEY = (
    r"(?:US|A|C|Rs\.?\s?|INR\s?)?[$£€₹¥]\s?\d[\d,]*(?:\.\d+)?"
    r"(?:\s?(?:bn|billion|million|trillion|crore|lakh|mn|tn)\b)?"
)
_PERCENT = r"\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)"
_ORDINAL = r"\d+(?:st|nd|rd|th)\b"
#: A modern year, any year its era marks (``1025 CE``, ``185 BCE``: holdout 211 shifted
#: "1025 CE" as a count, to "2100 CE"), or an older year after "In" or before a timeline's
#: dash (``In 1191 Ghori had taken …``: holdout 248 shifted it, as a count, to 2400).
_YEAR = (
    r"(?:1[5-9]|20)\d\d(?![–—-]\d)|\d{1,4}(?=\s?(?:CE|BCE|BC|AD)\b)"
    r"|(?<=\bin )1[0-4]\d\d(?![\d,.]\d|\s(?-i:[a-z]))|(?<![\w.,])1[0-4]\d\d(?=\s[–—]\s)"
)
_COUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s?(?:billion|million|lakh|crore)\b)?"
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_DIGIT_QUANTITY = re.compile(
    rf"(?<![\w$£€₹¥.+/–—,-])(?:(?P<money>{_MONEY})|(?P<percent>{_PERCENT})|(?P<ordinal>{_ORDINAL})"
    rf"|(?P<year>{_YEAR})(?![\w%+])|(?P<count>{_COUNT})(?![\w%+.,–—-]\w*))",
    re.IGNORECASE,
)
_WORD_QUANTITY = re.compile(
    rf"(?<![\w$£€₹¥.+/–—-])\b(?P<word>{_WORDS})\b(?=[\s-][a-z])", re.IGNORECASE
)
_DIGIT_OR_CURRENCY = re.compile(r"[\d$£€₹¥]")
#: The number words, most common first (any of them in a text's lower case hints at a count).
_WORD_HINTS = tuple(sorted(NUMBER_WORDS, key=len))
#: Any number word inside the text (a cheap look before the full pattern).
_HINTED = re.compile("|".join(re.escape(w) for w in _WORD_HINTS))
#: A quantity holds a digit or currency sign at most this far from its start (``INR ₹5``).
_MAX_LEAD = 4
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_NOT_UNITS = frozenset("of or and to".split())
#: The denominator of a fraction a number word opens (``two-thirds``, ``three fourths``).
_FRACTIONS = frozenset(
    "half halves third thirds quarter quarters fourth fourths fifth fifths".split()
)


@dataclass(frozen=True)
class Quantity:
    """A number in a text: money, a percentage, a year, a count or an ordinal."""

    kind: QuantityKind
    text: str
    start: int
    end: int
    value: Decimal
    #: Spelled as a word (``four``) rather than in digits.
    spelled: bool = False


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _value(text: str) -> Decimal:
    m = _DIGITS.search(text)
    if m is None:
        return Decimal(0)
    try:
        return Decimal(m.group(0).replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern only matches numbers
        return Decimal(0)


_BRACKET = re.compile(r"[()]")


def _parenthesised(text: str) -> list[tuple[int, int]]:
    spans = []
    depth = 0
    start = 0
    for found in _BRACKET.finditer(text):  # only the brackets, not every character
        i, ch = found.start(), found.group()
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    return spans


#: A word whose number is a name (``Point 4875``, ``Pt 5140``, ``Post No. 3``).
_A_NAMES_NUMBER = re.compile(r"\b(?:Point|Pt\.?|Peak|Post|No\.)\s*$")


@lru_cache(maxsize=1 << 14)
def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Numbers worth asking about, outside parentheses (asides are not facts to drill), and
    years alone in parentheses (notes put the years of cases and treaties there)."""
    return tuple(_find_quantities(text))


def _find_quantities(text: str) -> list[Quantity]:
    lowered = text.lower()
    hinted = _HINTED.search(lowered) is not None
    words = list(_WORD_QUANTITY.finditer(text)) if hinted else []
    first = _DIGIT_OR_CURRENCY.search(text)
    # every quantity holds a digit or currency sign near its start: search from the first
    # (the look-behind still sees the text before)
    digits = (
        _DIGIT_QUANTITY.finditer(text, max(0, first.start() - _MAX_LEAD))
        if first is not None
        else ()
    )
    if not words and not digits:
        return []
    parens = _parenthesised(text) if "(" in text else []
    found: list[Quantity] = []
    for m in digits:
        start, end = m.span()
        if (
            parens
            and any(a <= start < b for a, b in parens)
            and not (
                m.group("year") and text[start - 1 : start] == "(" and text[end : end + 1] == ")"
            )
        ):
            continue  # an aside, unless it is only a year: "Kesavananda Bharati (1973)"
        kind: QuantityKind
        if m.group("money"):
            kind = "money"
            if text[max(0, start - 1) : start] in ("(", "£"):
                continue
        elif m.group("percent"):
            kind = "percent"
        elif m.group("ordinal"):
            kind = "ordinal"
        elif m.group("year"):
            kind = "year"
        else:
            kind = "count"
            after = lowered[end : end + 12].lstrip(" -")
            word = after.split(" ", 1)[0].strip(".,;:")
            if (
                word in _MONTHS
                or not word
                or word in _NOT_UNITS
                or not (word[:1].isalpha() or word[:1] in "°µ")
            ):
                continue  # a day of a month, a bare number or "2 of 3": not a fact to drill
            if _A_NAMES_NUMBER.search(text, max(0, start - 8), start):
                continue  # "Point 4875 captured": the peak's name (holdout 723, bad: "Point
                # 2400 was captured" for a true-or-false)
        written = m.group(0).strip()
        found.append(Quantity(kind, written, start, start + len(written), _value(written)))
    for m in words:
        start, end = m.span()
        if parens and any(a <= start < b for a, b in parens):
            continue
        nxt = lowered[end : end + 12].lstrip(" -").split(" ", 1)[0]
        if (
            nxt in _NOT_UNITS
            or text[end : end + 1] == ","
            or lowered[:start].endswith("the ")
            or nxt.startswith("namely")
            or nxt.rstrip(".,;:") in _FRACTIONS
        ):
            continue  # "two-thirds": a share, never a count to change (holdout 555, bad:
            # "About five-thirds of all wild one-horned rhinos …")
        word = m.group("word").lower()
        found.append(
            Quantity("count", m.group(0), start, end, Decimal(NUMBER_WORDS[word]), spelled=True)
        )
    found.sort(key=lambda q: q.start)
    return found
