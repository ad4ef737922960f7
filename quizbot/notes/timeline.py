"""The timeline builder: a line that opens with its date (``1905 – Partition of Bengal``,
``13 Apr 1919 – Jallianwala Bagh massacre``, ``Dec 1929 – Lahore session``) → when?

The event is quoted as the notes write it and the learner gives the date in the form the
line gives it: a year, a month and year, or a day, month and year (month names long or
short are both accepted). A year is sometimes asked as an mcq among years of the same
section's span, each definitely wrong for an event that happened once.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Mcq, Short
from quizbot.notes.drafts import Context, Draft, Unit, make_draft, quoted, words_count
from quizbot.notes.hashing import pick, shuffled
from quizbot.notes.names import expansions

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_WHEN = re.compile(
    rf"^(?P<when>\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{4}}|(?:1[5-9]|20)\d\d)"
    r"(?:\s*[–—-]\s+|\s+(?=[A-Z\"“]))(?P<event>\S.*)$"
)
_YEAR_SPAN = re.compile(r"(?<!\d)((?:1[5-9]|20)\d\d)\s*[–—-]\s*((?:1[5-9]|20)\d\d)(?!\d)")
_SECOND_DATE = re.compile(
    rf"(?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{4}}|(?:1[5-9]|20)\d\d)\s*[–—-]\s+\S"
)
_ANY_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
#: A heading's span of years, left out of the prompt of a "when?" (it would hint).
_SPAN_IN_HEADING = re.compile(r"\s*\((?:1[5-9]|20)\d\d\s*[–—-]\s*(?:1[5-9]|20)\d\d\)")
#: Words an event needs to be asked about alone.
MIN_EVENT_WORDS = 3


def split_timeline(text: str) -> tuple[str, str] | None:
    """(when, event) of a line that opens with its date, else ``None``."""
    m = _WHEN.match(text)
    if m is None or words_count(m.group("event")) < MIN_EVENT_WORDS:
        return None
    event = m.group("event").strip()
    if _SECOND_DATE.search(event) or _ANY_YEAR.search(event):
        return None  # another date on the line: "when?" would have two answers
    return m.group("when"), event


def when_kind(when: str) -> str:
    """``year``, ``month`` (a month and year) or ``date`` (a day, month and year)."""
    parts = when.split()
    if len(parts) == 1:
        return "year"
    return "month" if len(parts) == 2 else "date"


def section_span(unit: Unit) -> tuple[int, int] | None:
    """The years a heading of the unit spans (``Swadeshi phase (1905–1911)``), if any."""
    for heading in reversed(unit.headings):
        m = _YEAR_SPAN.search(heading)
        if m:
            return int(m.group(1)), int(m.group(2))
    return None


_ASK = {
    "year": "In which year did this happen",
    "month": "In which month and year did this happen",
    "date": "On what date (day, month and year) did this happen",
}


def rule_timeline(unit: Unit, ctx: Context) -> list[Draft]:
    """``YEAR – event`` → when did it happen? (a short answer, or an mcq among nearby
    years of the section's span)."""
    found = split_timeline(unit.text)
    if found is None:
        return []
    when, event = found
    kind = when_kind(when)
    context = _SPAN_IN_HEADING.sub("", unit.context)
    prompt = f"{context}: {_ASK[kind]}: {quoted(event)}?"
    slot = f"timeline:{when}"
    year = int(when.split()[-1])
    if kind == "year":
        span = section_span(unit) or (year - 6, year + 6)
        near = [year + d for d in (-2, 1, 3, -1, 2, -3, 4, -4)]
        wrong = [str(y) for y in near if span[0] <= y <= span[1] and y <= max(ctx.max_year, year)]
        if len(wrong) >= 3 and pick(("short", "mcq"), unit.key, "when") == "mcq":
            options = shuffled([when, *wrong[:3]], unit.key, "when-o")
            return [
                make_draft(
                    unit,
                    Mcq,
                    "timeline",
                    slot,
                    when,
                    key_kind="year",
                    prompt=prompt,
                    options=tuple(options),
                    answer=when,
                )
            ]
    return [
        make_draft(
            unit,
            Short,
            "timeline",
            slot,
            when,
            key_kind="year" if kind == "year" else "date",
            prompt=prompt,
            answer=when,
            aliases=tuple(expansions(when)),
        )
    ]
