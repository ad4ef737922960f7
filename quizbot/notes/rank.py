"""Ranking: the best questions of each fact, at most :data:`CAP_PER_FACT` of them.

A fact (a bullet, a sentence, a table row) may hold several answer slots, and the builders
may offer several formats for each. What a coach would keep is the question on the fact's
most exam-worthy slot, in its best format, and on a fact of :data:`SHORT_FACT_WORDS` or more
at most one more on a slot of another kind (the date of an event and the person behind it
are two facts; the bold span and the number inside it are one). :func:`rank` orders the
candidates of one fact by their :func:`tier` and the :data:`KIND_WEIGHT` of their key, and
keeps the first of each key and of each family of figures, up to the cap. Two more rules
keep one fact from being asked twice: a year or date inside a line is asked only when
nothing else of the line is (``Gujral Doctrine (1996)`` asks the doctrine, not its year;
a timeline's own date is the exception), and two keys that only a dash, ``=``, ``or``, ``/``
or ``&`` join are one fact asked either way round (``Maldives – Operation Cactus``,
``Chenab = Chandra + Bhaga``, ``Mamluk or Slave dynasty``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple, TypeVar

from quizbot.notes.abbreviations import STAND_FOR
from quizbot.notes.drafts import Draft
from quizbot.notes.phrases import fold
from quizbot.notes.printed_keys import prints

#: Questions asked of one fact at most; a fact of fewer than :data:`SHORT_FACT_WORDS` words
#: is asked once.
CAP_PER_FACT = 2
SHORT_FACT_WORDS = 10

#: Tiers, lower first: the author's own questions; the fact's own question (a term named
#: from its definition, a table row, a list, the date of a timeline entry); the writer's key
#: terms and the names of who and what (people, agreements, organisations, events) and
#: figures with a unit; other names and ordinals; years and dates inside a line.
TIERS = {
    "card": 0,
    "cloze": 0,
    # "Which was the first Indian satellite (1975)?" asks a line's claim in its own words:
    # it goes before the line's "Which term is described as “first Indian satellite”?"
    "superlative": 0,
    "holder": 0,
    "term": 1,
    "identify": 1,
    "row": 1,
    # "Which of Nagara, Dravida and Vesara has … as its tower?": a comparison table's row
    "compare": 1,
    "list": 1,
    "timeline": 1,
    # "In which year was Aryabhata launched?": the line's bold name asked first, if it can be;
    # then this, before the year blanked in the line's sentence ("In ___, AMRUT was …")
    "timeline-last": 4,
    "dated-head": 1,  # "**Project Tiger** – launched 1 April 1973": the line's own date
    # "In which year did India become the first country to …?": a country's dated first
    "dated-first": 1,
    # "In which year was the First Battle of Panipat fought?": a battle row's own date
    "battle-year": 0,
    # "From where did the Dandi March begin?": a dated march's other fact, in words
    "journey": 1,
    # "Through which port does the Kaladan … Project link Kolkata to Mizoram?": a route's stop
    "route": 1,
    "table": 1,
    "chronology": 1,
    "bullets": 1,
    "arrow": 1,
    # "Which sea is this: calm centre of the N Atlantic gyre …?": an arrow line's head read
    # out from what follows the arrow; an article's before "___ – levied by Union …"
    "head-identify": 1,
    # "Which committee (1949) recommended land to the tiller?" before "Which committee is
    # this: …?": a committee is known by its advice
    "recommendation": 0,
    "article-identify": 0,
    "term-identify": 0,  # "Which term is this: …?" before "___ – steep wave rushing up …"
    # "Who built the Taj Mahal?" under "Monuments → builders": the line's fact in words
    "relation": 1,
    "gapped": 1,
    # "Where is the secretariat of SAARC?": a body's seat, asked in its own words.
    "seat": 1,
    # "With which country's help was the Bhilai steel plant built?": the line's fact in words
    "helper": 0,
    # "Who chairs the NDMA?" before "___ – chaired by the Prime Minister": the line's fact
    # asked in its own words
    "done-by": 0,
    # "Where was the Hira Mahal built?" before "Hira Mahal was built at ___.": a bare
    # participle's line in words, before its cloze given an auxiliary
    "participle-line": 0,
    # "With whom is the Doctrine of Lapse associated?": a verbless sub-bullet under a person
    "associated": 1,
    # "Who coined the term “Ecosystem” (1935)?" from "Ecosystem → term by A.G. Tansley (1935)"
    "coined": 0,
    # "Which amendment (1988) lowered the voting age …?" from "61st (1988) – voting age lowered"
    "amendment-line": 0,
    # "In which case (2019) did the Supreme Court uphold IBC?": the line's verdict in words
    "verdict": 0,
    # "How much does PM-KISAN give farmer families a year?": the sum a scheme's row is asked
    # for, before "Which scheme … provides ₹6,000 a year …?" (one fact, asked once)
    "amount": 0,
    "definition": 2,
    "bold": 2,
    "abbreviation": 3,
    # "Which reef type is this: ring-shaped reef …?": a table row read out, asked only when
    # nothing else of the row is (see ALONE_RULES)
    "table-identify": 6,
    # "On which date is World Ozone Day observed?" of "Signed 16 Sept 1987 … → 16 Sept = World
    # Ozone Day": after the line's own date ("On what date was the … Protocol signed?")
    "observed-day-aside": 5,
}
#: Rules asked only of a fact nothing else asks.
ALONE_RULES = frozenset(("table-identify",))
#: Rules whose draft is a second fact of a short line: the verbless second clause of
#: ``SC issues writs under Art 32, HCs under Art 226`` (:mod:`~quizbot.notes.gapped_clauses`),
#: and a body's seat written beside its other notes (:mod:`~quizbot.notes.seats`).
TWO_FACT_RULES = frozenset(("gapped", "seat", "battle-year"))
#: Rules that ask a fact's own date (a timeline entry's, a dated head's, a battle's): a
#: year asked beside the fact's other question, never the label of a named thing.
OWN_DATE_RULES = frozenset(("timeline", "dated-head", "battle-year"))
_STRONG_NAMES = frozenset(("person", "agreement", "organisation", "event"))
#: Figures with a unit (money, a share): a bare count ("78 followers") is trivia more often.
_FIGURES = frozenset(("money", "percent"))
#: Among keys of one tier: who and what before where, before how much and when.
KIND_WEIGHT = {
    "person": 0,
    "agreement": 0,
    "organisation": 0,
    "event": 0,
    "place": 1,
    "term": 1,
    "name": 2,
    "money": 2,
    "percent": 2,
    "count": 2,
    "ordinal": 2,
    "date": 3,
    "year": 3,
}
#: Kinds that are one family: a fact's year and its date are one slot, and so are its
#: figures; names and terms are told apart by their keys.
_FAMILY = {
    "date": "time",
    "year": "time",
    "money": "figure",
    "percent": "figure",
    "count": "figure",
    "ordinal": "ordinal",
}

_TERM_AND_DEFINITION = frozenset(("term", "definition"))

T = TypeVar("T")
U = TypeVar("U")


class Shown(NamedTuple):
    """What the learner reads of a question (see :func:`rank`)."""

    text: str
    #: The sentence a cloze blanks, filled in (``None`` for any other question).
    sentence: str | None
    #: Asked in its own words (a short answer or a choice), not as a line of the notes.
    own_words: bool


def tier(draft: Draft) -> int:
    """The draft's tier (see :data:`TIERS`)."""
    if draft.rule in TIERS:
        return TIERS[draft.rule]
    if draft.at_head:
        return 1  # "52nd (1985) – anti-defection law": the line's own head, like a term
    kind = draft.key_kind
    if draft.marked or kind in _STRONG_NAMES or kind in _FIGURES:
        return 2
    if draft.rule == "name" or kind == "ordinal":
        return 3
    return 4


