"""More rules of :mod:`~quizbot.notes.ambiguity`, on the words around a blank (the ninth
session's blind reviews): a subject said to be one part of a whole, a key that lists things,
a person's dash line of a few words of a cause, a venue noun after "in", and an acronym of
the question that spells the key's initials."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from quizbot.bank.model import (
    CLOZE_BLANK,
    Cloze,
    Match,
    Mcq,
    Question,
    Short,
    TrueFalse,
    filled_in,
)
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.event_words import is_bare_kind, opens_on_a_bare_kind
from quizbot.notes.phrases import fold

_STOP = frozenset("a an the of and in on for to by at with from or".split())


#: The question :func:`blanks` last worked on, and what it found: every rule asks again for
#: the same question (one tuple, replaced whole: safe from any thread).
_last: tuple[Question | None, tuple[tuple[str, str, str], ...]] = (None, ())


def blanks(question: Question) -> tuple[tuple[str, str, str], ...]:
    """(text before, key, text after) of each blank of a cloze; of a short answer or an
    mcq, (prompt, answer, "")."""
    global _last
    last = _last
    if last[0] is question:
        return last[1]
    found = _find_blanks(question)
    _last = (question, found)
    return found


def _find_blanks(question: Question) -> tuple[tuple[str, str, str], ...]:
    if isinstance(question, Cloze):
        found = []
        if question.text.count("{{") == 1:  # the usual case: one blank, split once
            m = CLOZE_BLANK.search(question.text)
            if m is not None:
                key = m.group(1).split("|")[0]
                return ((question.text[: m.start()], key, question.text[m.end() :]),)
        for m in CLOZE_BLANK.finditer(question.text):
            before = filled_in(question.text[: m.start()])
            after = filled_in(question.text[m.end() :])
            found.append((before, m.group(1).split("|")[0], after))
        return tuple(found)
    if isinstance(question, Short | Mcq):
        return ((question.prompt, question.answer, ""),)
    return ()


def acronym_spells_key(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """ "Which act of 2006 is associated with FSSAI?" keyed Food Safety & Standards Act
    (holdout 112, bad): the prompt's acronym opens with the key's initials ("What does
    DRSC stand for?" asks it so)."""
    if draft is not None and draft.rule == "abbreviation":
        return None
    for before, key, after in blanks(question):
        words = re.findall(r"[A-Za-z][\w'’-]*", key)
        codes = re.findall(r"\b[A-Z]{3,}\b", f"{before} {after}")
        for kept in (words, [w for w in words if fold(w) not in _STOP]):  # RTI, FSSA
            initials = "".join(w[0] for w in kept).upper()
            if len(initials) >= 3 and any(
                code.startswith(initials) or initials.startswith(code) for code in codes
            ):
                return f"an acronym of the question spells the key's initials ({initials})"
    return None


#: What a blank subject is said to belong to, with others like it: ``___ was part of
#: Gondwanaland``, ``___ is one of the G4``, ``___ was among the founders``.
_ONE_OF_MANY = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:is|was|are|were)\s+(?:(?:also|once)\s+)?"
    r"(?:(?:a\s+)?part|one|a\s+member|members?|among)\s+(?:of\b|the\b)"
)


def _cloze_blank(question: Question, test: Callable[[str, str], bool]) -> str | None:
    """The key of a cloze's first blank whose text before and after pass ``test``."""
    if not isinstance(question, Cloze):
        return None
    return next((k for before, k, after in blanks(question) if test(before, after)), None)


