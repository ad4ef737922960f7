"""Where and when of an event or a site, from its label lines: ``Date: **11 Dec 1967**``,
``Place: Koynanagar, Satara dist., **Maharashtra**``.

Notes on an earthquake, a battle or an excavated city give its date and place as labelled
lines under its heading, the name only in the heading (holdout 461: the Koyna earthquake's
date and state, two of its key facts, were never asked; a cloze of such a line is turned
away for the label in front of it). Asked of the heading's thing:

    "On what date did the Koyna Earthquake take place?"        (11 Dec 1967)
    "In which state did the Koyna Earthquake take place?"      (Maharashtra)

A date is asked only of an event (its head noun is one, :data:`EVENTS`), and only a single
date (``Aug 1921 → early 1922`` is a span); a lasting event's date is when it began. A
place is asked only as the one state the value names (a village, a district and a gulf are
all right answers to "Where …?"); never a state the subject already says, nor a princely
state or presidency read as a state of today.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz import fuzz

from quizbot.notes.clauses import PLURAL_SUBJECT
from quizbot.notes.event_words import HAPPENED, LASTING
from quizbot.notes.label_values import Labelled, head_noun, subject_named
from quizbot.notes.names import name_kind
from quizbot.notes.phrases import fold
from quizbot.notes.timeline_dates import ASK_WHEN, DATE, when_kind
from quizbot.notes.zones import is_state, written_out, zone_of
from quizbot.text.names import is_dictionary_word, is_region

#: Things that happen once, on a date and at a place.
EVENTS = HAPPENED | frozenset(
    """earthquake quake tsunami flood floods cyclone landslide cloudburst eruption tragedy
    disaster leak explosion blast accident collapse fire""".split()
)
_WHEN = re.compile(
    r"^\**(?:Date|When)\**\s*(?::|→|=)\s*\**(?:on\s+|in\s+)?"
    rf"(?P<when>{DATE})\**(?P<after>\s*$|\s*[;,(~]|\s+(?![–—-]|→|to\b)\S)"
)
#: A date the notes say is disputed (``a few sources say 26 Jan``, ``or 26 Jan``).
_SOURCES_DIFFER = re.compile(
    r"\b(?:sources?|accounts?|historians?)\s+(?:say|give|differ|put)|\bdisputed\b"
    r"|\bor\s+\d{1,2}\s+[A-Z][a-z]{2}",
    re.IGNORECASE,
)
_WHERE = re.compile(r"^\**(?:Place|Location|Where|Site|Located)\**\s*(?::|→|=)\s*(?P<value>.+)$")
#: A subject that is planned or carried out, not "located".
_PLANNED = re.compile(
    r"\b(?:project|scheme|mission|programme|program|yojana|abhiyan|policy|act|plan|initiative|"
    r"campaign)\b",
    re.IGNORECASE,
)
#: What the value says of a place that is no state of today's map.
_OLD_STATE = re.compile(r"\b(?:princely state|presidency|province|kingdom)\b", re.IGNORECASE)


def when_label(text: str, subject_of: Callable[[], str | None]) -> Labelled | None:
    """ "On what date did the Koyna Earthquake take place?" from ``Date: **11 Dec 1967**``
    under the earthquake's heading, or ``None``."""
    found = _WHEN.match(text)
    subject = subject_of() if found is not None else None
    if found is None or subject is None:
        return None
    head = fold(head_noun(subject))
    if head not in EVENTS:
        return None  # "Date: 8 April 1950" of a pact: signed, ratified or in force?
    when = found.group("when")
    year = re.search(r"\b\d{4}\b", when)
    if _SOURCES_DIFFER.search(text) and year is not None:
        # "23 Jan 1565 (a few sources say 26 Jan)": the year, which they agree on (527, bad)
        when = year.group(0)
    verb = "begin" if head in LASTING else "take place"
    return f"{ASK_WHEN[when_kind(when)]} did {_named(subject)} {verb}?", when, [], "date"


