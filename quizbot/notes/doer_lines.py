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

Geography notes put a river or a place at the head of a line and what it does after an
arrow, one clause among others: ``Satluj → Rakas Tal near Mansarovar, enters India at
**Shipki La**; antecedent``. The clause that holds the blank, opening on its verb in the
present (or past) tense, is a sentence with the head as its subject: "Satluj enters India at
___." (holdout 309 asked none of its rivers' passes, confluences or lakes). The head must be
a name of one to four capitalised words, the verb followed by a preposition, an article or a
name (``joins Satluj at Harike``), never a noun that only looks like a verb; a clause done
to the head (``closed in north by Asia``) and a head that is an everyday word (``Founder →
Sukaphaa, …, crossed the Patkai hills``: the clause is Sukaphaa's) are left alone.
"""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import TOPIC_SEPARATOR, Cloze, Question
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.grammar import REGNAL, THE_HEADS
from quizbot.notes.phrases import fold
from quizbot.notes.pronouns import names_a_thing
from quizbot.notes.shorthand import a_persons_deed_in_a_body
from quizbot.notes.tenses import is_past_verb, past_tense
from quizbot.text.names import is_everyday_word

#: ``Name: deed …``: a name of capitalised words (``of``, ``ud``, ``bin`` … may join them).
_DOER_DEED = re.compile(
    r"^(?P<doer>[A-Z][\w.'’-]*(?:\s+(?:of|ud|ud-|al|bin|ibn|de|da|[A-Z][\w.'’-]*)){0,4}):\s+"
    r"(?P<verb>[a-z]+)\s+(?P<rest>.+)$"
)
#: Where the deed's clause ends: another note after a semicolon or an arrow.
_CLAUSE_END = re.compile(r";\s|\s→\s|\s[–—]\s|,\s(?:but|and then|later)\s")
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
    if " " not in heading.group("doer") and is_everyday_word(heading.group("doer").lower()):
        return None  # "Reign (1509–1529)": a label, no doer ("Reign captured ___ doab")
    return f"{heading.group('doer')}: {found.group('verb').lower()} {found.group('rest')}"


def deed_without_its_doer(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """ "Died when a pavilion collapsed at ___ (1325)." under ``Ghiyasuddin Tughlaq
    (1320–25)`` (holdout 360, weak: only the topic line names him): a sentence that opens on
    its past verb names no doer; in a ruler's section it is shown with the ruler as its
    subject (:func:`doer_sentence`), elsewhere not at all."""
    if not isinstance(question, Cloze):
        return None
    found = _OPENING_VERB.match(question.text)
    if found is None or not is_past_verb(found.group("verb").lower()):
        return None
    if _OPENER_THEN_SUBJECT.match(question.text):
        return None  # "Formed in 1885, the INC …": the opener's subject follows its comma
    heading = question.topic.rsplit(TOPIC_SEPARATOR, 1)[-1]
    if _under_ruler(question) is None and names_a_thing(heading, ctx):
        return None  # "Signed (1960) at Karachi by ___" under "Indus Waters Treaty": its own
    # "Tried to rule all of north India, but ___ stayed independent" (holdout 362, weak)
    return "the sentence opens on its verb: whose deed it is is never named"


#: A participle's opener, then the subject it is said of: ``Born in 1869, Gandhi …``.
_OPENER_THEN_SUBJECT = re.compile(r"^[A-Z][a-z]+ [^,]*, (?:the |an? )?(?:[A-Z]|\{\{)")


#: A name at the head of a line, then an arrow: ``Satluj → …`` (after its parent's label:
#: ``Panjnad: Satluj → …``).
_ARROW_HEAD = re.compile(
    r"^(?:[^:{}]{1,40}: )?(?P<head>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) → (?P<rest>.+)$"
)
#: A clause's verb and the word after it: ``enters India``, ``joins Satluj``, ``flows through``.
_CLAUSE_VERB = re.compile(r"^(?P<verb>[a-z]+)\s+(?P<next>\S+)")
#: Words that may follow a clause's verb (besides a name).
_AFTER_VERB = frozenset(
    "at in into through from to near with the a an its over across along by".split()
)


def _clauses_after(rest: str) -> list[str]:
    """The clauses after a line's first arrow, parted by commas, semicolons and arrows."""
    return [p.strip() for p in re.split(r"[;,]\s|\s→\s", rest)]


def reads_a_head_clause(text: str, line: str) -> bool:
    """Is ``text`` (filled in) the line's arrow head and one whole clause after the arrow, as
    :func:`head_clause_sentence` writes it ("Satluj enters India at Shipki La.")? The line's
    arrow is read, not lost."""
    found = _ARROW_HEAD.match(line.replace("**", ""))
    if found is None or not text.startswith(found.group("head") + " "):
        return False
    clause = text[len(found.group("head")) + 1 :].rstrip(".")
    return clause in _clauses_after(found.group("rest"))


#: Arrows in a line that make it a route or a course, stop by stop.
_A_ROUTE = 3


def head_clause_sentence(question: Cloze) -> Cloze | None:
    """The cloze cut to the clause of its blank with the line's head as its subject
    (``Satluj → …, enters India at ___; …`` → "Satluj enters India at ___."), or ``None``."""
    if " → " not in question.text or question.text.count("{{") != 1:
        return None
    if question.text.count(" → ") >= _A_ROUTE:
        return None  # "Course: Verinag → Anantnag → … → joins ___ at Trimmu": a route's first
        # stop is no doer (holdout 737, bad: "Verinag joins Chenab at Trimmu")
    found = _ARROW_HEAD.match(question.text)
    if found is None or "{{" in found.group("head"):
        return None
    (clause,) = [p for p in _clauses_after(found.group("rest")) if "{{" in p] or [""]
    verb = _CLAUSE_VERB.match(clause)
    if verb is None or verb.group("verb") in _SAID or clause.count("(") != clause.count(")"):
        return None
    word, after = verb.group("verb"), verb.group("next")
    tensed = is_past_verb(word) or (word.endswith("s") and past_tense(word) is not None)
    if not tensed or not (after in _AFTER_VERB or after[:1].isupper() or after.startswith("{{")):
        return None
    if " by " in f" {clause} " or is_everyday_word(found.group("head").lower()):
        return None  # "closed in north by Asia": done to the head; "Founder → …": a label
    if a_persons_deed_in_a_body(found.group("head"), clause):
        return None  # "Constituent Assembly → chaired ___": who chaired it, not the Assembly
    return dataclasses.replace(question, text=f"{found.group('head')} {clause.rstrip(' .')}.")


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
    one_word = len(words) == 1 and not REGNAL.search(doer) and not headed
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
