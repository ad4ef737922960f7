"""Matching one response against one answer and its accepted forms.

A response matches a form when, after :func:`~quizbot.grading.normalize.analyse`:

* it hedges no more than the form does ("BrahMos or S-400" never matches);
* its numbers equal the form's, value for value (a currency or % may be left off; a
  different currency is wrong), or are within the question's tolerance, counted in the
  answer's own unit (±1 on "$65 billion" is a billion). A magnitude left off or changed
  ("30" or "30 million" for "$30 billion", "65 crore" for "65") is a match marked as such,
  which the grader rejects and names, unless the question's stem names that magnitude
  ("in billions of dollars": "65" and "$65 billion" are both right);
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
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from rapidfuzz.distance import OSA, Levenshtein

from quizbot.grading.normalize import (
    DESCRIPTORS,
    MAGNITUDE_WORDS,
    STOPWORDS,
    TRAILING,
    Analysis,
    Number,
    analyse,
    fold_word,
    initialisms,
    magnitude_scale,
    plain,
)

MatchKind = Literal["exact", "alias", "typo"]
Magnitude = Literal["", "missing", "different"]
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
    #: This form as written ("Kudankulam" for "Kudankulam (Tamil Nadu)"), for typo feedback.
    variant: str = ""
    #: The form's acronyms ("BRICS" in "BRICS Business Council") as (word position, the
    #: acronym in lower case): a response must have these letters exactly, in any case.
    acronyms: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class FormMatch:
    """How a response matched one accepted form of the answer (see :func:`best_match`)."""

    kind: MatchKind
    form: Form
    #: Edits between the response's words and the form's (0 unless a typo).
    distance: int
    #: A note for the learner ("close enough: within ±1").
    note: str = ""
    #: "missing" or "different" when only a magnitude word stands between the response and
    #: the form ("30" or "30 million" for "$30 billion"): never to be accepted.
    magnitude: Magnitude = ""


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
                acronyms = tuple(
                    (i, raw.casefold())
                    for i, raw in enumerate(analysis.raw_words)
                    if len(raw) > 1 and raw.isupper()
                )
                result.append(Form(text, analysis, is_alias, variant, acronyms))
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


@lru_cache(maxsize=4096)
def _named_scales(context: frozenset[str]) -> frozenset[int]:
    """The magnitudes a question's stem names ("in billions of dollars" → {9})."""
    return frozenset(scale for w in context if (scale := magnitude_scale(w)) is not None)


def _number_match(
    got: Number, want: Number, tolerance: Decimal | None, named: frozenset[int]
) -> str:
    """ "exact", "named" (a magnitude the stem names, left off or added), "approximate"
    (within the tolerance), "missing" or "different" (a magnitude left off or changed, the
    number otherwise right), or "" (no match)."""
    if got.unit and want.unit and got.unit != want.unit:
        return ""
    if got.measure and want.measure:  # a unit may be left off; a different one converts
        if got.measure != want.measure:
            return ""
        if got.measure_scale != want.measure_scale:
            got = replace(got, value=got.value.scaleb(got.measure_scale - want.measure_scale))
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


def _numbers_match(
    said: tuple[Number, ...],
    expected: tuple[Number, ...],
    tolerance: float | None,
    context: frozenset[str],
) -> set[str] | None:
    """How the numbers match, pair by pair (see :func:`_number_match`), or None."""
    if len(said) != len(expected):
        return None
    if not said:
        return set()
    named = _named_scales(context)
    allowed = None if tolerance is None else Decimal(str(tolerance))
    found: set[str] = set()
    for got, want in zip(said, expected, strict=True):
        how = _number_match(got, want, allowed, named)
        if not how:
            return None
        found.add(how)
    return found


def _unit_word(want: Analysis) -> str:
    """The magnitude a tolerance counts in (" billion" for "$65 billion"), or ""."""
    scales = {n.scale for n in want.numbers}
    word = MAGNITUDE_WORDS.get(scales.pop()) if len(scales) == 1 else None
    return f" {word}" if word else ""


