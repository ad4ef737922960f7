"""A deed under its doer put in a sentence: ``Krishnadeva Raya: wrote ___ (Telugu, on
statecraft); court of Ashtadiggajas`` → "Krishnadeva Raya wrote ___ (Telugu, on statecraft)."

History notes list a ruler's deeds as sub-bullets that open on their past tense, the ruler
named only in the parent line (``- **Krishnadeva Raya** – peak of empire`` over ``- wrote
**Amuktamalyada** …``). A cloze of the sub-bullet carries the parent as a label, which the
last gate drops (holdout 266 asked nothing of Vijayanagara's ruler). With the parent as the
deed's subject the first clause is a sentence; what follows a semicolon or an arrow is
another note, left out. Only a parent that is a name (capitalised words, as the notes write
it) is a doer, not a thing done to (``Ramsar Convention: signed …``) nor the writer's label
in one everyday word (``Religion: funded …``, ``Causes: delayed …``), and only a deed in the
past tense is joined to it, not a name said of it (``called Jamuna``).
"""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import Cloze
from quizbot.notes.grammar import IRREGULAR_PARTICIPLES, THE_HEADS
from quizbot.notes.phrases import fold
from quizbot.notes.tenses import IRREGULAR_PASTS, past_tense

#: ``Name: deed …``: a name of capitalised words (``of``, ``ud``, ``bin`` … may join them).
_DOER_DEED = re.compile(
    r"^(?P<doer>[A-Z][\w.'’-]*(?:\s+(?:of|ud|ud-|al|bin|ibn|de|da|[A-Z][\w.'’-]*)){0,4}):\s+"
    r"(?P<verb>[a-z]+)\s+(?P<rest>.+)$"
)
#: Where the deed's clause ends: another note after a semicolon or an arrow.
_CLAUSE_END = re.compile(r";\s|\s→\s|\s[–—]\s|,\s(?:but|and then|later)\s")
#: A ruler's regnal number (``Amoghavarsha I``, ``Vikramaditya VI``): one word is a name.
_REGNAL = re.compile(r"\s(?:I|II|III|IV|V|VI|VII|VIII)$")
#: Verbs of naming: a name said of the parent, not its deed.
_SAID = frozenset("called named renamed termed known styled dubbed".split())


def doer_sentence(question: Cloze) -> Cloze | None:
    """The cloze with its parent as the deed's subject (see the module's docstring), or
    ``None`` for any other text."""
    if ": " not in question.text:
        return None  # the cheap test first (``generate_1mb_s``)
    found = _DOER_DEED.match(question.text)
    if found is None or not _past(found.group("verb")) or found.group("verb") in _SAID:
        return None  # "Brahmaputra: called Jamuna in ___": a name said of it, no deed
    doer = found.group("doer")
    words = doer.split()
    if fold(words[-1]) in THE_HEADS or (len(words) == 1 and not _REGNAL.search(doer)):
        return None  # "Ramsar Convention: signed …" (a thing done to); one word may be a
        # label ("Religion: funded …") or a cut parent ("Chola: converted …" of "Chola
        # persecution → moved to Melukote", whose deeds are Ramanuja's)
    if any(w.isupper() and len(w) > 2 for w in words):
        return None  # "SAGAR: widened to MAHASAGAR": a programme's acronym, no doer
    rest = _CLAUSE_END.split(found.group("rest"), maxsplit=1)[0].rstrip(" .,")
    if "{{" not in rest or rest.count("(") != rest.count(")"):
        return None  # the blank was in the note after the clause
    if re.search(r"\}\},\s+[A-Z]|[A-Z][\w'’-]*,\s+\{\{", rest):
        return None  # "built ___, Siri fort": one of a list, the others as right
    text = f"{found.group('doer')} {found.group('verb')} {rest}."
    return dataclasses.replace(question, text=text)


def _past(verb: str) -> bool:
    """Is ``verb`` a past tense (``wrote``, ``defeated``, ``built``), not a present or a
    noun (``court``)?"""
    if verb in IRREGULAR_PASTS or verb in IRREGULAR_PARTICIPLES:
        return True
    return verb.endswith("ed") and verb in (
        past_tense(verb[:-2] + "s"),
        past_tense(verb[:-1] + "s"),
    )
