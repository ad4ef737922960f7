"""``Term: definition`` items split in two, and the items that are never quizzed.

:func:`split_term` cuts an item at its first colon into the term (with any trailing
parenthetical kept apart as its qualifier: ``Modi (2021)``) and the definition;
:func:`is_doubtful` tells the items that record a disagreement between sources or only point
elsewhere in the notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizbot.notes.phrases import fold, trailing_paren

#: Lead-ins whose bullets (and sub-bullets) record disagreement or doubt: never quizzed.
DOUBT_MARKERS = ("sources differ", "disputed", "unclear", "unconfirmed", "uncertain")

_TERM_MAX_WORDS = 8
_TERM = re.compile(r"^(?P<term>[^:]{1,90}?):\s+(?P<rest>\S.*)$")


@dataclass(frozen=True)
class Term:
    """A ``Term: definition`` item split in two."""

    term: str
    definition: str
    #: The term without a trailing parenthetical: ``Modi (2021)`` → ``Modi``.
    base: str
    #: The parenthetical's text, if any (an abbreviation, a year, a qualifier).
    qualifier: str


def split_term(text: str) -> Term | None:
    """``Term: definition`` → its parts; ``None`` for items that are not definitions."""
    if ": " not in text or " :: " in text:
        return None
    m = _TERM.match(text)
    if m is None:
        return None
    term, rest = m.group("term").strip(), m.group("rest").strip()
    if (
        not term
        or len(term.split()) > _TERM_MAX_WORDS
        or term.count("(") != term.count(")")
        or not rest
        or term[-1] in ".;,"
    ):
        return None
    base, qualifier = term, ""
    paren = trailing_paren(term)
    if paren and paren.start() > 0:
        base = term[: paren.start()].strip()
        qualifier = paren.group(0).strip()[1:-1].strip()
    return Term(term, rest, base, qualifier)


_SEE = re.compile(r"^(?:[^:]{1,60}:\s*)?(?:see|see also|cf\.?)\s", re.IGNORECASE)


def is_doubtful(text: str) -> bool:
    """Items that record a disagreement between sources, or only point elsewhere in the notes
    ("Trade: see Connectivity"), are never quizzed."""
    lead = fold(text[:40])
    return lead.startswith(DOUBT_MARKERS) or bool(_SEE.match(text))
