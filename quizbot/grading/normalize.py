"""Normalising answers: the same fact written different ways becomes the same tokens.

``analyse(text)`` turns text into an :class:`Analysis`: lower-case word tokens (accents, dash
and quote kinds, British/American spelling, standard abbreviations and simple plurals folded
through :mod:`quizbot.text`), number tokens with their value, unit and magnitude, and dates.
Numbers are never compared fuzzily: "S-300" and "S-400", "2020" and "2021" differ however
close their spelling. Numbers are read by :mod:`quizbot.grading.number_tokens`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property, lru_cache

from quizbot.grading.number_tokens import (
    APPROXIMATORS,
    CURRENCIES,
    KM_PER_MILE,
    MONEY_ONLY,
    NUMBER_STARTS,
    UNITS,
    Number,
    currency_follows,
    next_is_number,
    number_starting_at,
)
from quizbot.text.dates import Date, find_dates
from quizbot.text.fold import fold_word, plain
from quizbot.text.names import ABBREVIATIONS
from quizbot.text.numbers import MAGNITUDE_WORDS, MAGNITUDES, roman_value
from quizbot.text.stopwords import FUNCTION_WORDS

__all__ = ["MAGNITUDE_WORDS", "Analysis", "Date", "analyse", "fold_word", "plain"]

#: Words that carry no content: dropped from both sides before comparing.
STOPWORDS = FUNCTION_WORDS

#: Words that may be left off the end of an answer ("Kudankulam" for "Kudankulam nuclear
#: power plant", "Chennai–Vladivostok corridor", "Loktak" for "Loktak Lake", "Keoladeo" for
#: "Keoladeo National Park"). Not names' own nouns: "Shanghai Cooperation" is not the
#: Shanghai Cooperation Organisation.
TRAILING = frozenset(
    """
missile cruise ballistic system plant power nuclear station project program corridor
agreement deal pact mission initiative treaty route pipeline port field satellite rifle
aircraft jet fighter vessel ship submarine reactor unit facility maritime sea transport
lake river dam island islands hills glacier plateau national park sanctuary buddhism
""".split()
)

#: Words a learner may add to a correct answer ("BrahMos cruise missile", "the S-400 system",
#: "the BRICS grouping").
DESCRIPTORS = TRAILING | frozenset(
    """
