"""The done-by builder: a name at the head of a line, and who or what it was done by or at.

Notes name a thing at a line's head and, after a dash or an arrow, say with a bare past
participle who made it or where it was made: ``**NEP 2020** – drafted by the **K.
Kasturirangan Committee**, replaced NPE 1986``, ``UNFCCC – adopted at Rio Earth Summit
(1992), in force 1994``, ``PESA Act (1996) – extends Part IX …; based on the **Bhuria
Committee**``. A cloze of the line keeps the dash (the last gate drops it as shorthand); the
clause alone is a clean question once the participle is put back into a sentence, asking the
agent or the place by the kind its own name carries:

    "By which committee was NEP 2020 drafted?"
    "At which summit was UNFCCC adopted in 1992?"
    "Who chaired the 2nd ARC (2005)?"

The clause opens a part of the line (between semicolons) and ends at a comma (a clause after
a comma is said of the one before it); the head is a name, not a year; the agent must end
it (``launched Oct 2022 at Kevadia (Gujarat) w/ …`` is not asked) and be a capitalised name
whose last word is a kind (*committee*, *summit* …), or a person's name after *by* with a verb
that a person does (*chaired*, *invented* …), asked with *who*. A year in brackets after the
agent dates the clause. Anything else (``struck down in Shreya Singhal``: a case the name does
not call one) is not asked, nor is a clause after a second arrow (``A → B → founded by C``:
C founded B).
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.grammar import OFFICES, a_common_noun, opens_on_its_verb, with_the
from quizbot.notes.label_values import bracket_names
from quizbot.notes.names import MONTHS, expansions, name_kind
from quizbot.notes.phrases import fold

#: The line's head: an optional bracketed year, then a name of capitalised words, digits and
#: short joiners, then an optional bracket, then a dash or an arrow.
_HEAD = re.compile(
    r"^(?:\(\d{4}\)\s+)?(?P<name>(?:[A-Z][\w.'’&-]*|\d+(?:st|nd|rd|th))"
    r"(?:\s+(?:[A-Z0-9][\w.'’&-]*|of|for|and))"
    r"{0,5})(?:\s*\((?P<bracket>[^()]*)\))?(?:\s*[–—→]|:)\s*(?P<rest>.+)$"
)
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|for|on))*?(?:\s+[A-Z][\w.'’-]*)?"
_CLAUSE = re.compile(
    r"^(?P<verb>[a-z]+ed|held|built|led|set up|based)\s+(?P<prep>by|at|on|under|in)\s+"
    rf"(?:the\s+)?(?P<agent>{_NAME})(?:\s*\((?P<when>[^()]*)\))?$"
)
#: The kinds an agent's last word names (words the gates take as a kind, not a cue).
_KINDS = frozenset(
    (
        "committee",
        "commission",
        "summit",
        "conference",
        "convention",
        "council",
        "session",
        "agreement",
        "treaty",
    )
)
#: Kinds named after their chair, whose name alone is accepted.
_EPONYMOUS = frozenset(("committee", "commission"))
#: Verbs a person does, asked "Who chaired …?".
_PERSON_VERBS = frozenset(
    (
        "chaired",
        "headed",
        "led",
        "founded",
        "invented",
        "discovered",
        "designed",
        "proposed",
        "built",
        "commissioned",
    )
)
_YEAR = re.compile(r"^(?:(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+)?(?:1[5-9]|20)\d\d$")


def done_by_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "By which committee was NEP 2020 drafted?", or ``None``."""
    head = _HEAD.match(unit.text)
    if head is None:
        return None
    # A clause after a second arrow is said of what the arrow led to, not of the head.
    rest = head.group("rest").split("→")[0]
    for part in re.split(r";\s+", rest):
        # A clause after a comma is said of the clause before it ("met at Delhi, chaired by").
        found = _CLAUSE.match(re.split(r",\s+(?=[a-z])", part)[0].strip().rstrip("."))
        if found is None:
            continue
        draft = _question(unit, head, found, ctx)
        if draft is not None:
            return draft
    return None


def _question(unit: Unit, head: re.Match[str], found: re.Match[str], ctx: Context) -> Draft | None:
    agent = found.group("agent").strip()
    verb, prep = found.group("verb"), found.group("prep")
    name = head.group("name").strip()
    if fold(name.split()[0]).rstrip(".") in MONTHS or opens_on_its_verb(name):
        return None  # "(1928) Aug – report finalised; approved at …": a date, no name (550);
        # "Began 1 Nov 1931 → organised by …": a deed (747, bad: "By which committee was
        # Began 1 Nov 1931 organised?")
    if a_common_noun(name, ctx.proper_words):
        return None  # "Oath administered by the CJI": whose oath, the line does not say
    subject = _subject(name, head.group("bracket") or "")
    when = (found.group("when") or "").strip()
    date = f" in {next(iter(expansions(when)), when)}" if _YEAR.match(when) else ""
    kind = agent.split()[-1].lower()
    if kind in _KINDS and len(agent.split()) >= 2:
        which = f"{prep.capitalize()} which {kind}"
        if verb == "based" and kind in _EPONYMOUS:  # based on its recommendations
            which = f"On which {kind}'s recommendations"
        prompt = f"{which} was {subject} {verb}{date}?"
        names = agent.split()[:-1]
        aliases = []
        if kind in _EPONYMOUS:  # "the K. Kasturirangan Committee": its chair's name
            aliases = [" ".join(names), f"{names[-1]} {agent.split()[-1]}", names[-1]]
        return _draft(unit, prompt, agent, aliases, "organisation")
    if prep == "by" and verb in _PERSON_VERBS and _person(agent):
        if agent.split()[-1].lower() in OFFICES and verb in _HOLDS and not date:
            verb = _HOLDS[verb]  # "chaired by Chief Minister": an office chairs it ex officio
        others = [] if date else bracket_names(when)  # "built by Narasimhavarman II (Rajasimha)"
        return _draft(unit, f"Who {verb} {subject}{date}?", agent, others, "person")
    return None


#: An office does now what its holders did: "chaired by Chief Minister" → "Who chairs …?".
_HOLDS = {"chaired": "chairs", "headed": "heads", "led": "leads"}


def _subject(name: str, bracket: str) -> str:
    """The head as a sentence names it: ``the PESA Act (1996)``, ``NEP 2020``."""
    name = name.strip()
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", bracket.strip()):
        name = f"{name} ({bracket.strip()})"
    return with_the(name)


def _person(agent: str) -> bool:
    words = agent.split()
    return name_kind(agent) == "person" or (
        2 <= len(words) <= 3 and all(w[:1].isupper() and w.lower() not in _KINDS for w in words)
    )


def _draft(unit: Unit, prompt: str, agent: str, aliases: list[str], kind: str) -> Draft:
    forms = [a for a in (*aliases, *expansions(agent)) if a and a != agent and len(a) > 3]
    return written_question(
        unit, "done-by", prompt, agent, key_kind=kind, aliases=forms, marked=agent in unit.bold
    )
