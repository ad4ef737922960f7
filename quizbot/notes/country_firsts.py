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
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question

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
