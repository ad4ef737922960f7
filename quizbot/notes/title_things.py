"""A bare kind word of a line read as the one thing of that kind the note's title names:
``(1985) Accord signed`` under "Assam Accord (1985) & Clause 6" is the Assam Accord's
signing (holdout 466: the accord's year, a key fact, was never asked: "Accord" alone names
no accord)."""

from __future__ import annotations

import re

from quizbot.notes.event_words import BARE_KINDS, PACTS
from quizbot.notes.phrases import fold

#: Kinds of a note's one subject that its lines call by the kind alone.
_KINDS = BARE_KINDS | PACTS | frozenset("mission programme yojana abhiyan".split())
#: A name of capitals before its kind word: ``Assam Accord``, ``Nehru–Liaquat Pact``.
_NAMED = r"((?:[A-Z][\w.'’–-]*\s+){1,4})"


def named_by_title(head: str, headings: tuple[str, ...]) -> str:
    """``head`` with a bare kind word that opens it (``Accord signed``) named as the title
    that opens on a thing of that kind names it (``Assam Accord signed``); ``head`` itself
    otherwise."""
    first, _, rest = head.partition(" ")
    if not rest or not headings or fold(first) not in _KINDS or not first[:1].isupper():
        return head
    if rest.startswith("of "):
        return head  # "Treaty of Chushul": named already (holdout 566, bad: "the Dogra Rulers
        # and the Treaty of Chushul", the title's words pasted before it)
    # the title's first thing only: "J&K: Article 370, … & Reorganisation Act" names it in part;
    # its words capitalised (the kind word in any case: "Assam accord")
    found = re.match(rf"(?:The\s+)?{_NAMED}(?i:{re.escape(first)})\b", headings[0])
    if found is None:
        return head
    return f"{' '.join(found.group(1).split())} {first} {rest}"
