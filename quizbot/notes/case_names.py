"""Names made of two sides (``Babur vs Rana Sanga``, ``Kesavananda Bharati v State of
Kerala``): the separator, the state's party, and the party a case is known by."""

from __future__ import annotations

import re

#: What parts the two sides of a battle, a contest or a case (``Babur vs Rana Sanga``,
#: ``Anoop Baranwal v UoI``).
VERSUS = re.compile(r"\s+(?:vs\.?|v\.?|versus)\s+")
#: A party that is the state's (``UoI``, ``State of Kerala``): no name a case is known by.
STATE_PARTY = re.compile(r"(?:UoI|UOI|Union of India|State of\b|Govt\b|Government\b)")


def first_party(case: str) -> str | None:
    """The first party of a case named by its two (``Kesavananda Bharati`` of ``Kesavananda
    Bharati v State of Kerala``), the name a learner gives it; ``None`` when the name is no
    case, or its first party is the state's."""
    parties = VERSUS.split(case.strip())
    if len(parties) != 2 or not all(p[:1].isupper() for p in parties):
        return None
    return None if STATE_PARTY.match(parties[0]) else parties[0]
