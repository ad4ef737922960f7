"""The dated-head builder: a bold name, a dash, and when it was set up, launched or signed.

Notes that open a line on a scheme, a body or a treaty date it after the dash, not before:
``**Project Tiger** – launched **1 April 1973** at Jim Corbett; 9 reserves at start …``,
``**PAC** – set up **1921** (GoI Act 1919); 22 members …``, ``**Panchsheel** – signed **29
Apr 1954** w/ China …``. A cloze of the line keeps its dash (the last gate drops it as
shorthand), and the timeline builder looks only for a date at the head; the date is the
fact an examiner asks:

    "On what date was Project Tiger launched?"
    "In which year was the PAC set up?"

In prose the date may stand in a bracket after the name (``The **National Development
Council** (Aug 1952) was set up …`` → "In which year was the National Development Council
set up?"). The name must be the writer's bold head, the verb one that dates a thing's
start (*set up*, *launched*, *signed*, *founded*, *adopted*, *established* …), and a year
(after an optional day and month) follow it at once. The question asks as a timeline's does.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Short
from quizbot.notes.drafts import Context, Draft, Unit, make_draft
from quizbot.notes.grammar import with_the
from quizbot.notes.names import expansions
from quizbot.notes.timeline_dates import ASK_WHEN, when_kind

_VERBS = {
    "est.": "established",
    "estd.": "established",
    "estd": "established",
}
_LINE = re.compile(
    r"^(?P<name>[A-Z][^–—;:→()]{0,60}?)(?:\s*\([^()]*\))?\s+[–—]\s+"
    r"(?P<verb>set up|launched|signed|founded|adopted|established|estd\.?|est\.|formed|"
    r"enacted|passed|created|started|inaugurated)\s+(?:in\s+|on\s+)?"
    r"(?P<when>(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:1[5-9]|20)\d\d)\b(?!\s*[–—-]\s*\d)"
)


#: The same in prose, the date in a bracket after the name: ``The **National Development
#: Council** (Aug 1952) was also set up by an executive resolution …``; its year is asked.
_PROSE = re.compile(
    r"^(?:The\s+)?(?P<name>[A-Z][^–—;:→(),]{0,60}?)\s+\((?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?"
    r"(?P<when>(?:1[5-9]|20)\d\d)\)\s+(?:was|were)\s+(?:also\s+|first\s+)?"
    r"(?P<verb>set up|launched|signed|founded|adopted|established|formed|enacted|passed|"
    r"created|started|inaugurated|constituted)\b"
)


def dated_head_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "On what date was Project Tiger launched?", or ``None``."""
    found = _LINE.match(unit.text) or _PROSE.match(unit.text)
    if found is None:
        return None
    name = found.group("name").strip()
    if name not in unit.bold:
        return None  # the writer's bold marks the head the line is about
    name = name.split(" / ")[0]  # "Mangalyaan / MOM": the first of its names
    verb = _VERBS.get(found.group("verb"), found.group("verb"))
    when = found.group("when").replace(".", "")
    kind = when_kind(when)
    asked = f"{ASK_WHEN[kind]} was {with_the(name)} {verb}?"
    return make_draft(
        unit,
        Short,
        "dated-head",
        f"dated-head:{when}",
        when,
        key_kind="year" if kind == "year" else "date",
        prompt=f"{unit.context}: {asked}",
        answer=when,
        aliases=tuple(expansions(when)),
    )
