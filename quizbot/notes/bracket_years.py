"""The bracket-year builder: a year the notes put in brackets after a deed → "… in ___."

Indian notes date a deed by a bracket straight after it: ``Aurangzeb (1658–1707) reimposed
jizya (1679), executed Guru Tegh Bahadur (1675) and annexed Bijapur (1686) …``; under
``Akbar (1556–1605):`` the sub-bullet ``abolished pilgrim tax (1563) and jizya (1564)``. As a
cloze the year is all of a bracket (what it asks for is not said) and the first gate drops
it. This builder writes the deed as its own sentence with the year as its time, "Aurangzeb
reimposed the jizya in ___.", "Akbar abolished the jizya in ___.", when

* the doer is named: the sentence's subject (a name at its head, before its reign in
  brackets) or, for a sub-bullet that opens with its verb, the parent's name;
* the deed is a past verb in -ed and a short object in lower case (``jizya``, ``pilgrim
  tax``); an object that shares the verb (``… (1563) and jizya (1564)``) is a deed too.

A deed done to a name (``executed Guru Tegh Bahadur (1675)``) is left to the name's own
question: one fact, one question. The gate then judges the sentence like any cloze.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze
from quizbot.notes.clauses import PLURAL_SUBJECT
from quizbot.notes.drafts import Context, Draft, Unit, shown_subject
from quizbot.notes.fragments import shorthand_mark
from quizbot.notes.phrases import BRACKET
from quizbot.notes.role_names import parent_name

_YEAR = r"\((?P<year>1[5-9]\d\d|20\d\d)\)"
_SUBJECT = re.compile(
    r"^(?:[A-Z][a-z]+:\s+)?(?P<subject>[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|bin|ibn|ud)){0,3})"
    r"(?:\s+\((?:1[0-9]|20)\d\d\s*[–—-]\s*(?:1[0-9]|20)?\d\d\))?\s+(?=[a-z]+ed\b)"
)
_DEED = re.compile(rf"^(?:(?P<verb>[a-z]{{3,}}ed)\s+)?(?P<object>[a-z][a-z' -]*?)\s*{_YEAR}$")
_MAX_OBJECT_WORDS = 3
_PREPOSITIONS = frozenset("in into at on by from to under with for of as".split())


def _deeds(predicate: str) -> list[tuple[str, str, str]]:
    """(verb, object, year) of each dated deed in a run of predicates."""
    found: list[tuple[str, str, str]] = []
    verb = ""
    # a comma inside a bracket parts no deeds: "signed (2002, St Petersburg), in force (2003)"
    unbroken = BRACKET.sub(lambda m: m.group(0).replace(",", "\x00"), predicate.rstrip(".;"))
    for piece in re.split(r",\s+(?:and\s+)?|\s+and\s+", unbroken):
        starts = re.match(r"^([a-z]{3,}ed)\b", piece)
        if starts is not None:
            verb = starts.group(1)
        if ":" in piece:
            verb = ""  # "hosted summits: New Delhi (2012), …, virtual (2021)": what follows
            # the colon is the summits', no object of "hosted" (holdout 623, bad: "India
            # hosted the virtual in ___")
        match = _DEED.match(piece.strip())
        if match is None or not verb:
            continue
        obj = match.group("object").strip()
        if len(obj.split()) > _MAX_OBJECT_WORDS or shorthand_mark(obj):
            continue
        if obj.split()[0] == verb or obj.split()[0].endswith("ed"):
            continue  # "Republic proclaimed (1792)", "died there": no object of the deed
        if obj.split()[0] in _PREPOSITIONS:
            continue  # "Charter signed …, in force (2003)": a state, no object of "signed"
        if obj.split()[0] in _SEQUENCE_ADVERBS:
            continue  # "tried Izaradari – 5-yr leases (1772), then annual (1777)": the next
            # step of the last deed, whose object is not said (holdout 538, bad: "tried the
            # then annual in ___")
        if obj.split()[0].lower() in _PRONOUNS:
            continue  # "MoEF accepted it in principle (2013)": what "it" is, the line does
            # not say (holdout 387, bad: "accepted the it")
        found.append((verb, obj, match.group("year")))
    return found


def _the(obj: str) -> str:
    """The object with "the" (notes drop it: ``abolished pilgrim tax``), unless it has a
    determiner of its own."""
    first = obj.split()[0]
    return obj if first in _DETERMINERS else f"the {obj}"


#: A verb's particle alone after it: the deed was done to the subject (holdout 329, weak).
_PARTICLES = frozenset("out up off down away back over".split())
_PRONOUNS = frozenset("it them him they".split())
#: Words that open the next step of a deed (``…, then annual (1777)``).
_SEQUENCE_ADVERBS = frozenset(
    "then later again also afterwards subsequently finally thereafter".split()
)
_DETERMINERS = frozenset("the a an his her its their this that these those all some".split())


def bracket_year_questions(unit: Unit, ctx: Context) -> list[Draft]:
    """A "… in ___." cloze for each dated deed of the unit whose doer is named."""
    text = unit.text.strip()
    head = _SUBJECT.match(text)
    if head is not None:
        if shown_subject(unit):
            return []  # "GEAC cleared environmental release (2022)" under DMH-11: of DMH-11
        subject, predicate = head.group("subject"), text[head.end() :]
    elif re.match(r"^[a-z]{3,}ed\b", text):
        owner = parent_name(unit.parent)
        if owner is None:
            return []
        subject, predicate = owner, text
    else:
        return []
    # what follows a semicolon or an arrow may be another's deed ("Rani Lakshmibai died …;
    # Tantia Tope betrayed, executed (1859); Bahadur Shah → … died there (1862)")
    predicate = re.split(r";|→", predicate)[0]
    drafts = []
    for verb, obj, year in _deeds(predicate):
        deed = f"{verb} {_the(obj)}"
        if obj in _PARTICLES:  # "CFCs phased out (2010)": done to them, never "phased the out"
            deed = f"{'were' if PLURAL_SUBJECT.search(subject) else 'was'} {verb} {obj}"
        drafts.append(
            Draft(
                Cloze,
                {
                    "prompt": f"{unit.context}: fill in the blank.",
                    "text": f"{subject} {deed} in {{{{{year}}}}}.",
                    "explanation": f"From the notes: “{text}”.",
                },
                "bracket-year",
                f"bracket-year:{year}",
                year,
                "",  # each deed is a fact of its own, not one of the line's (ranked alone)
                unit.heading,
                unit.line,
                id_key=f"deed|{unit.key}|{obj}|{year}",
                key_text=year,
                key_kind="year",
                unit_text=f"{subject} {verb} {obj} ({year})",
            )
        )
    return drafts
