"""What a table's header says its cells are, and each cell put in words as a clue.

``Year`` 1539 → "of 1539", ``Launched`` 2016 → "launched in 2016", ``State/UT`` Assam →
"in Assam", ``Origin`` → "rising at …", ``Falls into`` → "flowing into the …", ``President``
→ "presided over by …", ``Between`` (of a battle) → "was fought between … and …", ``Used
for`` → "is used for …" (or the cell itself when it opens with a verb: "quashes an order …"),
``Known for`` / ``Notes`` / ``Why imp.`` → "is known for …". A header the vocabulary does not
know gives no clue; a "literal meaning" restates the answer and gives none either; a list of
members names a grouping and is left out.
"""

from __future__ import annotations

import re

from quizbot.notes.phrases import fold

_PARTICIPLES = frozenset(
    "launched founded established signed adopted started formed created passed enacted held "
    "built discovered set".split()
)
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
        ),
    ),
    ("origin", ("origin", "source", "rises", "rises at")),
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
            "founded by",
            "author",
            "written by",
        ),
    ),
    ("between", ("between", "parties", "signatories", "sides", "fought between")),
    ("deals", ("deals with", "subject", "about", "concerns", "covers")),
    ("used", ("used for", "use", "uses")),
    ("aims", ("purpose", "objective", "objectives", "aim", "aims", "goal")),
    ("links", ("connects", "links", "route")),
    ("members", ("members",)),
    (
        "known",
        (
            "known for",
            "key feature",
            "key features",
            "features",
            "feature",
            "notes",
            "note",
            "why imp.",
            "why imp",
            "why important",
            "significance",
            "importance",
            "remarks",
            "famous for",
            "highlights",
            "members / notes",
            "connects / why imp.",
            "connects / why imp",
        ),
    ),
    ("result", ("result", "outcome")),
)
#: Clues that modify the noun ("Which battle of 1539 …"); the rest are predicates.
MODIFIERS = frozenset(("time", "origin", "mouth", "place", "leader", "between", "members"))
#: A list of three or more names (``7 members – Bangladesh, Bhutan, India …``).
_MEMBER_LIST = re.compile(
    r"^(?:\d+ members?\s*[–—:-]\s*)?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)*"
    r"(?:,\s*(?:and\s+)?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)*){2,}$"
)
#: Verbs that make a cell a clause ("India & Pakistan became full members"), not a thing a
#: row is known for.
_VERBS = frozenset(
    "is are was were has have had became becomes become enters enter runs run joined joins "
    "lies stops quashes orders tests won wins lost reopened revived expanded being can must "
    "may issues grants protects hosted".split()
)
_WARS = frozenset(("battle", "war", "siege"))


def header_kind(header: str) -> str | None:
    """What a column's header says its cells are (``time``, ``place``, ``known`` …), or
    ``None`` when it is none the builder can put in words."""
    folded = fold(header).strip(" :")
    for kind, names in _HEADER_KINDS:
        if folded in names:
            return kind
    return None


def clue(header: str, cell: str, what: str) -> tuple[str, str] | None:
    """(kind, words) of one cell as a clue of a question about a ``what``."""
    kind = header_kind(header)
    if kind is None or kind == "restates":
        return None
    folded = fold(header).strip(" :")
    cell = cell.strip()
    if kind == "time":
        verb = folded.split()[0]
        return kind, (f"{verb} in {cell}" if verb in _PARTICIPLES else f"of {cell}")
    if kind == "place":
        return kind, f"in {cell}"
    if kind == "origin":
        return kind, f"rising at {cell}"
    if kind == "mouth":
        article = "" if cell.lower().startswith("the ") else "the "
        return kind, f"flowing into {article}{cell}"
    if kind == "leader":
        if folded.startswith(("president", "presided", "chair")):
            return kind, f"presided over by {cell}"
        if folded.startswith(("founder", "founded")):
            return kind, f"founded by {cell}"
        if folded.startswith(("author", "written")):
            return kind, f"written by {cell}"
        return kind, f"led by {cell}"
    if kind == "between":
        sides = re.sub(r"\s+(?:vs\.?|v\.|versus)\s+", " and ", cell)
        if what in _WARS:
            return "fought", f"was fought between {sides}"
        return kind, f"between {sides}"
    if kind == "members":
        return kind, f"with members {cell}"
    verbs = {
        "deals": "deals with",
        "used": "is used for",
        "aims": "aims at",
        "links": "links",
        "known": "is known for",
        "result": "ended in",
    }
    said: list[str] = []
    for part in (p.strip() for p in cell.split(";")):
        words = fold(part).split()
        if not words or _MEMBER_LIST.match(part):
            continue  # "India, US, Japan, Australia": the members name the grouping
        if words[0] in _VERBS:  # "quashes an order ...": the cell says what it does
            if not said:
                return kind, part  # the verb's own clause says enough
        elif any(w in _VERBS for w in words[1:]):  # "Satluj enters India here": a clause
            if kind == "used" and not said:
                return kind, f"is used when {part}"
        else:
            said.append(part)
    if not said:
        return None
    return kind, f"{verbs[kind]} {', '.join(said)}"
