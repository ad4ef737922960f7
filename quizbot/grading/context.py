"""What a question tells the grader about its answer slots.

:func:`context` reads the question's stem once (cached): the common words a learner may echo
around an answer ("which missile do India and Russia build" → "missile", "build"), every
word and number of the stem (a part of the answer the stem already gives may be left off:
"51" for "Article 51" when the question asks "Which Article …"), whether the slot names a
person (a surname alone is then enough: "Who …", "Which … Minister"), whether the question
asks for an approximate figure ("Roughly how much …": "around $65 billion" is then right),
and which acronyms it asks to expand ("Expand INSTC": "INSTC" is then no answer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from quizbot.bank.model import CLOZE_BLANK, Cloze, Question
from quizbot.grading.normalize import analyse
from quizbot.text.names import TITLES

#: Words in a question that say its answer is a person.
PERSON_WORDS = frozenset(
    """
who whom whose minister president premier leader secretary adviser advisor chief governor
chancellor ambassador spokesman spokesperson astronaut cosmonaut scientist founder author poet
person commander chairman chairperson king queen emperor designate designates general admiral
marshal diplomat envoy officer pm viceroy gg ruler sultan nawab raja maharaja guru saint
reformer monk philosopher traveller traveler historian economist judge
""".split()
)
_ROLES = PERSON_WORDS - {"who", "whom", "whose"}
_WORD = re.compile(r"[a-z]+")


def _names_person(words: list[str]) -> bool:
    """ "Who …", "Which Indian Prime Minister …", "Name any two of the four … astronauts"."""
    for i, word in enumerate(words):
        if word in ("who", "whom", "whose"):
            return True
        if word in ("which", "name"):
            for later in words[i + 1 : i + 9]:
                if later in _ROLES or (later.endswith("s") and later[:-1] in _ROLES):
                    return True
    return False


_APPROXIMATE = re.compile(
    r"\b(?:roughly|approximately|approx|nearly|around|about how|estimated)\b", re.IGNORECASE
)
_EXPAND = re.compile(
    r"\b(?:expand|stands? for|full form|expansion|long form|abbreviation)\b", re.IGNORECASE
)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]+\b")


@dataclass(frozen=True)
class Context:
    """What the stem says about one answer slot."""

    #: The stem's common (lower-case) words, which a learner may echo around an answer.
    words: frozenset[str]
    #: Every folded word of the stem, names included.
    all_words: frozenset[str]
    #: The numbers (and dates' years) of the stem.
    numbers: frozenset[Decimal]
    #: The slot names a person.
    person: bool
    #: The question asks for an approximate figure.
    approximate: bool
    #: Acronyms the question asks to expand (lower case): not answers to it.
    expand: frozenset[str]


def context(question: Question, blank: int | None = None) -> Context:
    """The context of ``question``'s answer slot (``blank``: a cloze blank's position)."""
    if isinstance(question, Cloze) and blank is not None:
        blanks = list(CLOZE_BLANK.finditer(question.text))
        before = question.text[: blanks[blank].start()] if blank < len(blanks) else ""
        return _context_of(question.stem, CLOZE_BLANK.sub(" ", before).split()[-6:])
    return _context_of(question.stem, None)


@lru_cache(maxsize=32768)
def _context_of_cached(stem: str, near: tuple[str, ...] | None) -> Context:
    analysis = analyse(stem)
    common = frozenset(
        w for w, raw in zip(analysis.words, analysis.raw_words, strict=True) if raw[:1].islower()
    )
    numbers = frozenset(n.value for n in analysis.numbers) | frozenset(
        Decimal(d.year) for d in analysis.dates
    )
    if near is None:
        person = _names_person(_WORD.findall(stem.casefold()))
    else:
        close = _WORD.findall(" ".join(near).casefold())
        person = any(w in _ROLES or (w.endswith("s") and w[:-1] in _ROLES) for w in close) or (
            bool(close) and (close[-1] in TITLES or close[-1] == "by")
        )  # "Justice ___'s opinion", "coined by ___": a person's name is asked
    expand = (
        frozenset(a.casefold() for a in _ACRONYM.findall(stem))
        if _EXPAND.search(stem)
        else frozenset()
    )
    return Context(
        common,
        frozenset(analysis.words),
        numbers,
        person,
        bool(_APPROXIMATE.search(stem)),
        expand,
    )


def _context_of(stem: str, near: list[str] | None) -> Context:
    return _context_of_cached(stem, None if near is None else tuple(near))
