"""What a glossary term's definition says (split from :mod:`~quizbot.notes.term_questions`):
its first meaning before a note after ``;`` (:func:`first_meaning`), the meaning after an
acronym's long form (:func:`after_its_long_form`), and a definition that is only a share
(:data:`A_SHARE`), which names no term."""

from __future__ import annotations

import re

from quizbot.notes.drafts import MIN_DEFINITION_WORDS, words_count
from quizbot.notes.grammar import A_YEAR, OFFICES
from quizbot.notes.phrases import fold
from quizbot.notes.terms import Term
from quizbot.notes.topic_keys import long_form
from quizbot.text.names import is_everyday_word

#: Words of a note after a definition's ``;`` (``long-term``, ``voluntary, short``).
_NOTE_WORDS = 3


def first_meaning(definition: str) -> str:
    """A glossary definition up to its first ``;``, after which the notes go on to another
    point (``mismatch of skills/capital with jobs; long-term``) or another term (``price
    discovered by bids within a price band; green shoe option → over-allotment …``), when
    what is left still says enough; else the whole (an arrow of its own may lead to what
    matters: ``son Mahinda & daughter Sanghamitra → Sri Lanka``)."""
    head, semicolon, rest = definition.partition(";")
    before = _before_its_arrow(head)
    if before is not None:  # "distance from sea → larger annual temp range" (holdout 335:
        return before  # no glossary entry of four was asked)
    if not semicolon or re.search(r"→|->", head):
        return definition
    if not re.search(r"→|->", rest) and len(rest.split()) > _NOTE_WORDS:
        return definition  # "mostly Brahmi (Prakrit); Kharosthi in NW …": one of its parts
    return head if words_count(head) >= MIN_DEFINITION_WORDS and head[:1].islower() else definition


_ARROW = re.compile(r"\s(?:→|->)\s")


def _before_its_arrow(meaning: str) -> str | None:
    """The part of a definition before its one arrow, when it says what the term is and
    the arrow what it leads to: a few words in lower case, no name (``son Mahinda &
    daughter Sanghamitra → Sri Lanka`` is whom, and the arrow says what they did). A chain
    of arrows is a process, the term its whole (``heat stress → polyps expel zooxanthellae
    → white`` of Bleaching); an arrow between two words is one relation (``chain of
    spiritual descent pir → murid``)."""
    arrows = list(_ARROW.finditer(meaning))
    if len(arrows) != 1 or len(meaning[arrows[0].end() :].split(",")[0].split()) < 2:
        return None
    if _A_CLAUSE.search(meaning[arrows[0].end() :]):
        return None  # "govt borrowing raises interest rates → private investment squeezed":
        # a cause and what it does, the term the whole (holdout 628, bad: "What is a
        # government borrowing raises interest rates called?")
    before = _ROOT.sub("", meaning[: arrows[0].start()])
    # "local name for black soil of the Deccan → aka black cotton soil": the arrow gives
    # another name, and a name of a place in the meaning is its own (holdout 489)
    named = _OTHER_NAME.match(meaning[arrows[0].end() :]) is not None
    return before if _says_enough(before, named) else None


#: An arrow's tail that is a clause: a finite verb, or a participle that ends it
#: (``deficit has little effect on demand``, ``private investment squeezed``).
_A_CLAUSE = re.compile(r"\b(?:has|have|is|are|was|were)\b|\b[a-z]{3,}ed\s*$")
#: An arrow's tail that gives the term another name.
_OTHER_NAME = re.compile(r"\s*(?:aka|a\.k\.a\.?|also (?:called|known as))\s", re.IGNORECASE)
#: A bracket of the word's root (``(Latin *verto* = to turn)``): no part of its meaning.
_ROOT = re.compile(
    r"\s*\((?:Latin|Greek|Sanskrit|Persian|Arabic|Tamil|Hindi)\b[^()]*\)", re.IGNORECASE
)


def _says_enough(meaning: str, names: bool = False) -> bool:
    """A few words in lower case (or opening on a short form: ``USDA soil order for …``),
    no name unless ``names``, no shorthand sign, no comma."""
    return (
        words_count(meaning) >= MIN_DEFINITION_WORDS
        and (meaning[:1].islower() or re.match(r"[A-Z]{2,6}\s[a-z]", meaning) is not None)
        and (names or not re.search(r"\b[A-Z][a-z]", re.sub(r"\([^()]*\)", "", meaning)))
        and not re.search(r"[↑↓]", meaning)  # "heavy govt borrowing ↑ interest rates"
        and meaning.count("(") == meaning.count(")")
        and "," not in meaning  # "exports cheaper, imports dearer": what it does, two ways
    )


