"""A term asked from its definition, its ``=`` or arrow written as a definition's dash
(split from :mod:`~quizbot.notes.clauses`): ``Montreux Record = register of Ramsar sites
under threat → …`` gives ``___ – register of Ramsar sites under threat``, and ``Maldives –
Operation Cactus (1988): Indian troops foiled a coup`` gives ``Maldives: ___ (1988) – …``.
"""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import Cloze
from quizbot.notes.tenses import is_a_deed
from quizbot.text.names import is_region

_ARROW = re.compile(r"\s*(?:→|->)\s*")


#: A term at the head of its line joined to what it is by ``=`` or one arrow: ``Montreux
#: Record = register of Ramsar sites under threat → …``, ``Kosi → "Sorrow of Bihar"``.
_TERM_JOINED = re.compile(
    r"^(?P<head>(?:[A-Z][\w'’.&–-]*(?: [A-Z][\w'’.&–-]*){0,3}: )?\{\{[^}]*\}\}(?:\s*\([^()]*\))?)"
    r"\s*(?:=|→)\s+(?=\S)"
)


#: ``Maldives – Operation Cactus (1988): Indian troops foiled a coup``: a country, a dash,
#: the term and its definition after a colon; written ``Maldives: ___ (1988) – …``.
_SUBJECT_DASH = re.compile(
    r"^(?P<subject>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,2}) [–—] "
    r"(?P<term>\{\{[^}]*\}\}(?: \([^()]*\))?): (?=[A-Z])"
)


def term_written_out(question: Cloze) -> Cloze | None:
    """A term asked from its definition, its ``=`` or arrow written as the dash of a
    definition, and cut before any further arrow (``___ = register of Ramsar sites under
    threat → Keoladeo …`` → ``___ – register of Ramsar sites under threat``); ``None`` when
    the cloze is not so written."""
    text = question.text
    if " – " in text or " — " in text:  # what _SUBJECT_DASH needs, found without it
        text = _SUBJECT_DASH.sub(r"\g<subject>: \g<term> – ", text)
    if text != question.text:  # "Maldives – ___ (1988): Indian troops foiled a coup …"
        return dataclasses.replace(question, text=text)
    found = _TERM_JOINED.match(question.text)
    if found is None or question.text.count("{{") != 1:
        return None
    rest = _ARROW.split(question.text[found.end() :], maxsplit=1)[0].strip().rstrip(" .,;:")
    (key,) = question.blanks
    if not rest or "=" in rest or is_region(key[0]):
        return None  # "India = largest producer of milk": a country is no term
    if _WHEN_LABEL.match(key[0]):
        return None  # "Post 26/11 → coastal radar chain, …": a time, no term (holdout 290)
    if CONSEQUENCE.match(rest):
        return None  # "Coriolis force → hence none within ~5° of the equator": what follows
        # from it, not what it is (holdout 355, bad)
    if _AMOUNT_ONLY.match(rest):
        return None  # "Hit-and-run (Sec 106(2)) → up to 10 yrs → …": a penalty names nothing
    head = found.group("head")
    described = _DESCRIBED_NAME.fullmatch(key[0])
    if described and len(key) == 1:  # "Indo-Greek Menander": "Menander" alone is right too
        head = head.replace(f"{{{{{key[0]}}}}}", f"{{{{{key[0]}|{described.group(1)}}}}}")
    return dataclasses.replace(question, text=f"{head} – {rest}")


#: A key that says when, not what: ``Post 26/11``, ``Pre-1991``, ``After Kargil``.
_WHEN_LABEL = re.compile(r"(?:post|pre|after|before|since|till|until|during)\b", re.IGNORECASE)
#: What is left of a definition cut at its arrow when it is an amount and nothing else
#: (``up to 10 years``, ``₹5,000 fine``): it describes no term (holdout 272, bad).
_AMOUNT_ONLY = re.compile(
    r"^(?:(?:up to|upto|at least|min(?:imum)?|max(?:imum)?|about|~|over|under|below|above)\s+)?"
    r"[₹$]?\s*[\d,.]+\s*(?:%|years?|yrs?|months?|days?|crore|lakh|bn|billion|million|km)?"
    r"(?:\s+(?:fine|jail|imprisonment|prison|term))?$",
    re.IGNORECASE,
)
#: What opens a consequence, never a definition.
CONSEQUENCE = re.compile(r"(?:hence|so|thus|therefore|thereby|leading to|resulting in)\b", re.I)
#: A definition by another line's (``the opposite, …``, ``same as above``, ``same for state
#: legislatures``, holdouts 657 and 663, bad: "Which article is this: same for …?").
POINTS_ELSEWHERE = re.compile(
    r"^(?:the\s+)?(?:opposite|reverse|converse|same|inverse)\b|^(?:un)?like\s+(?:the\s+)?"
    r"(?:above|former|latter)\b"
    # a table cell told by another row ("| Muslim League | also urged surrender | same |")
    r"|^(?:also|ditto|do\.|likewise|similarly)(?:\W|$)",
    re.IGNORECASE,
)
#: A definition that only says what the term is short for (``Montford: short for
#: Montagu–Chelmsford``).
SHORT_FOR = re.compile(r"(?:short|abbr\.?|abbreviation|acronym)\s+(?:for|of)\b", re.I)
#: What was urged for a thing, not what it is: ``Women's education → to be encouraged``.
URGED = re.compile(r"to be \w+")
#: What a thing acts on, not what it is: ``Space weather → impact on satellites, …``.
EFFECT = re.compile(r"(?:impacts?|effects?)\s+(?:on|of)\b|(?:affects|causes|leads to)\b", re.I)
#: A name led by a descriptor of its people: ``Indo-Greek Menander``.
_DESCRIBED_NAME = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+ ([A-Z][a-z]+)")


def deed_before_a_name(head: str, bold: list[str]) -> bool:
    """Does a line's head open on a deed done to the bold name after it (``Built **Konark
    Sun Temple**``, ``Founded **Vikramashila Mahavihara**``)? The name is the fact; the head
    is no term and no name to identify (holdout 718, bad: the key was "Built Konark Sun
    Temple")."""
    first, _, rest = head.partition(" ")
    return bool(rest) and rest in bold and is_a_deed(first)


def opens_on_a_saying(definition: str) -> bool:
    """Does a definition open on what its term said or held (``spoke of the right to be
    forgotten``, holdout 777, bad: "What is the spoke of … called?"), no meaning of it?"""
    words = definition.split(maxsplit=2)
    return bool(words) and words[0] in _SAID and (len(words) < 2 or words[1] != "by")


#: Verbs of what a person said, wrote or held: never the head of a meaning.
_SAID = frozenset(
    """spoke wrote said held argued ruled observed declared stated noted opined warned
    dissented concurred termed""".split()
)