def where_label(text: str, subject_of: Callable[[], str | None]) -> Labelled | None:
    """ "In which state did the Koyna Earthquake take place?" from ``Place: Koynanagar,
    Satara dist., **Maharashtra**``, or ``None``. Only the state is asked: "Where is Lothal
    located?" = Saragwala (changed-41, bad) has a village, a district, a gulf and a state
    for right answers."""
    found = _WHERE.match(text)
    subject = subject_of() if found is not None else None
    if found is None or subject is None:
        return None
    value = re.split(r"\s*(?:→|;|\s[–—-]\s)", found.group("value").replace("**", ""))[0]
    if _OLD_STATE.search(value):
        return None  # "princely state of Travancore (now …, Kerala)": which is "the state"?
    event = fold(head_noun(subject)) in EVENTS
    if not event and (name_kind(subject) not in ("place", "name") or not _a_site(subject)):
        return None  # Project Cheetah, "Chikankari Embroidery of Lucknow" (483, bad): no site
    if any(_abroad(p) for p in _pieces(value)):
        return None  # "near Rawalpindi, Punjab (Pakistan)": a province abroad (552, bad)
    states = [p for p in _pieces(value) if is_state(p)]
    if len({written_out(p) for p in states}) != 1:
        return None  # none, or "Tribal areas of Assam, Meghalaya, Tripura, Mizoram" (464, bad)
    answer = _state_name(states[0])
    if _named_in(answer, subject):
        return None
    be = "are" if PLURAL_SUBJECT.search(subject) else "is"  # "the Ajanta Caves" (holdout 500)
    asked = f"did {_named(subject)} take place" if event else f"{be} {_named(subject)} located"
    aliases = [states[0]] if states[0] != answer else []  # "WB"
    return f"In which state {asked}?", answer, aliases, "place"


def _abroad(piece: str) -> bool:
    """Is ``piece`` a country other than India (none of its states or union territories)?"""
    return is_region(piece) and not zone_of(piece) and fold(piece) != "india"


def _pieces(value: str) -> list[str]:
    """The value's parts, at its commas and brackets."""
    return [p.strip(" .") for p in re.split(r"[,()]", value) if p.strip(" .")]


def _state_name(state: str) -> str:
    """A state as its full name reads: ``WB`` → ``West Bengal``."""
    full = written_out(state)
    if full == fold(state):
        return state
    return " ".join(w if w in ("and", "of") else w.capitalize() for w in full.split())


#: What a site is called by its kind (``Sanchi Stupa``, ``Keoladeo National Park``).
_SITE_HEADS = frozenset(
    """site sites city town fort temple temples cave caves stupa lake park sanctuary reserve
    dam island hill hills monument palace port village np wls tr br""".split()
)


def _a_site(subject: str) -> bool:
    """A place a Location line can be of: a site by its kind (``Sanchi Stupa``) or a name of
    one or two words of no dictionary (``Dholavira``, ``Rakhigarhi``); not a craft, a
    scheme or a thing "of" a place."""
    if _PLANNED.search(subject) or " of " in subject:
        return False
    words = subject.split()
    last = words[-1].lower() if words else ""
    return last in _SITE_HEADS or (len(words) <= 2 and not is_dictionary_word(last))


def _named(subject: str) -> str:
    """``the Koyna Earthquake``, ``the Battle of Plassey``: an event's name takes "the"."""
    named = subject_named(subject)
    if named[:4].lower() == "the " or "'s " in named or fold(head_noun(subject)) not in EVENTS:
        return named
    return f"the {named}"


def _named_in(answer: str, subject: str) -> bool:
    """Does ``subject`` already say ``answer`` (``Vaikom`` of the Vaikom Satyagraha), or a
    spelling of it (``Palashi`` of the Battle of Plassey)?"""
    said = [w for w in fold(subject).split() if len(w) > 3]
    asked = [w for w in fold(answer).split() if len(w) > 3]
    return any(
        s.startswith(w) or (w[0] == s[0] and fuzz.ratio(w, s) >= 55) for w in asked for s in said
    )
