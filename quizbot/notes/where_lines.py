"""A term and where it stands, after a dash: ``Contingency Fund (Art 267) – at the disposal
of the **President**``.

Revision notes write what a thing is placed under, in or at as a phrase after the term's
dash, with no verb. A cloze of the line keeps the dash (the last gate drops it as
shorthand), yet the phrase is the fact an examiner asks. :func:`where_sentence` writes the
line as the sentence it stands for, the term its subject and *is* (or *are*) its verb:

    "Contingency Fund (Art 267) is at the disposal of the ___, for unforeseen expenditure."

Only a phrase that opens on a preposition of place or control is read so (*at the disposal
of*, *under*, *in*, *at*, *on*, *within*); the blank must be in it, and the phrase ends at
the line's next clause (``;``, an arrow or another dash). A lead-in label shown before the
term (``Funds: Contingency Fund …``) is left out: the term is the subject.
"""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import Cloze
from quizbot.notes.clauses import PLURAL_SUBJECT

_WHERE = re.compile(
    r"^(?:[A-Z][\w'’.&-]*(?: [\w'’.&-]+){0,3}: )?"  # a lead-in label: "Funds: "
    r"(?P<term>[A-Z][\w'’.&-]*(?: [\w'’.&-]+){0,4}(?: \([^(){}]*\))?) [–—] "
    r"(?P<phrase>(?:at the disposal of|under the control of|under|within|in|at|on)\s.+)$"
)
#: Where the phrase's clause ends: the line's next note.
_CLAUSE_END = re.compile(r";|\s(?:→|->|[–—])\s")


def where_sentence(question: Cloze) -> Cloze | None:
    """``Contingency Fund (Art 267) – at the disposal of the ___`` → ``Contingency Fund (Art
    267) is at the disposal of the ___.``; ``None`` for any other text."""
    if " – " not in question.text and " — " not in question.text:
        return None  # the cheap test first (generate_1mb_s)
    found = _WHERE.match(question.text)
    if found is None or "{{" in found.group("term"):
        return None
    phrase = _CLAUSE_END.split(found.group("phrase"), maxsplit=1)[0].rstrip(" .,")
    if "{{" not in phrase or phrase.count("(") != phrase.count(")"):
        return None  # the blank is in a later note of the line
    term = found.group("term")
    verb = "are" if PLURAL_SUBJECT.search(term) else "is"
    return dataclasses.replace(question, text=f"{term} {verb} {phrase}.")
