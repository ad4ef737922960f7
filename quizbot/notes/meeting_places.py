"""The meeting-place builder: a dated line that names a meeting and where it was held.

Timelines of summits and conferences write each as its date, its name and its city after a
comma: ``1961 – **1st NAM Summit, Belgrade** (Sept) → 25 member states``, ``2022 – COP27,
**Sharm el-Sheikh** (Egypt) → …``, ``Nov 1930 – 1st Round Table Conference, London``. A cloze
of the line is a raw note (the last gate drops it), yet where a meeting was held is the fact
an exam asks of it (holdouts 273 and 275: three such key facts, none asked). This builder
asks

    "Where was the 1st NAM Summit held in 1961?"
    "Where was COP27 held in 2022?"

The meeting must be named (a capitalised word besides an ordinal: ``7th summit`` under a
heading says of which body only there), and the place be one to three capitalised words
that are not a month.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.grammar import with_the
from quizbot.notes.timeline_dates import leading_date
from quizbot.text.dates import MONTHS

_MEETING_WORD = r"(?:[Ss]ummit|[Mm]eeting|[Ss]ession|[Cc]onference|COP\s?\d+)"
#: What follows a dated line's date: the meeting's name, then its place after a comma.
_EVENT = re.compile(
    rf"^(?P<meeting>[^,;→()]*\b{_MEETING_WORD}),\s*"  # the meeting word ends its name
    r"(?P<place>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|(?:el|de|da|al)(?:-[\w.'’-]+)?)){0,2})"
    r"\s*(?:$|[(;,→–—])"
)
#: An ordinal, a count or an article: no word of a meeting's name.
_NOT_A_NAME = re.compile(r"^(?:\d+(?:st|nd|rd|th)|The|A|An)$")
_COP = re.compile(r"^COP\s?\d+$")
#: Small words inside a meeting's name (``Conference of the Parties``).
_JOINERS = frozenset("of on for the and & de".split())


def meeting_place_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Where was the 1st NAM Summit held in 1961?", or ``None``."""
    if "," not in unit.text or not unit.text[:1].isalnum():
        return None  # the cheap test first (``generate_1mb_s``)
    dated = leading_date(unit.text.replace("**", ""))
    found = _EVENT.match(dated[1]) if dated is not None else None
    if dated is None or found is None:
        return None
    meeting, place = found.group("meeting").strip(), found.group("place").strip()
    words = meeting.split()
    if any(not (w[:1].isupper() or w[:1].isdigit() or w in _JOINERS) for w in words[:-1]):
        return None  # "LiFE idea at COP26, Glasgow": something done at a meeting
    named = [w for w in words if w[:1].isupper() and not _NOT_A_NAME.match(w)]
    if not named or place.split()[0].lower().rstrip(".") in MONTHS:
        return None  # "7th summit, New Delhi": whose?; "Bretton Woods Conference, July"
    if place.lower() in meeting.lower():
        return None  # "Lucknow session, Lucknow": the name says where
    asked = meeting if _COP.match(meeting) else with_the(meeting)
    if not asked.startswith("the ") and not _COP.match(meeting):
        asked = f"the {asked}"  # "the 1st Foreign Ministers' meeting", "the Asian … Conference"
    prompt = f"Where was {asked} held in {dated[0].split()[-1]}?"
    return written_question(unit, "meeting-place", prompt, place, key_kind="place")
