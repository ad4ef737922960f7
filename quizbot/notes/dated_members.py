"""The dated-member builder: a timeline of one kind of thing, each line a year and a name.

Under a heading that names a kind of thing in the plural, notes list when each became one:

    ## Classical languages
    Timeline –
    - 2004 – **Tamil** (first)
    - 2005 – **Sanskrit**

A cloze of ``2005 – ___`` says nothing of what was asked; the heading says it, so the line is
asked in words:

    "Which language became a classical language in 2005?" → no: "Which became a classical
    language in 2005?" (Sanskrit); "(first)" → "Which was the first classical language
    (2004)?" (Tamil)

Only a line that is a year (a month may follow in brackets), a dash and one bold name (an
aside in brackets may close it) is asked; several names (``2008 – **Telugu** & **Kannada**``)
are not one answer. The heading must be a plural noun phrase of at most three words
(``Classical languages``, ``Ramsar sites``), and no other line under it may give the same
year, or the question would have two answers.
"""

from __future__ import annotations

import re

from quizbot.notes.clause_shapes import article_for
from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.names import expansions

_LINE = re.compile(
    r"^(?P<year>(?:1[5-9]|20)\d\d)(?:\s*\([A-Z][a-z]{2,8}\.?\))?\s*[–—-]\s*"
    r"(?P<name>[^*&,()]{2,40}?)\s*(?:\((?P<aside>[^()]*)\))?\s*$"
)
_PLURAL_HEADING = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,2}s$|^[A-Z][a-z]+ [A-Z]?[a-z]+s$")


def _kind(heading: str) -> str | None:
    """``Classical languages`` → ``classical language``; ``None`` for another heading."""
    heading = heading.strip()
    if not _PLURAL_HEADING.match(heading) or heading.endswith("ss"):
        return None
    words = heading.split()
    last = words[-1]
    last = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    return " ".join([words[0].lower(), *words[1:-1], last]) if len(words) > 1 else last.lower()


def dated_member_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Which became a classical language in 2005?", or ``None``."""
    if not unit.text[:1].isdigit():
        return None  # the cheap test first (generate_1mb_s)
    found = _LINE.match(unit.text.strip())
    if found is None or not unit.headings:
        return None
    kind = _kind(unit.headings[-1])
    if kind is None:
        return None
    year = found.group("year")
    siblings = unit.parent.children if unit.parent else []
    if sum(1 for s in siblings if s.text.startswith(year)) > 1:
        return None  # two lines of one year: which is asked?
    name = found.group("name").strip()
    if name not in unit.bold:
        return None  # the writer's bold marks the member
    if (found.group("aside") or "").strip().lower() == "first":
        prompt = f"Which was the first {kind} ({year})?"
    else:
        prompt = f"Which became {article_for(kind)}{kind} in {year}?"
    return written_question(
        unit,
        "dated-head",
        prompt,
        name,
        key_kind="term",
        aliases=expansions(name),
        slot=f"member:{name}",
        at_head=True,
    )
