"""Rules that turn one unit of the notes (a bullet, a numbered item, a sentence) into drafts.

Each rule fills one *answer slot* of the unit — its term, its definition, a list it names, one
of its numbers, a quotation, an abbreviation — and a unit yields at most one question per slot,
so a learner is never asked the same blank twice in different clothes. Prompts always start
with the unit's context (``India–Russia › Energy: ...``) and are built by blanking the slot in
the notes' own words, so they stay true to the notes.

Which question type a slot becomes is chosen among the types the material supports (an mcq
needs three like-for-like distractors; a true/false needs a false variant that the notes never
state), by a stable hash of the unit, so output is deterministic.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any, TypeVar

from quizbot.bank.ids import STOPWORDS
from quizbot.bank.model import (
    Cloze,
    ListQuestion,
    Match,
    Mcq,
    Multi,
    QuestionBase,
    Short,
    Statement,
    Statements,
    TrueFalse,
)
from quizbot.notes.kinds import Kinds
from quizbot.notes.outline import Item, Table
from quizbot.notes.text import (
    AUXILIARIES,
    NUMBER_WORDS,
    WORD_FOR,
    Abbreviation,
    ListFound,
    Quantity,
    Term,
    clean_item,
    contains_phrase,
    find_quotes,
    fold,
    fold_words,
)

T = TypeVar("T")

_CARD = " :: "
_MIN_DEFINITION_WORDS = 3
#: Sub-bullets needed for a "consider the following statements about <term>" question.
_MIN_CHILD_STATEMENTS = 3
_CONNECTIVE = re.compile(r"\s(?:on|and|vs\.?|versus|with|to)\s|[a-z][–—/][A-Z]")
_YEARISH = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_SMALL = frozenset("of and the for on in to & at by de la a an".split())


def stable_hash(*parts: str) -> int:
    """A 64-bit hash that is the same in every process (unlike ``hash``), for ids."""
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def _spread(*parts: str) -> int:
    """A quick stable hash for choices and shuffles (CRC-32: cheap, well spread)."""
    return zlib.crc32("\x1f".join(parts).encode("utf-8"))


def pick(options: Sequence[T], *key: str) -> T:
    return options[_spread(*key) % len(options)]


def shuffled(options: Sequence[T], *key: str, by: Callable[[T], str] = str) -> list[T]:
    """A stable shuffle: the order depends only on the options (as ``by`` names them) and
    ``key``."""
    # _spread(*key, by(o)), with the CRC of the shared prefix worked out once
    prefix = zlib.crc32(("\x1f".join(key) + "\x1f").encode("utf-8")) if key else 0
    return sorted(options, key=lambda o: zlib.crc32(by(o).encode("utf-8"), prefix))


@dataclass(eq=False)
class Unit:
    """Something a question can be made from: a bullet, numbered item or sentence."""

    text: str
    line: int
    headings: tuple[str, ...]
    #: Prompt prefix: the topic root and the nearest heading (and the parent's term).
    context: str
    topic: str
    term: Term | None
    #: Identity for ids: the folded text, with the parent's term for sub-bullets.
    key: str
    #: The heading path recorded in ``source`` (below the ``#`` title when it is the root).
    heading: str = ""
    item: Item | None = None
    parent: Unit | None = None
    children: list[Unit] = field(default_factory=list)
    #: Bold spans and highlights of the unit, as plain text.
    bold: list[str] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)
    #: The list the unit names, found once.
    found_list: ListFound | None = None
    quantities: tuple[Quantity, ...] = ()


@dataclass
class Draft:
    """A question before it has an id."""

    cls: type[QuestionBase]
    fields: dict[str, Any]
    rule: str
    #: The answer slot within the unit (content-derived, never positional).
    slot: str
    #: Readable words for the id.
    label: str
    unit_key: str
    heading: str
    line: int
    order: int = 0
    #: A key that replaces (heading, unit, rule, slot) in the id, for notes-wide questions.
    id_key: str = ""


@dataclass
class Context:
    """What every rule may consult: the notes-wide kinds index and word-case evidence."""

    kinds: Kinds
    #: Words seen written in lower case somewhere in the notes.
    lower_words: set[str]
    #: Capitalised words seen somewhere other than at the start of a text.
    proper_words: set[str]
    #: id(unit) → the abbreviations whose expansion question that unit asks (each is asked
    #: once: where it is defined, else where it first appears).
    abbreviations_of: dict[int, list[tuple[str, Abbreviation]]]
    #: How many texts of the notes mention a phrase, as written (case kept), capped at 2.
    mentions: Callable[[str], int]
    max_year: int = 0
    #: Words of the notes' headings (folded).
    heading_words: set[str] = field(default_factory=set)
    #: id(unit) → its :func:`term_kind` and :func:`is_entity`, each worked out once.
    term_kinds: dict[int, TermKind | None] = field(default_factory=dict)
    entities: dict[int, bool] = field(default_factory=dict)
    #: id(unit) → the glossary entries of its section, for a ``Term: definition`` unit of a
    #: glossary (see :func:`glossaries`).
    glossary: dict[int, tuple[Unit, ...]] = field(default_factory=dict)

    def lower_name(self, name: str) -> str:
        """A table header used inside a sentence: ``Person`` → ``person``, ``Russia`` kept."""
        first = name.split(" ", 1)[0]
        if first[1:2].islower() and fold(first) not in self.proper_words:
            return name[:1].lower() + name[1:]
        return name


# --- small builders ---

def _quoted(text: str) -> str:
    return f"“{text.rstrip('.')}”"


def explanation(unit: Unit) -> str:
    where = f" ({unit.parent.term.base})" if unit.parent and unit.parent.term else ""
    return f"From the notes{where}: {_quoted(unit.text)}."


_LEAD_IN_END = re.compile(r"\b(?:are|were|include|includes|including|namely|such as|"
                          r"the following|as follows)\s*$", re.IGNORECASE)


def is_lead_in(unit: Unit) -> bool:
    """Does the unit introduce a list rather than state a fact (``The three pillars of the
    1991 reforms are:``, or ``... include`` over sub-bullets)? Only its list is asked: a
    cloze, true/false or statement made from it would be about half a sentence."""
    text = unit.text.rstrip()
    return text.endswith(":") or (bool(unit.children) and _LEAD_IN_END.search(text) is not None)


def _words_count(text: str) -> int:
    return len(text.split())


def _number_word(n: int) -> str:
    return WORD_FOR.get(n, str(n))


def blank(text: str, start: int, end: int, fill: str = "…") -> str:
    return f"{text[:start]}{fill}{text[end:]}"


def _cloze_fill(answer: str, alternatives: Sequence[str] = ()) -> str:
    parts = [answer, *[a for a in alternatives if fold(a) != fold(answer)]]
    return "{{" + "|".join(dict.fromkeys(p.replace("|", "/") for p in parts)) + "}}"


def _cloze_safe(text: str) -> bool:
    return "{{" not in text and "}}" not in text


def _draft(unit: Unit, cls: type[QuestionBase], rule: str, slot: str, label: str,
           **fields: Any) -> Draft:
    fields.setdefault("explanation", explanation(unit))
    return Draft(cls, fields, rule, slot, label, unit.key, unit.heading, unit.line)


# --- entities ---

@lru_cache(maxsize=1 << 14)
def content_words(text: str) -> frozenset[str]:
    """Meaningful words of a text (no stopwords, three letters or more), folded."""
    return frozenset(w for w in fold_words(text) if len(w) >= 3 and w not in STOPWORDS)


def shares_word(a: str, b: str) -> bool:
    """Do two texts share a meaningful word?"""
    return not content_words(a).isdisjoint(content_words(b))


def implied_by(claim: str, known: str, share: float = 0.6) -> bool:
    """Could ``claim`` also be true of something the notes describe as ``known``? (Most of
    its meaningful words are in that description.)"""
    words = content_words(claim)
    return bool(words) and len(words & content_words(known)) >= share * len(words)


def overlaps(known: str, definition: str) -> bool:
    """Does what the notes say about another term resemble ``definition`` (two meaningful
    words in common, or half of what is known)? Then it is no safe distractor."""
    mine = content_words(known)
    common = mine & content_words(definition)
    return len(common) >= 2 or (bool(mine) and len(common) * 2 >= len(mine))


@dataclass(frozen=True)
class TermKind:
    """What kind of thing a term is, and the other things of that kind."""

    name: str
    others: list[str]
    #: The term as its kind writes it (a list's lower-case item, a table's cell).
    display: str


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
            listed = _child_list(parent)
            items = listed[0] if listed else ()
        for item in items:
            if fold(item) == key:
                return TermKind("", [i for i in items if fold(i) != key], item)
    named = ctx.kinds.named_kind(term.base)
    if named is not None:
        name, others, rest, headings = named
        if not rest or headings == unit.headings or shares_word(rest, term.definition):
            return TermKind(name, others, clean_item(term.base))
    entries = ctx.glossary.get(id(unit))
    if entries is not None:
        return TermKind(GLOSSARY_KIND, [e.term.base for e in entries
                                        if e is not unit and e.term is not None], term.base)
    return None


# --- glossaries ---

#: The kind of a glossary's terms, as prompts name it ("Which term is described as ...?").
GLOSSARY_KIND = "term"
_GLOSSARY_TERM_WORDS = 4
_GLOSSARY_SHARE = 2 / 3
#: Words that make a term a label of a note rather than a term (``India on Russia``,
#: ``Russia and China``, ``For Modi``, ``Speculation about a split``).
_LABEL_WORDS = frozenset("on and vs vs. versus with to as for in about by at from or over "
                         "after before since".split())
#: First words of a text that goes on from its label rather than defining it (``since the
#: war began ...``, ``include ...``, ``also met ...``, ``three, namely ...``).
_NOT_DEFINING = frozenset(
    "since also just still include includes including in at on by for to from with among into "
    "over under after before during while when where as both each either neither all some "
    "many few most more less not no only even very".split()) | frozenset(NUMBER_WORDS)
_ARTICLES = frozenset(("a", "an", "the"))
_POSSESSIVE = re.compile(r"['’]s$")
#: Verbs that make a clause wherever they stand: auxiliaries and pasts that are no participle.
_FINITE = AUXILIARIES | frozenset(
    "became began gave went came fell rose grew saw took wrote spoke chose drew drove knew threw "
    "broke".split())
#: Irregular pasts that are also participles (``built by Russia``, ``found in the cytoplasm``).
_PARTICIPLES = frozenset(
    "found made built held kept left sold bought brought led met paid sent spent told said won "
    "lost fought meant struck got known shown given taken written".split())
#: After a participle these make it part of a description (``based on``, ``located in``).
_PREPOSITIONS = frozenset(
    "by on in as for from with to into at of under after between within across through over "
    "near along against among about".split())
#: Words that open a relative clause: a verb after one belongs to the description.
_RELATIVE = frozenset("where which that who whom whose when while whereby".split())


def _finite_at(lowered: list[str], i: int) -> bool:
    """Is word ``i`` a verb with its own subject (``angered sepoys``, ``is remembered``), not a
    participle describing (``the combined ...``, ``based on``, ``built by``, ``formed
    when``)?"""
    word = lowered[i]
    if word in _FINITE:
        return True
    if word not in _PARTICIPLES and not (len(word) > 4 and word.endswith("ed")
                                         and not word.endswith(("eed", "hundred"))):
        return False
    return not ((i > 0 and lowered[i - 1] in _ARTICLES)
                or (i + 1 < len(lowered) and (lowered[i + 1] in _PREPOSITIONS
                                              or lowered[i + 1] in _RELATIVE)))


def _has_own_clause(words: list[str]) -> bool:
    """Does a definition state a fact with its own verb (``greased cartridges angered sepoys``,
    ``Mangal Pandey is remembered``, ``began at Meerut``) rather than describe its term (``the
    site of protein synthesis``, ``holds the genetic material``, ``located in Tamil Nadu``,
    ``the organelle where photosynthesis takes place``)?"""
    lowered = [w.lower().strip(",;:.()\"“”") for w in words]
    for i in range(len(lowered)):
        if i and (lowered[i] in _RELATIVE or words[i - 1].endswith(";")):
            return False  # a relative clause only adds detail; after ";" comes another fact
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
    if term is None or unit.parent is not None:
        return False
    base = term.base
    if term.qualifier and not (term.qualifier.isupper() and " " not in term.qualifier):
        return False
    words = base.split()
    if (not words or len(words) > _GLOSSARY_TERM_WORDS or not words[0][:1].isalpha()
            or any(ch.isdigit() or ch in "'’" for ch in base)
            or any(w.lower() in _LABEL_WORDS for w in words) or _CONNECTIVE.search(base)):
        return False
    defining = term.definition.split()
    if len(defining) < _MIN_DEFINITION_WORDS:
        return False
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


def glossaries(units: Sequence[Unit], proper_words: set[str] | frozenset[str] = frozenset()
               ) -> dict[int, tuple[Unit, ...]]:
    """The glossary entries of the notes, by id(unit): a section is a glossary when at least
    two of its top-level ``Term: definition`` units, and two thirds of them, look like
    entries (:func:`_glossary_entry`) with definitions of their own (one saying nothing
    another does not say too is left out: "logistical challenges persist" twice is a note's
    labels, not a glossary). Notes written as ``**Label**: fact`` have too few such units."""
    by_section: dict[tuple[str, ...], list[Unit]] = {}
    for unit in units:
        if unit.term is not None and unit.parent is None:
            by_section.setdefault(unit.headings, []).append(unit)
    found: dict[int, tuple[Unit, ...]] = {}
    for members in by_section.values():
        if len(members) < 2:
            continue
        # stop as soon as too many are not entries (most sections of labelled notes)
        spare = len(members) - _GLOSSARY_SHARE * len(members)
        entries: list[Unit] = []
        for unit in members:
            if _glossary_entry(unit, proper_words):
                entries.append(unit)
            else:
                spare -= 1
                if spare < 0:
                    break
        if spare < 0:
            continue
        entries = [u for u in entries if not any(
            v is not u and v.term is not None and u.term is not None
            and implied_by(u.term.definition, v.term.definition, 1.0) for v in entries)]
        if len(entries) < 2 or len(entries) < _GLOSSARY_SHARE * len(members):
            continue
        group = tuple(entries)
        for unit in entries:
            found[id(unit)] = group
    return found


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
    if not base or base[0].isdigit() or base[0] in "$£€₹" or _YEARISH.search(term.qualifier):
        return False
    if term_kind(unit, ctx) is not None:
        return True
    words = base.split()
    if _CONNECTIVE.search(base):
        return False  # "Putin on India", "Russia and China", "Russia–China": relations
    if len(words) == 1:
        word = words[0]
        if any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word):
            return True  # S-400, F-35
        if word.isupper() and len(word) >= 2:
            return True  # NATO, LNG
        if any(ch.isupper() for ch in word[1:]):
            return True  # BrahMos
        return (word[:1].isupper() and fold(word) not in ctx.lower_words
                and ctx.mentions(base) >= 2)
    if all(w[:1].isupper() or not w[:1].isalpha() for w in words) and len(words) <= 5:
        return fold(words[0]) not in ctx.lower_words or ctx.mentions(base) >= 2
    return all(w[:1].isupper() or w.lower() in _SMALL for w in words) and ctx.mentions(base) >= 2


def _term_answer(term: Term) -> tuple[str, list[str]]:
    """A term's answer and aliases: ``Long Form (ABBR)`` answers the long form or ABBR."""
    aliases: list[str] = []
    if term.qualifier and term.qualifier.isupper() and " " not in term.qualifier:
        aliases.append(term.qualifier)
    if "–" in term.base or "—" in term.base:
        aliases.append(term.base.replace("–", "-").replace("—", "-"))
    return term.base, aliases


