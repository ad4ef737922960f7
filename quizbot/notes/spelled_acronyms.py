"""An acronym's long form that the notes write apart from it: ``STV: voter ranks candidates``
in a glossary, ``Method → proportional representation by **single transferable vote**``
twenty lines up.

The notes need not pair the two (``Long Form (ABBR)``): a writer spells a term out once and
uses its letters after. A key that takes the letters only rejects the long form the notes
themselves give (holdout 629, bad: "the key accepts only STV"). A long form is taken when
its words, one after another (small words such as "of" and "and" passed over), begin with
the acronym's letters in order and the writer marks it as a name: every word capitalised
(``Criminal Investigation Department``) or the whole in bold (``**single transferable
vote**``). Three letters at least: two are spelled by too many pairs of words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from quizbot.bank.model import Cloze, Mcq, Question, Short
from quizbot.notes.abbreviations import SMALL_WORDS
from quizbot.notes.phrases import BRACKET, fold

_WORD = re.compile(r"[A-Za-z][\w'’]*")
_BOLD = re.compile(r"\*\*([^*]+)\*\*")
MIN_LETTERS = 3
#: Capitalised words one after another, small words between (``Survey of India``).
_TITLED = re.compile(r"[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the|on|in)\s+)*[A-Z][a-z]+)+")


def spelled_acronyms(markdown: str, acronyms: Iterable[str]) -> dict[str, str]:
    """Each acronym of ``acronyms`` with the first long form the notes write for it apart
    from it, by the rules above; other keys, and acronyms with none, are left out."""
    wanted = {a: _letters(a) for a in acronyms if a}
    wanted = {a: letters for a, letters in wanted.items() if len(letters) >= MIN_LETTERS}
    if not wanted:
        return {}
    phrases = [m.group(1) for m in _BOLD.finditer(markdown)]
    phrases += _TITLED.findall(markdown)
    found: dict[str, str] = {}
    for keep_small in (False, True):  # "Chief Justice of India" (CJI), "Survey of India" (SoI)
        for acronym, long in _spelled(phrases, wanted, keep_small).items():
            found.setdefault(acronym, long)
    return found


def _spelled(phrases: list[str], wanted: dict[str, str], keep_small: bool) -> dict[str, str]:
    """The first phrase each acronym's letters spell, its small words counted or not."""
    initials: list[str] = []  # every phrase's initials, one string searched once per acronym
    starts: list[int] = []
    sizes: list[int] = []
    at = 0
    for phrase in phrases:
        words = [w for w in _WORD.findall(phrase) if keep_small or w.lower() not in SMALL_WORDS]
        starts.append(at)
        sizes.append(len(words))
        initials.append("".join(w[0].lower() for w in words) + "|")
        at += len(words) + 1
    joined = "".join(initials)
    found: dict[str, str] = {}
    for acronym, letters in wanted.items():
        pos = joined.find(letters)
        while pos >= 0:
            i = bisect_right(starts, pos) - 1
            start = pos - starts[i]
            if start == 0 or start + len(letters) == sizes[i]:  # a name's start or end
                found[acronym] = BRACKET.sub("", phrases[i]).strip()  # no "(BPRs)"
                break
            pos = joined.find(letters, pos + 1)
    return found


def _letters(acronym: str) -> str:
    """``STV`` → ``stv``, ``NM-QTA`` → ``nmqta``; ``""`` for no acronym (``Kerala``)."""
    bare = acronym.strip()
    if " " in bare or sum(c.isupper() for c in bare) < len([c for c in bare if c.isalpha()]):
        return ""
    return fold("".join(c for c in bare if c.isalpha()))


def add_long_forms(
    others: dict[str, str], markdown: str, paired: dict[str, str], keys: Iterable[str]
) -> None:
    """Each acronym and its long form into ``others`` (folded, both ways, where not there
    yet): those the notes pair (``Decentralised Procurement (DCP)``), then those they
    write apart from it for the acronyms among ``keys``."""
    for short, long in [*paired.items(), *spelled_acronyms(markdown, keys).items()]:
        others.setdefault(fold(short), long)
        others.setdefault(fold(long), short)


def answer_key(question: Question) -> str:
    """The answer a question is keyed by (a cloze's one blank's first form), or ``""``."""
    if isinstance(question, Cloze):
        return question.blanks[0][0] if len(question.blanks) == 1 else ""
    return question.answer if isinstance(question, Short | Mcq) else ""
