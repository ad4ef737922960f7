"""Arrow lines under a heading that names the relation: who built a monument, who wrote a work.

A heading can say what every arrow under it means: under ``Monuments → builders`` the line
``Taj Mahal → Shah Jahan, chief architect Ustad Ahmad Lahori`` says Shah Jahan built the Taj
Mahal; under ``Chroniclers (Persian) & travellers`` the line ``Minhaj-us-Siraj →
**Tabaqat-i-Nasiri**, dedicated to …`` says who wrote what. A cloze of such a line shows the
arrow (the last gate drops it); the heading's relation makes a natural question of each
clause:

    "Who built the Taj Mahal?"                 (Shah Jahan)
    "Who wrote the Tabaqat-i-Nasiri?"          (Minhaj-us-Siraj)

Each clause of a line (at its semicolons) is ``left → right``; the question is asked only
when the person and the thing are clean names (capitalised words, at most six; ``Persian
architect Mirak Mirza Ghiyas`` and ``begun by Akbar, completed by Jahangir`` are not).
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.grammar import with_the
from quizbot.notes.names import expansions

#: A heading whose arrows go from a thing to who built it, or from a writer to a work.
_BUILT = re.compile(r"\bbuilders?\b|\bbuilt by\b", re.IGNORECASE)
_WROTE = re.compile(r"\b(?:chroniclers|authors|writers|historians|poets)\b", re.IGNORECASE)
#: A clean name: capitalised words, with the small words names keep.
_NAME = re.compile(
    r"^(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|of|ka|ki|ud|ul|al|bin|ibn|i|de|do|"
    r"da|the|and))*$"
)
_MAX_WORDS = 6
#: One clause: what is left of the arrow (with its bracket), and the first part after it.
_CLAUSE = re.compile(
    r"^(?P<left>[^→()]+?)\s*(?P<bracket>\([^()]*\))?\s*→\s*(?P<right>[^,;()→]+?)"
    r"\s*(?:[,(].*)?$"
)


def _clean(name: str) -> str | None:
    name = name.replace("**", "").replace("*", "").strip()
    if not _NAME.match(name) or len(name.split()) > _MAX_WORDS:
        return None
    return name


def relation_questions(unit: Unit, ctx: Context) -> list[Draft]:
    """ "Who built the Taj Mahal?" or "Who wrote the Tabaqat-i-Nasiri?" for each clause of an
    arrow line under a heading that names the relation, or none."""
    if "→" not in unit.text or not unit.headings:
        return []  # the cheap test first (generate_1mb_s)
    heading = unit.headings[-1]
    built, wrote = _BUILT.search(heading), _WROTE.search(heading)
    if not (built or wrote):
        return []
    drafts: list[Draft] = []
    for clause in unit.text.split("; "):
        found = _CLAUSE.match(clause.strip())
        if found is None:
            continue
        left, right = _clean(found.group("left")), _clean(found.group("right"))
        if left is None or right is None:
            continue
        if built:
            where = f" {found.group('bracket')}" if found.group("bracket") else ""
            prompt, answer = f"Who built {with_the(left)}{where}?", right
        else:
            prompt, answer = f"Who wrote {right}?", left
        drafts.append(
            written_question(
                unit,
                "relation",
                prompt,
                answer,
                key_kind="person",
                aliases=expansions(answer),
                slot=f"relation:{answer}",
                marked=answer in unit.bold,
            )
        )
    return drafts