# --- the rules, one per slot ---

def rule_card(unit: Unit) -> list[Draft]:
    """``Question :: Answer`` (author markup: the unit yields nothing else)."""
    question, _, answer = unit.text.partition(_CARD)
    answers = [a.strip() for a in answer.split("|") if a.strip()]
    if not question.strip() or not answers:
        return []
    return [_draft(unit, Short, "card", "card", answers[0],
                   prompt=f"{unit.context}: {question.strip()}", answer=answers[0],
                   aliases=tuple(answers[1:]),
                   explanation=f"From the notes: {_quoted(question.strip())} — {answers[0]}.")]


def rule_highlights(unit: Unit) -> list[Draft]:
    """``==highlighted==`` spans become the blanks of one cloze (author markup)."""
    text, pos, parts = unit.text, 0, []
    for span in unit.highlights:
        at = text.find(span, pos)
        if at < 0:
            return []
        parts.append(text[pos:at])
        parts.append(_cloze_fill(span))
        pos = at + len(span)
    parts.append(text[pos:])
    if not _cloze_safe(unit.text):
        return []
    blanks = "the blank" if len(unit.highlights) == 1 else "the blanks"
    return [_draft(unit, Cloze, "cloze", "highlights", " ".join(unit.highlights),
                   prompt=f"{unit.context}: fill in {blanks}.", text="".join(parts))]


