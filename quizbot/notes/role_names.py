"""The role builder: a name the writer gave its role in a sub-bullet, asked of the parent.

Sub-bullets under a named parent often list who or what played a part, in shorthand with no
subject: ``Chandrayaan-3 soft-lands …`` then ``lander Vikram, rover **Pragyan**``;
``Muhammad bin Tughlaq (1325–1351)`` then ``Moroccan traveller **Ibn Battuta** came to his
court``. A cloze of such a line loses its subject (the last gate drops it), yet the role says
exactly what to ask. This builder asks

* "What is the name of Chandrayaan-3's rover?" from a part that is only a role word and the
  writer's **bold** name (``rover **Pragyan**``);
* "Which Moroccan traveller came to Muhammad bin Tughlaq's court?" from a role, a bold name
  and a short verb phrase whose "his" or "her" points back to the parent.

The parent must be a name: its one bold span, or the whole line before its bracket of years.
The gate then judges the question like any other.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.fragments import shorthand_mark
from quizbot.notes.grammar import has_verb, with_the
from quizbot.notes.labels import is_label
from quizbot.notes.phrases import fold
from quizbot.text.names import is_everyday_word

#: A parent that is a name and nothing else: ``Muhammad bin Tughlaq (1325–1351)``.
_NAME_LINE = re.compile(
    r"^(?P<name>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|bin|ibn|ud|al|of|de))*)\s*(?:\([^()]*\))?$"
)
_ROLE = r"(?P<role>(?:[A-Z][a-z]+\s+)?[a-z]{3,}(?:\s+[a-z]{3,})?)"
#: Words that cannot name a role (the part is a clause or a phrase, not "rover Pragyan").
_NOT_ROLES = frozenset(
    "the and with from into under over after before near about than for was were is are "
    "has had have also then still now only once not nor but yet".split()
)
_MAX_REST_WORDS = 6
#: An adverb or a participle: a role is a noun ("written mostly" is how, not who).
_NOT_A_NOUN = re.compile(r"ly\b|\b(?:written|known|done)\b")
#: Roles of someone who came to the owner, not the owner's own ("Greek envoy Deimachus"
#: under Bindusara was Antiochus I's envoy to his court).
VISITORS = frozenset("envoy ambassador traveller traveler visitor pilgrim".split())
#: Roles a person plays: "Who was the Taj Mahal's chief architect?".
_PEOPLE = frozenset(
    """architect founder minister chief general poet guru teacher disciple wife son daughter
    mother father president king queen engineer designer director captain commander
    astronaut pilot chair chairperson chairman""".split()
)
#: A line that names its own subject before an arrow or a dash (``Taj Mahal → …``): the
#: roles it gives are that subject's, not its parent's.
_HEAD = re.compile(r"^(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s*(?:\([^()]*\))?\s*[→–—]\s")
_POINTER = re.compile(r"\b(?:his|her)\b")


def parent_name(parent: Unit | None) -> str | None:
    """The name a sub-bullet's parent stands for, or ``None``."""
    if parent is None:
        return None
    if len(parent.bold) == 1:
        # "Founded 28 Dec **1885**": a year stands for no one ("the first president of 1885")
        return parent.bold[0] if any(c.isalpha() for c in parent.bold[0]) else None
    found = _NAME_LINE.match(parent.text.replace("**", "").rstrip(":").strip())
    if found is None or is_label(found.group("name")):
        return None  # "Features:": the writer's label, no name
    return found.group("name")


#: Words a role cannot end on (holdout 422, weak: "FAME II's localisation via?").
_ENDS_ON_A_LINK = frozenset("via by through under from with for to of in at on as into".split())
#: A sum of money, which a role's "What is the name of …?" cannot take.
_AMOUNT = re.compile(r"(?:Rs\.?|₹|\$|US\$|INR|£)\s*\d")


def role_question(unit: Unit, ctx: Context) -> Draft | None:
    """A question on the bold name a sub-bullet gives its role, or ``None``."""
    owner = parent_name(unit.parent)
    head = _HEAD.match(unit.text)
    if head is not None and is_label(head.group("name")):
        return None  # "Job → report …; suggest **alternative policies**": the body's job
    if head is not None:
        owner = with_the(head.group("name"))  # "Taj Mahal → …; chief architect …": its own
    if owner is None or not unit.bold:
        return None
    if " " not in owner and is_everyday_word(fold(owner)):
        return None  # "Provisions:" over "repatriate **POWs**": a common noun (holdout 270)
    for part, found in _parts(unit):
        role, name, rest = found.group("role"), found.group("name"), found.group("rest")
        if set(role.lower().split()) & _NOT_ROLES or has_verb(role, loose=False):
            continue
        if role.split()[-1].lower() in _ENDS_ON_A_LINK:
            continue  # "localisation via **PMP**": "What is the name of … localisation via?"
        if re.fullmatch(r"[a-z]{3,}(?<!ss)s", role) or re.search(
            r"ly\b|\b(?:written|known|done)\b", role
        ):
            continue  # "owns …", "written mostly right to left": a verb, no role
        before = unit.text[: unit.text.find(part)]
        if _AMOUNT.match(name):
            continue  # "war indemnity **Rs 50 lakh**": a sum, no name (holdout 234, bad)
        if not name[:1].isupper() or (head is None and "→" in before[before.rfind(";") + 1 :]):
            continue  # "outlay **₹18,100 cr**": a figure; "huge **water reservoirs**": no
            # name; "→ Council …, president X": the council's
        if rest is None and role.split()[-1].lower() in VISITORS:
            continue  # "Bindusara: Greek envoy Deimachus": sent to him, not his envoy
        if shorthand_mark(part) or owner.lower() in part.lower():
            continue
        if rest is None:
            what = "Who was" if role.split()[-1].lower() in _PEOPLE else "What is the name of"
            prompt = f"{what} {_possessive(owner)} {role}?"
        else:
            if len(rest.split()) > _MAX_REST_WORDS or not has_verb(rest.split()[0], loose=False):
                continue
            if len(_POINTER.findall(rest)) != 1:
                continue  # "came to his court": one pointer, and it is the parent
            asked = _POINTER.sub(_possessive(owner), rest)
            prompt = f"Which {role} {asked}?"
        return written_question(unit, "role", prompt, name, key_kind="term")
    return None


def _possessive(owner: str) -> str:
    """``Chandrayaan-3's``; ``the Mughals'``."""
    return f"{owner}'" if owner.endswith("s") and owner[-2:] != "ss" else f"{owner}'s"


def _parts(unit: Unit) -> list[tuple[str, re.Match[str]]]:
    """Each part of the line (between commas and semicolons) that is a role and a bold
    name, with what follows the name."""
    found = []
    for part in re.split(r"[;,]\s+", unit.text.strip()):
        for name in unit.bold:
            match = re.match(
                rf"^{_ROLE}\s+(?P<name>{re.escape(name)})(?:\s+(?P<rest>[a-z].*))?$", part
            )
            if match is not None:
                found.append((part, match))
    return found
