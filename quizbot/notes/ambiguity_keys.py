"""More rules of :mod:`~quizbot.notes.ambiguity` (the twelfth session's blind reviews).

:func:`key_shapes` reads each blank once for the shapes of a key or of the words around it
that leave a question without one right answer, or give it away; each shape is a small
predicate over (text before, key, text after) with its reason. It judges
a question alone, so ``quizbot check`` runs it over every bank: one pass, with the cheap
tests first (``check_50k_s``). :func:`deed_given_again` needs the note's line, and
:func:`aspect_match` a match's pairs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizbot.bank.model import Cloze, Match, Question
from quizbot.notes.ambiguity_shapes import blanks
from quizbot.notes.blank_context import (
    capital_for_its_government,
    date_over_a_deed,
    merged_into,
    status_by_its_law,
    threshold_alone,
    verb_after_a_modal,
)
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.event_words import BARE_KINDS
from quizbot.notes.labels import ASPECTS
from quizbot.text.names import TITLES

_PARTS = re.compile(r"\s*(?:&|,|/|\band\b)\s*")


def _bare_title(before: str, key: str, after: str) -> bool:
    """``Tantia Tope & Rani`` (holdout 171): the writer's "Rani" is Lakshmibai, a title to
    anyone else; an office alone (``Governor``) or two offices stay fair keys."""
    if " " not in key:
        return False
    parts = [part.casefold() for part in _PARTS.split(key) if part]
    titles = sum(part in TITLES for part in parts)
    return 0 < titles < len(parts)


#: ``S of Tapi``, ``N. of the Krishna``: a direction from a place.
_DIRECTION = re.compile(r"(?:[NSEW]|NE|NW|SE|SW)\.? of\b")


def _direction(before: str, key: str, after: str) -> bool:
    """``Run about 1,600 km from ___ valley`` keyed ``S of Tapi`` (holdout 171)."""
    return _DIRECTION.match(key) is not None


#: A verb that wants its object, with its particle, at the end of a clause.
_WANTS_OBJECT = re.compile(
    r"\b(?:takes?|took|taken|hands?|handed|sets?|carr(?:y|ies|ied)|calls?|called) "
    r"(?:over|up|out|off)\s*\.?\s*$",
    re.IGNORECASE,
)


def _object_left_out(before: str, key: str, after: str) -> bool:
    """``In 1858, ___ took over.`` (holdout 172): took over what? The Crown, Canning, the
    Queen and Parliament all fit."""
    clause = re.split(r"[;→]", after, maxsplit=1)[0]  # "___ takes over; Canning …"
    return len(clause.split()) <= 4 and _WANTS_OBJECT.search(clause) is not None


#: Keys a sentence gives away by naming their work: a World Heritage Site is UNESCO's.
_WORK_OF = {"unesco": re.compile(r"\bWHS\b|World Heritage", re.IGNORECASE)}


def _named_by_its_work(before: str, key: str, after: str) -> bool:
    """``WG was inscribed as ___ natural WHS`` keyed ``UNESCO`` (holdout 171)."""
    work = _WORK_OF.get(key.casefold())
    return work is not None and work.search(f"{before} {after}") is not None


_COMPASS = frozenset("east west north south eastward westward northward southward".split())
#: A sea, a bay or an ocean named after a direction's blank: "flow ___ into the Bay of Bengal".
_INTO_A_SEA = re.compile(r"\s*(?:wards?\s+)?into the [\w ]*?(?:Sea|Bay|Ocean|Gulf)\b")


def _by_its_sea(before: str, key: str, after: str) -> bool:
    """``flow ___ into the Bay of Bengal`` keyed ``east`` (holdout 175): the sea says it."""
    return key.casefold() in _COMPASS and _INTO_A_SEA.match(after) is not None


#: A district as the key: ``Betul dist.``, ``Nashik district``.
_DISTRICT = re.compile(r"\b(?:dist\.?|district)$", re.IGNORECASE)


def _district_after_in(before: str, key: str, after: str) -> bool:
    """``The Tapi rises at Multai in ___`` keyed ``Betul dist.`` (holdout 175): its state and
    its range fit "in ___" as truly as its district."""
    return (
        _DISTRICT.search(key) is not None
        and before.rstrip().endswith(" in")
        and not after.strip(" .")
    )


#: A verb and its adverb (``ends automatically``), a House and its verb (``LS passes``), or
#: a past tense and its object (``Gave India``).
_PREDICATE = re.compile(
    r"[a-z]+s [a-z]+ly$|[A-Z]{2,3} [a-z]{3,}s$"
    r"|(?:Gave|Made|Took|Brought|Sent|Built|Won|Lost|Began|Became|Wrote) \S+(?: \S+)?$"
)


def _predicate(before: str, key: str, after: str) -> bool:
    """``Office ___ once new Speaker elected`` keyed ``ends automatically`` (holdout 174),
    ``___ – sent to RS …`` keyed ``LS passes`` (holdout 182), ``___ – printing press …``
    keyed ``Gave India`` (holdout 188): the writer's words for what happens, not a name."""
    return _PREDICATE.match(key) is not None


