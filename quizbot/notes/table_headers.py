"""What a table's header says its cells are: the vocabulary of headers students write.

``Year``, ``Founded``, ``Launched`` are a time; ``State/UT``, ``Place``, ``Location`` a place;
``Origin`` or ``Rises`` where a river rises; ``President``, ``Founder``, ``Chairman`` a leader;
``Known for``, ``Notes``, ``Why imp.`` what a row is known for; ``Meaning`` or ``Literal
meaning`` restates the row's name. :mod:`~quizbot.notes.table_clues` puts each kind in
words; a header this vocabulary does not know gives no clue.
"""

from __future__ import annotations

import re

from quizbot.notes.phrases import fold

_HEADER_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "restates",
        (
            "meaning",
            "literal meaning",
            "literally",
            "means",
            "translation",
            "also called",
            "other name",
            "full form",
            "expansion",
            "stands for",
        ),
    ),
    (
        "time",
        (
            "year",
            "yr",
            "date",
            "when",
            "launched",
            "founded",
            "established",
            "set up",
            "signed",
            "adopted",
            "started",
            "formed",
            "created",
            "passed",
            "enacted",
            "held",
            "built",
            "raised",
        ),
    ),
    ("origin", ("origin", "source", "rises", "rises at")),
    ("river", ("river", "on river")),
    ("mouth", ("falls into", "mouth", "drains into", "outlet", "ends in")),
    (
        "place",
        (
            "state/ut",
            "state",
            "ut",
            "location",
            "place",
            "where",
            "country",
            "region",
            "district",
            "venue",
            "city",
            "located in",
            "now in",
            "where now",
        ),
    ),
    (
        "leader",
        (
            "president",
            "presided by",
            "chair",
            "chairperson",
            "headed by",
            "led by",
            "leader",
            "head",
            "founder",
            "founders",
            "founder/editor",
            "founder / editor",
            "leaders",
            "founded by",
            "author",
            "written by",
            "built by",
            "commissioned by",
            "patron",
            "planned by",
            "designed by",
        ),
    ),
    ("between", ("between", "parties", "signatories", "sides", "fought between")),
    ("deals", ("deals with", "subject", "about", "concerns", "covers")),
    ("used", ("used for", "use", "uses")),
    ("aims", ("purpose", "objective", "objectives", "aim", "aims", "goal")),
    ("links", ("connects", "links", "route", "connects / why imp.", "connects / why imp")),
    ("offers", ("key feature", "key features", "features", "feature", "provides", "benefit")),
    ("members", ("members",)),
    ("nature", ("nature", "character", "characteristics", "type", "kind")),
    (
        "lack",
        ("deficiency disease", "deficiency diseases", "deficiency causes", "deficiency", "lack"),
    ),
    ("added", ("languages added", "added", "states added", "subjects added", "what it added")),
    (
        "home",
        (
            "typical species",
            "species",
            "key species",
            "endemic species",
            "fauna",
            "flora",
            "wildlife",
            "animals",
        ),
    ),
    (
        "known",
        (
            "known for",
            "notes",
            "note",
            "why imp.",
            "why imp",
            "imp.",
            "imp",
            "why important",
            "why remember",
            "significance",
            "importance",
            "remarks",
            "famous for",
            "highlights",
            "members / notes",
            "nb",
            "remark",
            "partner / note",
            "imp. pts",
            "imp. points",
        ),
    ),
    ("result", ("result", "outcome", "key rec. / outcome")),
    (
        "recommends",
        ("key recommendation", "recommendation", "recommendations", "recommended", "key rec."),
    ),
    ("finds", ("imp. find", "imp. finds", "find", "finds", "key find", "key finds")),
    ("idea", ("key idea", "core idea", "idea", "ideas", "concept", "theory")),
    (
        "held",
        ("held", "what sc held", "what it held", "ruling", "verdict", "judgment", "judgement"),
    ),
)


def _slashed(name: str) -> str:
    """A header as compared: ``State / UT`` is ``State/UT``."""
    return re.sub(r"\s*/\s*", "/", name)


_KINDS_BY_NAME = {_slashed(name): kind for kind, names in reversed(_HEADER_KINDS) for name in names}


def header_kind(header: str) -> str | None:
    """What a column's header says its cells are (``time``, ``place``, ``known`` …), or
    ``None`` when it is none the builder can put in words. A bracket the writer added is
    left out of a leader's or a time's header (``Founder (yr)``, ``Founder(s)``), and of a
    slashed header whose whole is unknown, its first part when that names a place, a leader
    or a time and no other part another kind (``Founders / key names``, not ``Leader /
    place``), else its last when that names a place or a time (``Range / State``)."""
    # "State(s)", "River(s)": a plural the writer allows, the column's kind the same
    name = _slashed(re.sub(r"\s*\((?:s|es)\)$", "", fold(header).strip(" :")))
    kind = _KINDS_BY_NAME.get(name)
    if kind is not None:
        return kind
    bare = _WRITERS_BRACKET.sub("", name).strip()
    kind = _KINDS_BY_NAME.get(bare)
    if kind in ("leader", "time", "held"):
        return kind  # "Founder (yr)"; not "Country (old name)", a table's own name column,
        # nor "Between (land)": the countries, not the two sides
    parts = [
        _KINDS_BY_NAME.get(part.strip(), _PART_WORDS.get(part.strip())) for part in bare.split("/")
    ]
    if len(parts) < 2 or any(part.strip() in ("what", "which") for part in bare.split("/")):
        return None  # "Headed by / what": a head or a condition (holdout 253, bad)
    if parts[0] is not None:  # "Founders / key names": what the column is, first (not
        # "Leader / place", whose cells are two things)
        plain = parts[0] in ("place", "leader", "time")
        return parts[0] if plain and all(p in (None, parts[0]) for p in parts) else None
    # after another part, only a place or a time reads the same: not "Partner / origin" (no
    # river's source) or "Patron-in-chief / Head" (no one built NALSA, holdout 153)
    return parts[-1] if parts[-1] in ("place", "time") else None


#: Words of a slashed header's part that say its cells may be people (``Where / who``): a
#: place read from its other part would be said of a tribe (holdout 165).
_PEOPLE_WORDS = {"who": "leader", "whom": "leader", "people": "leader", "tribe": "leader"}
#: A slashed header's part that says its cells may be places (``Leader / area``: "Which
#: revolt of 1830 was led by Upper Assam?", holdout 284, bad); alone, an area is a size.
_PART_WORDS = _PEOPLE_WORDS | {"area": "place", "site": "place"}
#: A bracket a writer adds to a header: its length, a plural, a unit (``(1-line)``, ``(s)``).
_WRITERS_BRACKET = re.compile(r"\s*\([^()]*\)")


def session_noun(header: tuple[str, ...], heading: str) -> str:
    """What the rows of a ``Year | Place | President`` table are: sessions (of the body the
    heading abbreviates, ``INC``), or ``""`` for any other table."""
    if not any(fold(h).startswith(("president", "presided")) for h in header):
        return ""
    body = re.search(r"\b[A-Z]{2,5}\b", heading)
    return f"{body.group(0)} session" if body else "session"