eastern summit dialogue forum grouping organization group bloc company firm venture joint
air defense surface supersonic hypersonic member country nation
""".split()
)

#: Words that turn one answer into several: "BrahMos or S-400" is a hedge, never correct.
HEDGES = frozenset("or either nor maybe perhaps probably".split())

_HYPHEN_ROMAN = re.compile(r"(?<=[A-Za-z])-(?=(?:i{1,3}|iv|vi{0,3}|ix|x)\b)", re.IGNORECASE)
_SPACED_ROMAN = re.compile(r"\b([A-Z][A-Za-z]*[a-z]) (?=(?:I{1,3}|IV|VI{0,3}|IX|X)\b(?![-']))")
_MAY_BE_ROMAN = re.compile(r"[-\s][IVXivx]")
#: A Roman numeral standing alone, in capitals, of two letters or more ("XXII", not "I").
_ROMAN_WORD = re.compile(r"[IVXL]{2,}")
_DIGIT = re.compile(r"\d")
#: Thousands separators, international ("100,000") or Indian ("1,00,000", "12,34,567").
_THOUSANDS = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3})(?![\d,])")
#: Financial years: "FY24" and "FY 2023-24" are "2023-24"; "2023-2024" is "2023-24".
_FY_SHORT = re.compile(r"\bFY\s*(\d\d)\b", re.IGNORECASE)
_FY_WORD = re.compile(r"\bFY\s*(?=(?:19|20)\d\d\s*[-/]\s*\d)", re.IGNORECASE)
_YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*[-/]\s*((?:19|20)\d\d)\b")
_DECIMAL_COMMA = re.compile(r"(?<![\d,])(\d+),(\d{1,2})(?![\d,])")
_PERCENT = re.compile(r"\bper ?cent\b|\bpercentage\b|\bpc\b")
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[^\W\d_]+|[%$₹€£]", re.UNICODE)
_ORDINAL_SUFFIX = re.compile(r"(?<=\d)(st|nd|rd|th)\b", re.IGNORECASE)
_DOTTED = re.compile(r"\b((?:[A-Za-z]\.){2,})")
#: An era after a year (``326 BC``, ``78 CE``), one word for each way of writing it, and the
#: ``c.`` a year about that time is written with.
_ERA = re.compile(r"\d\s*(?:BCE?|B\.C\.(?:E\.)?|CE|AD|A\.D\.)(?![A-Za-z])", re.IGNORECASE)
_ERAS = {"bc": "bce", "bce": "bce", "ce": "ce", "ad": "ce"}
_CIRCA = re.compile(r"\b(?:c|ca)\.\s*(?=\d)", re.IGNORECASE)


@dataclass(frozen=True)
class Analysis:
    """Text reduced to what grading compares."""

    #: Content words, in order (stopwords dropped, spelling and plurals folded).
    words: tuple[str, ...]
    #: Numbers, in order.
    numbers: tuple[Number, ...]
    #: Hedge words present ("or", "either", ...).
    hedges: tuple[str, ...]
    #: Words as written (case kept), parallel to ``words``, for acronyms, initialisms and
    #: feedback.
    raw_words: tuple[str, ...]
    #: Calendar dates, in order ("9 August 1971" is one date, not two numbers).
    dates: tuple[Date, ...] = ()
    #: Whether a number was given as approximate ("around $65 billion").
    approximate: bool = False

    @cached_property
    def key(self) -> tuple[object, ...]:
        """What two texts that say exactly the same share (words as written, case folded)."""
        return (
            tuple(w.casefold() for w in self.raw_words),
            self.words,
            self.numbers,
            self.dates,
            self.hedges,
            self.approximate,
        )

    @cached_property
    def compact(self) -> str:
        """Words and numbers run together: "S-400" → "s400"."""
        return (
            "".join(self.words)
            + "".join(_fmt(n.value) for n in self.numbers)
            + "".join(str(d).replace("-", "") for d in self.dates)
        )


def _fmt(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@lru_cache(maxsize=65536)
def analyse(text: str) -> Analysis:
    """Reduce ``text`` for comparison (cached: answers are analysed again and again).

    Text that leaves nothing to compare ("[/]", "?", "the") is kept whole, as one word written
    as given (spaces collapsed, case folded), so that it can still match itself."""
    original = text
    text = plain(text)
    dates: list[Date] = []
    if _DIGIT.search(text):
        pieces, at = [], 0
        for start, end, date in find_dates(text):
            dates.append(date)
            pieces += [text[at:start], " ; "]
            at = end
        if dates:
            text = "".join([*pieces, text[at:]])
    if has_era := _ERA.search(text) is not None:
        text = _CIRCA.sub("circa ", text)  # "c. 250 BCE": about that year
    if "." in text:
        text = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), text)  # N.S.G. → NSG
    # Each rewrite runs only when its trigger is present: most answers are plain words.
    if _MAY_BE_ROMAN.search(text):
        text = _HYPHEN_ROMAN.sub(" ROMAN ", text)
        text = _SPACED_ROMAN.sub(r"\1 ROMAN ", text)
    has_digits = _DIGIT.search(text) is not None
    if has_digits:
        if "y" in text or "Y" in text:
            text = _FY_SHORT.sub(_fiscal_year, text)
            text = _FY_WORD.sub("", text)
        if "-" in text or "/" in text:
            text = _YEAR_SPAN.sub(_year_span, text)
        text = _THOUSANDS.sub(lambda m: m.group(1).replace(",", ""), text)
        text = _DECIMAL_COMMA.sub(r"\1.\2", text)
        text = _ORDINAL_SUFFIX.sub("", text)
    lowered = text.lower()
    if "per" in lowered or "pc" in lowered:
        text = _PERCENT.sub(" % ", lowered)
    if "$" in text:
        text = re.sub(r"\bus\s*\$", " $ ", text, flags=re.IGNORECASE)
    glued: set[int] = set()
    suffixed: set[int] = set()  # letters written onto a number: "51A", "29K"
    if has_digits:
        found = list(_TOKEN.finditer(text))
        raw = [m.group() for m in found]
        glued = _glued_numbers(text, found)
        suffixed = {
            k
            for k in range(1, len(found))
            if found[k].start() == found[k - 1].end()
            and found[k - 1].group()[0].isdigit()
            and found[k].group()[0].isalpha()
        }
    else:
        raw = _TOKEN.findall(text)
    words: list[str] = []
    raw_words: list[str] = []
    numbers: list[Number] = []
    hedges: list[str] = []
    pending_currency = ""
    approximate = False
    i = 0
    while i < len(raw):
        token = raw[i]
        low = token.casefold()
        if token == "ROMAN" and i + 1 < len(raw) and (roman := roman_value(raw[i + 1])):
            numbers.append(Number(Decimal(roman)))
            i += 2
            continue
        if _ROMAN_WORD.fullmatch(token) and (roman := roman_value(token)):
            numbers.append(Number(Decimal(roman)))  # "XXII", "XVI BRICS Summit"
            i += 1
            continue
        if low in APPROXIMATORS and (
            next_is_number(raw, i)
            or (
                i + 1 < len(raw)
                and raw[i + 1].casefold() in CURRENCIES
                and next_is_number(raw, i + 1)
            )
        ):
            approximate = True
            i += 1
            continue
        if low == "no" and next_is_number(raw, i):  # "National Highway No. 44"
            i += 1
            continue
        value, used = (
            number_starting_at(raw, i) if token[0].isdigit() or low in NUMBER_STARTS else (None, 0)
        )
        if value is not None:
            scale = 0
            while i + used < len(raw):  # "30 billion", "5 lakh crore"
                nxt = raw[i + used].casefold()
                if nxt not in MAGNITUDES or (
                    nxt in MONEY_ONLY
                    and not pending_currency
                    and not currency_follows(raw, i + used + 1)
                ):
                    break  # "29K" in "MiG-29K" is a name; "$30k" and "30k dollars" are money
                scale += MAGNITUDES[nxt]
                value = value.scaleb(MAGNITUDES[nxt])
                used += 1
            unit = pending_currency
            after = raw[i + used].casefold() if i + used < len(raw) else ""
            if after == "%":
                unit, used = "%", used + 1
            elif after in CURRENCIES and not unit:
                unit, used = CURRENCIES[after], used + 1
            measure = ("", 0)
            if after in UNITS and i not in glued and (after != "m" or raw[i + used] == "m"):
                # "2,525 km", "8586m"; not "T-90M" (a name) nor "4169 M" (M is mega).
                measure, used = UNITS[after], used + 1
                if measure[0] == "mi":  # miles, as kilometres (compared as approximations)
                    value, measure = value * KM_PER_MILE, ("mi", 3)
            numbers.append(Number(value, unit, scale, *measure))
            pending_currency = ""
            i += used
            continue
        if low in CURRENCIES and (low in "$₹€£" or next_is_number(raw, i)):
            pending_currency = CURRENCIES[low]
            i += 1
            continue
        if has_era and low in _ERAS and numbers and i and raw[i - 1][:1].isdigit():
            words.append(_ERAS[low])  # "326 BC" is "326 BCE"; "AD 78" is "78 CE"
            raw_words.append(_ERAS[low].upper())
            i += 1
            continue
        if low in HEDGES:
            hedges.append(low)
        elif (low not in STOPWORDS or i in suffixed) and low != "%":
            words.append(_folded(low))
            raw_words.append(token)
        i += 1
    if not words and not numbers and not dates:
        whole = " ".join(original.split())
        if whole:
            return Analysis((whole.casefold(),), (), tuple(hedges), (whole,))
    return Analysis(
        tuple(words), tuple(numbers), tuple(hedges), tuple(raw_words), tuple(dates), approximate
    )


@lru_cache(maxsize=65536)
def _folded(low: str) -> str:
    return fold_word(ABBREVIATIONS.get(low, low))


def _fiscal_year(found: re.Match[str]) -> str:
    """ "FY24" → "2023-24" (India's financial year, named by the year it ends in)."""
    end = int(found.group(1))
    return f"{1999 + end if end else 1999}-{found.group(1)}"


def _year_span(found: re.Match[str]) -> str:
    """ "2023-2024" → "2023-24"; a span of more than one year is left alone."""
    start, end = found.group(1), found.group(2)
    return f"{start}-{end[2:]}" if int(end) == int(start) + 1 else found.group(0)


def _glued_numbers(text: str, found: list[re.Match[str]]) -> set[int]:
    """Positions of number tokens written onto a name ("S-400", "T90", "MiG-29"): what
    follows them is part of the name ("T-90M"), not a unit."""
    glued = set()
    for k, token in enumerate(found):
        start = token.start()
        if start and token.group()[0].isdigit():
            before = text[start - 1]
            if before.isalpha() or (before == "-" and start > 1 and text[start - 2].isalpha()):
                glued.add(k)
    return glued


def initialisms(analysis: Analysis) -> set[str]:
    """Initialisms of a multi-word answer: "Nuclear Suppliers Group" → {"nsg"}."""
    words = [w for w in analysis.raw_words if w]
    if len(words) < 2:
        return set()
    letters = "".join(w[0] for w in words).casefold()
    return {letters} if len(letters) >= 2 else set()


def words(text: str) -> list[str]:
    """The folded content words of ``text`` (for the question's own context words)."""
    return list(analyse(text).words)