def _swappable(others: Sequence[str], unit: Unit, definition: str, ctx: Context) -> list[str]:
    """Same-kind terms that are certainly wrong for ``definition`` and do not give it away."""
    return [o for o in others
            if ", " not in o  # a list of things ("Hydrogen, rare metals") is no single one
            and not ctx.kinds.defined_as(o, definition) and not shares_word(o, definition)
            and not overlaps(ctx.kinds.known_about(o), definition)
            and not contains_phrase(unit.context, o)]


def rule_term(unit: Unit, ctx: Context) -> list[Draft]:
    """``Term: definition`` → name the term from its definition (cloze, short, mcq or a
    true/false with a same-kind term swapped in)."""
    term = unit.term
    if term is None or not is_entity(unit, ctx):
        return []
    definition = term.definition
    if _words_count(definition) < _MIN_DEFINITION_WORDS or contains_phrase(definition, term.base):
        return []
    answer, aliases = _term_answer(term)
    kind = term_kind(unit, ctx)
    others = _swappable(_sample(kind.others, 12, unit.key, "k"), unit, definition, ctx) \
        if kind else []
    choices = ["cloze"]
    if kind is not None and kind.name:
        choices.append("short")
    if len(others) >= 3:
        choices.append("mcq")
    if others:
        choices.append("truefalse")
    choice = pick(choices, unit.key, "term")
    label = answer
    if choice == "short" and kind is not None:
        return [_draft(unit, Short, "term", "term", label,
                       prompt=f"{unit.context}: Which {ctx.lower_name(kind.name)} is described as "
                       f"{_quoted(definition)}?", answer=answer, aliases=tuple(aliases))]
    if choice == "mcq" and kind is not None:
        options = shuffled([kind.display, *shuffled(others, unit.key, "d")[:3]], unit.key, "o")
        return [_draft(unit, Mcq, "term", "term", label,
                       prompt=f"{unit.context}: Which of these is described as "
                       f"{_quoted(definition)}?", options=tuple(options), answer=kind.display)]
    if choice == "truefalse":
        swap = pick(others, unit.key, "swap")
        statement = f"{_case_like(term.base, swap)}: {definition}"
        if fold(statement) in ctx.kinds.statements:
            return []
        return [_draft(unit, TrueFalse, "term", "term", label,
                       prompt=f"{unit.context}: true or false?", statement=statement,
                       answer=False, fix=unit.text)]
    rest = unit.text[len(term.term):]
    if not _cloze_safe(unit.text):
        return []
    shown = f" ({term.qualifier})" if term.qualifier and term.qualifier not in aliases else ""
    text = _cloze_fill(answer, aliases) + shown + rest
    return [_draft(unit, Cloze, "term", "term", label,
                   prompt=f"{unit.context}: fill in the blank.", text=text)]