def score(draft: Draft) -> tuple[int, int, int]:
    """Lower is better: the tier, the key's kind (the writer's bold first), then document
    order."""
    weight = 0 if draft.rule == "bold" else KIND_WEIGHT.get(draft.key_kind, 3)
    return (tier(draft), weight, draft.order)


def rank(
    candidates: Sequence[tuple[Draft, T]],
    cap: int = CAP_PER_FACT,
    fit: Callable[[Draft, T], U | None] | None = None,
    shown: Callable[[Any], Shown] | None = None,
) -> list[tuple[Draft, Any]]:
    """The best ``cap`` candidates of one fact, each on its own key and kind of key.

    ``fit`` (the quality gate) is asked of candidates in ranked order, and only until the cap
    is filled: it returns what to keep (the built question) or ``None`` to pass over one.
    ``shown`` is what the learner reads of a question and, for a cloze, its sentence filled
    in. Of two where one prints the other's key (it would give it away, and
    :func:`~quizbot.notes.printed_keys.without_printed_keys` would drop one later), only one
    is kept (see :func:`_replaces`); two blanks of one sentence are left for the last pass
    to choose between."""
    if (
        cap == CAP_PER_FACT
        and all(len(d.unit_text.split()) < SHORT_FACT_WORDS and d.unit_text for d, _ in candidates)
        and not any(d.rule in TWO_FACT_RULES for d, _ in candidates)
    ):
        cap = 1  # a short line holds one fact
    candidates = _stronger_of_joined(candidates)
    kept: list[tuple[Draft, Any]] = []
    keys: set[str] = set()
    kept_keys: list[tuple[str, str]] = []
    families: set[str] = set()
    amounts: list[Draft] = []  # kept "How much does … give?": the row's sum, asked
    for draft, item in sorted(candidates, key=lambda c: score(c[0])):
        key = fold(draft.key_text)
        family = _FAMILY.get(draft.key_kind, f"key:{key}")
        if draft.rule in _TERM_AND_DEFINITION:
            family = "term"  # naming a term and describing it are one fact, asked once
        if key in keys or any(key and (key in k or k in key) for k in keys if k):
            continue
        if family in families or (kept and draft.rule in ALONE_RULES):
            continue
        if kept and family == "time" and draft.rule not in OWN_DATE_RULES:
            continue  # "Gujral Doctrine (1996)": the year of a named thing is its label
        if any(_prints(d, draft.key_text) for d, _ in kept):
            continue  # the date question names "Jallianwala Bagh massacre": asked already
        if amounts and any(_states_the_sum(draft, d) for d in amounts):
            continue  # "Which scheme … provides ₹6,000 a year …?" once its sum is asked
        if family != "time" and any(
            joined(draft.unit_text, draft.key_text, other) for other, f in kept_keys if f != "time"
        ):
            continue  # "Maldives – Operation Cactus": one fact, either way round
        fitted: Any = item
        if fit is not None:
            fitted = fit(draft, item)
            if fitted is None:
                continue
        if shown is not None:
            clash = _clash(fitted, draft.key_text, kept, shown)
            if clash is not None and not _replaces(fitted, draft, kept[clash], shown):
                continue
            if clash is not None:
                del kept[clash]
        kept.append((draft, fitted))
        if draft.rule == "amount":
            amounts.append(draft)
        keys.add(key)
        kept_keys.append((draft.key_text, family))
        families.add(family)
        if len(kept) == cap:
            break
    return kept


