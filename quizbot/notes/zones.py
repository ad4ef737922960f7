"""India's states and union territories by zone, for the distractors of a "which state"
question: a state among its own zone's states is plausible to someone who half-knows and
still definitely wrong when the notes place the thing in one state ("Silent Valley NP" among
Kerala, Tamil Nadu, Karnataka, Andhra Pradesh, not among Assam and Gujarat; no Ladakh
among the options for a mangrove park of the Bengal delta).

The zones follow the usual geographic grouping (not the Zonal Councils of the States
Reorganisation Act, which put, e.g., Rajasthan in the north).
"""

from __future__ import annotations

from quizbot.notes.phrases import fold

#: Zone → its states, then its union territories.
ZONES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "north": (
        ("Himachal Pradesh", "Punjab", "Haryana", "Uttarakhand", "Uttar Pradesh"),
        ("Jammu and Kashmir", "Ladakh", "Delhi", "Chandigarh"),
    ),
    "north-east": (
        (
            "Assam",
            "Arunachal Pradesh",
            "Nagaland",
            "Manipur",
            "Mizoram",
            "Tripura",
            "Meghalaya",
            "Sikkim",
        ),
        (),
    ),
    "east": (("West Bengal", "Odisha", "Bihar", "Jharkhand"), ("Andaman and Nicobar Islands",)),
    "central": (("Madhya Pradesh", "Chhattisgarh"), ()),
    "west": (
        ("Gujarat", "Maharashtra", "Goa", "Rajasthan"),
        ("Dadra and Nagar Haveli and Daman and Diu",),
    ),
    "south": (
        ("Kerala", "Tamil Nadu", "Karnataka", "Andhra Pradesh", "Telangana"),
        ("Puducherry", "Lakshadweep"),
    ),
}
_ZONE_OF = {fold(place): zone for zone, (states, uts) in ZONES.items() for place in (*states, *uts)}
_STATES = frozenset(fold(s) for states, _ in ZONES.values() for s in states)
#: Other spellings the notes use (``J&K``, ``UP``, ``MP``).
_SHORT = {
    "j&k": "jammu and kashmir",
    "up": "uttar pradesh",
    "mp": "madhya pradesh",
    "hp": "himachal pradesh",
    "ap": "andhra pradesh",
    "tn": "tamil nadu",
    "wb": "west bengal",
}


def _key(place: str) -> str:
    folded = fold(place).strip()
    return _SHORT.get(folded, folded)


def zone_of(place: str) -> str:
    """The zone of an Indian state or union territory, or ``""``."""
    return _ZONE_OF.get(_key(place), "")


def is_state(place: str) -> bool:
    """Is ``place`` one of India's states (not a union territory)?"""
    return _key(place) in _STATES


def zone_mates(place: str) -> list[str]:
    """The other states of a state's zone, or the other union territories and states of a
    union territory's zone, in a fixed order; ``[]`` for a place of no zone."""
    zone = zone_of(place)
    if not zone:
        return []
    states, uts = ZONES[zone]
    mates = states if is_state(place) else (*uts, *states)
    return [m for m in mates if _key(m) != _key(place)]
