"""Comparing a response's words with an answer's, word by word.

A slip is per word: each word of the response is the answer's word, a transliteration of it
(Dmitri/Dmitry), or within that word's own spelling budget (none up to 4 letters, 1 up to
7, 2 up to 12, then 3) — and never a different real word or name ("Corporation" for
"Cooperation", "Austria" for "Australia", "Charan" for "Swaran"). A budget is never spent
on replacing a whole word. Acronyms are exact, except one slip in one of five letters or more
(BIMSTC for BIMSTEC). For a person, the surname alone, initials for given names, and the
given and family name without a middle name name them too; a given name alone does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from quizbot.text.names import TITLES, is_dictionary_word, translit_key

_COMPASS = frozenset({"north", "south", "east", "west"})
_DOUBLED = re.compile(r"(.)\1+")
#: An aspirate ``h`` after a consonant, which transliterations of one short Indian name
#: write or leave out (``Koshi``/``Kosi``, ``Sindh``/``Sind``, ``Khota``/``Kota``); the other
#: transliteration rules need five letters (``Mody`` is no spelling of ``Modi``).
_ASPIRATE = re.compile(r"(?<=[bcdgkpst])h")

#: Family names that are not, alone, a person's surname: every Sikh man is a Singh, and a
#: title after a name ("Tipu Sultan") names nobody alone.
NOT_SURNAMES = frozenset({"singh", "kaur"}) | TITLES


def typo_budget(letters: int) -> int:
    """Edits allowed in a word (or acronym-free answer) of ``letters`` letters."""
    if letters <= 4:
        return 0
    if letters <= 7:
        return 1
    if letters <= 12:
        return 2
    return 3


@dataclass(frozen=True)
class Word:
    """One word: folded, and as written."""

    folded: str
    raw: str

    @property
    def acronym(self) -> bool:
        return len(self.raw) > 1 and self.raw.isupper() and self.raw.isalpha()


def word_cost(said: Word, want: Word, ascii_only: bool = True) -> tuple[bool, int] | None:
    """(a spelling variant?, edits) when ``said`` is ``want`` written differently, or None.
    A transliteration (the same :func:`translit_key`) needs no budget."""
    s, w = said.folded, want.folded
    if want.acronym:  # acronyms are never misspelt, only wrong (BRIC is not BRICS) …
        raw, w = said.raw.casefold(), want.raw.casefold()
        if raw == w:
            return False, 0
        # … except one slip inside a long one (BIMSTC for BIMSTEC), its first and last letters
        # right (BRIC is not BRICS); the near-miss guard still runs
        if (
            len(w) >= 5
            and raw[:1] == w[:1]
            and raw[-1:] == w[-1:]
            and OSA.distance(raw, w, score_cutoff=1) <= 1
        ):
            return False, 1
        return None
    if s == w:
        return False, 0
    if len(s) == 1 and w in _COMPASS and w.startswith(s):
        return True, 0  # "S. Africa", "N. Korea"
    if not (s.isalpha() and w.isalpha()):
        return None
    if min(len(s), len(w)) >= 3 and _DOUBLED.sub(r"\1", s) == _DOUBLED.sub(r"\1", w):
        return True, OSA.distance(s, w)  # a doubled letter: "Naadu" for "Nadu"
    if min(len(s), len(w)) >= 5 and translit_key(s) == translit_key(w):
        return True, OSA.distance(s, w)  # no budget: another spelling of the same name
    if min(len(s), len(w)) == 4 and _ASPIRATE.sub("", s) == _ASPIRATE.sub("", w):
        return True, OSA.distance(s, w)  # "Koshi" for "Kosi", "Sindh" for "Sind": an h only
    budget = typo_budget(len(w))
    if not budget:
        return None
    distance = OSA.distance(s, w, score_cutoff=budget)
    if distance > budget or is_dictionary_word(s):
        return None  # a different real word is never a slip of this one
    return False, distance


@dataclass(frozen=True)
class Alignment:
    """How a response's words line up with an answer's."""

    #: Edits spent on slips (0: every word right or a spelling variant).
    distance: int
    #: Some word is another accepted spelling (a transliteration).
    variant: bool
    #: The response names the person in a shorter form (surname, initials).
    shortened: bool = False


def _pairwise(said: Sequence[Word], want: Sequence[Word]) -> Alignment | None:
    total, variant = 0, False
    for s, w in zip(said, want, strict=True):
        cost = word_cost(s, w)
        if cost is None:
            return None
        variant = variant or cost[0]
        total += cost[1]
    return Alignment(total, variant)


def _initials(said: Word, want: Sequence[Word]) -> bool:
    """ "hv" (from "H.V.") or "v" for the given names ``want`` ("Harsh Vardhan")."""
    letters = said.raw.casefold()
    return (
        len(letters) == len(want)
        and letters.isalpha()
        and all(w.folded.startswith(c) for c, w in zip(letters, want, strict=True))
    )


def _joined(words: Sequence[Word], want: Sequence[Word]) -> str:
    """The words run together; as written (case folded) where the answer has an acronym."""
    if any(w.acronym for w in want):
        return "".join(w.raw.casefold() for w in words)
    return "".join(w.folded for w in words)


def align(said: Sequence[Word], want: Sequence[Word], person: bool) -> Alignment | None:
    """How ``said`` names ``want`` word by word, in order, or None."""
    if len(said) == len(want):
        found = _pairwise(said, want)
        if found is not None:
            return found
    if _joined(said, want) == _joined(want, want):
        # Run together ("tamilnadu") is the same words; split ("Vladi vostok", "co-operation")
        # is shown as a slip.
        return Alignment(1 if len(said) > len(want) else 0, False)
    if not person or len(want) < 2 or not said:
        return None
    surname = want[-1]
    if surname.folded in NOT_SURNAMES or surname.acronym:
        return None
    last = word_cost(said[-1], surname)
    if last is None:
        return None
    given = want[:-1]
    head = said[:-1]
    if not head:  # the surname alone
        return Alignment(last[1], last[0], shortened=True)
    if len(head) == 1 and _initials(head[0], given):  # "S. Jaishankar", "H.V. Shringla"
        return Alignment(last[1], last[0], shortened=True)
    if len(head) == len(given) and all(
        len(h.folded) == 1 and g.folded.startswith(h.folded)
        for h, g in zip(head, given, strict=True)
    ):  # "H. V. Shringla"
        return Alignment(last[1], last[0], shortened=True)
    if len(head) == 1 and len(given) >= 2:  # given and family name, no middle name
        first = word_cost(head[0], given[0])
        if first is not None:
            return Alignment(first[1] + last[1], first[0] or last[0], shortened=True)
    if (
        len(given) == 1
        and given[0].raw.isupper()
        and (
            _initials(given[0], head)
            or (len(head) == 1 and head[0].folded.startswith(given[0].raw[:1].casefold()))
        )
    ):  # "Bhimrao Ramji Ambedkar" or "Bhimrao Ambedkar" for "B.R. Ambedkar"
        return Alignment(last[1], last[0], shortened=True)
    spent = _given_in_order(head, given)
    if spent is not None:  # "Subba Rao", "P.V. Subba Rao", "A. Sitarama Raju"
        return Alignment(spent + last[1], last[0], shortened=True)
    return None


def _given_in_order(head: Sequence[Word], given: Sequence[Word]) -> int | None:
    """The edits by which ``head`` names some of the ``given`` names in their order, each
    word a whole name or the initials of one or more in a row ("P.V." for Pydimarri
    Venkata); ``None`` when it does not (a name out of order, one the answer lacks)."""
    at, edits = 0, 0
    for word in head:
        letters = word.raw.replace(".", "").casefold()
        initials = word.raw.isupper() or "." in word.raw or len(letters) == 1
        found = False
        while at < len(given):
            if initials and letters.isalpha() and _initials(word, given[at : at + len(letters)]):
                at += len(letters)
                found = True
                break
            cost = word_cost(word, given[at])
            at += 1
            if cost is not None:
                edits += cost[1]
                found = True
                break
        if not found:
            return None
    return edits
