"""A river's source, from the ``Source:`` or ``Origin:`` line of the notes on it.

River notes give where the river rises as a labelled line near their top, the places in
bold:

    # Godavari River System
    ## Quick facts
    - Source → **Trimbakeshwar**, **Brahmagiri** hills near **Nashik** (Maharashtra)

A cloze of it asks a place with nothing to say of what (the label shown in front is the
notes' shorthand, and the last gate drops it); yet "Where does the Godavari rise?" is the
first fact asked of a river (eight river notes of the blind rounds listed it as a key fact,
and none asked it). The key is the first bold place; every other bold place of the line is
right too (the hills, the town near it, the district), not a state or a country, not a
lake it rises near, and not an altitude.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Unit
from quizbot.notes.label_values import Labelled
from quizbot.notes.phrases import fold
from quizbot.text.names import is_region

_SOURCE = re.compile(r"^(?:Source|Origin|Rises)\s*(?::|→|=|[–—])\s*(?P<value>.+)$")
#: A river a heading names: ``Godavari River System``, ``Kaveri (Cauvery) River Water Dispute``.
_RIVER = re.compile(r"\b(?P<name>[A-Z][a-z]+)(?: \((?P<other>[A-Z][a-z]+)\))? River\b")
#: Sections a river's own facts are under (``Basics``, ``Quick facts``, ``The river``).
_OWN_SECTIONS = re.compile(
    r"^(?:basics|quick facts|the river|river basics|overview|profile|key facts|at a glance|"
    r"course|about)\b",
    re.IGNORECASE,
)

#: Kinds of place a source is written with after its name, and the writer's short forms.
_KINDS = r"range|hills?|glacier|plateau|lake|dist\.?|district|peak|mountains?"
_WRITTEN = {"dist": "district", "dist.": "district"}
#: A range or hills in brackets after a source (``(Kailash range)``, changed51c: rejected).
_IN_A_RANGE = re.compile(r"[^,;()]{0,20}\(([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? (?:range|hills))\)")
_NEAR = re.compile(r"\bnear\s*$")
_WATER = re.compile(r"\b(?:lake|tal)\b|sarovar\b", re.IGNORECASE)


def river_source(unit: Unit) -> Labelled | None:
    """ "Where does the Godavari rise?" of a river's ``Source → **Trimbakeshwar**, …`` line,
    or ``None``."""
    found = _SOURCE.match(unit.text)
    if found is None or unit.parent is not None or not unit.headings:
        return None
    river = _RIVER.search(unit.headings[0])
    section = unit.headings[-1] if len(unit.headings) > 1 else ""
    if river is None or not (
        _OWN_SECTIONS.match(section) or fold(river.group("name")) in fold(section)
    ):
        return None  # "## Tributaries" › "Origin: …": another river's, or none
    value = found.group("value")
    places: list[str] = []
    for bold in sorted((b for b in unit.bold if b in value), key=value.find):
        at = value.find(bold)
        kind = re.match(rf"\s+({_KINDS})\b", value[at + len(bold) :])
        if _NEAR.search(value[:at]) and (_WATER.search(bold) or (kind and kind[1] == "lake")):
            continue  # "glacier near **Mansarovar** lake": the lake is no source (changed51,
            # bad: "Mansarovar" is the misconception the line corrects)
        for place in re.split(r"\s*(?:/|\(|\))\s*", bold):
            place = place.strip(" ,")
            if place and not is_region(place) and place not in places:
                places.append(place)
        held = _IN_A_RANGE.match(value, at + len(bold))
        if held is not None:  # "**Chemayungdung glacier** (Kailash range)": where it lies
            places.append(held.group(1))
        if kind is not None:  # "**Satpura** range", "**Betul** dist.": the place as written
            places.append(f"{bold} {_WRITTEN.get(kind.group(1), kind.group(1))}")
    if not places:
        return None
    name = river.group("name")
    aliases = places[1:]
    return f"Where does the {name} rise?", places[0], aliases, "place"
