"""Lines whose *is* the notes leave out: a term and where it stands after a dash
(``Contingency Fund (Art 267) – at the disposal of the **President**``), and a label and its
figure after ``=`` (``Inflation target = **4% CPI** (headline), band of ±2%``).

A cloze of such a line keeps its dash or ``=`` (the last gate drops it as shorthand), yet
what follows is the fact an examiner asks. Each function here writes the line as the
sentence it stands for, with *is* (or *are*) as its verb:

    "Contingency Fund (Art 267) is at the disposal of the ___, for unforeseen expenditure."
    "The inflation target is ___ CPI (headline)."

:func:`where_sentence` reads only a phrase that opens on a preposition of place or control
(*at the disposal of*, *under*, *in*, *at*, *on*, *within*) after a term that is not the
blank; a lead-in label shown before the term (``Funds: Contingency Fund …``) is left out.
:func:`value_sentence` reads only a label of everyday words (``Inflation target``, never a
name or a term such as ``Khadar``) and a value that opens on the blank of a figure (a
number, ``₹`` or ``$``) and is no formula (``−``, ``+``). The blank must be in the phrase or
the value, which ends at the line's next note (``;``, an arrow, another dash), a value also
at the first comma after the blank (``band of ±2% (i.e. 2–6%)`` would make the blank a sum).
"""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import Cloze
from quizbot.notes.clauses import PLURAL_SUBJECT
from quizbot.text.names import is_everyday_word

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


_VALUE = re.compile(r"^(?P<label>[A-Z][a-z]+(?: [a-z]+){1,3}) = (?P<value>\{\{[\d₹$].*)$")
#: A value that is a sum or a difference: a formula, no value to say with *is*.
_FORMULA = re.compile(r"\s[−+×÷]\s")


def value_sentence(question: Cloze) -> Cloze | None:
    """``Inflation target = ___ CPI (headline), band of ±2%`` → ``The inflation target is
    ___ CPI (headline).``; ``None`` for any other text."""
    if " = {{" not in question.text:
        return None  # the cheap test first (generate_1mb_s)
    found = _VALUE.match(question.text)
    if found is None:
        return None
    label = found.group("label")
    if not all(is_everyday_word(w.lower()) for w in label.split()):
        return None  # "Khadar = new alluvium": a term, not a label
    value = _CLAUSE_END.split(found.group("value"), maxsplit=1)[0]
    if _FORMULA.search(value):
        return None
    comma = value.find(", ", value.find("}}"))
    value = (value if comma < 0 else value[:comma]).rstrip(" .,")
    if value.count("(") != value.count(")"):
        return None
    verb = "are" if PLURAL_SUBJECT.search(label) else "is"
    return dataclasses.replace(question, text=f"The {label[0].lower()}{label[1:]} {verb} {value}.")
