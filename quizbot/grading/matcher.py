"""Matching one response against one answer and its accepted forms.

A response matches a form when, after :func:`~quizbot.grading.text.analyse`:

* it hedges no more than the form does ("BrahMos or S-400" never matches);
* its numbers equal the form's, value for value (a currency or % may be left off; a bare
  "30" is accepted for "$30 billion"; a different currency or magnitude is wrong);
* its words are the form's words, allowing extra descriptors and words from the question
  ("BrahMos cruise missile"), trailing descriptors left off ("Kudankulam" for "Kudankulam
  nuclear power plant"), any order, or an initialism ("NSG") — never a fragment ("India" for
  "India–Russia");
* or, failing that, its words are within a typo budget that grows with length (OSA distance:
  none up to 4 letters, 1 up to 7, 2 up to 12, then 3).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from rapidfuzz.distance import OSA

from quizbot.grading.text import (
    DESCRIPTORS,
    TRAILING,
    Analysis,
    Number,
    analyse,
    initialisms,
    plain,
)

MatchKind = Literal["exact", "alias", "typo"]
_PARENS = re.compile(r"\s*\(([^()]*)\)")


def typo_budget(letters: int) -> int:
    """Edits allowed in an answer of ``letters`` letters."""
    if letters <= 4:
        return 0
    if letters <= 7:
        return 1
    if letters <= 12:
        return 2
    return 3


@dataclass(frozen=True)
class Form:
    """One accepted way of writing an answer."""

    text: str
    analysis: Analysis
    alias: bool
    #: The form's acronyms ("BRICS" in "BRICS Business Council") as (word position, the
    #: acronym in lower case): a response must have these letters exactly, in any case.
    acronyms: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class Match:
    kind: MatchKind
    form: Form
    #: Edits between the response's words and the form's (0 unless a typo).
    distance: int
    #: A note for the learner ("the full answer is $30 billion").
    note: str = ""


def forms(answer: str, aliases: Iterable[str] = ()) -> tuple[Form, ...]:
    """The answer, its parenthesis variants, and the aliases (with theirs)."""
    return _forms(answer, tuple(aliases))


@lru_cache(maxsize=32768)
def _forms(answer: str, aliases: tuple[str, ...]) -> tuple[Form, ...]:
    result: list[Form] = []
    seen: set[tuple[tuple[str, ...], tuple[Number, ...]]] = set()
    for text, alias in [(answer, False), *((a, True) for a in aliases)]:
        for variant, is_alias in _variants(text, alias):
            analysis = analyse(variant)
            key = (analysis.words, analysis.numbers)
            if key not in seen and (analysis.words or analysis.numbers):
                seen.add(key)
                acronyms = tuple((i, raw.casefold()) for i, raw in enumerate(analysis.raw_words)
                                 if len(raw) > 1 and raw.isupper())
                result.append(Form(text, analysis, is_alias, acronyms))
    return tuple(result)


def _variants(text: str, alias: bool) -> list[tuple[str, bool]]:
    """``Long Form (ABBR)`` → the whole, the long form and ABBR; other parentheses optional."""
    found = _PARENS.findall(text)
    if not found:
        return [(text, alias)]
    without = _PARENS.sub("", text).strip()
    variants = [(text, alias), (without, alias)]
    for inner in found:
        inner = inner.strip()
        if inner and " " not in inner and any(c.isupper() for c in inner):
            variants.append((inner, True))  # an abbreviation in parentheses
    return variants


def _numbers_match(said: tuple[Number, ...], expected: tuple[Number, ...],
                   tolerance: float | None) -> tuple[bool, bool, bool]:
    """(match, lenient, approximate): lenient when a magnitude was left off ("30" for "$30
    billion"), approximate when a value was accepted only within the tolerance."""
    if len(said) != len(expected):
        return False, False, False
    lenient = approximate = False
    for got, want in zip(said, expected, strict=True):
        if got.unit and want.unit and got.unit != want.unit:
            return False, False, False
        if got.value == want.value:
            continue
        if tolerance is not None and abs(got.value - want.value) <= Decimal(str(tolerance)):
            approximate = True
            continue
        if got.mantissa is None and want.mantissa is not None and got.value == want.mantissa:
            lenient = True  # "30" for "$30 billion"
            continue
        if want.mantissa is None and not want.unit and got.mantissa == want.value:
            lenient = True  # "$65 billion" where the question asks "in billions of dollars"
            continue
        return False, False, False
    return True, lenient, approximate


def _core(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without trailing descriptors, keeping at least one word."""
    end = len(words)
    while end > 1 and words[end - 1] in TRAILING:
        end -= 1
    return words[:end]


def match_form(response: Analysis, form: Form, context: frozenset[str],
               tolerance: float | None = None) -> Match | None:
    """How ``response`` matches ``form``, or None."""
    want = form.analysis
    if len(response.hedges) > len(want.hedges):
        return None
    numbers_ok, lenient, approximate = _numbers_match(response.numbers, want.numbers, tolerance)
    if not numbers_ok:
        return None
    kind: MatchKind = "alias" if form.alias or lenient or approximate else "exact"
    note = (f"the full answer is {form.text}" if lenient else
            f"close enough: within ±{tolerance:g}" if approximate else "")
    if not response.words and not want.words:
        return Match(kind, form, 0, note)
    targets = {want.words, _core(want.words)}
    # The response's words that must match: extra descriptors and the question's own words
    # are let off, unless the target itself has them.
    picked = {target: [j for j, w in enumerate(response.words) if w in target or (
        w not in DESCRIPTORS and w not in context)] for target in targets}
    said = {target: tuple(response.words[j] for j in picked[target]) for target in targets}
    for target in targets:
        # In order ("Group Suppliers Nuclear" is not the NSG), acronyms letter for letter.
        if said[target] == target and all(
                response.raw_words[picked[target][k]].casefold() == acronym
                for k, acronym in form.acronyms if k < len(target)):
            return Match(kind, form, 0, note)
    bare = [j for j, w in enumerate(response.words) if w not in DESCRIPTORS and w not in context]
    if len(bare) == 1 and not response.numbers and not want.numbers:
        short_forms = initialisms(want)
        if (response.words[bare[0]] in short_forms
                or response.raw_words[bare[0]].casefold() in short_forms):
            return Match("alias", form, 0, note)
    # Acronyms are never misspelt, only wrong (BRIC is not BRICS, SCP is not SCO): they must
    # be there exactly, and their letters earn no typo budget.
    written = {raw.casefold() for raw in response.raw_words} if form.acronyms else set()
    best: int | None = None
    for target in targets:
        needed = [acronym for k, acronym in form.acronyms if k < len(target)]
        if any(acronym not in written for acronym in needed):
            continue
        letters = "".join(target)
        budget = typo_budget(len(letters) - sum(len(acronym) for acronym in needed))
        if budget and letters.isalnum():  # punctuation kept whole ("[/]") is never a typo
            distance = OSA.distance("".join(said[target]), letters, score_cutoff=budget)
            if distance <= budget and (best is None or distance < best):
                best = distance
    if best is not None:
        return Match("typo", form, best, note)
    return None


def best_match(response: Analysis, candidates: Sequence[Form], context: frozenset[str],
               tolerance: float | None = None) -> Match | None:
    """The best match over ``candidates``: exact before alias before typo, then closest."""
    best: Match | None = None
    rank = {"exact": 0, "alias": 1, "typo": 2}
    for form in candidates:
        found = match_form(response, form, context, tolerance)
        if found is None:
            continue
        if best is None or (rank[found.kind], found.distance) < (rank[best.kind], best.distance):
            best = found
            if found.kind == "exact" and not found.form.alias:
                break
    return best


def typo_diff(written: str, expected: str) -> str:
    """The misspelt words and their spelling: "Kudankulum → Kudankulam"."""
    want = plain(expected).replace("-", " ").split()
    said = plain(written).replace("-", " ").split()
    if len(said) == len(want):
        changed = [f"{s} → {w}" for s, w in zip(said, want, strict=True)
                   if s.casefold() != w.casefold()]
        if changed:
            return ", ".join(changed)
    return f"{written} → {expected}"
