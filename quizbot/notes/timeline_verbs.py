"""The verbs a timeline line's event is told by (split from :mod:`~quizbot.notes.timeline`):
a participle (``Rowlatt Act passed``), one with its agent (``… crushed by Warsaw Pact
troops``), a named thing done (``Fox's India Bill defeated``), or a present tense
(``Garibaldi meets …``, ``Battle of Sakarya halts …``)."""

from __future__ import annotations

import re

PARTICIPLE = re.compile(
    r"^(?P<subject>.+?)\s+(?P<verb>(?:founded|formed|appointed|launched|set up|signed|passed|"
    r"revised|renamed|amended|extended|reconstituted|restructured|upgraded|sworn in|"
    r"established|introduced|enacted|adopted|announced|annulled|created|held|built|"
    r"started|begun|abolished|published|sent|made|declared|opened|inaugurated|commissioned|"
    r"completed|nationalised|nationalized|discovered|ratified|repealed|dissolved|annexed|"
    r"constituted|convened|notified|instituted|reorganised|reorganized|banned|approved|"
    r"executed|devalued|allotted|ceded|recognised|recognized|assassinated|hanged|deposed|"
    r"partitioned|imposed|revoked|suspended|implemented|privatised|privatized|crowned|"
    r"added|inserted|deleted|omitted|issued|circulated|consolidated|reissued|framed|drafted|"
    r"called off|postponed|cancelled|canceled|scrapped|fought|won|lost|waged|killed|elected))"
    r"\b(?P<rest>.*)$"
)
#: A place a note's line calls by its kind, the note's own place (holdout 266).
THE_PLACE = frozenset("city town capital kingdom empire fort temple village port".split())
#: A subject that is many things: a count above one (``6 more banks``, ``two Houses``).
MANY = re.compile(
    r"^(?:[2-9]|\d{2,}|two|three|four|five|six|seven|eight|nine|ten|both)\b", re.IGNORECASE
)
#: Deeds done to a list, which say nothing without it.
TO_A_LIST = frozenset(("added", "removed", "dropped", "included", "listed", "delisted"))
#: A bracketed aside the writer exclaimed (``(2 days after freedom!)``): it says the date.
EXCLAIMED = re.compile(r"\s*\([^()]*!\)")
#: What follows a past verb that is done, not suffered: its object (``Cabinet approved the
#: mission``, ``firing killed civilians``), never its agent or its time (``Act passed by
#: Parliament``, ``… in 1919``).
ACTIVE = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their)\s|[a-z]{3,}s\b)")
#: Participles whose passive takes a complement: "GSTN made a govt company".
COMPLEMENTED = frozenset("made named declared appointed elected crowned chosen renamed".split())
#: Participles that give a status, said after them: "Koodiyattam proclaimed by UNESCO" (a
#: Masterpiece; holdout 358, bad: "Who proclaimed Koodiyattam in 2001?").
STATUS_GIVEN = frozenset(
    "proclaimed declared designated recognised recognized inscribed named listed notified".split()
)
#: A status given and who gave it, and no status: ``Koodiyattam proclaimed by UNESCO``.
STATUS_UNSAID = re.compile(rf"\s(?:{'|'.join(STATUS_GIVEN)})\s+by\s[^,;()]+$")
#: Any participle with its agent, in a head with no comma before it: "Prague Spring crushed
#: by Warsaw Pact troops" (never "Lahore resolution, moved by Fazlul Haq": an aside).
BY_AGENT = re.compile(
    r"^(?P<subject>[A-Z](?:[^,;:()]|\([^()]*\))*?)\s+(?P<verb>[a-z]{3,}ed)\b(?P<rest>\s+by\s.*)$"
)
#: A name of two words or more, then any participle at the head's end or before a place or a
#: time: "Fox's India Bill defeated", "Treaty of Salbai ratified at Poona" (not "Cripps
#: offered dominion status", nor "Punjab under Ranjit Singh unified").
NAMED_DONE = re.compile(
    r"^(?P<subject>[A-Z][\w'’.-]*(?:\s+(?:of|the|for|and|&|[A-Z][\w'’.-]*))*?\s+[A-Z][\w'’.-]*)"
    r"\s+(?P<verb>[a-z]{3,}ed)\b"
    r"(?P<rest>(?:\s+(?:in|at|on|after|over)\s+[^,;:]+)?)$"
)
PRESENT = re.compile(
    r"^(?P<subject>[A-Z][^;:]*?)\s+(?P<verb>(?:puts|sets up|sets|docks|reaches|launches|"
    r"becomes|returns|founds|forms|signs|joins|wins|defeats|leads|starts|begins|lands|"
    r"enters|captures|annexes|establishes|soft-lands|gives|grants|makes|ratifies|bans|"
    r"creates|replaces|abolishes|introduces|adopts|amends|moves|gets|announces|accepts|"
    r"declares|visits|opens|sends|calls|meets|walks out of|quits))\b(?P<rest>.*)$"
)
#: An event's name (its last word an event noun, or "X of Place") and a present verb:
#: ``Battle of Sakarya halts the Greek advance``.
NAMED_DOES = re.compile(
    r"^(?P<subject>(?:[A-Z][\w'’.-]*\s(?:(?:of|the|[A-Z][\w'’.-]*)\s)*)?(?:Act|Battle|Treaty|Pact|Plan|Commission|Committee|"
    r"Conference|Congress|Mission|Report|Resolution|Declaration|Accord|Agreement|Movement|"
    r"Party|League|Council)(?: of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)?)"
    r"\s+(?P<verb>[a-z]{3,}(?<!ss)(?<!ous)s)\b"
    r"(?P<rest>(?= (?:(?:the|a|an|its|his|her|their|for|to|on|in|at|with)\b|[A-Z0-9])).*)$"
)
#: Present verbs whose base form no dictionary lookup finds (the rest: ``base_form``).
BASE = {"soft-lands": "soft-land", "sets up": "set up", "walks out of": "walk out of"}

#: A present verb and its object, or a past one and where to (``Air India handed to``: "…
#: was the Air India handed to Tata group formed?", holdout 358, bad) after a name.
A_CLAUSE = re.compile(
    r"\b[A-Z]\w+ (?:[a-z]+s (?:the|an?|its|his|her)|(?:[a-z]+ed|sold|sent) (?:to|by|into))\b"
)
#: A second present tense in the clause (``… and hands over``, ``…, addresses the Knesset``).
SECOND_VERB = re.compile(r"(?:\band|,)\s+[a-z]{3,}(?:es|s)\b(?!\s+(?:of|and)\b)")