def rule_definition(unit: Unit, ctx: Context) -> list[Draft]:
    """The other direction: a term described by a two-column table → pick its description."""
    term = unit.term
    if term is None:
        return []
    found = ctx.kinds.descriptions(term.base)
    if found is None:
        return _glossary_definition(unit, ctx)
    right, others, headings = found
    if headings != unit.headings and not shares_word(right, term.definition):
        return []  # a table elsewhere describes something else by the same name
    known = f"{term.definition} {right}"
    others = [o for o in others if not contains_phrase(o, term.base) and not implied_by(o, known)]
    if len(others) < 3:
        return []
    return _describes(unit, term.base, right, others, "d")


#: A glossary definition longer than this makes an unreadable option.
_MAX_OPTION_WORDS = 16


def _glossary_definition(unit: Unit, ctx: Context) -> list[Draft]:
    """A glossary entry the other way: which of its section's definitions describes it?"""
    term = unit.term
    entries = ctx.glossary.get(id(unit))
    if term is None or entries is None or _words_count(term.definition) > _MAX_OPTION_WORDS:
        return []
    mine = term.definition
    others = [e.term.definition for e in entries if e is not unit and e.term is not None
              and _words_count(e.term.definition) <= _MAX_OPTION_WORDS
              and not contains_phrase(e.term.definition, term.base)
              and not implied_by(e.term.definition, mine)]
    if len(others) < 3:
        return []
    return _describes(unit, term.base, mine, others, "g")


def _describes(unit: Unit, term: str, right: str, others: list[str], salt: str) -> list[Draft]:
    """"Which best describes TERM?": ``right`` among three of ``others``, in a fixed
    shuffle (``salt`` keeps the table and glossary shuffles apart, as they always were)."""
    options = shuffled([right, *shuffled(others, unit.key, f"{salt}d")[:3]], unit.key,
                       f"{salt}o")
    return [_draft(unit, Mcq, "definition", "definition", f"{term} description",
                   prompt=f"{unit.context}: Which best describes {term}?",
                   options=tuple(options), answer=right)]


