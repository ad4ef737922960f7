"""Matching one response against one answer and its accepted forms.

A response matches a form when, after :func:`~quizbot.grading.normalize.analyse`:

* it hedges no more than the form does ("BrahMos or S-400" never matches), and says
  "around" or "about" a figure only when the question asks for an approximate one;
* its dates are the form's (a date needs its day; a more precise date is fine for a year);
* its numbers equal the form's, value for value (a currency or % may be left off; a
  different currency is wrong), or are within the question's tolerance, counted in the
  answer's own unit (±1 on "$65 billion" is a billion). A magnitude left off or changed
  ("30" or "30 million" for "$30 billion", "65 crore" for "65") is a match marked as such,
  which the grader rejects and names, unless the question's stem names that magnitude
  ("in billions of dollars": "65" and "$65 billion" are both right). A number the stem
  already gives may be left off or repeated ("Government of India Act" for "Government of
  India Act, 1935" when the question says 1935). Miles convert to kilometres only for an
  approximate answer, within the answer's own precision;
* its words are the form's words in order (see :mod:`quizbot.grading.wording`: slips per
  word, transliterations, a person's surname), allowing extra descriptors, titles, ship
  prefixes and words from the question ("BrahMos cruise missile", "PM Narendra Modi"),
  trailing descriptors left off ("Kudankulam" for "Kudankulam nuclear power plant"), or an
  initialism either way ("NSG" for the Nuclear Suppliers Group, "Reserve Bank of India" for
  "RBI") — never a fragment ("India" for "India–Russia"), and never the acronym a question
  asks to expand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from rapidfuzz.distance import Levenshtein

from quizbot.grading.context import Context
from quizbot.grading.normalize import (
    DESCRIPTORS,
    MAGNITUDE_WORDS,
    STOPWORDS,
    TRAILING,
    Analysis,
    analyse,
    fold_word,
    initialisms,
    plain,
)
from quizbot.grading.number_tokens import Number, magnitude_scale
from quizbot.grading.wording import Word, align, typo_budget
from quizbot.text.names import PREFIXES, TITLES, place_variants

__all__ = ["RANK", "Form", "FormMatch", "best_match", "forms", "match_form", "typo_budget"]

MatchKind = Literal["exact", "alias", "typo"]
Magnitude = Literal["", "missing", "different"]
_PARENS = re.compile(r"\s*\(([^()]*)\)")


@dataclass(frozen=True)
class Form:
    """One accepted way of writing an answer."""

    text: str
    analysis: Analysis
    alias: bool
    #: This form as written ("Kudankulam" for "Kudankulam (Tamil Nadu)"), for typo feedback.
    variant: str = ""


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
    seen: set[tuple[object, ...]] = set()
    every = [(answer, False), *((a, True) for a in aliases)]
    every += [(place, True) for text, _ in list(every) for place in place_variants(text)]
    for text, alias in every:
        for variant, is_alias in _variants(text, alias):
            analysis = analyse(variant)
            key = (analysis.words, analysis.numbers, analysis.dates)
            if key not in seen and (analysis.words or analysis.numbers or analysis.dates):
                seen.add(key)
                result.append(Form(text, analysis, is_alias, variant))
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


def _comparable(
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


def _numbers_match(
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


def _let_off(word: str, raw: str, ctx: Context, person: bool, numeric: bool = False) -> bool:
    """Whether a response word that is not in the answer may stand beside it: descriptors,
    the stem's common words, ship prefixes; titles and the stem's own words beside a person
    ("Natl. Security Adviser Ajit Doval") or a figure ("XVI BRICS Summit")."""
    low = raw.casefold()
    return (
        word in DESCRIPTORS
        or word in ctx.words
        or low in PREFIXES
        or (person and low in TITLES)
        or ((person or numeric) and word in ctx.all_words)
    )


def _is_name(want: Analysis) -> bool:
    """Whether an answer looks like a person's name: two to four capitalised words."""
    return (
        2 <= len(want.raw_words) <= 4
        and not want.numbers
        and all(w[:1].isupper() and not (len(w) > 1 and w.isupper()) for w in want.raw_words[-1:])
    )