_NEGATIONS = frozenset("not no never none nor".split())


def _negation(before: str, key: str, after: str) -> bool:
    """``Passing it does ___ force resignation`` keyed ``not`` (holdout 177)."""
    return key.casefold() in _NEGATIONS


#: Kinds of document, named by none of their words: ``Amendment Act``, ``Order``.
_DOCUMENT_KINDS = BARE_KINDS | frozenset(
    "order ordinance resolution notification action of work programme roadmap".split()
)  # "MGC ___ (2019–22)" keyed "Plan of Action" (holdout 464, bad)


def _kind_only(before: str, key: str, after: str) -> bool:
    """``The 2023 ___ allows LG to nominate …`` keyed ``Amendment Act`` (holdout 181)."""
    words = key.casefold().split()
    return 1 < len(words) <= 3 and all(w in _DOCUMENT_KINDS for w in words)


#: Three or more names in brackets right after the blank: ``___ powers (Japan, Germany, …)``.
_MEMBERS_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?\((?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)?,\s*){2,}")


def _members_after(before: str, key: str, after: str) -> bool:
    """``recognised by ___ powers (Japan, Germany, Italy & allies)`` keyed ``Axis`` (holdout
    178): the members named after the blank say which group it is."""
    return _MEMBERS_AFTER.match(after) is not None


#: A word that qualifies a noun: a people's or a place's (``Kashmiri``, ``Vedic``,
#: ``Bengali``, ``Persian``, ``Chinese``).
_QUALIFIER = re.compile(r"[A-Z][a-z]+(?:i|ic|ian|an|ese|ish)")
#: Words before a blank that leave no room for a number: ``the ___ migrants``.
_DETERMINERS = frozenset("the a an of his her their its this that these those our".split())


def _count_fits(before: str, key: str, after: str) -> bool:
    """``allows LG to nominate ___ migrants`` keyed ``Kashmiri`` (holdout 181): "two" fills
    the blank as truly, a number of the plural after it."""
    if not _QUALIFIER.fullmatch(key) or not re.match(r"\s*[a-z]{3,}s\b", after):
        return False  # (not "Krishnadevaraya's Telugu work ___ lays down …": a title)
    clause = re.split(r"[;,:→–—(]", before)[-1].split()  # "… in sand; ___ rises": none
    return (
        bool(clause)
        and clause[-1].isalpha()
        and clause[-1].islower()
        and (clause[-1] not in _DETERMINERS)
    )


#: A blank that says what something was not: ``not from ___``, ``rather than ___``.
_DENIED = re.compile(
    r"(?:\bnot|\brather than|\binstead of)"
    r"(?:\s+(?:from|by|to|in|at|of|for|with|on|through|via))?"
    r"(?:\s+(?:the|an?|a\(n\)))?\s*$"  # "by conquest, not by the ___" (changed-60, bad)
)