def rule_abbreviation(unit: Unit, ctx: Context) -> list[Draft]:
    """``Long Form (ABBR)`` → what does ABBR stand for? (asked once in the notes)."""
    drafts = []
    for abbr, found in ctx.abbreviations_of.get(id(unit), ()):
        aliases = [found.long.replace("–", "-").replace("—", "-")] if any(
            d in found.long for d in "–—") else []
        draft = _draft(unit, Short, "abbreviation", f"abbr:{abbr}", abbr,
                       prompt=f"{unit.context}: What does {abbr} stand for?", answer=found.long,
                       aliases=tuple(aliases))
        draft.id_key = f"abbreviation|{abbr}|{fold(found.long)}"
        drafts.append(draft)
    return drafts


def _name_all(n: int) -> str:
    return "Name both." if n == 2 else f"Name all {_number_word(n)}."


def _name_any(k: int) -> str:
    return "Name one." if k == 1 else f"Name any {_number_word(k)}."


def rule_list(unit: Unit, ctx: Context) -> list[Draft]:
    """A list after namely / such as / include / are (or a list under an intro ending in a
    colon): recall all of a complete list (or pick them among same-kind options), name any k
    of an open one."""
    found = unit.found_list
    if found is not None:
        items = list(found.items)
        stem = blank(unit.text, found.start, found.end, "…")
        if stem.endswith("…."):
            stem = stem[:-1]  # "are …." when the list ends the sentence
        complete = found.complete
    else:
        listed = _child_list(unit)
        if listed is None:
            return []
        items, complete = listed
        intro = unit.text.rstrip()
        stem = f"{intro.rstrip(':').rstrip()}: …" if intro.endswith(":") else f"{intro} …"
    n = len(items)
    if any(contains_phrase(unit.context, i) or contains_phrase(stem, i) for i in items):
        return []
    label = unit.term.base if unit.term else " ".join(stem.split()[:4])
    if not complete:
        k = 2 if n >= 3 else 1
        return [_draft(unit, ListQuestion, "list", "list", label,
                       prompt=f"{unit.context}: {stem} {_name_any(k)}",
                       answer=tuple(items), min_correct=k)]
    kinds = ctx.kinds
    outsiders: list[str] = []
    for item in items:
        for other in kinds.sample_same_kind(item, 8, _spread(unit.key, item)):
            if (all(fold(other) != fold(i) and not shares_word(other, i) for i in items)
                    and other not in outsiders
                    and not contains_phrase(stem, other) and not contains_phrase(unit.context,
                                                                                 other)):
                outsiders.append(other)
    choices = ["list"]
    if len(outsiders) >= 2 and n <= 5:
        choices.append("multi")
    if pick(choices, unit.key, "list") == "multi":
        wrong = shuffled(outsiders, unit.key, "w")[:max(2, 6 - n)]
        options = shuffled([*items, *wrong], unit.key, "mo")
        return [_draft(unit, Multi, "list", "list", label,
                       prompt=f"{unit.context}: {_quoted(stem)} Which of the following "
                       f"complete it? Choose {'both' if n == 2 else 'all ' + _number_word(n)}.",
                       options=tuple(options), answer=tuple(items))]
    return [_draft(unit, ListQuestion, "list", "list", label,
                   prompt=f"{unit.context}: {stem} {_name_all(n)}",
                   answer=tuple(items))]


def _child_list(unit: Unit) -> tuple[list[str], bool] | None:
    """Items listed under an intro (ending with a colon, or with *are*, *include* ... over
    sub-bullets): their terms or short texts."""
    if len(unit.children) < 2 or not is_lead_in(unit):
        return None
    items = []
    for child in unit.children:
        item = child.term.base if child.term else child.text.rstrip(".")
        if not item or _words_count(item) > 6:
            return None
        items.append(clean_item(item))
    if len({fold(i) for i in items}) != len(items) or len(items) > 8:
        return None
    intro = fold(unit.text)
    numbered = unit.children[0].item is not None and unit.children[0].item.kind == "number"
    open_words = ("include", "such as", "e.g", "for example", "examples", "some ")
    if any(w in intro for w in open_words):
        return items, False
    counted = any(f" {_number_word(len(items))} " in f" {intro} " or f" {len(items)} " in
                  f" {intro} " for _ in (0,))
    complete = numbered or counted or intro.endswith(("are:", "namely:", "following:"))
    return (items, True) if complete else None


# --- numbers ---

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


@lru_cache(maxsize=1 << 12)
def _digits_of(text: str) -> tuple[int, int, int, bool] | None:
    """(start, end, decimal places, uses thousands commas) of the number in ``text``."""
    m = _DIGITS.search(text)
    if m is None:
        return None
    old = m.group(0)
    return m.start(), m.end(), len(old.split(".")[1]) if "." in old else 0, "," in old


def _format_like(q: Quantity, value: Decimal) -> tuple[str, Decimal] | None:
    """``value`` written the way ``q`` is (currency, unit, commas, decimals, words), and the
    value as written (rounded like ``q``)."""
    if value <= 0:
        return None
    if q.spelled:
        n = int(value)
        return None if n not in WORD_FOR else (_case_like(q.text, WORD_FOR[n]), Decimal(n))
    found = _digits_of(q.text)
    if found is None:
        return None
    start, end, places, commas = found
    value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if value <= 0:
        return None
    if places and value == value.to_integral_value():
        places, value = 0, value.to_integral_value()  # $7.5 billion doubled is $15 billion
    if q.kind == "ordinal":
        n = int(value)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}", value
    new = f"{value:,.{places}f}" if commas else f"{value:.{places}f}"
    return q.text[:start] + new + q.text[end:], value


def _case_like(model: str, word: str) -> str:
    """``word`` capitalised like ``model`` at the start of a sentence."""
    if model[:1].isupper() and word[:1].islower():
        return word[:1].upper() + word[1:]
    return word


