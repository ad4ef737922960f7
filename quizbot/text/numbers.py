"""Number words: cardinals, ordinals, magnitudes (lakh and crore too) and Roman numerals.

:func:`number_at` reads a number written in words from a list of tokens ("twenty one",
"twenty-first", "six hundred"); :data:`MAGNITUDES` gives the power of ten of "lakh",
"crore", "billion", "bn" ...; :func:`roman_value` reads "XXII"; :func:`number_word` names a
small count for the learner ("three"). Libraries that read number words lack lakh and crore,
so this parser is our own.
"""

from __future__ import annotations

import re

#: "zero" … "nineteen" → 0 … 19.
CARDINALS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
#: "twenty" … "ninety".
TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}
#: "first" … "twentieth", the tens' ordinals and "hundredth".
ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split()
    )
} | {
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
}
#: Magnitude words and abbreviations → the power of ten they stand for.
MAGNITUDES = {
    "thousand": 3,
    "k": 3,
    "lakh": 5,
    "lakhs": 5,
    "lac": 5,
    "crore": 7,
    "crores": 7,
    "cr": 7,
    "million": 6,
    "millions": 6,
    "mn": 6,
    "mln": 6,
    "billion": 9,
    "billions": 9,
    "bn": 9,
    "b": 9,
    "m": 6,
    "trillion": 12,
    "tn": 12,
    "trn": 12,
}
#: The word for each power of ten a magnitude names (9 → "billion"), for feedback.
MAGNITUDE_WORDS = {
    scale: word
    for word, scale in MAGNITUDES.items()
    if word in ("thousand", "lakh", "million", "crore", "billion", "trillion")
}
#: Every number word: cardinals, tens and "hundred" (for callers that only recognise them).
NUMBER_WORDS = {**CARDINALS, **TENS, "hundred": 100}

_ROMAN = re.compile(r"(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})", re.IGNORECASE)
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_SMALL = ("no", *list(CARDINALS)[1:])


def roman_value(text: str) -> int | None:
    """The value of a Roman numeral up to 399 ("XXII" → 22), or None."""
    if not text or not _ROMAN.fullmatch(text):
        return None
    total, previous = 0, 0
    for char in reversed(text.lower()):
        value = _ROMAN_DIGITS[char]
        total += -value if value < previous else value
        previous = max(previous, value)
    return total


def number_word(n: int) -> str:
    """``n`` in words up to nineteen ("no" for 0), else in digits."""
    return _SMALL[n] if 0 <= n < len(_SMALL) else str(n)


def number_at(words: list[str], i: int) -> tuple[int | None, int]:
    """The number written in words starting at ``words[i]`` (lower case) and how many words
    it takes: "twenty one" → 21, "twenty first" → 21, "six hundred" → 600; (None, 0) if none."""
    total, used = 0, 0
    while i + used < len(words):
        word = words[i + used]
        if word in TENS and used == 0:
            total += TENS[word]
        elif word in CARDINALS and (used == 0 or (total % 10 == 0 and total >= 20)):
            total += CARDINALS[word]
        elif word in ORDINALS and (
            used == 0 or (total % 10 == 0 and total >= 20 and ORDINALS[word] < 10)
        ):
            return total + ORDINALS[word], used + 1
        elif word == "hundred" and used > 0 and total < 100:
            total *= 100
        else:
            break
        used += 1
    return (total, used) if used else (None, 0)