def _relative_time(before: str, key: str, after: str) -> bool:
    """``___ came to power weeks later`` keyed ``Labour`` (holdout 204, bad): later than what,
    the line before says; the sentence gives no date of its own."""
    text = f"{before} {after}"
    if "later" not in text and "after" not in text:
        return False  # the cheap test first (``check_50k_s``)
    return _LATER.search(text) is not None and YEAR.search(text) is None


#: A time said from the line before (``weeks later``, ``soon after``).
_LATER = re.compile(
    r"\b(?:(?:a few |some )?(?:days|weeks|months|years)|a (?:day|week|month|year)|soon|shortly)"
    r" (?:later|after)\b",
    re.IGNORECASE,
)
#: A year of the last thousand years, anywhere in a text.
YEAR = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)")


def _described(before: str, key: str, after: str) -> bool:
    """``In short, ravines are a(n) ___`` keyed ``man-accelerated natural process`` (holdout
    211, bad): a description in the writer's words, which others put as truly."""
    return (
        len(key.split()) >= 3  # not "statutory body": a category the exam asks
        and key.islower()
        and re.search(r"\b(?:is|are|was|were) (?:a|an|a\(n\))\s*$", before) is not None
    )


def _a_phase(before: str, key: str, after: str) -> bool:
    """``___ extended to March 2026`` keyed ``Phase II`` (holdout 210, bad), ``___ launched 29
    Nov 2023 (20 blocks)`` keyed ``Tranche I`` (holdout 405, bad): a phase of what, the
    question does not say."""
    return (
        key.startswith(("Phase ", "Stage ", "Round ", "Tranche "))
        and _PHASE.fullmatch(key) is not None
        and not re.search(r"[A-Z]\w+\s*$", before)
    )


_PHASE = re.compile(r"(?:Phase|Stage|Round|Tranche)\s+(?:[IVX]+|\d+)")


def _graded(before: str, key: str, after: str) -> bool:
    """``The biggest & most ___ delta in the world`` keyed ``active`` (holdout 199, bad):
    a quality after *most* is one of many ("fertile", "populous")."""
    return key.islower() and " " not in key and _DEGREE.search(before) is not None


#: A word of degree before a quality (``most``, ``very``).
_DEGREE = re.compile(r"\b(?:most|more|very|highly|less|least|so|too)\s*$", re.IGNORECASE)


def _denied(before: str, key: str, after: str) -> bool:
    """``"Sardar" title came from the women of Bardoli, not from ___ or the INC`` keyed
    ``Gandhi`` (holdout 190, bad): a thing is not so of many others, all right answers."""
    tail = before[-24:]  # the cheap test first (``check_50k_s``): the words end the text
    return ("not" in tail or "rather" in tail or "instead" in tail) and bool(_DENIED.search(tail))


def _year_of_someones(before: str, key: str, after: str) -> bool:
    """``Modi's ___ trip skipped Ramallah`` keyed ``2017`` (holdout 292, bad): a year
    between a possessive and its noun only qualifies it ("Israel trip", "first trip")."""
    return (
        len(key) == 4
        and key.isdigit()
        and before.endswith(("'s ", "’s "))
        and _A_NOUN_NEXT.match(after) is not None
    )


_A_NOUN_NEXT = re.compile(r" [a-z]{3,}\b")


