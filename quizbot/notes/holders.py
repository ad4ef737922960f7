"""The holder builder: a first (or largest) and the bold name that holds it.

Notes write a record the other way round from a superlative line: the claim, ``=``, then its
holder, often as one clause among several: ``**Supreme Court** → estd. under Art 124; 1st CJI
= **H.J. Kania**``, ``India: 18 BRs …; first BR = **Nilgiri** (1986)``, under the heading
*RBI – history* ``1st Governor = **Sir Osborne Smith**; 1st Indian Governor = **C.D.
Deshmukh**``. A cloze of the clause shows the notes' ``=``; the claim itself says what to ask:

    "Who was the first Chief Justice of India?"
    "Which was India's first biosphere reserve?"
    "Who was the first Indian Governor of RBI?"

A claim joins its holder by ``=``, directly (``→ 1st prez **Lala Lajpat Rai**``) or by an
arrow (``First Indian GI → **Darjeeling Tea**``, holdout 264): an arrow between a war and a
treaty (``1st Anglo-Maratha war → Treaty of Salbai``) is a sequel, but a war is no office
nor place, so it is never asked. The claim must end on a word that
names an office or a kind of place (``president``, ``CJI``, ``NP``, ``tiger reserve``), not
an award or an occasion (``first PVC``, ``1st summit``: who received it, where it was, is
another question). An office names whose it is: its own words (``Chief Justice of India``),
the line's bold head (``Supreme Court``), the parent's name, or an acronym in the section's
heading (``RBI``); a place holds its record in India when the line or the headings say so.
A name the line says the holder is called now (``Hailey NP (1936) → now Jim Corbett NP``)
is accepted as well.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.grammar import OFFICES, with_the
from quizbot.notes.names import expansions
from quizbot.notes.role_names import parent_name
from quizbot.notes.timeline_dates import leading_date
from quizbot.notes.zones import names_india

_SUPERLATIVE = r"first|1st|largest|biggest|oldest|longest|highest|smallest"
#: One clause: the owner India's, the superlative, the claim, ``=``, the bold holder, its
#: bracket and what follows (``→ now …``).
_CLAUSE = re.compile(
    rf"^(?P<owner>India's\s+)?(?P<sup>{_SUPERLATIVE})\s+(?P<claim>[A-Za-z][\w .'-]{{0,40}}?)"
    r"\s*(?:=|\s[–—]\s)?\s*(?P<name>(?-i:[A-Z])[^()→;,=–—]{1,60}?)\s*(?:\((?P<bracket>[^()]*)\))?"
    r"(?P<after>(?:\s*(?:→|,).*)?)$",
    re.IGNORECASE,
)
_NOW = re.compile(r"^\s*(?:→|,)?\s*now\s+(?P<now>[A-Z][^()→;,]{1,60}?)\s*(?:\(|$)")
#: Short forms a claim ends on, written out.
_KINDS = {
    "cji": "Chief Justice of India",
    "cec": "Chief Election Commissioner",
    "pm": "Prime Minister",
    "cm": "Chief Minister",
    "np": "national park",
    "br": "biosphere reserve",
    "tr": "tiger reserve",
    "wls": "wildlife sanctuary",
    "prez": "president",
    "pres": "president",
}
#: A judge's court, written out (``1st woman SC judge``).
_COURTS = {"SC": "Supreme Court", "HC": "High Court"}
#: Offices on a bench (not among :data:`~quizbot.notes.grammar.OFFICES`, which ask "of …").
_BENCH = frozenset(("judge",))
#: Offices that name their own country.
_NATIONAL = frozenset(
    ("chief justice of india", "prime minister", "chief minister", "chief election commissioner")
)
#: Kinds of place (asked "Which …?") whose record holds in a country.
_PLACES = frozenset(
    "park reserve sanctuary site port dam corporation municipality university gi".split()
)
#: An acronym in a heading, the body a section is about (``RBI``, ``INC``).
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
#: What follows a line's head that names its own subject (``**Supreme Court** → …``).
_AFTER_HEAD = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:→|–|—|:|,|\s+[a-z]+ed\b)")


def holder_questions(unit: Unit, ctx: Context) -> list[Draft]:
    """ "Who was the first Chief Justice of India?" for each clause of a claim and its
    holder."""
    if not unit.bold or not _RANKED.search(unit.text):
        return []
    drafts: list[Draft] = _first_after_its_office(unit)
    for clause in _clauses(unit.text.strip()):
        clause = _RECORD_ARROW.sub(r"\g<claim> = ", clause.strip())  # "First Indian GI → …"
        found = _CLAUSE.match(clause)
        if found is None:
            continue
        claim = _claim(found.group("claim"))
        if claim is None:
            continue
        head = claim.lower()
        office = head in _NATIONAL or head.split()[-1] in OFFICES | _BENCH
        indian = not office and claim.startswith("Indian ")
        if indian:  # "First Indian GI": India's first GI (an "Indian Governor" is an office's)
            claim, head = claim[7:], head[7:]
        if not office and head.split()[-1] not in _PLACES:
            continue
        sup = "first" if found.group("sup").lower() == "1st" else found.group("sup").lower()
        name = found.group("name").strip()
        if name not in unit.bold:
            continue  # the writer's bold marks the holder
        if office:
            owner = "" if head in _NATIONAL or _names_its_court(claim) else _body(unit, clause)
            if owner is None:
                continue
            prompt = f"Who was the {sup} {claim}{f' of {with_the(owner)}' if owner else ''}?"
        else:
            if not (found.group("owner") or indian or _in_india(unit)):
                continue
            verb = "was" if sup == "first" else "is"
            prompt = f"Which {verb} India's {sup} {claim}?"
        now = _NOW.match(found.group("after"))
        aliases = expansions(name) + ([now.group("now")] if now else [])
        drafts.append(
            written_question(
                unit,
                "holder",
                prompt,
                name,
                key_kind="person" if office else "place",
                aliases=aliases + [a for n in aliases for a in expansions(n)],
                slot=f"holder:{name}",
                at_head=True,
            )
        )
    return drafts


#: The line's last part: the first holder of the office it names (``… → Warren Hastings
#: 1st``).
_FIRST_LAST = re.compile(
    r"→\s*(?P<name>(?:Lord |Sir )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})\s+(?:1st|first)\s*$"
)


def _first_after_its_office(unit: Unit) -> list[Draft]:
    """``Governor of Bengal → **Governor-General of Bengal** by Regulating Act (1773) →
    Warren Hastings 1st``: "Who was the first Governor-General of Bengal?" (holdout 316: the
    first holders of the three titles, key facts, unasked)."""
    found = _FIRST_LAST.search(unit.text)
    offices = [b for b in unit.bold if set(re.split(r"[\s-]+", b.lower())) & OFFICES]
    if found is None or len(offices) != 1:
        return []
    office = offices[0]
    if " of " not in office and names_india(f"{unit.heading} {unit.topic}"):
        office = f"{office} of India"  # "Viceroy" of the notes on British India
    name = found.group("name")
    return [
        written_question(
            unit,
            "holder",
            f"Who was the first {office}?",
            name,
            key_kind="person",
            aliases=expansions(name),
            slot=f"holder:{name}",
            at_head=True,
        )
    ]


#: A record's claim alone before an arrow (``First Indian GI → **Darjeeling Tea**``): the
#: arrow says "is", as ``=`` does.
_RECORD_ARROW = re.compile(
    rf"^(?P<claim>(?:India's\s+)?(?:{_SUPERLATIVE})(?:\s+[A-Za-z][\w.'-]*){{1,3}})\s+→\s+(?=[A-Z])",
    re.IGNORECASE,
)
#: A rank anywhere in the line: the cheap test first (``generate_1mb_s``).
_RANKED = re.compile(rf"\b(?:{_SUPERLATIVE})\b", re.IGNORECASE)


def _clauses(text: str) -> list[str]:
    """The line's clauses (at its semicolons), and a claim after an arrow (``AITUC founded,
    Bombay → 1st prez **Lala Lajpat Rai**``)."""
    found: list[str] = []
    for clause in re.split(r";\s+", text):
        found.append(clause)
        found += [p for p in clause.split(" → ")[1:] if _RANKED.match(p)]
    return found


def _claim(claim: str) -> str | None:
    """The claim written out (``Indian Governor``, ``biosphere reserve``, ``woman Supreme
    Court judge``), or ``None`` when it is longer than an office or a kind of place."""
    words = claim.strip().split()
    if not words or len(words) > 3:
        return None
    last = _KINDS.get(words[-1].lower())
    if last is not None:
        words[-1] = last
    return " ".join(_COURTS.get(w, w) for w in words)


def _names_its_court(claim: str) -> bool:
    """Does the claim say whose bench it is (``woman Supreme Court judge``)?"""
    return any(court in claim for court in _COURTS.values())


def _body(unit: Unit, clause: str) -> str | None:
    """Whose office the clause names: the line's bold head, when the clause is not that
    head's own; the parent's name; or an acronym in the section's heading."""
    head = unit.bold[0]
    dated = leading_date(unit.text)
    text = dated[1] if dated else unit.text  # "31 Oct 1920 – **AITUC** founded, …"
    own_head = text.startswith(head) and _AFTER_HEAD.match(text[len(head) :])
    if own_head and not text.startswith(clause):
        return head
    parent = parent_name(unit.parent)
    if parent is not None:
        return parent
    section = unit.headings[-1] if unit.headings else ""
    acronym = _ACRONYM.search(section)
    return acronym.group(0) if acronym else None


def _in_india(unit: Unit) -> bool:
    """Do the line or its headings say the notes are about India?"""
    return names_india(f"{unit.text} {unit.heading} {unit.topic}")