def _core(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without trailing descriptors, keeping at least one word."""
    end = len(words)
    while end > 1 and words[end - 1] in TRAILING:
        end -= 1
    return words[:end]


def match_form(
    response: Analysis, form: Form, context: frozenset[str], tolerance: float | None = None
) -> FormMatch | None:
    """How ``response`` matches ``form``, or None."""
    want = form.analysis
    if len(response.hedges) > len(want.hedges):
        return None
    how = _numbers_match(response.numbers, want.numbers, tolerance, context)
    if how is None:
        return None
    magnitude: Magnitude = (
        "missing" if "missing" in how else "different" if "different" in how else ""
    )
    approximate = "approximate" in how
    kind: MatchKind = "alias" if form.alias or approximate or "named" in how else "exact"
    note = f"close enough: within ±{tolerance:g}{_unit_word(want)}" if approximate else ""
    if not response.words and not want.words:
        return FormMatch(kind, form, 0, note, magnitude)
    targets = {want.words, _core(want.words)}
    # The response's words that must match: extra descriptors and the question's own words
    # are let off, unless the target itself has them.
    picked = {
        target: [
            j
            for j, w in enumerate(response.words)
            if w in target or (w not in DESCRIPTORS and w not in context)
        ]
        for target in targets
    }
    said = {target: tuple(response.words[j] for j in picked[target]) for target in targets}
    for target in targets:
        # In order ("Group Suppliers Nuclear" is not the NSG), acronyms letter for letter.
        if said[target] == target and all(
            response.raw_words[picked[target][k]].casefold() == acronym
            for k, acronym in form.acronyms
            if k < len(target)
        ):
            return FormMatch(kind, form, 0, note, magnitude)
    bare = [j for j, w in enumerate(response.words) if w not in DESCRIPTORS and w not in context]
    if len(bare) == 1 and not response.numbers and not want.numbers:
        short_forms = initialisms(want)
        if (
            response.words[bare[0]] in short_forms
            or response.raw_words[bare[0]].casefold() in short_forms
        ):
            return FormMatch("alias", form, 0, note, magnitude)
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
        return FormMatch("typo", form, best, note, magnitude)
    return None


def best_match(
    response: Analysis,
    candidates: Sequence[Form],
    context: frozenset[str],
    tolerance: float | None = None,
) -> FormMatch | None:
    """The best match over ``candidates``: exact before alias before typo, then closest;
    a match only a magnitude away comes last."""
    best: FormMatch | None = None
    best_key = (0, 0, 0)
    for form in candidates:
        found = match_form(response, form, context, tolerance)
        if found is None:
            continue
        key = (found.magnitude != "", RANK[found.kind], found.distance)
        if best is None or key < best_key:
            best, best_key = found, key
            if key == (False, 0, 0) and not found.form.alias:
                break
    return best


#: How good a match is, best first (a key for choosing among several).
RANK = {"exact": 0, "alias": 1, "typo": 2}


_SEPARATORS = re.compile(r"([\s-]+)")


#: Words a response may add to an answer (not marked as typos).
_EXTRA_WORDS = DESCRIPTORS | STOPWORDS


def typo_diff(written: str, expected: str) -> str:
    """The expected answer with the characters the response got wrong marked, in plain text:
    "Kudankulum" → "Kudankul[u→a]m", "Chenai" → "Chen[+n]ai", "Vladivostock" →
    "Vladivost[-c]ok", "Barhmos" → "B[ar→ra]hmos". Words are aligned first: extra words in
    the response (descriptors) and words it left off are not marked."""
    parts = _SEPARATORS.split(plain(expected).strip())
    want, seps = parts[::2], parts[1::2]
    keys = {_key(w) for w in want}
    said = [
        w
        for w in _SEPARATORS.split(plain(written).strip())[::2]
        if w and ((key := _key(w)) in keys or key not in _EXTRA_WORDS)
    ]
    shown: dict[int, str] = {}
    for tag, s1, s2, d1, d2 in _blocks([_key(w) for w in said], [_key(w) for w in want]):
        if tag == "equal":
            shown.update((k, want[k]) for k in range(d1, d2))
        elif s2 - s1 == d2 - d1:
            shown.update((d1 + k, _char_diff(said[s1 + k], want[d1 + k])) for k in range(d2 - d1))
        elif d2 > d1 and s2 > s1:
            joined = "".join(
                f"{w}{seps[k] if k < d2 - 1 else ''}" for k, w in enumerate(want[d1:d2], d1)
            )
            shown[d1] = _char_diff(" ".join(said[s1:s2]), joined)
            shown.update((k, "") for k in range(d1 + 1, d2))
    text, last = "", None
    for k in sorted(shown):
        if shown[k]:
            text += ("" if last is None else seps[last] if k == last + 1 else " ") + shown[k]
            last = k
    return text or expected


def _blocks(said: list[str], want: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Word alignment: runs of equal words, and the changed runs between them (a replace
    next to an insert or delete is one change: "Vladi vostok" for "Vladivostok")."""
    blocks: list[tuple[str, int, int, int, int]] = []
    for op in Levenshtein.opcodes(said, want):
        if op.tag != "equal" and blocks and blocks[-1][0] != "equal":
            _, s1, _, d1, _ = blocks.pop()
            blocks.append(("change", s1, op.src_end, d1, op.dest_end))
        else:
            tag = "equal" if op.tag == "equal" else "change"
            blocks.append((tag, op.src_start, op.src_end, op.dest_start, op.dest_end))
    return blocks


def _key(word: str) -> str:
    """A word as compared: case, spelling (defence/defense) and plural folded."""
    return fold_word(word.casefold().strip(".,;:!?()"))


def _char_diff(written: str, expected: str) -> str:
    """One word, its wrong characters marked: equal runs are shown as expected (so a
    difference of case alone is not marked), changes as [typed→expected], [+added],
    [-removed]; an adjacent swap as one change ([ar→ra])."""
    runs: list[tuple[str, str, str]] = []  # (tag, typed, expected)
    for op in Levenshtein.opcodes(written.casefold(), expected.casefold()):
        typed = written[op.src_start : op.src_end]
        want = expected[op.dest_start : op.dest_end]
        if op.tag != "equal" and runs and runs[-1][0] == "~":  # "K[u→oo]dankulam"
            runs[-1] = ("~", runs[-1][1] + typed, runs[-1][2] + want)
        else:
            runs.append(("=" if op.tag == "equal" else "~", typed, want))
    out: list[str] = []
    i = 0
    while i < len(runs):
        tag, typed, want = runs[i]
        if (
            tag == "~"
            and i + 2 < len(runs)
            and runs[i + 1][0] == "="
            and len(runs[i + 1][1]) == 1
            and runs[i + 2][0] == "~"
            and len(typed + runs[i + 2][1]) == 1
            and len(want + runs[i + 2][2]) == 1
        ):
            # insert x, keep c, delete x (or the reverse): a swap of two letters.
            middle, after = runs[i + 1], runs[i + 2]
            out.append(f"[{typed}{middle[1]}{after[1]}→{want}{middle[2]}{after[2]}]")
            i += 3
            continue
        if tag == "=":
            out.append(want)
        elif not typed:
            out.append(f"[+{want}]")
        elif not want:
            out.append(f"[-{typed}]")
        else:
            out.append(f"[{typed}→{want}]")
        i += 1
    return "".join(out)