#: A definition that is a share or an amount and nothing else: ``about half the crust``.
A_SHARE = re.compile(
    r"^(?:about|around|nearly|almost|roughly|over|under|approx\.?|~)?\s*"
    r"(?:half|a third|a quarter|two-thirds|three-fourths|\d[\d.,]*\s*%?)\s+"
    r"(?:of\s+)?(?:the\s+)?\w+$"
)


def after_its_long_form(term: str, definition: str) -> tuple[str, str] | None:
    """The long form an acronym's definition opens with, and the meaning after it:
    ``MDR: merchant discount rate, the fee a merchant pays per card txn`` → ("merchant
    discount rate", "the fee a merchant pays …"). Asked with its long form, the meaning
    spelled the answer out, and the term was never asked (holdout 329)."""
    if not re.fullmatch(r"[A-Z]{2,6}", term):
        return None
    head, comma, rest = definition.partition(", ")
    found = long_form(term, head[:1].upper() + head[1:]) if comma else None
    rest = rest.strip()
    if found is None or len(found) < len(head.strip()) - 1:
        return None  # "Reserve Bank rules, …": more than the long form before the comma
    if words_count(rest) < _MEANING_WORDS or not rest[:1].islower():
        return None  # "VPA: virtual payment address, the UPI ID": too little left to ask
    if rest.split()[0].endswith("ed"):
        return None  # "ESA: …, notified under the EP Act": how it is made, not what (337)
    return head.strip(), rest


#: Words the meaning after an acronym's long form needs to be asked alone.
_MEANING_WORDS = 4


def reworded_long_form(term: str, definition: str) -> bool:
    """Is an acronym's definition its own long form reworded, each letter a word of it in any
    order (``SLBM: ballistic missile launched from a submarine``)? Asked "What is a ballistic
    missile launched from a submarine called?", it spells the answer (holdout 331, bad)."""
    if not re.fullmatch(r"[A-Z]{3,6}", term):
        return False
    initials = sorted(w[0].upper() for w in re.findall(r"[A-Za-z]+", definition) if len(w) > 3)
    letters = sorted(term)
    return len(initials) <= len(letters) + 1 and all(
        initials.count(c) >= letters.count(c) for c in set(letters)
    )


def clipped_long_form(term: str, definition: str) -> bool:
    """Is a short name cut from the first words of its definition, a piece of each in order
    (``Cas9: CRISPR-associated protein 9``, ``NavIC: Navigation with Indian Constellation``)?
    Asked "___ – CRISPR-associated protein 9", the letters spell the answer (holdout 540,
    bad)."""
    if not re.fullmatch(r"[A-Z][A-Za-z]{1,6}\d{0,3}", term) or term.isupper():
        return False  # an acronym of initials alone is judged by its own rules
    words = [w.lower() for w in re.findall(r"[A-Za-z]+|\d+", definition.split(",")[0])][:6]
    return _clipped(term.lower(), words, first=True)


def _clipped(letters: str, words: list[str], *, first: bool) -> bool:
    """Can ``letters`` be cut as a prefix of each of some of ``words`` in order, the first
    word always used and at least two words used?"""
    if not letters:
        return not first
    for i, word in enumerate(words[:1] if first else words):
        for n in range(len(word), 0, -1):
            if letters.startswith(word[:n]) and (
                (len(letters) > n or not first)
                and _clipped(letters[n:], words[i + 1 :], first=False)
            ):
                return True
    return False


def named_otherwise(term: Term) -> bool:
    """Does the definition not say what the head is called: the head an office, a pointer
    back or two things, its definition its long form (reworded or cut) or a share, or a
    dated event filed under an everyday word?"""
    if fold(term.base) in OFFICES:
        return True  # "President = former SC judge …": who may hold an office (holdout 220)
    if re.search(r"\b(?:itself|themselves)\b", term.base):
        return True  # "War itself = gavishti": the head points back, it names nothing
    if re.search(r"\s\+\s", term.base):
        return True  # "Vienna + Montreal = first UN treaties …": two things (holdout 329)
    if reworded_long_form(term.base, term.definition):
        return True  # "SLBM: ballistic missile launched from a submarine": the letters, reworded
    if clipped_long_form(term.base, term.definition):
        return True  # "Cas9 = CRISPR-associated protein 9": cut from its words (holdout 540)
    if A_SHARE.match(re.split(r"[;,(]", term.definition)[0].strip()):
        return True  # "Feldspar → about half the crust": a share, which oxygen has too (h. 328)
    # "Power → long-term deal (2024) to import …" under Nepal: a dated event filed under a
    # topic, no meaning of a term (holdout 328, bad); "RAMP" is a name
    return (
        re.fullmatch(r"[A-Z][a-z]+", term.base) is not None
        and is_everyday_word(term.base.lower())
        and not term.marked
        and A_YEAR.search(term.definition) is not None
    )
