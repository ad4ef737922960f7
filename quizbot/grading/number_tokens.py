"""Numbers in answer tokens: the :class:`Number` a grader compares, and reading one.

A number is its value, the currency or % beside it, its magnitude ("30 billion", "2 lakh
crore") and a unit of measure ("2,525 km"). :func:`number_starting_at` reads the number that
starts at a token (digits or number words; "one" only where it is a number, not a pronoun);
the tables say which words are currencies, units, and words that make a figure approximate.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from quizbot.text.numbers import CARDINALS, MAGNITUDES, ORDINALS, TENS, number_at

#: Number words a number may start with ("twenty", "first").
NUMBER_STARTS = frozenset(CARDINALS) | frozenset(TENS) | frozenset(ORDINALS)
#: Words that make the number after them approximate ("around $65 billion").
APPROXIMATORS = frozenset(
    "around about nearly roughly approximately approx almost circa ca".split()
)
#: One-letter magnitudes, which mean one only beside money ("$30m", "30k dollars").
MONEY_ONLY = frozenset("bkm")
#: Units of measure: (what they measure, the power of ten of the base unit). A missing unit
#: is fine when the number is right; a different one is converted ("8.586 km" = "8,586 m").
UNITS: dict[str, tuple[str, int]] = {
    **dict.fromkeys("km kms kilometre kilometres kilometer kilometers".split(), ("m", 3)),
    **dict.fromkeys("m metre metres meter meters".split(), ("m", 0)),
    **dict.fromkeys("cm centimetre centimetres centimeter centimeters".split(), ("m", -2)),
    **dict.fromkeys("mm millimetre millimetres millimeter millimeters".split(), ("m", -3)),
    **dict.fromkeys("kg kgs kilogram kilograms kilogramme kilogrammes".split(), ("g", 3)),
    **dict.fromkeys("tonne tonnes".split(), ("g", 6)),
    **dict.fromkeys("kw kilowatt kilowatts".split(), ("w", 3)),
    **dict.fromkeys("mw mwe megawatt megawatts".split(), ("w", 6)),
    **dict.fromkeys("gw gwe gigawatt gigawatts".split(), ("w", 9)),
    **dict.fromkeys("ha hectare hectares".split(), ("ha", 0)),
    **dict.fromkeys("mi mile miles".split(), ("mi", 0)),
}
#: Kilometres in a mile: miles convert to km only as approximations.
KM_PER_MILE = Decimal("1.609344")
#: Nouns that make "one" a number ("one member").
_COUNTED = frozenset("member members country countries nation nations".split())
#: Currency words and signs → the currency's code.
CURRENCIES = {
    "$": "usd",
    "usd": "usd",
    "dollar": "usd",
    "dollars": "usd",
    "us$": "usd",
    "₹": "inr",
    "inr": "inr",
    "rs": "inr",
    "rupee": "inr",
    "rupees": "inr",
    "€": "eur",
    "eur": "eur",
    "euro": "eur",
    "euros": "eur",
    "£": "gbp",
    "gbp": "gbp",
    "pound": "gbp",
    "pounds": "gbp",
    "rouble": "rub",
    "roubles": "rub",
    "ruble": "rub",
    "rubles": "rub",
    "rub": "rub",
    "yuan": "cny",
    "cny": "cny",
}


@dataclass(frozen=True)
class Number:
    """A number in an answer: its value, the currency or % beside it, and its magnitude."""

    value: Decimal
    unit: str = ""
    #: The power of ten its magnitude words stand for: 9 for "30 billion", 12 for "2 lakh
    #: crore", 0 for none.
    scale: int = 0
    #: What a unit of measure beside it measures ("m" for "2,525 km"), or "".
    measure: str = ""
    #: The power of ten of that unit in the base unit (3 for km, 0 for m).
    measure_scale: int = 0

    @property
    def written(self) -> Decimal:
        """The number as written before its magnitude words: 30 for "30 billion"."""
        return self.value.scaleb(-self.scale) if self.scale else self.value


def magnitude_scale(word: str) -> int | None:
    """The power of ten a magnitude word names ("billion" → 9, "crore" → 7), or None. Not
    the one-letter abbreviations, which mean a magnitude only beside money."""
    return MAGNITUDES.get(word) if len(word) > 1 else None


def currency_follows(raw: list[str], i: int) -> bool:
    return i < len(raw) and raw[i].casefold() in CURRENCIES


def next_is_number(raw: list[str], i: int) -> bool:
    return i + 1 < len(raw) and number_starting_at(raw, i + 1)[0] is not None


def number_starting_at(raw: list[str], i: int) -> tuple[Decimal | None, int]:
    """The number starting at token ``i`` (digits, or number words), and tokens used."""
    token = raw[i]
    if token[0].isdigit():
        try:
            return Decimal(token), 1
        except InvalidOperation:  # pragma: no cover - the token pattern admits only numbers
            return None, 0
    lowered = [w.casefold() for w in raw[i : i + 4]]
    total, used = number_at(lowered, 0)
    if total is None or (used == 1 and lowered[0] == "one" and not _number_context(raw, i)):
        return None, 0
    return Decimal(total), used


def _number_context(raw: list[str], i: int) -> bool:
    """Whether "one" at ``i`` is a number ("one billion") rather than a pronoun."""
    nxt = raw[i + 1].casefold() if i + 1 < len(raw) else ""
    prev = raw[i - 1].casefold() if i > 0 else ""
    return (
        (i > 0 and raw[i - 1][:1].isupper() and raw[i][:1].isupper())  # "Sakhalin One"
        or nxt in MAGNITUDES
        or nxt == "%"
        or nxt in _COUNTED
        or nxt in UNITS
        or prev in CURRENCIES
        or i == len(raw) - 1 == 0
    )
