"""The first holder of an office that is its own subject: ``First CJI → H.J. Kania``,
``First CIC → **Wajahat Habibullah** (2005)``.

Notes on a body list who first held its chief office as a labelled line. The office is an
acronym that names the post outright (the Chief Justice of India, the Chief Information
Commissioner), so the question needs no owner:

    "Who was the first CJI?"                                    (H.J. Kania)

Only a person's name is asked (``First NP → Hailey NP``: a park is no holder of an office),
and only one (a value that lists two is not one answer). A post of a body (``1st
President``, ``First Indian governor``) is whose the heading says, and is asked by
:mod:`~quizbot.notes.label_lines`.
"""

from __future__ import annotations

import re

from quizbot.notes.label_values import Labelled, bracket_names, label_value
from quizbot.notes.names import name_kind

_FIRST_OFFICE = re.compile(
    r"^\**(?:First|1st)\s+(?P<office>[A-Z]{2,5})\**\s*(?:→|=|:|[–—])\s*(?P<value>.+)$"
)


_MAX_WORDS = 4
#: Offices written as acronyms, whose first holder a question asks by the acronym alone.
_OFFICES = frozenset(
    """CJI CJ CEC EC CIC IC CVC CAG CDS NSA PM CM GG LG VC CEO MD CMD DG DGP IGP SG AG
    COAS CoAS CNS CAS""".split()
)


def first_holder(text: str) -> Labelled | None:
    """ "Who was the first CJI?" of ``First CJI → H.J. Kania``, or ``None``."""
    found = _FIRST_OFFICE.match(text)
    if found is None or found.group("office") not in _OFFICES:
        return None  # "First DRT → Kolkata": a tribunal's seat (holdout 763, bad: "Who was the
        # first DRT?"); "First HWC → Jangla": a centre's village
    value = label_value(found.group("value"))
    if value is None or value.group("after") == "→":
        return None  # "First CJI → Kania → …": what follows is no more his
    name = value.group("name").strip()
    words = name.split()
    if "," in name or name_kind(name) not in ("person", "name") or len(words) > _MAX_WORDS:
        return None
    if any(w.isupper() and len(w) > 1 and "." not in w for w in words):
        return None  # "Hailey NP": a park, no holder of an office
    aliases = bracket_names(value.group("bracket") or "")
    return f"Who was the first {found.group('office')}?", name, aliases, "person"
