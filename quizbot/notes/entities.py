"""What a unit's term names: its kind (and the other things of that kind), if a thing at all.

:func:`term_kind` finds a term's kind from the list its parent names, a table column or a
glossary; :func:`is_entity` tells a term that names a thing (a person, place, programme) from
one that only labels a note (``Venue``, ``Russia and China``). Both are worked out once per
unit and kept in the :class:`Context`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizbot.notes.drafts import Context, TermKind, Unit
from quizbot.notes.glossary import CONNECTIVE, GLOSSARY_KIND, same_kind
from quizbot.notes.grammar import A_YEAR
from quizbot.notes.list_questions import child_list
from quizbot.notes.lists import clean_item
from quizbot.notes.phrases import fold, shares_word
from quizbot.text.names import is_everyday_word

_SMALL = frozenset("of and the for on in to & at by de la a an".split())


def term_kind(unit: Unit, ctx: Context) -> TermKind | None:
    """:func:`_term_kind`, worked out once per unit."""
    known = ctx.term_kinds
    key = id(unit)
    if key in known:
        return known[key]
    found = known[key] = _term_kind(unit, ctx)
    return found


def _term_kind(unit: Unit, ctx: Context) -> TermKind | None:
    """A term's kind: the list its parent bullet names (``India's key motivations: four,
    namely ...`` over ``Energy security: ...``), or a table's first column whose row agrees
    with the definition (a ``Person | Role`` table over ``Vinay Kwatra: permanent secretary``)."""
    term = unit.term
    if term is None:
        return None
    key = fold(clean_item(term.base))
    parent = unit.parent
    if parent is not None:
        items: Sequence[str] = ()
        if parent.found_list is not None:
            items = parent.found_list.items
        else:
            listed = child_list(parent)
            items = listed[0] if listed else ()
            if not items and parent.text.endswith(":"):
                # parallel "term = ..." sub-bullets under a lead-in ("Deficits:")
                items = [c.term.base for c in parent.children if c.term is not None]
        for item in items:
            if fold(item) == key:
                others = [i for i in items if fold(i) != key]
                if fold(parent.text).rstrip(".: ") in GLOSSARY_LABELS:
                    # "Terms:" names no kind: its terms may be of any domain
                    others = _of_one_kind(unit, others, parent.children)
                return TermKind(_kind_of_the_heading(unit, ctx), others, item)
    named = ctx.kinds.named_kind(term.base)
    if named is not None:
        name, others, rest, headings = named
        if not rest or headings == unit.headings or shares_word(rest, term.definition):
            return TermKind(name, others, clean_item(term.base))
    entries = ctx.glossary.get(id(unit))
    if entries is not None:
        others = [e.term.base for e in entries if e is not unit and e.term is not None]
        return TermKind(GLOSSARY_KIND, _of_one_kind(unit, others, entries), term.base)
    return None


def _kind_of_the_heading(unit: Unit, ctx: Context) -> str:
    """``type of unemployment`` of the items under "Types:" below *Unemployment*; "" under
    any other lead-in (what kind its items are, it does not say)."""
    parent = unit.parent
    lead = fold(parent.text).rstrip(".: ") if parent is not None else ""
    if lead not in _KINDS_LEAD_INS or not unit.headings:
        return ""
    heading = re.sub(r"\s*\([^()]*\)", "", unit.headings[-1]).strip()
    if not heading or len(heading.split()) > _KIND_HEADING_WORDS:
        return ""
    return f"{_KINDS_LEAD_INS[lead]} of {ctx.lower_name(heading)}"


#: Lead-ins over the kinds of what the heading names (``Types:`` under *Unemployment*).
_KINDS_LEAD_INS = {"types": "type", "kinds": "kind", "forms": "form", "categories": "category"}
#: How such a kind opens (``type of unemployment``): its terms are words the kind completes.
KINDS_OF_A_HEADING = tuple(f"{kind} of " for kind in _KINDS_LEAD_INS.values())
_KIND_HEADING_WORDS = 3
#: Lead-ins that list terms of any domain (``Terms:``, ``Glossary``).
GLOSSARY_LABELS = frozenset(("terms", "key terms", "glossary", "imp. terms", "imp terms"))


def _of_one_kind(unit: Unit, others: list[str], entries: Sequence[Unit]) -> list[str]:
    """Of a glossary's ``others``, the terms of the kind the unit's definition says its
    term is (:func:`~quizbot.notes.glossary.same_kind`)."""
    if unit.term is None:
        return []
    defined = [
        (e.term.base, e.term.definition) for e in entries if e is not unit and e.term is not None
    ]
    kept = {fold(t) for t in same_kind(unit.term.definition, defined)}
    return [o for o in others if fold(o) in kept]


def is_entity(unit: Unit, ctx: Context) -> bool:
    """:func:`_is_entity`, worked out once per unit."""
    known = ctx.entities
    key = id(unit)
    found = known.get(key)
    if found is None:
        found = known[key] = _is_entity(unit, ctx)
    return found


def _is_entity(unit: Unit, ctx: Context) -> bool:
    """Does a unit's term name a thing (a person, place, programme) rather than label a
    note (``Venue``, ``Recruitment of Indians``, ``Russia and China``)?"""
    term = unit.term
    if term is None:
        return False
    base = term.base
    if not base or base[0].isdigit() or base[0] in "$£€₹":
        return False
    if A_YEAR.search(term.qualifier) and not term.dash:  # "Modi (2021): ..." is a label
        return False
    if term_kind(unit, ctx) is not None or term.marked:
        return True
    words = base.split()
    if CONNECTIVE.search(base):
        return False  # "Putin on India", "Russia and China", "Russia–China": relations
    if len(words) == 1:
        word = words[0]
        if any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word):
            return True  # S-400, F-35
        if word.isupper() and len(word) >= 2:
            return True  # NATO, LNG
        if any(ch.isupper() for ch in word[1:]):
            return True  # BrahMos
        if (
            _a_word_of_the_subject(word, term.definition)
            and not term.dash
            and word not in unit.bold
        ):
            # "Pratityasamutpada: dependent origination": a term of the subject; a bold head
            # is the writer's label style (``**Purpose**: created as …``), asked as before
            return True
        return word[:1].isupper() and fold(word) not in ctx.lower_words and ctx.mentions(base) >= 2
    if all(w[:1].isupper() or not w[:1].isalpha() for w in words) and len(words) <= 5:
        return fold(words[0]) not in ctx.lower_words or ctx.mentions(base) >= 2
    return all(w[:1].isupper() or w.lower() in _SMALL for w in words) and ctx.mentions(base) >= 2


#: Rarer words a note writer labels a line with (``Eligibility: citizen, 35 yrs …``).
_NOTE_LABELS = frozenset("eligibility rationale mnemonic trivia".split())


def _a_word_of_the_subject(word: str, definition: str) -> bool:
    """Is the one capitalised ``word`` a term its subject uses (``Pedology``, ``Begar``,
    ``Bodhisattva``: no everyday English, defined in lower case), not a label that opens a
    statement or a list of names (``Diversification: India now also buys …``, ``Cyclones: Bay
    of Bengal > Arabian Sea``)?"""
    if not word[:1].isupper() or is_everyday_word(word.lower()) or word.lower() in _NOTE_LABELS:
        return False
    opening = definition.lstrip("\"“'")
    return opening[:1].islower() or opening[:1].isdigit()
