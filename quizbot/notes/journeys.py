"""The journey builder: a dated march or yatra and the place it set out from.

Timelines note a march by its date, its name and where it began, with no verb::

    - 12 Mar 1930 – **Dandi March** from Sabarmati Ashram w/ 78 followers; …
    - 1990 – Ram Rath Yatra from Somnath → …

The line's cloze keeps the date and dash (the last gate drops it as a raw timeline line),
and its date question asks when; where the march began is the other fact an examiner asks:

    "From where did the Dandi March begin?"

The journey is a name whose last word says it is one (*March*, *Yatra*, *Padyatra*,
*Expedition*, *Voyage*, *Trek*), the place a capitalised name of one to four words after
*from*. The date is left out of the question: the line's date question asks it.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.names import expansions
from quizbot.notes.timeline_dates import leading_date
from quizbot.text.names import is_everyday_word

_JOURNEY = re.compile(
    r"^(?:the\s+)?(?P<journey>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} "
    r"(?:March|Yatra|Padyatra|Expedition|Voyage|Trek|Long March))"
    r" from (?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})(?=\s|[,;(]|$)"
)

#: The kind of place a name ends on, which a learner may leave out (``Sabarmati Ashram``; the
#: grader's own list of such words, ``normalize.TRAILING``, would take "Red" for the Red Fort).
_PLACE_KINDS = frozenset(("Ashram", "Fort", "Port", "Beach", "Temple", "Village", "Station"))


def journey_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "From where did the Dandi March begin?", or ``None``."""
    if " from " not in unit.text:
        return None  # the cheap test first (generate_1mb_s)
    dated = leading_date(unit.text.replace("**", ""))
    found = _JOURNEY.match(dated[1]) if dated is not None else None
    if found is None:
        return None
    place = found.group("place")
    prompt = f"From where did the {found.group('journey')} begin?"
    *name, kind = place.split()
    # "Sabarmati" for Sabarmati Ashram, never "Red" for the Red Fort
    bare = " ".join(name) if name and kind in _PLACE_KINDS else ""
    if len(name) == 1 and is_everyday_word(name[0].lower()):
        bare = ""
    aliases = [a for a in (*expansions(place), bare) if a and a != place]
    return written_question(unit, "journey", prompt, place, key_kind="place", aliases=aliases)
