"""More rules of :mod:`~quizbot.notes.ambiguity` (the twelfth session's blind reviews): a key
that is a bare title or a direction from a place, a blank before a verb that wants its object,
a key its own sentence names the work of, a line that gives the key's deed to another, a
match of a place's aspects with their lists, a direction its sea gives away, a district after
"in", and a verb as the key."""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Match, Question
from quizbot.notes.ambiguity_shapes import blanks
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.event_words import BARE_KINDS
from quizbot.notes.phrases import fold
from quizbot.text.names import TITLES

_PARTS = re.compile(r"\s*(?:&|,|/|\band\b)\s*")


def bare_title_key(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``Tantia Tope & Rani`` (holdout 171, bad): the note's ``Rani`` is Lakshmibai to its
    writer, a title to anyone else; a key that names someone by a title alone cannot be
    typed."""
    for _, key, _ in blanks(question):
        if " " not in key:
            continue  # most keys (``check_50k_s``); "Governor" alone is an office
        parts = [fold(part) for part in _PARTS.split(key) if part]
        titles = sum(part in TITLES for part in parts)
        if 0 < titles < len(parts):  # "President & Governor": two offices, no names
            return "the key names someone by a title alone"
    return None


#: ``S of Tapi``, ``N. of the Krishna``: a direction from a place.
_DIRECTION = re.compile(r"^(?:[NSEW]|NE|NW|SE|SW)\.? of\b")


def direction_key(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``Run about 1,600 km from ___ valley`` keyed ``S of Tapi`` (holdout 171, bad): a
    direction from a place is the writer's shorthand, and "Tapi" would be marked wrong."""
    for _, key, _ in blanks(question):
        if _DIRECTION.match(key):
            return "the key is a direction from a place, in the writer's shorthand"
    return None


#: A verb that wants its object, with its particle, at the end of a sentence.
_WANTS_OBJECT = re.compile(
    r"\b(?:takes?|took|taken|hands?|handed|sets?|carr(?:y|ies|ied)|calls?|called) "
    r"(?:over|up|out|off)\s*\.?\s*$",
    re.IGNORECASE,
)


def object_left_out(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``In 1858, ___ took over.`` (holdout 172, bad): took over what, from whom? The Crown,
    Canning, the Queen and Parliament all fit a sentence whose verb has lost its object."""
    if not isinstance(question, Cloze):
        return None
    for _, _, after in blanks(question):
        clause = re.split(r"[;→]", after, maxsplit=1)[0]  # "___ takes over; Canning …"
        if len(clause.split()) <= 4 and _WANTS_OBJECT.search(clause):
            return "the verb after the blank has lost its object: more than one answer fits"
    return None


#: Keys a sentence gives away by naming their work: a World Heritage Site is UNESCO's.
_WORK_OF = {"unesco": re.compile(r"\bWHS\b|World Heritage", re.IGNORECASE)}


def named_by_its_work(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``In 2012, WG was inscribed as ___ natural WHS`` keyed ``UNESCO`` (holdout 171, bad):
    only UNESCO inscribes World Heritage Sites, so the sentence gives its key away."""
    for before, key, after in blanks(question):
        work = _WORK_OF.get(fold(key))
        if work is not None and work.search(f"{before} {after}"):
            return "the sentence names the key's own work: it gives the key away"
    return None


def deed_given_again(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``1969 – V.V. Giri acts as Prez …; → CJI M. Hidayatullah acts as Prez`` (holdout 172,
    bad): "In 1969, ___ acted as President" has two right answers, and the line says so."""
    if unit is None or not draft.key_text[:1].isupper():
        return None
    at = unit.text.find(draft.key_text)
    if at < 0:
        return None
    end = at + len(draft.key_text)
    deed = re.match(r"\s+([a-z]+(?: [A-Za-z]+){1,2})", unit.text[end:])
    if deed is None or deed.group(1).split()[-1] in ("of", "to", "in", "at", "by", "the"):
        return None
    again = unit.text.find(deed.group(1), end + len(deed.group(0)))
    doer = re.search(r"([A-Z][\w.]*)\s*$", unit.text[:again]) if again > 0 else None
    if doer is not None and doer.group(1) not in draft.key_text.split():
        # (not "… in 1966 Nanda acts as PM again": the key's own second time)
        return "the line gives the key's deed to someone else too: more than one right answer"
    return None


#: Aspects a note sorts a place or a period under (``Rivers:``, ``Climate →``): the kind of
#: what their line lists, so a match of them pairs by kind, not by knowledge.
_ASPECTS = frozenset(
    """rivers climate economy vegetation soils soil crops minerals industries industry culture
    religion society administration polity art architecture literature trade agriculture
    fauna flora wildlife population languages relief drainage ports lakes""".split()
)


def aspect_match(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``Rivers`` ↔ ``Mandovi & Zuari, Netravati, …``, ``Climate`` ↔ ``heavy rain from SW
    monsoon`` (holdout 176, bad): each label says what its line lists."""
    if not isinstance(question, Match):
        return None
    aspects = sum(fold(left) in _ASPECTS for left, _ in question.pairs)
    if aspects >= 2:
        return "the match pairs the note's aspects with what they list: solved by kind"
    return None


_COMPASS = frozenset("east west north south eastward westward northward southward".split())
#: A sea, a bay or an ocean named after a direction's blank: "flow ___ into the Bay of Bengal".
_INTO_A_SEA = re.compile(r"^\s*(?:wards?\s+)?into the [\w ]*?(?:Sea|Bay|Ocean|Gulf)\b")


def direction_by_its_sea(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``flow ___ into the Bay of Bengal`` keyed ``east`` (holdout 175, bad): the sea says
    the direction."""
    for _, key, after in blanks(question):
        if fold(key) in _COMPASS and _INTO_A_SEA.match(after):
            return "the sea after the blank gives its direction away"
    return None


#: A district as the key: ``Betul dist.``, ``Nashik district``.
_DISTRICT = re.compile(r"\b(?:dist\.?|district)$", re.IGNORECASE)


def district_after_in(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``The Tapi rises at Multai in ___`` keyed ``Betul dist.`` (holdout 175, bad): its state
    and its range fit "in ___" as truly as its district."""
    for before, key, after in blanks(question):
        if _DISTRICT.search(key) and before.rstrip().endswith(" in") and not after.strip(" ."):
            return "a district after 'in': its state or range fits as well"
    return None


#: A blank on a verb and its adverb (``ends automatically``), or a House and its verb
#: (``LS passes``).
_PREDICATE = re.compile(r"^[a-z]+s [a-z]+ly$|^[A-Z]{2,3} [a-z]{3,}s$")


def predicate_key(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``Office ___ once new Speaker elected`` keyed ``ends automatically`` (holdout 174,
    bad): the writer's words for what happens, which "lapses" says as truly; ``___ – sent
    to RS with Speaker's certificate`` keyed ``LS passes`` (holdout 182, bad)."""
    for _, key, _ in blanks(question):
        if _PREDICATE.match(key):
            return "the key is the sentence's verb in the writer's words"
    return None


_NEGATIONS = frozenset("not no never none nor".split())


def negation_key(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``Passing it does ___ force resignation`` keyed ``not`` (holdout 177, bad): a yes-or-no
    guess, not a fact."""
    for _, key, _ in blanks(question):
        if fold(key) in _NEGATIONS:
            return "the key is a negation: a yes-or-no guess"
    return None


#: Three or more names in brackets right after the blank: ``___ powers (Japan, Germany, …)``.
_MEMBERS_AFTER = re.compile(r"^\s*(?:[a-z]+\s+)?\((?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)?,\s*){2,}")


def members_listed_after(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``recognised by ___ powers (Japan, Germany, Italy & allies)`` keyed ``Axis`` (holdout
    178, bad): the members named after the blank say which group it is."""
    if not isinstance(question, Cloze):
        return None
    for _, _, after in blanks(question):
        if _MEMBERS_AFTER.match(after):
            return "the blank's members are listed after it: they give it away"
    return None


#: Kinds of document, named by none of their words: ``Amendment Act``, ``Order``.
_DOCUMENT_KINDS = BARE_KINDS | frozenset("order ordinance resolution notification".split())


def kind_only_key(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``The 2023 ___ allows LG to nominate …`` keyed ``Amendment Act`` (holdout 181, bad):
    a kind of document, which every act of the kind is."""
    for _, key, _ in blanks(question):
        words = fold(key).split()
        if 1 < len(words) <= 3 and all(w in _DOCUMENT_KINDS for w in words):
            return "the key is a kind of document, not its name"
    return None
