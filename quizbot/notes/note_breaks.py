"""Where the writer's next note begins, though Markdown would join the lines: a line at
the margin after a list item, a glossary written one entry a line, a label on a line of its
own over its entries, and the entries of a closing ``Glossary`` (:func:`parse_outline
<quizbot.notes.outline.parse_outline>` asks these)."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizbot.notes.outline import Item, Outline

#: A line that opens on a one-word lower-case label and its colon (``others: …``); a
#: wrapped line may hold a colon later (``later rebuilt: in stone``).
_LABEL_LINE = re.compile(r"[a-z][\w'’-]{0,15}: ")


def opens_a_note(line: str) -> bool:
    """Whether a line at the margin after a list item is the writer's next note: it opens
    with a capital, a figure or a one-word label (``others: …``); a wrapped item goes on in
    lower case (or indented)."""
    first = line[:1]
    return first.isupper() or first.isdigit() or _LABEL_LINE.match(line) is not None


_GLOSSARY_LABEL = re.compile(r"^glossary\s*[:–—-]?$", re.IGNORECASE)
_TIMELINE_LABEL = re.compile(r"^(?:timeline|chronology)\s*[:–—-]?$", re.IGNORECASE)


def label_closing_timeline(outline: Outline) -> None:
    """Mark a ``Timeline:`` line over its dated entries that no heading follows: the note's
    timeline, its events of every section (holdout 431: the Central Silk Board Act of 1948
    filed under "Bamboo › National Bamboo Mission")."""
    last_heading = outline.headings[-1][2] if outline.headings else 0
    section = [item for item in outline.items if item.line > last_heading]
    for item in section[1:]:  # right under its heading, a section's own timeline ("## Sri Lanka")
        if (
            item.kind == "paragraph"
            and item.depth == 0
            and item.children
            and _TIMELINE_LABEL.match(item.raw)
        ):
            item.label = "Timeline"


def label_closing_glossary(outline: Outline) -> None:
    """Mark the items after a ``Glossary`` line that no heading follows (see
    :attr:`Item.label`)."""
    last_heading = outline.headings[-1][2] if outline.headings else 0
    start = next(
        (
            i
            for i in range(len(outline.items) - 1, -1, -1)
            if outline.items[i].kind == "paragraph" and _GLOSSARY_LABEL.match(outline.items[i].raw)
        ),
        None,
    )
    if start is None or outline.items[start].line < last_heading:
        start = _trailing_glossary(outline, last_heading)
        if start is None:
            return
    else:  # "Glossary:" over its bulleted entries, its children (holdout 427: filed under
        outline.items[start].label = "Glossary"  # "Way forward", the last section)
    for item in outline.items[start + 1 :]:
        if item.kind == "paragraph" and item.depth == 0 and not GLOSSARY_LINE.match(item.raw):
            break  # "Criticism → India returned …" after the entries: the writer's own note
        item.label = "Glossary"


_TERMS_HEADING = re.compile(r"\b(?:glossary|terms|definitions|vocabulary)\b", re.IGNORECASE)


def _trailing_glossary(outline: Outline, last_heading: int) -> int | None:
    """The item before a run of ``Term: definition`` lines that closes the notes after the
    last section's list (``## Timeline`` bullets, then ``Weightage: more seats …``): the
    note's glossary, though no ``Glossary`` line says so (holdouts 381 and 383, weak: the
    terms were filed under "Timeline" and "Article-wise"), or ``None``."""
    if outline.headings and _TERMS_HEADING.search(outline.headings[-1][1]):
        return None  # under "### Glossary" or "## Key terms": the section's own topic says so
    items = outline.items
    start = len(items)
    while start > 0 and items[start - 1].kind == "paragraph" and items[start - 1].depth == 0:
        if not GLOSSARY_LINE.match(items[start - 1].raw):
            break
        start -= 1
    before = items[start - 1] if start else None
    if (
        len(items) - start < 2
        or before is None
        or (before.kind, before.children) == ("paragraph", [])
    ):
        return None  # a glossary of the section's own, or a paragraph's run of lines
    return start - 1 if items[start].line > last_heading else None


#: ``Upwelling: cold, nutrient-rich water …``: a term and its definition on a line of its own;
#: a unit's short form may open in lower case (``tmcft: thousand million cubic feet``,
#: holdout 332: joined to the line above it).
GLOSSARY_LINE = re.compile(
    r"^(?:[A-Z][\w'’().&/·-]*(?: [\w'’().&/·-]+){0,4}|\d{1,2}(?:st|nd|rd|th)|[a-z][\w.-]{1,9}): \S"
)  # "1st: Pataliputra, c. 300 BC, …": a council's line; "A·chik: the Garos' own name" (475)


def label_then_entry(paragraph: Item, line: str) -> bool:
    """Whether ``paragraph`` is a label on a line of its own (``Glossary``, ``Key terms``)
    and ``line`` a ``Term: definition`` entry under it: "Glossary MSP: …" would make the
    label a word of the term."""
    label = paragraph.raw
    return (
        not paragraph.more_lines
        and len(label.split()) <= 3
        and not re.search(r"[.;,!?]$", label)  # "Glossary:" too (holdout 335)
        and GLOSSARY_LINE.match(line) is not None
    )


def glossary_lines(paragraph: Item, line: str) -> bool:
    """Whether ``line`` and every line of ``paragraph`` so far is a ``Term: definition``
    line: a glossary written without bullets is one entry a line, not one paragraph
    (Markdown would join them: "Upwelling: … along a coast Doldrums: calm …")."""
    return bool(
        GLOSSARY_LINE.match(line)
        and GLOSSARY_LINE.match(paragraph.raw)
        and all(GLOSSARY_LINE.match(text) for _, text in paragraph.more_lines)
    )


#: A line that opens on its date and a dash (``1923 – Swaraj Party …``, ``Oct 1943 – …``).
_DATED_LINE = re.compile(
    r"^(?:c\.\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:1[0-9]|20)\d\d"
    r"(?:\s*[–-]\s*\d{2,4})?(?:\s*\([^()]*\))?\s+[–—-]\s"
)


def timeline_lines(paragraph: Item, line: str) -> bool:
    """Whether ``line`` and every line of ``paragraph`` so far opens on a date and a dash:
    a timeline written without bullets is one event a line (Markdown would join them, and
    "Gandhi jailed for 6 yrs (Mar)" would take the next line's year, 1923)."""
    return bool(
        _DATED_LINE.match(line)
        and _DATED_LINE.match(paragraph.raw)
        and all(_DATED_LINE.match(text) for _, text in paragraph.more_lines)
    )


#: One event of a timeline written on one line, each dated in brackets (``(1992) RPDS →
#: (1997) TPDS → (2000) AAY``), and one that names what happened with a capital.
_CHAINED_EVENT = re.compile(r"\*{0,2}\((?:c\.\s*)?\d{4}\)\*{0,2}\s+\S")
_NAMED_EVENT = re.compile(r"\*{0,2}\((?:c\.\s*)?\d{4}\)\*{0,2}\s+\*{0,2}[A-Z]")


def split_chained_timeline(outline: Outline) -> None:
    """Each event of a timeline chained on one line by arrows, a note of its own (holdouts
    444, 446, 450: ``(1893) Besant in India → (1898) CHC Benares → (1907) Theosophical Society
    President`` was one line, asked as one, and so not at all)."""
    outline.items = _split_chains(outline.items)
    for item in outline.walk():  # not recursive: notes may nest a thousand deep
        if item.children:
            item.children = _split_chains(item.children)


def _split_chains(items: list[Item]) -> list[Item]:
    out: list[Item] = []
    for item in items:
        events = item.raw.split(" → ")
        named = sum(1 for event in events if _NAMED_EVENT.match(event))
        if named < 2 or item.children or not all(map(_CHAINED_EVENT.match, events)):
            out.append(item)
            continue
        out += [dataclasses.replace(item, raw=event, more_lines=[]) for event in events]
    return out
