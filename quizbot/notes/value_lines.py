"""A label and its figure after ``=``: ``Inflation target = **4% CPI** (headline), band of ±2%``.

Revision notes give a target, a limit or a rate as a label of everyday words, ``=`` and the
figure. A cloze of the line keeps the ``=`` (the last gate drops it as shorthand), yet the
figure is the fact an examiner asks. :func:`value_sentence` writes the line as the sentence
it stands for, the label its subject and *is* (or *are*) its verb:

    "The inflation target is ___ CPI (headline)."

Only a label of everyday words is read so (``Inflation target``, never a name or a term such
as ``Khadar``), and only a value that opens on the blank of a figure (a number, ``₹`` or
``$``) and is no formula (``−``, ``+``). The value ends at the line's next note (``;``, an
arrow, a dash) or at the first comma after the blank (``band of ±2% (i.e. 2–6%)`` would
make the blank sum).
"""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import Cloze
from quizbot.notes.clauses import PLURAL_SUBJECT
from quizbot.text.names import is_everyday_word

_VALUE = re.compile(r"^(?P<label>[A-Z][a-z]+(?: [a-z]+){1,3}) = (?P<value>\{\{[\d₹$].*)$")
#: Where the value's note ends: the line's next note.
_NOTE_END = re.compile(r";|\s(?:→|->|[–—])\s")
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
    value = _NOTE_END.split(found.group("value"), maxsplit=1)[0]
    if _FORMULA.search(value):
        return None
    comma = value.find(", ", value.find("}}"))
    value = (value if comma < 0 else value[:comma]).rstrip(" .,")
    if value.count("(") != value.count(")"):
        return None
    verb = "are" if PLURAL_SUBJECT.search(label) else "is"
    return dataclasses.replace(question, text=f"The {label[0].lower()}{label[1:]} {verb} {value}.")