Shape = Callable[[str, str, str], bool]
#: The shapes, each with its reason, in three groups, so that most keys meet few tests
#: (``check_50k_s``): a one-word key's own (looked up by the key), a key of several words',
#: and a cloze's words around its blank.
_WORD_SHAPES: dict[str, tuple[Shape, str]] = {
    **dict.fromkeys(_NEGATIONS, (_negation, "the key is a negation: a yes-or-no guess")),
    **dict.fromkeys(_COMPASS, (_by_its_sea, "the sea after the blank gives its direction away")),
    **dict.fromkeys(
        _WORK_OF,
        (_named_by_its_work, "the sentence names the key's own work: it gives the key away"),
    ),
}
_SPACED_SHAPES: tuple[tuple[Shape, str], ...] = (
    (_direction, "the key is a direction from a place, in the writer's shorthand"),
    (_predicate, "the key is the sentence's verb in the writer's words"),
    (_bare_title, "the key names someone by a title alone"),
    (_kind_only, "the key is a kind of document, not its name"),
    (_district_after_in, "a district after 'in': its state or range fits as well"),
)
_AROUND_SHAPES: tuple[tuple[Shape, str], ...] = (
    (_object_left_out, "the verb after the blank has lost its object: more than one answer fits"),
    (_members_after, "the blank's members are listed after it: they give it away"),
    (_count_fits, "a number of the plural after the blank fills it as truly"),
    (_denied, "the blank is what something was not: many answers are as true"),
    (_graded, "the blank is a quality after 'most' or 'very': many qualities fit"),
    (_relative_time, "the sentence dates itself from the line before ('weeks later')"),
    (_described, "the key is a description in the writer's words: others fit as truly"),
    (_a_phase, "the key is a phase of something the question does not name"),
    (_year_of_someones, "the year only qualifies the noun after it: other words fit as well"),
    (merged_into, "the blank is one of what another subsumed: each fits as truly"),
    (status_by_its_law, "the law or article the body stands on gives its status away"),
    (date_over_a_deed, "a date labels a deed that names nothing it was done to"),
    (threshold_alone, "a threshold with nothing of what crossing it sets off"),
    (verb_after_a_modal, "the key is the sentence's verb after a modal: others fit as well"),
    (capital_for_its_government, "the capital stands for its government: 'the Centre' fits"),
)


def key_shapes(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """The reason of the first shape a blank of the question has, or ``None``."""
    cloze = isinstance(question, Cloze)
    for before, key, after in blanks(question):
        word = _WORD_SHAPES.get(key.casefold())
        if word is not None and word[0](before, key, after):
            return word[1]
        shapes = (_SPACED_SHAPES if " " in key else ()) + (_AROUND_SHAPES if cloze else ())
        for shape, reason in shapes:
            if shape(before, key, after):
                return reason
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


def aspect_match(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``Rivers`` ↔ ``Mandovi & Zuari, Netravati, …``, ``Climate`` ↔ ``heavy rain from SW
    monsoon`` (holdout 176, bad): each label says what its line lists."""
    if not isinstance(question, Match):
        return None
    if sum(left.casefold().rstrip(".") in ASPECTS for left, _ in question.pairs) >= 2:
        return "the match pairs the note's aspects with what they list: solved by kind"
    return None


def echoed_match(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``Search & rescue`` ↔ ``national maritime SAR coordinating authority``, ``Coastal
    security`` ↔ ``… security in territorial waters (w/ coastal police)`` (holdout 290,
    bad): when most pairs repeat their left item's words or letters on the right, the
    match is solved by reading, not by knowing."""
    if not isinstance(question, Match) or len(question.pairs) < 2:
        return None
    echoed = sum(echoes(left, right) for left, right in question.pairs)
    if 2 * echoed > len(question.pairs):
        return "most pairs of the match repeat their own words: solved by reading"
    return None


def echoes(left: str, right: str) -> bool:
    """Does ``right`` repeat a word of ``left`` (four letters or more, by its first five:
    ``Brahmins`` for ``brahmadeya``) or spell its initials (``SAR`` for ``Search &
    rescue``)? Such a pair of a match gives itself away."""
    said = {w.casefold()[:5] for w in _WORD.findall(right) if len(w) >= 4}
    words = _WORD.findall(left)
    if any(len(w) >= 4 and w.casefold()[:5] in said for w in words):
        return True
    initials = "".join(
        "A" if w == "&" else w[0] for w in _WORD_OR_AND.findall(left)
    ).upper()  # "&" is "and"
    return len(initials) >= 2 and initials in _CAPITALS.findall(right)


_WORD = re.compile(r"[A-Za-z]+")
_WORD_OR_AND = re.compile(r"[A-Za-z]+|&")
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