def _significant(value: Decimal, digits: int = 2) -> Decimal:
    if value == 0:
        return value
    exponent = value.adjusted() - digits + 1
    return value.scaleb(-exponent).quantize(Decimal(1), rounding=ROUND_HALF_UP).scaleb(exponent)


def perturbations(q: Quantity, ctx: Context, unit_word: str, limit: int = 3) -> list[str]:
    """Up to ``limit`` plausible wrong values for ``q`` that the notes never state (same
    format)."""
    v = q.value
    candidates: list[Decimal] = []
    if q.kind == "percent":
        steps = (3, -2, 2, 5, -3) if v < 10 else (5, -5, 8, -8) if v < 30 else (
            12, -12, 8, -8, 17, -17, 5, -5)
        candidates = [c for c in (v + d for d in steps) if 0 < c < 100]
    elif q.kind == "year":
        top = max(ctx.max_year, int(v))
        candidates = [v + d for d in (-3, 2, -5, 4, -2, 1, -1) if int(v + d) <= top]
    elif q.kind == "ordinal":
        candidates = [v + d for d in ((5, -5, 10, -10) if v > 12 else (1, -1, 2))]
    elif q.kind == "money":
        candidates = [v * f for f in (Decimal(2), Decimal("0.5"), Decimal(3), Decimal("1.5"),
                                      Decimal("0.4"), Decimal("2.5"))]
    elif q.spelled or v <= 12:
        candidates = [v + d for d in (2, -1, 1, -2, 3)]
        candidates = [c for c in candidates if c >= 2 or (c >= 1 and not q.spelled)]
    else:
        candidates = [_significant(v * f) for f in (Decimal(2), Decimal("0.5"), Decimal("1.5"),
                                                    Decimal(3), Decimal("0.7"))]
    found: list[str] = []
    for candidate in candidates:
        if candidate == v:
            continue
        formatted = _format_like(q, candidate)
        if formatted is None:
            continue
        text, value = formatted
        if value == v or text in found or ctx.kinds.says_quantity(text, value, unit_word):
            continue
        found.append(text)
        if len(found) == limit:
            break
    return found


_BOUND = re.compile(
    r"\b(?:over|above|under|below|at least|at most|more than|less than|fewer than|up to|"
    r"nearly|almost|about|around|roughly|some|approximately|since|before|after|until|till|by|"
    r"from|within|exceeding|beyond|upwards of|in excess of)\s*$", re.IGNORECASE)


def is_bound(text: str, q: Quantity) -> bool:
    """Is ``q`` a bound or an estimate ("over 600,000", "at least 41", "since 2019")? Then
    another value may be just as true, so it is never perturbed into a "false" statement."""
    return bool(_BOUND.search(text[max(0, q.start - 20):q.start]))


def unit_word(text: str, q: Quantity) -> str:
    """The word after a quantity (``four Indians`` → ``Indians``), for "does the notes say
    this many of these?"."""
    rest = text[q.end:].lstrip(" -")
    return rest.split(" ", 1)[0].strip(".,;:") if rest else ""


def _alternatives(q: Quantity) -> list[str]:
    if q.spelled:
        return [str(int(q.value))]
    if q.kind == "count" and q.text.isdigit() and int(q.value) in WORD_FOR:
        return [WORD_FOR[int(q.value)]]
    return []


def _ranked(choices: Sequence[str], *key: str) -> list[str]:
    """``choices`` in a stable pseudo-random order: the first that the material supports is
    the question type (so types spread evenly, and a type is only worked out when needed)."""
    return shuffled(choices, *key)


def rule_numbers(unit: Unit, ctx: Context) -> list[Draft]:
    """Each number, amount, percentage, year → a cloze, a perturbed true/false or an mcq."""
    drafts: list[Draft] = []
    text = unit.text
    seen: dict[str, int] = {}
    for q in unit.quantities:
        if unit.found_list is not None and unit.found_list.count is not None and (
                q.start < unit.found_list.start and q.value == unit.found_list.count):
            continue  # "three, namely ...": the list rule asks for it
        if q.kind == "ordinal" and fold(q.text) in ctx.heading_words:
            continue  # "21st" of "21st annual summit" names an event; it is not a fact to vary
        key = fold(q.text)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        others_visible = blank(text, q.start, q.end, " ")
        if contains_phrase(others_visible, q.text) or contains_phrase(unit.context, q.text):
            continue
        slot = f"number:{key}#{occurrence}"
        draft = None
        for choice in _ranked(("cloze", "truefalse", "mcq"), unit.key, slot):
            if choice == "truefalse":
                if is_bound(text, q):
                    continue
                wrong = perturbations(q, ctx, unit_word(text, q))
                if not wrong:
                    continue
                variant = blank(text, q.start, q.end, pick(wrong, unit.key, slot, "v"))
                if fold(variant) in ctx.kinds.statements:
                    continue
                draft = _draft(unit, TrueFalse, "number", slot, q.text,
                               prompt=f"{unit.context}: true or false?", statement=variant,
                               answer=False, fix=text)
            elif choice == "mcq":
                similar = [c for c in ctx.kinds.quantities_near(q)
                           if not contains_phrase(others_visible, c)
                           and not contains_phrase(unit.context, c)]
                if len(similar) < 3:
                    continue
                options = shuffled([q.text, *shuffled(similar, unit.key, slot)[:3]], unit.key,
                                   slot, "o")
                gap = _quoted(blank(text, q.start, q.end, "…"))
                draft = _draft(unit, Mcq, "number", slot, q.text,
                               prompt=f"{unit.context}: {gap} Which figure fills the gap?",
                               options=tuple(options), answer=q.text)
            elif _cloze_safe(text):
                draft = _draft(unit, Cloze, "number", slot, q.text,
                               prompt=f"{unit.context}: fill in the blank.",
                               text=blank(text, q.start, q.end,
                                          _cloze_fill(q.text, _alternatives(q))))
            if draft is not None:
                drafts.append(draft)
                break
    return drafts


