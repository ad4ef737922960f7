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

A route is noted the same way, its stops in a bracket with arrows; its one stop between
the two ends is what the route is known by (corpus international relations: Sittwe was
never asked)::

    - Myanmar – Kaladan Multi-Modal Transit Transport Project (Kolkata → Sittwe port → Mizoram)

    "Through which port does the Kaladan Multi-Modal Transit Transport Project link
    Kolkata to Mizoram?"

The route is a name whose last word says it is one (*Project*, *Corridor*, *Highway* …);
a bracket of two stops says only where it runs, and one of four or more has no one stop
to ask.
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


_STOP = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?: (?i:port|city|town))?"
_ROUTE = re.compile(
    r"(?P<route>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,6} "
    r"(?:Project|Corridor|Highway|Railway|Pipeline|Route|Canal|Link|Expressway|Waterway))"
    rf" \((?P<start>{_STOP}) → (?P<via>{_STOP}) → (?P<end>{_STOP})\)"
)


def route_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Through which port does the Kaladan … Project link Kolkata to Mizoram?", or
    ``None``."""
    if unit.text.count("→") != 2:
        return None  # the cheap test first (generate_1mb_s)
    found = _ROUTE.search(unit.text.replace("**", ""))
    if found is None:
        return None
    via = found.group("via")
    *name, kind = via.split()
    port = kind.lower() == "port" and bool(name)
    prompt = (
        f"Through which {'port' if port else 'place'} does the {found.group('route')} link "
        f"{found.group('start')} to {found.group('end')}?"
    )
    answer = " ".join(name) if port else via
    aliases = [a for a in (*expansions(via), via) if a != answer]
    return written_question(
        unit, "route", prompt, answer, key=via, key_kind="place", aliases=aliases
    )


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
