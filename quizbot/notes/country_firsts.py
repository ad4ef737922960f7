"""The country-first builder: a mission that made India the n-th country to do something.

Science and technology timelines end a mission's line with its place in a race, after an
arrow: ``Jan 2025 – **SpaDeX** (launched Dec 2024) docks two satellites → India 4th country
to dock in space after US, Russia, China``. The line's date is not asked (it has two) and a
cloze keeps the arrow (the last gate drops it); the rank itself is the fact an examiner asks:

    "Which mission made India the fourth country to dock in space, after the US, Russia and
    China?"

The answer is the line's own bold name; the kind (*mission*, *launch* …) is the singular of
a word of the line's heading (``Missions timeline``), and a line under no such heading is not
asked. The countries before India are written as a list (``the US``, ``and``).

A country's own first, dated in a bracket, is asked by its year: ``India first country w/ a
national family planning programme (**1952**)`` (the line has no verb, so its cloze is turned
away as a note) → "In which year did India become the first country with a national family
planning programme?".
"""

from __future__ import annotations

import re

from quizbot.bank.model import Short
from quizbot.notes.drafts import Context, Draft, Unit, make_draft, written_question
from quizbot.notes.shorthand import write_out

_ORDINALS = {
    "1st": "first",
    "2nd": "second",
    "3rd": "third",
    "4th": "fourth",
    "5th": "fifth",
    "6th": "sixth",
    "7th": "seventh",
}
_RANK = re.compile(
    r"→\s+India\s+(?:=\s+)?(?:the\s+)?(?P<rank>[1-7](?:st|nd|rd|th)|first|second|third|fourth|"
    r"fifth|sixth|seventh)\s+country\s+to\s+(?P<what>[a-z][\w -]{2,40}?)"
    r"(?:\s+after\s+(?P<after>[A-Z][\w ,&-]{1,60}))?\s*(?:[;,(].*)?$"
)
_KINDS = {"missions": "mission", "launches": "launch", "satellites": "satellite"}
_THE = frozenset(("US", "USA", "UK", "UAE", "EU", "Soviet Union", "USSR"))


def country_first_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Which mission made India the fourth country to dock in space …?", or ``None``."""
    if "country to" not in unit.text or len(unit.bold) != 1:
        return None
    found = _RANK.search(unit.text.replace("**", ""))
    name = unit.bold[0]
    if found is None or not unit.text.replace("**", "").split(" – ", 1)[-1].startswith(name):
        return None  # the bold name must be what the line is about (after its date)
    kind = next((_KINDS[w] for h in unit.headings for w in h.lower().split() if w in _KINDS), None)
    if kind is None:
        return None
    rank = _ORDINALS.get(found.group("rank"), found.group("rank"))
    after = _countries(found.group("after"))
    prompt = f"Which {kind} made India the {rank} country to {found.group('what')}{after}?"
    return written_question(
        unit,
        "country-first",
        prompt,
        name,
        key_kind="name",
    )


def _countries(after: str | None) -> str:
    """``, after the US, Russia and China`` from ``US, Russia, China``."""
    if not after:
        return ""
    names = [n.strip() for n in re.split(r",|&|\band\b", after) if n.strip()]
    names = [f"the {n}" if n in _THE else n for n in names]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f", after {listed}"


_DATED_FIRST = re.compile(
    r"^(?P<who>India|[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)\s*(?:→|–|—|=|:)?\s*"
    r"(?:was\s+|became\s+)?(?:the\s+)?(?:first|1st)\s+(?P<noun>(?:[A-Z][a-z]+\s+)?country)\s+"
    r"(?P<link>to|with)\s+(?P<what>[a-z][^();,:→]{3,60}?)\s*"
    r"\((?:in\s+)?(?P<year>(?:1[5-9]|20)\d\d)\)\s*\.?$"
)


def dated_first_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "In which year did India become the first country with a national family planning
    programme?", or ``None``."""
    if "first" not in unit.text and "1st" not in unit.text:
        return None  # the cheap test first (generate_1mb_s)
    found = _DATED_FIRST.match(write_out(unit.text.replace("**", ""), ctx.legend))
    if found is None:
        return None
    year = found.group("year")
    asked = (
        f"In which year did {found.group('who')} become the first {found.group('noun')} "
        f"{found.group('link')} {found.group('what')}?"
    )
    return make_draft(
        unit,
        Short,
        "dated-first",
        f"dated-first:{year}",
        year,
        key_kind="year",
        prompt=f"{unit.context}: {asked}",
        answer=year,
    )