def rule_quotes(unit: Unit) -> list[Draft]:
    """A short quotation → a cloze asking for the words used."""
    drafts: list[Draft] = []
    if not _cloze_safe(unit.text):
        return drafts
    for quote, start, end in find_quotes(unit.text):
        if unit.term and start < len(unit.term.term):
            continue
        if contains_phrase(blank(unit.text, start, end, " "), quote):
            continue
        drafts.append(_draft(unit, Cloze, "quote", f"quote:{fold(quote)}", quote,
                             prompt=f"{unit.context}: fill in the quoted words.",
                             text=blank(unit.text, start, end, _cloze_fill(quote))))
    return drafts


def rule_bold(unit: Unit) -> list[Draft]:
    """A **bold** key term inside a sentence → a cloze."""
    drafts: list[Draft] = []
    if not _cloze_safe(unit.text):
        return drafts
    pos = 0
    for span in unit.bold:
        at = unit.text.find(span, pos)
        if at < 0:
            continue
        pos = at + len(span)
        if at == 0 and unit.term is not None:
            continue  # the lead term: the term rule asks for it
        if _words_count(span) > 6 or contains_phrase(blank(unit.text, at, pos, " "), span):
            continue
        drafts.append(_draft(unit, Cloze, "bold", f"bold:{fold(span)}", span,
                             prompt=f"{unit.context}: fill in the blank.",
                             text=blank(unit.text, at, pos, _cloze_fill(span))))
    return drafts


# --- false variants for statements ---

def _sample(items: Sequence[T], count: int, *key: str) -> list[T]:
    """Up to ``count`` items from a stable pseudo-random starting point (cheap on long lists)."""
    if len(items) <= count:
        return list(items)
    start = _spread(*key) % len(items)
    return [items[(start + i) % len(items)] for i in range(count)]


def false_variant(unit: Unit, ctx: Context, *salt: str) -> str | None:
    """The unit's text made false by swapping in a same-kind term, another list member or a
    wrong number — never something the notes state elsewhere. The ways to falsify are tried
    in a stable pseudo-random order and the first that works is used."""
    text = unit.text
    term = unit.term
    kinds = ctx.kinds
    found = unit.found_list

    def swap_term() -> str | None:
        kind = term_kind(unit, ctx) if term is not None else None
        if term is None or kind is None or not is_entity(unit, ctx):
            return None
        others = _swappable(_sample(kind.others, 24, unit.key, "s"), unit, term.definition, ctx)
        if not others:
            return None
        other = pick(others, unit.key, "swap", *salt)
        return f"{_case_like(term.base, other)}: {term.definition}"

    def swap_item() -> str | None:
        if found is None or not found.complete:
            return None
        mine = {fold(x) for x in found.items}
        for i, item in enumerate(found.items):
            swaps = [o for o in kinds.sample_same_kind(item, 12, _spread(unit.key, item))
                     if fold(o) not in mine and not contains_phrase(text, o)
                     and not any(shares_word(o, x) for x in found.items)]
            if swaps:
                written = list(found.written)
                written[i] = pick(swaps, unit.key, item, *salt)
                joined = _rejoin(found, written, text[found.start:found.end])
                return text[:found.start] + joined + text[found.end:]
        return None

    def change_number(q: Quantity) -> Callable[[], str | None]:
        def make() -> str | None:
            if found is not None and found.count is not None and q.start < found.start:
                return None
            if q.kind == "ordinal" and fold(q.text) in ctx.heading_words:
                return None
            if contains_phrase(blank(text, q.start, q.end, " "), q.text) or is_bound(text, q):
                return None
            wrong = perturbations(q, ctx, unit_word(text, q))
            return blank(text, q.start, q.end, pick(wrong, unit.key, q.text, *salt)) if wrong \
                else None
        return make

    makers: list[tuple[str, Callable[[], str | None]]] = [("term", swap_term),
                                                           ("item", swap_item)]
    makers.extend((f"number{i}", change_number(q)) for i, q in enumerate(unit.quantities))
    for _, make in shuffled(makers, unit.key, "variant", *salt, by=lambda m: m[0]):
        variant = make()
        if variant is not None and fold(variant) not in kinds.statements:
            return variant
    return None


def _rejoin(found: ListFound, written: list[str], body: str) -> str:
    """List items written back in the notes' style (semicolons, or commas and "and")."""
    if ";" in body:
        return "; ".join(written[:-1]) + "; and " + written[-1]
    if len(written) == 2:
        return f"{written[0]} and {written[1]}"
    oxford = ", and " in body
    return ", ".join(written[:-1]) + (", and " if oxford else " and ") + written[-1]


def _statement_text(unit: Unit) -> str:
    text = unit.text
    return text if text.endswith((".", "!", "?")) else text + "."