def one_of_many(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """A blank subject said to be part, one or a member of a whole (``The ___ was part of
    Gondwanaland``): every other part is as right."""
    key = _cloze_blank(
        question,
        lambda before, after: (
            re.fullmatch(r"\s*(?:[A-Z][\w ]*:\s*)?(?:The|the)?\s*", before) is not None
            and _ONE_OF_MANY.match(after) is not None
        ),
    )
    return key and f"'{key}' is said to be one part of a whole: every other part is as right"


#: A key that lists three or more things: ``access, affordability, security & climate``.
_LISTED = re.compile(r"^[^,()]+,\s[^,()]+(?:,\s[^,()]+)*,?\s(?:&|and)\s[^,()]+$")


def listed_key(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """A blank that is a list of three or more things (``a balancing act between ___``):
    their choice, order and wording are the writer's, and a learner who knows them types
    another."""
    if not isinstance(question, Cloze):
        return None
    key = next((k for _, k, _ in blanks(question) if _LISTED.match(k)), None)
    return key and f"the blank is a list of things ('{key}'): its order and wording are the notes'"


#: A person's line as written: the name, a dash and a few words of what he stood for.
_PERSON_DASH = re.compile(r"^\{\{[^{}]+\}\}\s+[–—]\s+(?P<said>[^{}]+?)\.?$")


def vague_person_line(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``___ – anti-Brahmin, lower-caste uplift`` keyed Jyotiba Phule (holdout 106, bad):
    a few words of what a person stood for, with no name, year or number of their own, fit
    every other reformer of the cause."""
    if not isinstance(question, Cloze):
        return None
    found = _PERSON_DASH.match(question.text)
    if found is None:
        return None
    words = found.group("said").split()
    if len(words) > 8 or any(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    (_, key, _), *_ = blanks(question)
    names = key.split()
    if not (2 <= len(names) <= 4 and all(w[:1].isupper() for w in names)):
        return None
    return "a person's line as written: a few words of a cause many others served too"


#: Where a thing is announced, tabled or said, by a common noun: a blank on one after "in"
#: takes a month, a year or another venue as well.
_GENERIC_VENUES = frozenset(
    """budget parliament assembly cabinet court session survey report speech address
    ordinance notification gazette conference summit meeting house""".split()
)


def common_noun_after_in(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``NARCL was announced in ___`` keyed "Budget" (holdout 102, bad): after "in", a
    month, a year or a place fits as well as a one-word common noun."""
    if not isinstance(question, Cloze):
        return None
    key = next(
        (k for b, k, _ in blanks(question) if b.endswith(" in ") and fold(k) in _GENERIC_VENUES),
        None,
    )
    return key and f"'{key}' after 'in' is a common noun: a month, year or place fits as well"


#: A superlative or an ordinal and a common noun (``oldest landmass``, ``most widespread
#: soil``, ``third dynasty``).
_SUPERLATIVE = re.compile(
    r"(?:most|least|first|second|third|fourth|fifth|sixth|last|[a-z]{2,}est)\s[a-z]"
)
#: Words in -est that are no superlative.
_NOT_SUPERLATIVES = frozenset(
    "forest interest west harvest protest request conquest contest honest modest manifest "
    "arrest test rest guest chest nest quest crest pest".split()
)


def described_key(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``The Peninsular plateau is the ___ of India.`` keyed ``oldest landmass`` (holdout
    147), ``The Tughlaqs were the ___ of the Delhi Sultanate, after the Slaves & the
    Khaljis`` keyed ``third dynasty`` (holdout 150), ``give them a(n) ___ of state
    resources`` keyed ``predictable, rule-based share`` (holdout 154): a description, which
    many true phrases fill or the sentence counts out; a name is asked, not how the notes
    describe it. ``the 11th & 12th ___`` keyed ``Schedules`` blanks the kind its ordinals
    number, not the fact."""
    if not isinstance(question, Cloze):
        return None
    for before, key, _ in blanks(question):
        first = key.split()[0] if key.split() else ""
        ranked = _SUPERLATIVE.match(key) and first not in _NOT_SUPERLATIVES
        if key.islower() and (ranked or ", " in key):  # ", ": "predictable, rule-based share"
            return f"the blank {key!r} is a description many phrases fill, not a name"
        if " " not in key and key[:1].isupper() and _ORDINAL_BEFORE.search(before):
            # "under the 11th & 12th ___": the kind after its ordinals, not the fact
            return f"the blank {key!r} is the kind its ordinals number, not a fact"
    return None


#: An ordinal, perhaps two joined, right before a blank (``the 11th & 12th ___``).
_ORDINAL_BEFORE = re.compile(r"\d+(?:st|nd|rd|th)\s*$")


#: A band of a scale: a threshold (``< 90``, ``≥ 75%``) or a range (``105–110``), and its
#: first figure.
_BAND = re.compile(
    r"(?:[<>≤≥]=?\s*|(?=\d+(?:[.,]\d+)?\s*[–-]\s*\d))(?P<figure>\d+(?:[.,]\d+)?)"
    r"(?:\s*[–-]\s*\d+(?:[.,]\d+)?)?\s*%?(?:\s*[a-z/]{1,6})?"
)


def sorted_match(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """A match of a scale's bands: every right item a threshold or a range, rising (or
    falling) with its rows as the notes give them (``Deficient → < 90``, ``Normal →
    96–104``, ``Excess → > 110``). The names of a scale say their order, so ordering the
    figures solves it with no knowledge of them (holdout 149); single figures (the years of
    awards) are not a scale, and are left to be known."""
    if not isinstance(question, Match) or len(question.pairs) < 3:
        return None
    values = []
    for _, right in question.pairs:
        band = _BAND.fullmatch(right.strip())
        if band is None:
            return None  # a name, a single figure or a clause: no order solves it
        values.append(float(band.group("figure").replace(",", "")))
    steps = [b - a for a, b in pairwise(values)]
    if any(steps) and (all(s >= 0 for s in steps) or all(s <= 0 for s in steps)):
        return "the match is solved by ordering its figures"
    return None


#: A sentence whose subject is some of a kind, or a kind alone (``Some state bills …``,
#: ``Scheme was borrowed …``).
_SOME = re.compile(r"(?:Some|Certain) [a-z]")
#: An aim, an idea or a target with no one's it is (``Main aim was really a ___``, ``Idea
#: first floated by …``, ``Target of ___ genomes was met``): never followed by ``of`` and an
#: owner (``Aim of the NFSA``, ``Theme of G20``).
_ASPECTS = "Main Key Chief Primary Real Original Stated Core Overall Ultimate Initial".split()
_AIMS = "aim idea target objective goal purpose motive focus".split()
_OWNERLESS = re.compile(
    rf"(?:(?:{'|'.join(_ASPECTS)}) (?:{'|'.join(_AIMS)})|"
    rf"(?:{'|'.join(a.capitalize() for a in _AIMS)}))s?\b(?! of (?:the |[A-Z]))"
)
#: The first words of a sentence :func:`vague_subject` reads further.
_OPENERS = frozenset(("Some", "Certain", *_ASPECTS, *(a.capitalize() for a in _AIMS)))
_WHOSE = "the sentence speaks of an aim, an idea or a target without saying whose"


def vague_subject(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``Some state bills need ___.`` (which ones?), ``Scheme was borrowed from ___ 1935``
    (which scheme?), ``Main aim was really a ___`` (whose?): the sentence names no one thing
    it speaks of (holdouts 150, 243–245)."""
    if isinstance(question, TrueFalse):
        if _OWNERLESS.match(question.statement):  # "Idea borrowed from … GoI Act 1932"
            return _WHOSE
        return None
    if not isinstance(question, Cloze):
        return None
    first = question.text.split(" ", 1)[0]
    if {first, first.removesuffix("s")}.isdisjoint(_OPENERS) and not is_bare_kind(first):
        return None  # most sentences (``check_50k_s``)
    text = filled_in(question.text)
    if _SOME.match(text) or opens_on_a_bare_kind(text):
        return "the sentence's subject is some of a kind, or a kind alone: which, it does not say"
    if _OWNERLESS.match(text):
        return _WHOSE
    return None


def said_before(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``___ pushed a reform bill in Parliament too.`` (holdout 225, bad): "too" says it
    was done besides what the line before told, which the learner never sees. Only a
    short sentence whose blank is its subject: a longer one says enough of its own (``…,
    got ___ war elephants in return, and there was a marriage alliance too.``)."""
    if not isinstance(question, Cloze) or "too" not in question.text:
        return None  # most sentences (``check_50k_s``)
    text = question.text
    short = text.startswith("{{") and len(text.split()) <= 12  # the blank its whole subject
    return "the sentence adds to one before it ('too')" if short and _TOO.search(text) else None


_TOO = re.compile(r"\btoo\s*[.!]?\s*$|,\s*too,")


def contrast_given(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``Revenue fixed in ___, not kind`` keyed cash (holdout 219, bad): the other half of a
    pair printed beside the blank (``not kind``, ``not X but ___``) names the answer."""
    if not isinstance(question, Cloze) or "not " not in question.text:
        return None  # most sentences (``check_50k_s``)
    for before, key, after in blanks(question):
        if re.match(r"\s*,?\s*not\s+[a-z]+\s*[.;]?\s*$", after) or re.search(
            r"\bnot\s+[a-z]+\s+but\s*$", before
        ):  # "not kind": a common word's pair; "not Sanskrit" leaves every language open
            return f"'{key}' is the other half of the pair the question prints"
    return None


def complement_shown(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``government gets ___ of rent collected, zamindar keeps 1/11`` keyed 10/11 (holdout
    215, bad): a share whose rest the question prints is a subtraction, not a fact."""
    for before, key, after in blanks(question):
        if "/" not in key and "%" not in key:
            continue  # most keys (``check_50k_s``)
        share = _SHARE.fullmatch(key.strip())
        if share is None:
            continue
        if share.group("den"):
            num, den = int(share.group("num")), int(share.group("den"))
            rest = f"{den - num}/{den}" if 0 < num < den else ""
        else:
            value = float(share.group("num"))
            rest = f"{100 - value:g}%" if 0 < value < 100 else ""
        if rest and re.search(rf"(?<![\d./]){re.escape(rest)}(?![\d/])", f"{before} {after}"):
            return f"the question prints {rest}, the rest of the share '{key}'"
    return None


_SHARE = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?:/(?P<den>\d+)|\s?%)")


#: Small words a long form may hold that its acronym leaves out.
_SMALL = frozenset("of the and for on in to a an & by".split())


def spelled_out_key(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """ "Which scheme is known for the watershed development in shifting cultivation areas?"
    keyed ``WDPSCA`` (holdout 165, bad): the question spells the acronym's long form, or, of
    a long acronym, all of it but one word, so the options need no knowledge."""
    if not isinstance(question, Short | Mcq):
        return None
    for prompt, key, _ in blanks(question):
        acronym = key.split(" (")[0].strip()
        if not (4 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
            continue
        initials = "".join(
            w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", prompt) if w.lower() not in _SMALL
        ).lower()
        wanted = acronym.lower()
        shorter = (
            [wanted[:i] + wanted[i + 1 :] for i in range(len(wanted))] if len(wanted) > 5 else []
        )
        if wanted in initials or any(s in initials for s in shorter):
            return f"the question spells out most of the acronym {acronym!r}"
    return None
