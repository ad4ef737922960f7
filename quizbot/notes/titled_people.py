"""The titled-person builder: an officer named by rank at the end of a dated line, asked by rank.

Timelines end an event's line with the officer behind it after a last dash: ``13 Apr 1919 –
**Jallianwala Bagh** massacre, Amritsar (Baisakhi) – Gen. Dyer``. The date builder asks the
event's date and leaves the name out ("a fact of its own"), and a cloze keeps the dashes (the
last gate drops it). The rank says what kind of person to ask for:

    "Which general is associated with the Jallianwala Bagh massacre at Amritsar?"

The event is named as the line names it (a place after its comma put after *at*; an aside in
brackets left out), and the date is not printed: the date question on the same line takes it
as its key. Only a military rank or a judge's title names the kind; a bare name (``Gandhi``)
or a courtesy title (``Lord``, ``Sir``) says nothing a question could ask by.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.names import KIND_WORDS, expansions
from quizbot.notes.phrases import fold
from quizbot.notes.timeline_dates import split_timeline

#: A title and the kind of person a question asks for.
RANKS = {
    "Gen.": "general",
    "General": "general",
    "Col.": "colonel",
    "Colonel": "colonel",
    "Adm.": "admiral",
    "Admiral": "admiral",
    "Brig.": "brigadier",
    "Brigadier": "brigadier",
    "Maj.": "major",
    "Major": "major",
    "Capt.": "captain",
    "Captain": "captain",
    "Justice": "judge",
}
#: Last words that make a titled name a body (``Justice Party``, ``General Assembly``).
_BODY_WORDS = frozenset("party assembly council league congress staff court bench".split())
_TAIL = re.compile(
    r"^(?P<event>[A-Z][^–—→;]*?)(?:\s*\([^()]*\))?\s+[–—]\s+"
    r"(?P<person>(?P<title>[A-Z][a-z]+\.?)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$"
)
_EVENT = re.compile(
    r"^(?P<name>[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,5}?)(?:,\s+(?P<place>[A-Z][a-z]+))?$"
)


def titled_person_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Which general is associated with the Jallianwala Bagh massacre at Amritsar?" from
    ``DATE – event, place (aside) – Gen. Name``, or ``None``."""
    found = split_timeline(unit.text.replace("**", ""))
    if found is None:
        return None
    tail = _TAIL.match(found[1])
    if tail is None or tail.group("title") not in RANKS:
        return None
    if fold(tail.group("person").split()[-1]) in KIND_WORDS | _BODY_WORDS:
        return None  # "– Justice Party", "– General Assembly": a body, not a titled person
    event = _EVENT.match(tail.group("event").strip())
    if event is None:
        return None
    name = event.group("name")
    at = f" at {event.group('place')}" if event.group("place") else ""
    first = name.split()[0]
    the = "" if first.lower() == "the" or first.endswith(("'s", "’s")) else "the "
    kind = RANKS[tail.group("title")]
    person = tail.group("person")
    return written_question(
        unit,
        "titled-person",
        f"Which {kind} is associated with {the}{name}{at}?",
        person,
        key_kind="person",
        aliases=(*expansions(person), person.split()[-1]),
    )