def rule_children_statements(unit: Unit, ctx: Context) -> list[Draft]:
    """A bullet with sub-bullets → "consider the following statements about <term>", some
    made false."""
    if unit.term is None or len(unit.children) < _MIN_CHILD_STATEMENTS:
        return []
    children = [c for c in unit.children if _words_count(c.text) >= 4][:5]
    if len(children) < _MIN_CHILD_STATEMENTS:
        return []
    variants = {id(c): false_variant(c, ctx, "children") for c in children}
    falsifiable = [c for c in children if variants[id(c)]]
    if not falsifiable:
        return []
    wanted = max(1, len(children) // 2 - (1 if len(children) > 3 else 0))
    chosen = {id(c) for c in shuffled(falsifiable, unit.key, "false", by=lambda c: c.key)[:wanted]}
    statements = []
    for child in children:
        variant = variants[id(child)]
        if id(child) in chosen and variant:
            statements.append(Statement(_with_stop(variant), False, _statement_text(child)))
        else:
            statements.append(Statement(_statement_text(child), True))
    about = unit.term.base
    draft = _draft(unit, Statements, "statements", "children", f"{about} statements",
                   prompt=f"{unit.context}: Consider the following statements about {about}. "
                   "Which of them are correct?", statements=tuple(statements),
                   explanation=f"From the notes: {_quoted(unit.text)}, and under it: "
                   + "; ".join(_quoted(c.text) for c in children) + ".")
    return [draft]


def _with_stop(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def section_statements(units: list[Unit], ctx: Context, heading_line: int) -> list[Draft]:
    """A section's bullets → one "consider the following statements" question: a few true
    bullets and a few made false, chosen by a stable hash (adding a bullet rarely changes it)."""
    candidates = [u for u in units if u.parent is None and 4 <= _words_count(u.text) <= 40
                  and u.item is not None and not u.highlights and _CARD not in u.text
                  and not is_lead_in(u)]
    if len(candidates) < 3:
        return []
    ranked = shuffled(candidates, "section", candidates[0].heading, by=lambda u: u.key)
    falsifiable = []
    for u in ranked:
        variant = false_variant(u, ctx, "section")
        if variant:
            falsifiable.append((u, variant))
        if len(falsifiable) == 2:
            break
    if not falsifiable:
        return []
    false_ids = {id(u) for u, _ in falsifiable}
    true_units = [u for u in ranked if id(u) not in false_ids][:4 - len(falsifiable)]
    if not true_units:
        return []
    chosen = sorted([*true_units, *(u for u, _ in falsifiable)], key=lambda u: u.line)
    by_unit = {id(u): v for u, v in falsifiable}
    statements = tuple(
        Statement(_with_stop(by_unit[id(u)]), False, _statement_text(u)) if id(u) in by_unit
        else Statement(_statement_text(u), True) for u in chosen)
    first = units[0]
    heading = first.heading
    return [Draft(Statements, {
        "prompt": f"{first.context}: Consider the following statements. Which of them are "
                  "correct?",
        "statements": statements,
        "explanation": "From the notes, " + (first.headings[-1] if first.headings else "")
                       + ": " + "; ".join(_quoted(u.text) for u in chosen) + ".",
    }, "statements", "section", f"{first.headings[-1] if first.headings else 'notes'} statements",
        "", heading, heading_line, id_key=f"section|{heading}")]


# --- tables ---

def table_match(table: Table, context: str, line_heading: str, ctx: Context) -> list[Draft]:
    """A two-column table → match the left column to the right (in chunks of at most 6)."""
    if len(table.header) != 2 or len(table.rows) < 2:
        return []
    rows = [r for r in table.rows if len(r) == 2 and r[0] and r[1]]
    if len(rows) < 2 or len(rows) != len(table.rows):
        return []
    for side in (0, 1):
        if len({fold(r[side]) for r in rows}) != len(rows):
            return []
    left, right = (h or "item" for h in table.header)
    chunks = -(-len(rows) // 6)
    drafts = []
    for c in range(chunks):
        part = rows[c::chunks]
        if len(part) < 2:
            continue
        slot = f"match:{c}" if chunks > 1 else "match"
        part_of = f", part {c + 1} of {chunks}" if chunks > 1 else ""
        draft = Draft(Match, {
            "prompt": f"{context}: Match the two columns ({left} → {right}{part_of}).",
            "pairs": tuple((a, b) for a, b in part),
            "explanation": f"From the table in the notes ({table.header[0]} | {table.header[1]}).",
        }, "table", slot, f"{table.header[0]} {table.header[1]}", "", line_heading, table.line,
            id_key=f"table|{line_heading}|{fold(' | '.join(table.header))}|{slot}")
        drafts.append(draft)
    return drafts


def unit_drafts(unit: Unit, ctx: Context) -> list[Draft]:
    """Every draft of one unit, at most one per answer slot (rules in order of priority;
    each is skipped at once when the unit lacks what it needs)."""
    text = unit.text
    if _CARD in text:
        return rule_card(unit)
    if unit.highlights:
        return rule_highlights(unit)
    found: list[Draft] = []
    if id(unit) in ctx.abbreviations_of:
        found += rule_abbreviation(unit, ctx)
    if is_lead_in(unit):
        found += rule_list(unit, ctx)
        return _one_per_slot(found)
    if unit.term is not None:
        found += rule_term(unit, ctx)
        found += rule_definition(unit, ctx)
    if unit.found_list is not None or (len(unit.children) >= 2 and text.endswith(":")):
        found += rule_list(unit, ctx)
    if unit.quantities:
        found += rule_numbers(unit, ctx)
    if '"' in text or "“" in text:
        found += rule_quotes(unit)
    if unit.bold:
        found += rule_bold(unit)
    if len(unit.children) >= _MIN_CHILD_STATEMENTS and unit.term is not None:
        found += rule_children_statements(unit, ctx)
    return _one_per_slot(found)


def _one_per_slot(found: list[Draft]) -> list[Draft]:
    """The first draft of each answer slot, numbered in order."""
    drafts: list[Draft] = []
    slots: set[str] = set()
    for draft in found:
        if draft.slot in slots:
            continue
        slots.add(draft.slot)
        draft.order = len(drafts)
        drafts.append(draft)
    return drafts
