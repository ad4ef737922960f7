"""A table that sums up its section's siblings, not its own section (holdout 405: a closing
``| Association | Year | Founder(s) | Key point |`` under the last of the sections *Bengal*,
*Bombay & Poona* and *Madras*, its rows the bodies of all three, showed seven questions on
the Bengal and Bombay bodies under "… › Madras").

When a table's rows are named for the section it sits in and for another of that section's
siblings or more (a row's name shares a word with a sibling's heading: "Bombay Presidency
Assn" with *Bombay & Poona*; "Dadabhai Naoroji" with *Dadabhai Naoroji (1825–1917)* beside
*R.C. Dutt*), the table is the parent's: its questions' topic line names the parent. A table whose
rows name no sibling (*Challenges*, *World winds table*) stays where the writer put it.

So does a closing timeline (holdout 410: a ``### Timeline`` under *Vellore Mutiny*, the
last of two sections, dated the Paika Rebellion's events too, and its questions were filed
under the mutiny): when its lines name its own section and a sibling, it is the parent's
timeline, and so is every table beside it.
"""

from __future__ import annotations

import re
from collections import Counter

from quizbot.notes.labels import TIMELINE_LABELS
from quizbot.notes.note_breaks import GLOSSARY_LINE
from quizbot.notes.outline import Outline
from quizbot.notes.phrases import BRACKET, fold

#: Sibling sections besides its own that a summing-up table's rows name.
_MIN_SIBLINGS = 1
_WORD = re.compile(r"[a-z][a-z'’-]{3,}")
#: Words of headings that name no one section.
_GENERIC = frozenset("timeline table summary basics overview notes note key imp".split())


def lift_summary_tables(outline: Outline) -> None:
    """Give each table that sums up its siblings' sections its parent's headings."""
    paths = {item.headings for item in outline.walk()} if outline.tables else set()
    by_parent: dict[tuple[str, ...], dict[str, set[str]]] = {}
    for table in outline.tables:
        own = table.headings
        if len(own) < 2 or len(table.rows) < 3:
            continue
        parent = own[:-1]
        if parent not in by_parent:
            by_parent[parent] = _siblings(paths, parent)
        siblings = by_parent[parent]
        rows = [set(_WORD.findall(fold(BRACKET.sub("", row[0])))) for row in table.rows]
        named = {name for name, words in siblings.items() if any(words & row for row in rows)}
        if own[-1] in named and len(named - {own[-1]}) >= _MIN_SIBLINGS:
            table.headings = parent


def lift_summary_timelines(outline: Outline) -> None:
    """Give each timeline section that dates its siblings' events the parent's headings
    (``Notes › Vellore Mutiny › Timeline`` → ``Notes › Timeline``), with its tables."""
    items = outline.walk()
    timelines = {
        item.headings
        for item in items
        if len(item.headings) >= 3 and fold(item.headings[-1]) in TIMELINE_LABELS
    }
    if not timelines:
        return
    paths = {item.headings for item in items}
    for path in timelines:
        siblings = _siblings(paths - {path}, path[:-2])
        mine = [item for item in items if item.headings == path]
        words = set(_WORD.findall(fold(" ".join(item.raw for item in mine))))
        named = {name for name, said in siblings.items() if said & words}
        if path[-2] not in named or len(named - {path[-2]}) < _MIN_SIBLINGS:
            continue
        lifted = (*path[:-2], path[-1])
        for item in mine:
            item.headings = lifted
        for table in outline.tables:
            if table.headings == path:
                table.headings = lifted


def lift_lines_after_a_timeline(outline: Outline) -> None:
    """A paragraph or a glossary bullet after a timeline's dated lines, with no heading of
    its own (``Foliar spray: applying nutrients on leaves``, ``- Ulema: scholars of …``), is
    the section's, not the timeline's, and so are its sub-bullets: its topic line leaves
    "› Timeline" out (holdouts 410, 415, 423: a coach called such topic lines wrong)."""
    for item in outline.items:
        headings = item.headings
        if (
            (item.kind == "paragraph" or GLOSSARY_LINE.match(item.raw.replace("**", "")))
            and len(headings) >= 2
            and fold(headings[-1]) in TIMELINE_LABELS
            and not _DATED_LINE.match(item.raw)
        ):
            item.headings = headings[:-1]
            for child in item.children:
                child.headings = item.headings


#: A line that opens on its date (``(1977) …``, ``1977 – …``, ``Feb 1928: …``).
_DATED_LINE = re.compile(r"^\W*(?:c\.\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?\d{3,4}\b")


def _siblings(paths: set[tuple[str, ...]], parent: tuple[str, ...]) -> dict[str, set[str]]:
    """The sections right under ``parent`` that hold notes, each with the words of its
    heading and of its subsections' headings."""
    found: dict[str, set[str]] = {}
    depth = len(parent)
    for path in paths:
        if len(path) > depth and path[:depth] == parent:
            words = found.setdefault(path[depth], set())
            for heading in path[depth:]:
                words.update(set(_WORD.findall(fold(heading))) - _GENERIC)
    sections = Counter(word for words in found.values() for word in words)
    # "Singh", "Pahari": a word two sections share names neither
    return {name: {w for w in words if sections[w] == 1} for name, words in found.items()}
