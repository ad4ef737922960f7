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
  approximate answer, within the answer's own precision (dates and numbers: see
  :mod:`quizbot.grading.figures`);
* its words are the form's words in order (see :mod:`quizbot.grading.wording`: slips per
  word, transliterations, a person's surname), allowing extra descriptors, titles, ship
  prefixes and words from the question ("BrahMos cruise missile", "PM Narendra Modi"),
  trailing descriptors left off ("Kudankulam" for "Kudankulam nuclear power plant"), or an
  initialism either way ("NSG" for the Nuclear Suppliers Group, "Reserve Bank of India" for
  "RBI"), or a kind named after "of" said name first ("Versailles Treaty" for "Treaty of
  Versailles") — never a fragment ("India" for "India–Russia"), and never the acronym a
  question asks to expand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz.distance import Levenshtein

from quizbot.grading.context import Context
from quizbot.grading.figures import comparable_figures, numbers_match, unit_word
from quizbot.grading.normalize import DESCRIPTORS, TRAILING, Analysis, analyse, initialisms
from quizbot.grading.wording import Word, align, typo_budget
from quizbot.text.names import (
    AFTER_NAMES,
    PREFIXES,
    TITLES,
    is_region,
    place_variants,
)

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


#: ``Treaty of Versailles``, also said ``Versailles Treaty`` (a coach's fair answer, holdout
#: 295): a kind of thing named by a place or a name after "of".
_KIND_OF_NAME = re.compile(
    r"(?P<kind>Treaty|Battle|Siege|Pact|Peace|Declaration|Charter|Accord|Protocol|Partition|"
    r"University|Sack) of (?:the )?(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})"
)


def _variants(text: str, alias: bool) -> list[tuple[str, bool]]:
    """``Long Form (ABBR)`` → the whole, the long form and ABBR; other parentheses optional;
    ``Treaty of Versailles`` → also ``Versailles Treaty``."""
    inverted = _KIND_OF_NAME.fullmatch(text.strip())
    if inverted is not None:
        return [(text, alias), (f"{inverted['name']} {inverted['kind']}", True)]
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


def _core(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without trailing descriptors, keeping at least one word."""
    end = len(words)
    while end > 1 and words[end - 1] in TRAILING:
        end -= 1
    return words[:end]


def _let_off(
    word: str, raw: str, ctx: Context, person: bool, numeric: bool = False, named: bool = False
) -> bool:
    """Whether a response word that is not in the answer may stand beside it: descriptors,
    the stem's common words, ship prefixes; titles beside a person or a one-word name
    (``named``: "Lord Dalhousie" for "Dalhousie"); the stem's own words beside a person
    ("Natl. Security Adviser Ajit Doval") or a figure ("XVI BRICS Summit")."""
    low = raw.casefold()
    return (
        word in DESCRIPTORS
        or word in ctx.words
        or low in PREFIXES
        or ((person or named) and (low in TITLES or low in AFTER_NAMES))
        or ((person or numeric) and word in ctx.all_words)
    )


#: Words that only say what kind of thing an answer is, by a word of the answer: an
#: amendment is a "Constitutional Amendment Act" ("42nd Constitutional Amendment").
_KIND_WORDS = {"amendment": frozenset({"constitutional", "constitution", "act"})}


def _of_its_kind(word: str, target: Sequence[str]) -> bool:
    return any(word in extra for kind, extra in _KIND_WORDS.items() if kind in target)


_TWO_PEOPLE = re.compile(r"\s(?:and|&)\s")
#: A name written with initials (``H.R. Khanna``) or a title (``CJ S.M. Sikri``): a person.
_INITIALLED = re.compile(r"(?:^|\s)(?:[A-Z]\.\s?){1,3}[A-Z][a-z]{2,}")
#: Words of a body's name, never a person's: its last word is no surname.
_BODY_WORDS = frozenset(
    """sons bank group company committee commission council board trust foundation institute
    university society party league army navy government ministry agency organisation
    organization corporation limited ltd association union federation front movement congress
    samaj sabha mission assembly""".split()
)
#: Words after a title that make it an office or a body, not a person ("Lt Governor",
#: "General Assembly", "Secretary of State").
_NOT_NAMES = (
    _BODY_WORDS
    | TITLES
    | TRAILING  # "Sir Creek" is a place
    | frozenset(
        """state court bench house parliament cabinet staff office service force creek bay
        peak pass gulf strait valley""".split()
    )
)


def title_lead(raw_words: Sequence[str]) -> int:
    """How many of a key's first words are titles or a vessel's prefix before a name: 1 for
    "Lord Curzon" and "INS Vikramaditya", 3 for "Lt Governor Sir George Campbell". None when
    what follows is no name: "General Assembly", "Governor-General", "Chief Justice of India",
    "Lt Governor"."""
    lead = 0
    while lead < len(raw_words) - 1 and raw_words[lead].casefold() in PREFIXES | TITLES:
        lead += 1
    rest = raw_words[lead:]
    if all(w.casefold() in PREFIXES for w in raw_words[:lead]):
        return lead  # a vessel's name may be any word: "HMS Victory"
    if (
        not rest[0][:1].isupper()
        or is_region(" ".join(rest))  # "Chief Justice of India": the "of" is not kept
        or any(w.casefold() in _NOT_NAMES for w in rest)
    ):
        return 0
    return lead


def _office(want: Analysis) -> bool:
    """A key of titles only is an office, not a person: "Lt Governor", "Chief Justice"."""
    return all(w.casefold() in TITLES for w in want.raw_words)


def _written_as_a_person(text: str, want: Analysis) -> bool:
    """Does the key itself say it is a person (initials, or a title first or last)?"""
    words = text.split()
    if _office(want):
        return False
    return bool(_INITIALLED.search(text)) or bool(
        words
        and (
            (words[0].casefold().rstrip(".") in TITLES and title_lead(want.raw_words) > 0)
            or words[-1].casefold() in TITLES
        )
    )


def _is_name(want: Analysis, lead: int = 0) -> bool:
    """Whether an answer looks like a person's name: one to four capitalised words, after
    its ``lead`` of titles (and its titles then count as a name's first words). One word
    ("Dalhousie") is a name where the question asks for a person: "Lord Dalhousie" is right."""
    return (
        1 <= len(want.raw_words) - max(lead - 1, 0) <= 4
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
    comparable = comparable_figures(response, want, ctx)
    if comparable is None:
        return None
    how = numbers_match(*comparable, tolerance, ctx, approximate)
    if how is None:
        return None
    magnitude: Magnitude = (
        "missing" if "missing" in how else "different" if "different" in how else ""
    )
    close = "approximate" in how
    kind: MatchKind = "alias" if form.alias or close or "named" in how else "exact"
    note = (
        f"close enough: within ±{tolerance:g}{unit_word(want)}"
        if close and tolerance is not None
        else "close enough"
        if close
        else ""
    )
    if not response.words and not want.words:
        return FormMatch(kind, form, 0, note, magnitude)
    if not response.words and comparable[0] and all(w in ctx.all_words for w in want.words):
        return FormMatch("alias", form, 0, note, magnitude)  # "51" for "Which Article …?"
    said_letters = "".join(response.raw_words).casefold()
    want_letters = "".join(want.raw_words).casefold()
    if len(response.words) != len(want.words) and said_letters[:1] == want_letters[:1]:
        # "Qutb-ud-din Aibak" for "Qutbuddin Aibak": the same letters written apart or joined
        # is how the name is spelt elsewhere, no slip (it was "with a typo"); one letter off
        # as well ("Qutub-ud-din", "Ghiyas-ud-din Tughluq") is a typo (it was wrong)
        apart = Levenshtein.distance(said_letters, want_letters, score_cutoff=1)
        numbered = any(_NUMBERED_WORD.fullmatch(w) for w in (*response.raw_words, *want.raw_words))
        if apart == 0 or (apart == 1 and not numbered and len(want_letters) >= _APART_LETTERS):
            # a word split by a stray space ("Vladi vostok") is a slip; a name split at its
            # particles ("Qutb-ud-din") or joined ("Rammohan") is spelt so elsewhere
            stray = len(response.words) > len(want.words) and not _PARTICLES & {
                w.casefold() for w in response.raw_words
            }
            joined: MatchKind = "typo" if apart or stray else "alias"
            return FormMatch(joined, form, max(apart, int(stray)), note, magnitude)
    lead = title_lead(want.raw_words)  # "Vikramaditya" for "INS Vikramaditya", "Curzon" …
    # "Sidhu and Kanhu Murmu" are two people: "Kanhu" alone names one, not the answer
    person = (
        (ctx.person or _written_as_a_person(form.text, want))
        and _is_name(want, lead)
        and not _TWO_PEOPLE.search(form.text)
        and not {w.casefold() for w in want.raw_words} & _BODY_WORDS  # "Tata Sons"
    )
    # a one-word name: a title before it names no one else ("Lord Dalhousie")
    named = len(want.raw_words) == 1 and _is_name(want) and not _BODY_WORDS & set(want.words)
    best: FormMatch | None = None
    targets = [want.words, _core(want.words)]
    tail = len(want.words)
    while tail > lead + 1 and want.raw_words[tail - 1].casefold() in TITLES and not _office(want):
        tail -= 1  # "A.N. Ray" for "A.N. Ray CJ"
    raws = {want.words: want.raw_words}
    if lead or tail < len(want.words):
        targets.append(want.words[lead:tail])
        raws[want.words[lead:tail]] = want.raw_words[lead:tail]
    for target in dict.fromkeys(targets):
        said = [
            Word(w[:-2], raw[:-2])
            if person and w[:-2] in target and w.endswith("ji")
            else Word(w, raw)
            for w, raw in zip(response.words, response.raw_words, strict=True)
            if w in target
            or not (_let_off(w, raw, ctx, person, not target, named) or _of_its_kind(w, target))
        ]  # "Gandhiji": the courtesy is not a slip
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
    ] or list(range(len(response.words)))  # "CJI" is let off beside a name, not as one
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
#: A regnal number or a figure: "Baji Rao I" is one letter from "Baji Rao II", another man.
_NUMBERED_WORD = re.compile(r"[IVX]+|\d+", re.IGNORECASE)
#: The particles of Arabic and Persian names, written apart or joined (``Qutb-ud-din``).
_PARTICLES = frozenset("ud ul ur us ad al ud-din din bin ibn uddin".split())
#: Letters a name written apart must have for one more slip to be a typo.
_APART_LETTERS = 10
