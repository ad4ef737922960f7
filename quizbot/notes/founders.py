"""The founder builder: a dated line naming a body, then after a dash the person behind it.

Timelines of reformers, parties and institutions write a founding as a year, the body (a
*Samaj*, *Sabha*, *Society*, *League* …), perhaps its place, and its founder, joined by
dashes: ``1875 – **Arya Samaj**, Bombay – Dayanand Saraswati; "Go back to the Vedas"``. A
cloze of the line keeps the dashes (the last gate drops it as shorthand), and the year is
asked already by the timeline; the founder is the fact an examiner asks:

    "Who founded the Arya Samaj in Bombay in 1875?"

The body's last word must name a body that people found (``Cripps Mission – Gandhi`` is a
delegation and Gandhi its critic; *mission* is not one of them, nor is a *split* or a
*crisis*); a movement is *started*. The person is one to four capitalised words (a title, a
quoted other name: ``E.V. Ramasamy "Periyar"``) that end the clause: a colon after them
(``Gandhi: "post-dated cheque"``) says they said something, not that they founded it.

Under a heading that names a kingdom or a body, a line may say only who founded it, its
subject left to the heading (holdouts 298 and 302: the founders of Vijayanagara and of the
Bahmani kingdom were never asked):

    ## Bahmani Kingdom (1347 – c. 1527)
    - Founded (1347) by **Alauddin Hasan Bahman Shah** (Hasan Gangu) → revolt of …

    "Who founded the Bahmani Kingdom (1347)?"     (Hasan Gangu taken too)
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.grammar import REGNAL
from quizbot.notes.names import expansions

_BODIES = frozenset(
    (
        "samaj",
        "sabha",
        "sangh",
        "sangha",
        "society",
        "yogam",
        "college",
        "association",
        "league",
        "party",
        "ashram",
        "parishad",
        "sangam",
        "movement",
    )
)
_STARTED = frozenset(("movement",))
_WORD = r"[A-Z][\w.'’-]*"
_LINE = re.compile(
    r"^(?P<year>(?:1[5-9]|20)\d\d)\s+[–—]\s+"
    rf"(?P<body>{_WORD}(?:\s+{_WORD}){{0,4}})(?:\s*\([^()]*\))?"
    rf"(?:,\s+(?P<place>{_WORD}(?:\s+{_WORD})?))?\s+[–—]\s+"
    rf"(?P<person>{_WORD}(?:\s+{_WORD}){{0,3}}(?:\s+\"[A-Z][\w-]*\")?)"
    r"\s*(?:$|[;,(→]\s*.*$)"
)


#: A heading's polity or body, its dates left out (``Bahmani Kingdom (1347 – c. 1527)``).
_POLITY = re.compile(
    rf"^(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}}\s+(?:Empire|Kingdom|Dynasty|Sultanate|"
    r"Samaj|Sabha|Society|Party|League|Association|Mission|Movement))\b"
)
#: A section that names no thing of its own: the heading above it does.
_GENERIC_SECTION = re.compile(
    r"(?:basics|overview|origins?|introduction|intro|background|foundation|key facts)\b",
    re.IGNORECASE,
)
_FOUNDED = re.compile(
    r"^Founded(?:\s+\((?P<year>(?:c\.\s?)?\d{3,4})\))?\s+by\s+"
    rf"(?P<person>{_WORD}(?:\s+(?:{_WORD}|I{{1,3}}|IV|&|and)){{0,5}})"
    r"(?:\s*\((?P<other>[^()]*)\))?\s*(?:$|[;,→].*$)"
)


def heading_founder_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Who founded the Bahmani Kingdom (1347)?" of a top line under its heading, or
    ``None``."""
    if unit.parent is not None or not unit.headings or not unit.text.startswith("Founded"):
        return None
    found = _FOUNDED.match(unit.text.replace("**", ""))
    heading = unit.headings[-1]
    if _GENERIC_SECTION.match(heading) and len(unit.headings) > 1:
        heading = unit.headings[-2]  # "# Vijayanagara Empire" over "## Basics"
    polity = _POLITY.match(heading)
    if found is None or polity is None:
        return None
    person = found.group("person")
    two = re.search(r"\s(?:&|and)\s", person) is not None
    year = f" ({found.group('year')})" if found.group("year") else ""
    who = "Which two people" if two else "Who"
    other = found.group("other") or ""
    names = [other] if re.fullmatch(rf"{_WORD}(?:\s+{_WORD}){{0,3}}", other) else []
    if two:  # "Harihara I & Bukka I": either order, with or without their numerals
        pair = [p.strip() for p in re.split(r"\s(?:&|and)\s", person)]
        bare = [REGNAL.sub("", p) for p in pair]
        names += [f"{a} and {b}" for a, b in (pair, pair[::-1], bare, bare[::-1])]
    return written_question(
        unit,
        "founder",
        f"{who} founded the {polity.group('name')}{year}?",
        person,
        key_kind="person",
        aliases=[*names, *expansions(person)],
        marked=person in unit.bold,
    )


def founder_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Who founded the Arya Samaj in Bombay in 1875?", or ``None``."""
    found = _LINE.match(unit.text)
    if found is None:
        return None
    body = found.group("body")
    kind = body.split()[-1].lower()
    if kind not in _BODIES or len(body.split()) < 2:
        return None
    verb = "started" if kind in _STARTED else "founded"
    place = f" in {found.group('place')}" if found.group("place") else ""
    prompt = f"Who {verb} the {body}{place} in {found.group('year')}?"
    person = found.group("person")
    quoted = re.search(r"\s*\"([^\"]+)\"", person)  # E.V. Ramasamy "Periyar"
    answer = person[: quoted.start()] if quoted else person
    others = [f"{answer} {quoted.group(1)}", quoted.group(1)] if quoted else []
    aliases = [*others, *expansions(answer)]
    return written_question(
        unit,
        "founder",
        prompt,
        answer,
        key_kind="person",
        aliases=aliases,
        marked=person in unit.bold,
    )
