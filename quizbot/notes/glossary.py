"""Telling the glossaries of the notes: sections of ``Term: definition`` entries.

A section is a glossary when most of its top-level ``Term: definition`` units look like
entries: a short term (not a label such as ``India on Russia``) defined by a description
(``the site of protein synthesis``) rather than followed by a fact with its own verb
(``Russia ranks among ...``). Their terms are then of one kind (``GLOSSARY_KIND``), so each
entry's term and definition can be asked among the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from quizbot.notes.drafts import MIN_DEFINITION_WORDS, Unit
from quizbot.notes.lists import AUXILIARIES
from quizbot.notes.phrases import contains_phrase, fold, implied_by
from quizbot.notes.quantities import NUMBER_WORDS

#: Linking words and dashes that make a term a relation (``Russia and China``).
CONNECTIVE = re.compile(r"\s(?:on|and|vs\.?|versus|with|to)\s|[a-z][–—/][A-Z]")
#: The kind of a glossary's terms, as prompts name it ("Which term is described as ...?").
GLOSSARY_KIND = "term"
_GLOSSARY_TERM_WORDS = 4
_GLOSSARY_SHARE = 2 / 3
#: A heading that says its section is a glossary.
GLOSSARY_HEADING = re.compile(
    r"\b(?:glossary|key terms|terms to know|terminology|definitions)\b", re.IGNORECASE
)
#: Words that make a term a label of a note rather than a term (``India on Russia``,
#: ``Russia and China``, ``For Modi``, ``Speculation about a split``).
_LABEL_WORDS = frozenset(
    "on and vs vs. versus with to as for in about by at from or over after before since".split()
)
#: First words of a text that goes on from its label rather than defining it (``since the
#: war began ...``, ``include ...``, ``also met ...``, ``three, namely ...``).
_NOT_DEFINING = frozenset(
    "since also just still include includes including in at on by for to from with among into "
    "over under after before during while when where as both each either neither all some "
    "many few most more less not no only even very".split()
) | frozenset(NUMBER_WORDS)
_ARTICLES = frozenset(("a", "an", "the"))
_POSSESSIVE = re.compile(r"['’]s$")
#: Verbs that make a clause wherever they stand: auxiliaries and pasts that are no participle.
_FINITE = AUXILIARIES | frozenset(
    "became began gave went came fell rose grew saw took wrote spoke chose drew drove knew threw "
    "broke".split()
)
#: Irregular pasts that are also participles (``built by Russia``, ``found in the cytoplasm``).
_PARTICIPLES = frozenset(
    "found made built held kept left sold bought brought led met paid sent spent told said won "
    "lost fought meant struck got known shown given taken written".split()
)
#: After a participle these make it part of a description (``based on``, ``located in``).
_PREPOSITIONS = frozenset(
    "by on in as for from with to into at of under after between within across through over "
    "near along against among about".split()
)
#: Marks after which a definition goes on to another fact.
_ON = frozenset(("–", "—", "→", "->"))
#: Words that open a relative clause: a verb after one belongs to the description.
_RELATIVE = frozenset("where which that who whom whose when while whereby".split())


def _finite_at(lowered: list[str], i: int) -> bool:
    """Is word ``i`` a verb with its own subject (``angered sepoys``, ``is remembered``), not a
    participle describing (``the combined ...``, ``based on``, ``built by``, ``formed
    when``)?"""
    word = lowered[i]
    if word in _FINITE:
        return True
    if word not in _PARTICIPLES and not (
        len(word) > 4 and word.endswith("ed") and not word.endswith(("eed", "hundred"))
    ):
        return False
    before = lowered[i - 1] if i > 0 else ""
    return not (
        # "listed co. sells …", "on unpublished info", "promoters' locked holdings": a
        # participle that opens the description or follows a preposition or an owner
        i == 0
        or before in _ARTICLES
        or before in _PREPOSITIONS
        or before.endswith(("'", "'s", "’", "’s"))
        or (
            i + 1 < len(lowered)
            and (lowered[i + 1] in _PREPOSITIONS or lowered[i + 1] in _RELATIVE)
        )
    )


def _has_own_clause(words: list[str]) -> bool:
    """Does a definition state a fact with its own verb (``greased cartridges angered sepoys``,
    ``Mangal Pandey is remembered``, ``began at Meerut``) rather than describe its term (``the
    site of protein synthesis``, ``holds the genetic material``, ``located in Tamil Nadu``,
    ``the organelle where photosynthesis takes place``)?"""
    lowered = [w.lower().strip(',;:.()"“”') for w in words]
    for i in range(len(lowered)):
        if i and (lowered[i] in _RELATIVE or words[i - 1].endswith(";") or words[i - 1] in _ON):
            # a relative clause only adds detail; after ";", a dash or an arrow comes another
            # fact ("foreign portfolio investor – replaced FII", "free shares → no money raised")
            return False
        if _finite_at(lowered, i):
            return True
    return False


def _glossary_entry(unit: Unit, proper_words: set[str] | frozenset[str] = frozenset()) -> bool:
    """Does a top-level ``Term: definition`` look like a glossary entry: a short term (no
    digits, possessives, qualifiers or linking words, as in ``Modi (2021)``, ``India's
    stance``, ``Russia and China``) defined by a description (``the site of protein
    synthesis``, ``movement of water across a membrane``, ``holds the genetic material``)
    rather than followed by a fact with its own subject (``Russia ranks among ...``) or a
    number (``three, namely ...``)?"""
    term = unit.term
    if term is None or (unit.parent is not None and not _bare_lead_in(unit.parent)):
        return False
    base = term.base
    if term.qualifier and not (term.qualifier.isupper() and " " not in term.qualifier):
        return False
    words = base.split()
    if (
        not words
        or len(words) > _GLOSSARY_TERM_WORDS
        or not words[0][:1].isalpha()
        or any(ch.isdigit() or ch in "'’" for ch in base)
        or any(w.lower() in _LABEL_WORDS for w in words)
        or CONNECTIVE.search(base)
    ):
        return False
    defining = term.definition.split()
    if len(defining) < MIN_DEFINITION_WORDS:
        return False
    if sum(len(w) >= 3 and w.isalpha() for w in (v.strip(",;:.()") for v in defining)) < 2:
        return False  # "BCE → c. 3rd cent.": a date cut at its full stop, no meaning
    first = defining[0].lower().strip(",;:")
    if first in _ARTICLES:
        if not defining[1][:1].isalpha() or defining[1].lower() in _NOT_DEFINING:
            return False
    elif first in _NOT_DEFINING or not defining[0][:1].isalpha():
        return False
    elif defining[0][:1].isupper() and fold(_POSSESSIVE.sub("", first)) in proper_words:
        # "Rise in prices" may be written capitalised; "Russia ranks ..." starts with a name
        # (a word the notes capitalise mid-sentence too)
        return False
    return not _has_own_clause(defining) and not contains_phrase(term.definition, base)


#: Lines a block of glossary entries has at least, one after another.
_MIN_RUN = 3


def _runs(sections: Iterable[list[Unit]]) -> list[list[Unit]]:
    """The blocks of top-level ``Term: definition`` units on lines one after another."""
    runs: list[list[Unit]] = []
    for members in sections:
        run: list[Unit] = []
        for unit in members:
            if run and (unit.parent is not None or unit.line != run[-1].line + 1):
                if len(run) >= _MIN_RUN:
                    runs.append(run)
                run = []
            if unit.parent is None:
                run.append(unit)
        if len(run) >= _MIN_RUN:
            runs.append(run)
    return runs


def _found_in(
    members: list[Unit],
    share: float,
    proper_words: set[str] | frozenset[str],
    found: dict[int, tuple[Unit, ...]],
) -> None:
    """Record ``members`` as one glossary in ``found`` when at least two, and ``share`` of
    them, are entries with definitions of their own; stop as soon as too many are not
    (labelled notes)."""
    if len(members) < 2:
        return
    spare = len(members) - share * len(members)
    entries: list[Unit] = []
    for unit in members:
        if _glossary_entry(unit, proper_words):
            entries.append(unit)
        else:
            spare -= 1
            if spare < 0:
                return
    entries = [
        u
        for u in entries
        if not any(
            v is not u
            and v.term is not None
            and u.term is not None
            and implied_by(u.term.definition, v.term.definition, 1.0)
            for v in entries
        )
    ]
    if len(entries) < 2 or len(entries) < share * len(members):
        return
    group = tuple(entries)
    for unit in entries:
        found[id(unit)] = group


def _bare_lead_in(unit: Unit) -> bool:
    """Is a unit only a lead-in's label (``Types:``, ``Kinds of unemployment:``), its list of
    terms below it?"""
    text = unit.text.strip()
    return text.endswith(":") and len(text.split()) <= _GLOSSARY_TERM_WORDS and unit.term is None


def glossaries(
    units: Sequence[Unit], proper_words: set[str] | frozenset[str] = frozenset()
) -> dict[int, tuple[Unit, ...]]:
    """The glossary entries of the notes, by id(unit): a section is a glossary when at least
    two of its top-level ``Term: definition`` units, and two thirds of them, look like
    entries (:func:`_glossary_entry`) with definitions of their own (one saying nothing
    another does not say too is left out: "logistical challenges persist" twice is a note's
    labels, not a glossary). Notes written as ``**Label**: fact`` have too few such units.
    The terms listed under a bare lead-in (``Types:``) are a section of their own, and a block
    of three or more term lines one after another is a glossary by the same share even when
    its section's prose lines read as terms too (``Root text → …``, ``NB: …``)."""
    by_section: dict[tuple[str, ...], list[Unit]] = {}
    for unit in units:
        if unit.term is not None and unit.parent is None:
            by_section.setdefault(unit.headings, []).append(unit)
        elif unit.term is not None and unit.parent is not None and _bare_lead_in(unit.parent):
            # "Types:" then "- Structural → mismatch of skills …": the lead-in's own list
            by_section.setdefault((*unit.headings, unit.parent.text), []).append(unit)
    found: dict[int, tuple[Unit, ...]] = {}
    for headings, members in by_section.items():
        # a section the writer calls a glossary is one, whatever else it holds ("Key dates:
        # Halley theory (1686) → …" below four terms, holdout 300); any other is one when most
        # of its units are entries
        share = 0.0 if headings and GLOSSARY_HEADING.search(headings[-1]) else _GLOSSARY_SHARE
        _found_in(members, share, proper_words, found)
    for run in _runs(by_section.values()):
        # "Nritta: …", "Nritya: …", "Natya: …" on lines of their own in a section of prose
        # lines read as terms ("Root text → …", "NB: …"): a glossary block (holdout 319)
        if not any(id(u) in found for u in run):
            _found_in(run, _GLOSSARY_SHARE, proper_words, found)
    return found


