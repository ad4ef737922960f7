"""The observed-day builder: ``11 May = National Technology Day`` → "On which date is
National Technology Day observed?" (11 May).

Revision notes tie a day the world or the nation observes to its date in a dozen ways
(``World Ozone Day: 16 Sept``, ``World Elephant Day → 12 Aug``, ``UNGA declares 21 May as
International Tea Day``, ``NB **2 Dec** is observed as **National Pollution Control Day**``),
and examiners ask the date. Seventy-four holdout lines did so and none was asked by its date
(holdout 465: "In ___, UNGA declared 21 May as International Tea Day" asked the year and
printed the day, a key fact).

Only a day whose name says who observes it (World, International, National, UN) and a date
of a day and a month with no year after it (``26 Jan 1930 observed as Independence Day`` is
an event); the two side by side, joined by ``=``, an arrow, a colon, ``as`` or a bracket.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.timeline_dates import MONTH
from quizbot.text.dates import MONTH_NAMES

#: A day and a month, no year after it.
_DATE = rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH})(?!\s*,?\s*\d{4})"
#: A day's name that says who observes it.
_NAME = (
    r"(?P<name>(?:World|International|Intl|National|UN|Global)"
    r"(?:\s+(?:[A-Z][\w'’-]*|of|for|on|to|and|&)){0,6}?\s+Day)\b"
    r"(?!\s+(?:for|of|to|against|on)\s)"  # "Intl Day for Conservation of …": no name's end
)
_JOIN = (
    r"\**\s*(?:=|→|:|-|–|is observed as|observed as|is marked as|marked as|as|is)?\s*(?:the\s+)?\**"
)
_SECOND_DATE = re.compile(r"\s*(?:&|and|/|,)\s*\d{1,2}\s+[A-Z]")
_DATE_FIRST = re.compile(rf"(?<![\d/])\**{_DATE}{_JOIN}{_NAME}")
_NAME_FIRST = re.compile(
    rf"{_NAME}\**\s*(?:=|→|:|-|–|is on|falls on|is observed on|on)?\s*\(?\**{_DATE}"
)


def observed_day_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "On which date is World Ozone Day observed?" from ``World Ozone Day: 16 Sept``, or
    ``None``."""
    text = unit.text
    if "Day" not in text:
        return None  # the cheap test first (``generate_1mb_s``)
    found = [*_DATE_FIRST.finditer(text), *_NAME_FIRST.finditer(text)]
    names = {m.group("name") for m in found}
    if len(names) != 1 or len({(m.group("day"), m.group("month")[:3]) for m in found}) != 1:
        return None  # two days on one line: which date is whose?
    match = found[0]
    if _SECOND_DATE.match(text, match.end()):
        return None  # "National Deworming Day (10 Feb & 10 Aug)": kept twice a year (c-41b, bad)
    name = re.sub(r"^Intl\b", "International", match.group("name"))
    month = MONTH_NAMES[match.group("month")[:3].lower()]
    day = str(int(match.group("day")))
    answer = f"{day} {month}"
    aliases = [f"{month} {day}", f"{day} {match.group('month').rstrip('.')}"]
    # "Act passed → in force 9 Nov → 9 Nov = National Legal Services Day", "… on World Rhino
    # Day (22 Sept)": an aside after the line's own event, whose date goes first (rank)
    aside = "→" in text[: match.start()] or "(" in match.group(0)
    return written_question(
        unit,
        "observed-day-aside" if aside else "observed-day",
        f"On which date is {name} observed?",
        answer,
        key_kind="date",
        aliases=aliases,
        key=match.group("day") + " " + match.group("month").rstrip("."),
    )