def match_form(
    response: Analysis, form: Form, ctx: Context, tolerance: float | None = None
) -> FormMatch | None:
    """How ``response`` matches ``form``, or None."""
    want = form.analysis
    if len(response.hedges) > len(want.hedges):
        return None
    approximate = ctx.approximate or want.approximate
    if response.approximate and not approximate:
        return None  # "about 65" is a hedge where the question wants the figure
    comparable = _comparable(response, want, ctx)
    if comparable is None:
        return None
    how = _numbers_match(*comparable, tolerance, ctx, approximate)
    if how is None:
        return None
    magnitude: Magnitude = (
        "missing" if "missing" in how else "different" if "different" in how else ""
    )
    close = "approximate" in how
    kind: MatchKind = "alias" if form.alias or close or "named" in how else "exact"
    note = (
        f"close enough: within ±{tolerance:g}{_unit_word(want)}"
        if close and tolerance is not None
        else "close enough"
        if close
        else ""
    )
    if not response.words and not want.words:
        return FormMatch(kind, form, 0, note, magnitude)
    if not response.words and comparable[0] and all(w in ctx.all_words for w in want.words):
        return FormMatch("alias", form, 0, note, magnitude)  # "51" for "Which Article …?"
    person = ctx.person and _is_name(want)
    best: FormMatch | None = None
    targets = [want.words, _core(want.words)]
    lead = 0
    while lead < len(want.words) - 1 and want.raw_words[lead].casefold() in PREFIXES | TITLES:
        lead += 1  # "Vikramaditya" for "INS Vikramaditya", "Swaran Singh" for "Sardar …"
    raws = {want.words: want.raw_words}
    if lead:
        targets.append(want.words[lead:])
        raws[want.words[lead:]] = want.raw_words[lead:]
    for target in dict.fromkeys(targets):
        said = [
            Word(w, raw)
            for w, raw in zip(response.words, response.raw_words, strict=True)
            if w in target or not _let_off(w, raw, ctx, person, not target)
        ]
        wanted = [
            Word(w, raw) for w, raw in zip(target, raws.get(target, want.raw_words), strict=False)
        ]
        found = align(said, wanted, person)
        if found is None:
            continue
        if found.distance:
            match = FormMatch("typo", form, found.distance, note, magnitude)
        elif found.variant or found.shortened:
            match = FormMatch("alias", form, 0, note, magnitude)
        else:
            match = FormMatch(kind, form, 0, note, magnitude)
        if best is None or (RANK[match.kind], match.distance) < (RANK[best.kind], best.distance):
            best = match
    if best is not None:
        return best
    bare = [
        j
        for j, w in enumerate(response.words)
        if not _let_off(w, response.raw_words[j], ctx, person)
    ]
    if response.numbers or want.numbers:
        return None
    if len(bare) == 1:  # "NSG" for the Nuclear Suppliers Group
        said_word = response.raw_words[bare[0]].casefold()
        if said_word in ctx.expand:
            return None  # "Expand INSTC" is not answered by "INSTC"
        short_forms = initialisms(want)
        if response.words[bare[0]] in short_forms or said_word in short_forms:
            return FormMatch("alias", form, 0, note, magnitude)
    if (  # "Reserve Bank of India" for "RBI"
        len(want.raw_words) == 1
        and len(want.raw_words[0]) > 1
        and want.raw_words[0].isupper()
        and want.raw_words[0].casefold() in initialisms(response)
    ):
        return FormMatch("alias", form, 0, note, magnitude)
    return None


def best_match(
    response: Analysis,
    candidates: Sequence[Form],
    context: Context,
    tolerance: float | None = None,
) -> FormMatch | None:
    """The best match over ``candidates``: exact before alias before typo, then closest;
    a match only a magnitude away comes last. The acronym a question asks to expand is never
    a form of its answer."""
    for form in candidates:  # the fast path: the answer itself, as written
        if response.key == form.analysis.key and not (
            context.expand and _is_expanded_acronym(form, context)
        ):
            return FormMatch("alias" if form.alias else "exact", form, 0)
    best: FormMatch | None = None
    best_key = (0, 0, 0)
    for form in candidates:
        if context.expand and _is_expanded_acronym(form, context):
            continue
        found = match_form(response, form, context, tolerance)
        if found is None:
            continue
        key = (found.magnitude != "", RANK[found.kind], found.distance)
        if best is None or key < best_key:
            best, best_key = found, key
            if key == (False, 0, 0) and not found.form.alias:
                break
    return best


def _is_expanded_acronym(form: Form, context: Context) -> bool:
    words = form.analysis.raw_words
    return len(words) == 1 and words[0].casefold() in context.expand


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