def _clash(
    fitted: U,
    key: str,
    kept: list[tuple[Draft, Any]],
    shown: Callable[[Any], Shown],
) -> int | None:
    """The index of a kept question that ``fitted`` prints the key of, or that prints its
    ``key`` (two blanks of one sentence aside: the last pass chooses between them)."""
    this = shown(fitted)
    for i, (other_draft, other) in enumerate(kept):
        that = shown(other)
        if this.sentence is not None and this.sentence == that.sentence:
            continue
        if prints(this.text, other_draft.key_text) or prints(that.text, key):
            return i
    return None


def _replaces(
    fitted: U, draft: Draft, other: tuple[Draft, Any], shown: Callable[[U], Shown]
) -> bool:
    """Does ``fitted`` take the place of the kept ``other`` it clashes with? A question in
    its own words goes before a cloze or a true/false of the line ("Which was the first
    Indian satellite?" before "1975 – Aryabhata, … launched by the ___"); else the one that
    prints the other's key stays, as in
    :func:`~quizbot.notes.printed_keys.without_printed_keys` ("Who started the Swadeshi
    Science Movement in 1909?" asks the year's fact as well)."""
    key = draft.key_text
    this, that = shown(fitted), shown(other[1])
    # "1993 – NCBC set up …, after the ___ judgment" asks more than the line's year; a term
    # the line opens on ("___ – signed 29 Apr 1954") asks less than its date question
    if _FIGURE_KEY.fullmatch(key) and _named_inside(that, other[0].key_text):
        return False
    if _FIGURE_KEY.fullmatch(other[0].key_text) and _named_inside(this, key):
        return True
    if this.own_words != that.own_words:
        return this.own_words
    if STAND_FOR.match(this.text) or STAND_FOR.match(that.text):
        # "What does LIBS stand for?" prints LIBS to ask its letters: the question on what
        # LIBS does ("Which term is described as “fires a laser at soil …”?") asks more
        return STAND_FOR.match(that.text) is not None
    return prints(this.text, other[0].key_text) and not prints(that.text, key)


