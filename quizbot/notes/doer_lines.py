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

A ruler's own section is written the same way with the ruler in its heading: under
``## Shivaji (1630–1680)``, ``- Killed Bijapur general **Afzal Khan** at Pratapgarh (1659)``
is "Shivaji killed Bijapur general ___ at Pratapgarh (1659)." and ``- Born at **Shivneri**
fort (1630) → …`` is "Shivaji was born at ___ fort (1630)." (holdout 308: none of the ruler's
deeds was asked). The heading must be a name and a span of years, nothing else.
"""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import Cloze
from quizbot.notes.grammar import THE_HEADS
from quizbot.notes.phrases import fold
from quizbot.notes.tenses import is_past_verb

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


#: A heading that is a ruler's name and years: ``Shivaji (1630–1680)``.
_RULER_HEADING = re.compile(
    r"(?:^|› )(?P<doer>[A-Z][\w.'’-]*(?:\s+(?:of|ud|bin|ibn|[A-Z][\w.'’-]*)){0,3})"
    r"\s+\((?:c\.\s*)?\d{3,4}\s*[–—-]\s*\d{2,4}\)$"
)
#: A deed that opens the line with its verb: ``Killed …``, ``Born at …``.
_OPENING_VERB = re.compile(r"^(?P<verb>[A-Z][a-z]+)\s+(?P<rest>.+)$")


def _under_ruler(question: Cloze) -> str | None:
    """The cloze's line as "Doer: deed" when it opens on a deed's verb under a ruler's
    heading (``Shivaji (1630–1680)``), else ``None``."""
    found = _OPENING_VERB.match(question.text)
    if found is None or "{{" in found.group("verb"):
        return None
    heading = _RULER_HEADING.search(question.topic)
    if heading is None or fold(heading.group("doer").split()[-1]) in THE_HEADS:
        return None  # "Mughal Empire (1526–1857)": a realm, no doer
    return f"{heading.group('doer')}: {found.group('verb').lower()} {found.group('rest')}"


def doer_sentence(question: Cloze) -> Cloze | None:
    """The cloze with its parent as the deed's subject (see the module's docstring), or
    ``None`` for any other text."""
    headed = ": " not in question.text
    if headed:
        labelled = _under_ruler(question)
        if labelled is None:
            return None
        question = dataclasses.replace(question, text=labelled)
    found = _DOER_DEED.match(question.text)
    deed = found is not None and (
        found.group("verb") == "born" or is_past_verb(found.group("verb"))
    )
    if found is None or not deed or found.group("verb") in _SAID:
        return None  # "Brahmaputra: called Jamuna in ___": a name said of it, no deed
    doer = found.group("doer")
    words = doer.split()
    one_word = len(words) == 1 and not _REGNAL.search(doer) and not headed
    if fold(words[-1]) in THE_HEADS or one_word:
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
    verb = "was born" if found.group("verb") == "born" else found.group("verb")
    text = f"{found.group('doer')} {verb} {rest}."
    return dataclasses.replace(question, text=text)
