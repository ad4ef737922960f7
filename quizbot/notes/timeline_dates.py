"""A timeline line read: its date and its event (``1905 – Partition of Bengal``, ``13 Apr
1919 – Jallianwala Bagh massacre``), the kind of date it gives, and how a "when?" opens.

Split from :mod:`~quizbot.notes.timeline` (the builder that asks when); the line's reading
is shared by the chronology, the dated heads, the label lines and the people builders.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Unit, words_count
from quizbot.notes.event_articles import EVENT_NOUNS
from quizbot.notes.event_words import DONE

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
#: A dated line's date: a day, month and year; a month and year; or a year from 1000 on
#: (medieval notes date their lines so: ``1336 – Vijayanagara founded``, holdout 266).
DATE = rf"\d{{1,2}}\s+{MONTH}\s+\d{{4}}|{MONTH}\s+\d{{4}}|(?:1\d|20)\d\d"
#: A year of the era before Christ, approximate or not (``c. 321 BCE``, ``326 BC``): ancient
#: history's timelines are dated so (holdout 300: none of the Mauryan timeline was read).
BCE = r"(?:c\.\s?)?\d{1,4}\s?BCE?\b"
_WHEN = re.compile(
    rf"^(?P<open>\()?(?P<when>{DATE}|{BCE})"
    r"(?(open)\)\s+(?=[A-Z\"“*])|(?:\s*[–—-]\s+|\s+(?=[A-Z\"“])))(?P<event>\S.*)$"
)
_YEAR_SPAN = re.compile(r"(?<!\d)((?:1\d|20)\d\d)\s*[–—-]\s*((?:1\d|20)\d\d)(?!\d)")
_SECOND_DATE = re.compile(rf"(?:{DATE})\s*[–—-]\s+\S")
#: A year from 1000 on anywhere in a text (``GoI Act 1935 abolishes dyarchy``).
ANY_YEAR = re.compile(r"(?<!\d)(?:1\d|20)\d\d(?!\d)")
#: A year that is part of a name (``E-Waste (Mgmt) Rules 2022 notified``, ``GoI Act, 1935``):
#: no second date (holdout 259).
_NAME_YEAR = re.compile(rf"(\b(?!{MONTH}\s)[A-Z][\w.()-]*),? ((?:1[5-9]|20)\d\d)(?!\d)(?! ?[–—-])")
#: A heading's years (``(1905–1911)``, ``(1992)``, ``(1922 →)``): left out of the prompt of a
#: "when?" and of the topic line of any question whose key has a figure (they would hint).
YEARS_IN_HEADING = re.compile(
    r"\s*\((?:c\.\s*)?(?:(?:1[0-9]|20)\d\d(?:\s*[–—-]\s*\d{2,4}|\s*→)?"
    # "(c. 321–185 BCE)", "(c. 230 BCE – 220 CE)"
    r"|\d{1,4}\s*(?:BCE?|CE|AD)?\s*(?:[–—-]\s*\d{1,4}\s*)?(?:BCE?|CE|AD))\s*\)"
)
#: A heading's bracket of articles (``(Part XV, Art 324–329)``): its ends are keys of the
#: questions under it.
ARTICLES_IN_HEADING = re.compile(r"\s*\([^()]*\bArt(?:icle)?s?\.?\s*\d[^()]*\)")


def without_figures(heading: str) -> str:
    """A heading without its brackets of years and of articles (``Constitutional basis
    (Part XV, Art 324–329)``), which a question keyed by a figure leaves out: they hint at
    its answer."""
    return ARTICLES_IN_HEADING.sub("", YEARS_IN_HEADING.sub("", heading))


def hints_at(heading: str, key: str) -> bool:
    """Do the heading's figures hint at ``key``: a year beside a key that holds a year, or
    the key's own number, printed or inside a span the heading gives (``Art 326`` under
    ``(Part XV, Art 324–329)``; ``268`` under ``(322–185 BCE)``)? The years of
    ``UNCLOS (1982) zones`` give nothing of ``12 nm`` (kept, holdout 338)."""
    numbers = [int(n) for n in re.findall(r"\d+", key)]
    if not numbers:
        return False
    if any(600 <= n <= 2099 for n in numbers):
        return True  # a year: any year beside it places it
    spans = [
        (min(int(a), int(b)), max(int(a), int(b)))
        for a, b in re.findall(r"(\d+)\s*[–—-]\s*(\d+)", heading)
    ]
    printed = {int(n) for n in re.findall(r"\d+", heading)}
    return any(n in printed or any(lo <= n <= hi for lo, hi in spans) for n in numbers)


#: Words an event needs to be asked about alone.
MIN_EVENT_WORDS = 3
#: An event of two words that names its kind (``Hunter Commission``, ``Standstill
#: Agreement (1 yr)``): a line of its name alone says what happened that year. Not a
#: mission: the Cabinet Mission was sent, the Ramakrishna Mission founded (holdout 106).
_KINDS = sorted((EVENT_NOUNS | set(DONE)) - {"mission"})
_NAMED_EVENT = re.compile(
    rf"[A-Z][\w'’.-]*\s+(?:{'|'.join(w.capitalize() for w in _KINDS)})"
    r"(?:\s*\([^()]*\))?"
)


def leading_date(text: str) -> tuple[str, str] | None:
    """(date, rest) of a line that opens with a date and a dash (``13 Dec 1946 – …``), with
    no check of what follows (see :func:`split_timeline`)."""
    m = _WHEN.match(text)
    return None if m is None else (m.group("when"), m.group("event"))


def split_timeline(text: str) -> tuple[str, str] | None:
    """(when, event) of a line that opens with its date, else ``None``."""
    m = _WHEN.match(text)
    if m is None:
        return None
    event = m.group("event").strip()
    if words_count(event) < MIN_EVENT_WORDS and not _NAMED_EVENT.fullmatch(event):
        return None  # "1917 – Champaran": what of it? ("1882 – Hunter Commission" says)
    year = m.group("when")[-4:]  # a name's year that is the line's own: no second date
    named = _NAME_YEAR.sub(
        lambda y: (
            y.group(1) if y.group(2) == year and not _in_brackets(event, y.start()) else y.group(0)
        ),
        event,
    )
    # what follows the first arrow of a named event is its outcome, its years a target's or
    # a later step's ("JNNSM launched → 20 GW by 2022", holdout 332): the event's date is
    # one; "Mangalyaan → reached Mars orbit in 2014" names no event before its arrow
    head = named.split(" → ")[0]
    if words_count(head) >= MIN_EVENT_WORDS or _NAMED_EVENT.fullmatch(head.replace("**", "")):
        named = head
    if _SECOND_DATE.search(event.split(" → ")[0]) or ANY_YEAR.search(named):
        return None  # another date on the line: "when?" would have two answers
    return m.group("when"), event


def _in_brackets(text: str, at: int) -> bool:
    """Is ``at`` inside a bracket (``laws repealed (Farm Laws Repeal Act, 2021)``: an aside
    that names the law, the line's subject left a bare kind, holdout 101)?"""
    return text.count("(", 0, at) > text.count(")", 0, at)


def when_kind(when: str) -> str:
    """``year``, ``month`` (a month and year) or ``date`` (a day, month and year)."""
    parts = when.split()
    if len(parts) == 1 or "BC" in when:
        return "year"
    return "month" if len(parts) == 2 else "date"


def year_of(when: str) -> int:
    """The year of a timeline's date, before Christ as a negative year (``c. 321 BCE`` →
    -321, ``13 Apr 1919`` → 1919), so that dates compare in time order."""
    year = int(re.findall(r"\d+", when)[-1])
    return -year if "BC" in when else year


def section_span(unit: Unit) -> tuple[int, int] | None:
    """The years a heading of the unit spans (``Swadeshi phase (1905–1911)``; a decade,
    ``1920s``: no option of "In which year did the Bardoli Satyagraha begin?" in 1931), if
    any."""
    for heading in reversed(unit.headings):
        m = _YEAR_SPAN.search(heading)
        if m:
            return int(m.group(1)), int(m.group(2))
        decade = _DECADE.search(heading)
        if decade:
            return int(decade.group(1)), int(decade.group(1)) + 9
    return None


_DECADE = re.compile(r"(?<!\d)((?:1\d|20)\d0)s\b")


ASK_WHEN = {"year": "In which year", "month": "In which month and year", "date": "On what date"}