def _named_inside(shown: Shown, key: str) -> bool:
    """Is ``shown`` a cloze on a name inside its line, not on the term the line opens on?"""
    return (
        shown.sentence is not None
        and not _FIGURE_KEY.fullmatch(key)
        and not shown.text.startswith("_")
    )


#: A key that is a year or a date: a name on the same line is the weightier fact.
_FIGURE_KEY = re.compile(r"(?:\d{1,2} )?(?:[A-Z][a-z]{2,8}\.? )?\d{3,4}")


_EVENT_NOUNS = frozenset(
    "massacre march resolution satyagraha movement pact session mission plan act split "
    "strike mutiny day offer conference".split()
)


def _states_the_sum(draft: Draft, kept: Draft) -> bool:
    """Does ``draft`` state the sum a kept ``amount`` question asks of the same row?"""
    prompt = str(draft.fields.get("prompt", ""))
    return kept.unit_key == draft.unit_key and kept.key_text in prompt


def _prints(draft: Draft, key: str) -> bool:
    """Does a kept date or row question name ``key`` as (part of) the event it asks about
    ("Jallianwala Bagh massacre", "Dandi March")? Then a blank on it asks the same fact: a
    date question names its whole event, so any name it prints is asked already; a row
    question's name the event is told by ("Champaran (Bihar) – indigo farmers") is a fact
    of its own."""
    if draft.rule not in ("timeline", "row") or not key:
        return False
    shown = fold(str(draft.fields.get("prompt", "")).split(": ", 1)[-1])
    at = shown.find(fold(key))
    if at < 0:
        return False
    if draft.rule == "timeline":
        # "When did Shubhanshu Shukla become …?": a blank on Shukla is that fact; not the
        # doer of "On what date was the Objectives Resolution moved by Nehru?", a fact of
        # its own (who moved it?)
        return not shown[:at].endswith(" by ")
    named = f"{fold(key)} {shown[at + len(fold(key)) :].lstrip()}".split()
    return any(w.strip(".,;:?") in _EVENT_NOUNS for w in named[: len(key.split()) + 1])


_JOINT = re.compile(
    r"(?:\s*\([^()]*\))?\s*(?:–|—|=|→|/|\bor\b|&|\+|\bvs\.?|\bcalls?\s+it\b|\bcalled\b|"
    r"\bknown\s+as\b)\s*(?:the\s+)?"
)


def joined(text: str, a: str, b: str) -> bool:
    """Are ``a`` and ``b`` joined in ``text`` by nothing but a dash, ``=``, an arrow, ``/``,
    ``or``, ``&``, ``+``, ``vs`` or a naming verb (``Art 112 calls it the Annual Financial
    Statement``, ``called``, ``known as``; a parenthesis after the first allowed)?"""
    if not a or not b or a not in text or b not in text:
        return False
    for first, second in ((a, b), (b, a)):  # plain finds: no pattern built per pair
        start = text.find(first)
        while start >= 0:
            joint = _JOINT.match(text, start + len(first))
            if joint is not None and text.startswith(second, joint.end()):
                return True
            start = text.find(first, start + 1)
    return False


def _stronger_of_joined(candidates: Sequence[tuple[Draft, T]]) -> list[tuple[Draft, T]]:
    """Of two keys a dash joins (one fact either way round), the candidates of the weaker
    kind are left out: ``Maldives – Operation Cactus`` asks the operation, not the country."""
    best: dict[str, int] = {}  # a key weighs as its strongest kind (a founder is a person)
    for d, _ in candidates:
        if _FAMILY.get(d.key_kind) not in ("time", "figure", "ordinal"):
            weight = KIND_WEIGHT.get(d.key_kind, 3)
            best[d.key_text] = min(weight, best.get(d.key_text, weight))
    names = list(best.items())
    text = candidates[0][0].unit_text if candidates else ""
    weaker = {
        a
        for a, wa in names
        for b, wb in names
        if wa > wb and joined(text, a, b) and f"{a}/{b}" not in text and f"{b}/{a}" not in text
    }  # two names of one thing ("Mangalyaan/Mars Orbiter Mission") are one blank's answers
    return [(d, item) for d, item in candidates if d.key_text not in weaker]


def by_fact(drafts: Iterable[tuple[Draft, T]]) -> dict[str, list[tuple[Draft, T]]]:
    """Candidates grouped by their fact (the unit, or a notes-wide key)."""
    groups: dict[str, list[tuple[Draft, T]]] = {}
    for draft, item in drafts:
        groups.setdefault(draft.unit_key or draft.id_key, []).append((draft, item))
    return groups
