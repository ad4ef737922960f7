"""The text on either side of a cloze's one blank, which many gate rules read (split from
:mod:`~quizbot.notes.giveaway`), and whether the blank is one slot of a list there."""

from __future__ import annotations

import re
from functools import lru_cache

from quizbot.bank.model import CLOZE_BLANK, Cloze, Question
from quizbot.notes.zones import is_state_or_region


def blank_sides(question: Question) -> tuple[str, str] | None:
    """The text before and after the one blank of a cloze (``None`` for anything else)."""
    if not isinstance(question, Cloze):
        return None
    return _sides(question.text)


@lru_cache(maxsize=64)
def _sides(text: str) -> tuple[str, str] | None:
    """The rules of one question ask for its sides in turn: found once."""
    found = list(CLOZE_BLANK.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    return text[: m.start()], text[m.end() :]


_SEP_BEFORE = re.compile(r"(?:[,;/&]|\band|\bor)\s*$")
_SEP_AFTER = re.compile(r"\s*(?:[,;/&]|\band\b|\bor\b|[.)]?\s*$)")


def in_a_list(before: str, after: str) -> bool:
    """``Punjab, ___ and western UP``, ``Nagara and ___ temples``, ``the Mamluk or ___
    dynasty``, ``___, Jaipur and Banaras``: the blank sits between a list's separators."""
    if re.search(r"(?:\band|\bor|&|/)\s*$", before) or re.match(r"[^/.;:–—]{0,15}\s/\s", after):
        return True  # the second of a pair or the last of a list; the first of "A co / B / C"
    if _SEP_BEFORE.search(before) and _SEP_AFTER.match(after):
        return True
    return bool(
        re.match(r"\s*,[^.;]{0,60}\b(?:and|or)\b", after)
        or _NAMES_THEN_AMPERSAND.match(after)
        or (not before and _FIRST_OF_ITEMS.match(after))
        # "___ & Saurashtra embroidery" (holdout 529, bad): the first of a pair
        or (not before and re.match(r"\s*&\s*[A-Z]", after) is not None)
        # "___, chhajjas, carved brackets, jalis, flat roofs" (holdout 527, bad)
        or (not before and _FIRST_OF_BARE_ITEMS.match(after) is not None)
        # "Sea forts built: ___, Suvarnadurg, Kolaba (Alibag), Padmadurg" (holdout 583, bad)
        or (before.rstrip().endswith(":") and _FIRST_OF_NAMES.match(after) is not None)
        # "Burma gave up claims on ___, Cachar, Jaintia." (holdout 690); not a place's
        # state and country ("born in ___, Gujarat, India")
        or (_FIRST_OF_BARE_NAMES.match(after) is not None and not _regions_after(after))
    )


def _regions_after(after: str) -> bool:
    """Are the names after a blank's comma a state or a country (where the blank lies)?"""
    names = [n.strip(" .") for n in after.split(",")[1:]]
    return any(is_state_or_region(n) for n in names)


#: ``___ members, Hindu Mahasabha, RSS-linked groups; …``: the first of three or more items
#: (holdout 429, bad: any of them fits), the next a name, each short.
_FIRST_OF_ITEMS = re.compile(
    r"(?:\s+[a-z][\w-]*)?\s*,\s*[A-Z][^,;.:]{0,30},\s*[^,;.:]{1,30}(?:[;.]|$)"
)


#: The first of three or more items of a bare list, the others in lower case and of three
#: words at most (``___, brackets, latticed screens``: holdout 534, bad).
_FIRST_OF_BARE_ITEMS = re.compile(r"(?:\s*,\s*[a-z][\w'’-]*(?:\s[\w'’-]+){0,2}){2,}\s*\.?$")
#: The first of a lead-in's names, two or more after it to the line's end.
_FIRST_OF_NAMES = re.compile(r"(?:\s*,\s*[A-Z][^,;.:]{0,30}){2,}\s*\.?$")
#: Two or more bare names after the blank, to the line's end (``___, Cachar, Jaintia.``).
_FIRST_OF_BARE_NAMES = re.compile(r"(?:\s*,\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}){2,}\s*\.?$")
#: ``___, Melghat, Palamau & Similipal``: names to an ampersand after the blank.
_NAME = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*"
_NAMES_THEN_AMPERSAND = re.compile(rf"\s*,\s*{_NAME}(?:,\s*{_NAME})*\s&\s[A-Z]")