#: Where a definition's head noun phrase ends (``WTO rule that …``, ``a negative vote by
#: …``, ``ballistic missile fired from …``, ``the IMF's reserve asset – not …``).
_HEAD_END = re.compile(
    r"[,;:(–—]|\sw/\s|\s(?:that|which|who|whose|where|when|while|by|of|for|to|from|with|in|"
    r"on|at|under|between|into|against|among|than|as|[a-z]{3,}ed)\b"
)


def defined_kind(definition: str) -> str:
    """What a definition says its term is, its head noun (singular, folded): ``WTO rule that
    a trade favour …`` → ``rule``, ``ballistic missile fired from a submarine`` →
    ``missile``; ``""`` when it says none."""
    head = _HEAD_END.split(f" {definition.strip()}", maxsplit=1)[0].split()
    if not head:
        return ""
    last = fold(head[-1]).strip("\"'“”")
    return last[:-1] if last.endswith("s") and not last.endswith("ss") else last


def same_kind(definition: str, others: Sequence[tuple[str, str]]) -> list[str]:
    """Of ``others`` (term, definition), the terms whose definitions say they are what
    ``definition`` says its term is: a mixed glossary's terms (``MFN: WTO rule …`` beside
    ``SDR: the IMF's reserve asset``, ``Veto: a negative vote …``) are distractors of
    another kind for each other; a WTO rule is asked among WTO rules."""
    kind = defined_kind(definition)
    return [term for term, other in others if kind and defined_kind(other) == kind]
