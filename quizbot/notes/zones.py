"""India's states and union territories by zone, for the distractors of a "which state"
question: a state among its own zone's states is plausible to someone who half-knows and
still definitely wrong when the notes place the thing in one state ("Silent Valley NP" among
Kerala, Tamil Nadu, Karnataka, Andhra Pradesh, not among Assam and Gujarat; no Ladakh
among the options for a mangrove park of the Bengal delta).

The zones follow the usual geographic grouping (not the Zonal Councils of the States
Reorganisation Act, which put, e.g., Rajasthan in the north).
"""

from __future__ import annotations

import re

from quizbot.notes.phrases import fold
from quizbot.text.names import is_region

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
    "a&n islands": "andaman and nicobar islands",
    "a&n": "andaman and nicobar islands",
    "andaman & nicobar islands": "andaman and nicobar islands",
}


def written_out(place: str) -> str:
    """A state or union territory by its full name, folded (``A&N Islands`` → ``andaman and
    nicobar islands``); any other place as it is, folded."""
    folded = fold(place).strip()
    return _SHORT.get(folded, folded)


def zone_of(place: str) -> str:
    """The zone of an Indian state or union territory, or ``""``."""
    return _ZONE_OF.get(written_out(place), "")


def is_state(place: str) -> bool:
    """Is ``place`` one of India's states (not a union territory)?"""
    return written_out(place) in _STATES


def is_state_or_region(place: str) -> bool:
    """Is ``place`` an Indian state, a union territory or a country?"""
    return is_state(place) or is_region(place)


def zone_mates(place: str) -> list[str]:
    """The other states of a state's zone, or the other union territories and states of a
    union territory's zone (the cities last), in a fixed order; ``[]`` for a place of no
    zone."""
    zone = zone_of(place)
    if not zone:
        return []
    states, uts = ZONES[zone]
    # a city's union territory (Delhi, Chandigarh) is an absurd home for a pass or a lake:
    # the other territories, then the states, and the cities last
    towns = [u for u in uts if u in _CITY_TERRITORIES]
    mates = states if is_state(place) else (*[u for u in uts if u not in towns], *states, *towns)
    return [m for m in mates if written_out(m) != written_out(place)]


_CITY_TERRITORIES = frozenset(("Delhi", "Chandigarh", "Puducherry"))


#: States that share a land border (each pair once; only borders beyond doubt).
_BORDERS = (
    ("Andhra Pradesh", "Telangana|Karnataka|Tamil Nadu|Odisha|Chhattisgarh"),
    ("Arunachal Pradesh", "Assam|Nagaland"),
    ("Assam", "Nagaland|Manipur|Mizoram|Tripura|Meghalaya|West Bengal"),
    ("Bihar", "Uttar Pradesh|Jharkhand|West Bengal"),
    ("Chhattisgarh", "Madhya Pradesh|Uttar Pradesh|Jharkhand|Odisha|Telangana|Maharashtra"),
    ("Goa", "Maharashtra|Karnataka"),
    ("Gujarat", "Rajasthan|Madhya Pradesh|Maharashtra"),
    ("Haryana", "Punjab|Himachal Pradesh|Uttar Pradesh|Rajasthan"),
    ("Himachal Pradesh", "Punjab|Uttarakhand"),
    ("Jharkhand", "West Bengal|Odisha|Uttar Pradesh"),
    ("Karnataka", "Maharashtra|Telangana|Tamil Nadu|Kerala"),
    ("Kerala", "Tamil Nadu"),
    ("Madhya Pradesh", "Rajasthan|Uttar Pradesh|Maharashtra"),
    ("Maharashtra", "Telangana"),
    ("Manipur", "Nagaland|Mizoram"),
    ("Mizoram", "Tripura"),
    ("Odisha", "West Bengal"),
    ("Punjab", "Rajasthan"),
    ("Rajasthan", "Uttar Pradesh"),
    ("Sikkim", "West Bengal"),
    ("Uttar Pradesh", "Uttarakhand"),
)
#: States carved one from the other: the likeliest mix-up of all.
_TWINS = (
    ("Andhra Pradesh", "Telangana"),
    ("Bihar", "Jharkhand"),
    ("Madhya Pradesh", "Chhattisgarh"),
    ("Uttar Pradesh", "Uttarakhand"),
    ("Punjab", "Haryana"),
    ("Assam", "Meghalaya"),
)
#: The coastal states along the coast, from Gujarat round to West Bengal.
_COAST = (
    "gujarat",
    "maharashtra",
    "goa",
    "karnataka",
    "kerala",
    "tamil nadu",
    "andhra pradesh",
    "odisha",
    "west bengal",
)
#: Words that make a thing coastal (a delta's mangroves, a port, a lagoon).
_COASTAL_THING = re.compile(
    r"\b(?:delta|mangroves?|coast(?:al)?|port|sea|beach|creek|lagoon|estuary|tidal|marine|"
    r"cyclon(?:e|ic)|tsunami|bay|corals?|reefs?|atolls?|islands?)\b",
    re.IGNORECASE,
)
#: The states on the Himalayan border, west to east, and what a thing there is named by (a
#: pass, a glacier): a pass is asked among them, not among the plains beside its state
#: (changed-42, weak: Punjab and Haryana for Shipki La).
_HIMALAYA = ("himachal pradesh", "uttarakhand", "sikkim", "arunachal pradesh")
_HIMALAYAN_THING = re.compile(r"\b(?:pass|passes|la|glaciers?|peaks?)\b", re.IGNORECASE)
#: Every state, in the zones' order.
_ALL_STATES = tuple(s for states, _ in ZONES.values() for s in states)


