"""A timeline written as a table (``| Year | King / Event | Why imp. |``), read as the dated
lines a timeline of bullets would be.

Notes tabulate a dynasty's or a programme's story year by year:

    | Year | King / Event | Why imp. |
    | 1671 | **Battle of Saraighat** | decisive Ahom victory |

The table builders ask a table by the name in its first column; here the first column is the
date, so they asked nothing of it (holdout 297: eleven rows, no question). Each row is the
line ``1671 – **Battle of Saraighat**`` (the writer's bold kept), and the timeline builders
ask it as they ask a bullet: "In which year did the Battle of Saraighat take place?". The
third column, the writer's gloss on why the year matters, is left out: it is a note on the
event, not the event.
"""

from __future__ import annotations

import re

from quizbot.notes.outline import Item, Table
from quizbot.notes.phrases import fold

_DATE_HEADERS = frozenset(("year", "years", "date", "dates", "when", "period"))
#: A second header that holds what happened (``Event``, ``King / Event``, ``Development``).
_EVENT_HEADER = re.compile(r"\b(?:events?|happened|developments?|milestones?|episodes?)\b")
#: A year (or a span of years), perhaps with a day and month, and nothing else.
_DATE_CELL = re.compile(
    r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:1[0-9]|20)\d\d(?:\s*[–—-]\s*\d{2,4})?"
)


def timeline_rows(table: Table) -> list[Item]:
    """Each row of a timeline table as a dated bullet line, or none for another table."""
    if len(table.header) < 2 or fold(table.header[0]).strip() not in _DATE_HEADERS:
        return []
    if _EVENT_HEADER.search(fold(table.header[1])) is None:
        return []  # "| Year | Place | President |": the table builders ask it by its columns
    items = []
    for row, line, bold in zip(table.rows, table.row_lines, table.bold, strict=False):
        if len(row) < 2 or not _DATE_CELL.fullmatch(row[0].strip()) or not row[1].strip():
            continue
        event = row[1].strip()
        for span in bold:
            if span and span in event:
                event = event.replace(span, f"**{span}**", 1)
        items.append(Item("bullet", f"{row[0].strip()} – {event}", line, table.headings))
    return items