def _neighbours() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for state, others in _BORDERS:
        for other in others.split("|"):
            found.setdefault(fold(state), []).append(other)
            found.setdefault(fold(other), []).append(state)
    return found


_NEIGHBOURS = _neighbours()


def near_states(place: str, about: str = "") -> list[str]:
    """The states a state's half-knower confuses it with: the state it was carved from or
    into (Andhra Pradesh and Telangana), its neighbours, then the other states of its zone
    (Kerala: Karnataka, Tamil Nadu, then Andhra Pradesh, Telangana), in a fixed order; a
    union territory's :func:`zone_mates`. A coastal thing (``about`` names a delta, a port
    …) in a coastal state is asked among the coastal states nearest it along the coast."""
    if not is_state(place):
        return _territory_mates(place, about)
    here = written_out(place)
    if here in _COAST and _COASTAL_THING.search(about):
        coast = [s for s in _ALL_STATES if written_out(s) in _COAST and written_out(s) != here]
        at = _COAST.index(here)
        return sorted(coast, key=lambda s: abs(_COAST.index(written_out(s)) - at))
    if here in _HIMALAYA and _HIMALAYAN_THING.search(about):
        at = _HIMALAYA.index(here)
        arc = [s for s in _ALL_STATES if written_out(s) in _HIMALAYA and written_out(s) != here]
        return sorted(arc, key=lambda s: abs(_HIMALAYA.index(written_out(s)) - at))
    twins = twins_of(place)
    near = twins + sorted(n for n in _NEIGHBOURS.get(here, []) if n not in twins)
    return near + [m for m in zone_mates(place) if m not in near]


def _territory_mates(place: str, about: str) -> list[str]:
    """A union territory's :func:`zone_mates`, with the territories of other zones first when
    its own zone has fewer than two: among its zone's states alone it is the one territory
    of the options (holdout 340: A&N among Odisha, Bihar and West Bengal, for a marine
    park). A coastal thing is asked among the coastal territories."""
    mates = zone_mates(place)
    own = [m for m in mates if not is_state(m)]
    if len(own) >= 2:
        return mates
    coastal = _COASTAL_THING.search(about) is not None
    others = [
        u
        for _, uts in ZONES.values()
        for u in uts
        if written_out(u) != written_out(place)
        and u not in own
        and (u in _COASTAL_TERRITORIES if coastal else u not in _CITY_TERRITORIES)
    ]
    return [*own, *others, *(m for m in mates if m not in own)]


#: The union territories on the sea.
_COASTAL_TERRITORIES = frozenset(
    (
        "Andaman and Nicobar Islands",
        "Lakshadweep",
        "Puducherry",
        "Dadra and Nagar Haveli and Daman and Diu",
    )
)


def twins_of(place: str) -> list[str]:
    """The state carved from or into ``place`` (Andhra Pradesh and Telangana): they share
    much of a culture, so a festival or a dance of one may be the other's too."""
    here = written_out(place)
    return [
        b if written_out(a) == here else a
        for a, b in _TWINS
        if here in (written_out(a), written_out(b))
    ]


#: Each state's capital and the cities every reader places (metros, and cities a port or a
#: plant is named after): a thing named after one gives its state away ("In which state is
#: Mumbai port?").
_CITIES: dict[str, tuple[str, ...]] = {
    "maharashtra": ("Mumbai", "Bombay", "Pune", "Nagpur"),
    "tamil nadu": ("Chennai", "Madras", "Madurai", "Coimbatore"),
    "west bengal": ("Kolkata", "Calcutta", "Darjeeling"),
    "karnataka": ("Bengaluru", "Bangalore", "Mangalore", "Mangaluru", "Mysore", "Mysuru"),
    "kerala": ("Thiruvananthapuram", "Trivandrum", "Kochi", "Cochin", "Kozhikode", "Calicut"),
    "andhra pradesh": ("Visakhapatnam", "Vizag", "Amaravati", "Vijayawada"),
    "telangana": ("Hyderabad",),
    "gujarat": ("Ahmedabad", "Gandhinagar", "Surat", "Vadodara"),
    "odisha": ("Bhubaneswar", "Cuttack", "Puri"),
    "goa": ("Panaji",),
    "rajasthan": ("Jaipur", "Jodhpur", "Udaipur"),
    "uttar pradesh": ("Lucknow", "Varanasi", "Agra", "Kanpur", "Prayagraj", "Allahabad"),
    "bihar": ("Patna",),
    "madhya pradesh": ("Bhopal", "Indore"),
    "punjab": ("Amritsar", "Ludhiana"),
    "assam": ("Guwahati", "Dispur"),
}


def city_of(name: str, place: str) -> bool:
    """Is ``name`` (``Mumbai``, ``Cochin port``, ``New Mangalore``) named after a city every
    reader places in the state ``place``?"""
    words = set(re.findall(r"[a-z]+", fold(name)))
    return any(fold(city) in words for city in _CITIES.get(written_out(place), ()))


def a_region_s_feature(name: str) -> bool:
    """``Peru coast``, ``Gujarat plains``: a region's own stretch, whose name says where it is
    ("Where is Peru coast located?" asks nothing, holdout 146)."""
    words = name.split()
    return len(words) == 2 and is_region(words[0]) and words[1].lower() in _FEATURES


_FEATURES = frozenset("coast coasts shelf plains plateau hills delta basin waters".split())


def names_india(text: str) -> bool:
    """Does ``text`` name India as a word of its own (``India``, ``India's``), not inside
    another name (``LIGO-India``, holdout 220)?"""
    return _INDIA.search(text.lower()) is not None


_INDIA = re.compile(r"(?<![\w-])india(?![\w-])")
