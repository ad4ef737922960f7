"""The holding builder: a dated case and what it held, asked "Which case (1980) held that …?".

Polity notes list landmark cases as a timeline whose colon gives the holding: ``1980 –
**Minerva Mills**: harmony & balance b/w FRs and DPSPs is itself a basic feature; absolute
primacy to either disturbs it``. A cloze of the line keeps its dash and colon (the last gate
drops it); the holding is a clause of its own, so the case is asked from it:

    "Which case (1980) held that harmony and balance between FRs and DPSPs is itself a
    basic feature?"

Only a bold name is asked, and only as a case: its name says so (``… v State of Bihar``) or
its heading or lead-in is about cases. The holding runs to the first semicolon or arrow,
must be a clause (an auxiliary or a finite verb of its own) of at most :data:`_MAX_WORDS`
words, and is written without the writer's shorthand.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.fragments import _shorthand
from quizbot.notes.names import expansions
from quizbot.notes.phrases import fold
from quizbot.notes.shorthand import write_out

_LINE = re.compile(
    r"^(?:(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+)?(?P<year>1[89]\d\d|20\d\d)\s[–—-]\s"
    r"(?P<name>[A-Z][^:;()→]{2,60}?)\s*(?:\((?P<bracket>[^()]*)\))?:\s+(?P<held>[^;→]+)"
)
_CASE_NAME = re.compile(r"\s(?:v|vs|v\.|vs\.)\s")
_MAX_WORDS = 18
#: A clause's own finite verb (``majority tested on the floor`` has none: it is a note).
_FINITE = re.compile(
    r"\b(?:is|are|was|were|can|cannot|must|should|may|has|have|had|will|would|shall|"
    r"does|do|did|prevail|prevails|applies|apply|includes|include)\b"
)


def holding_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Which case (1980) held that …?", or ``None``."""
    if ":" not in unit.text or not (unit.text[:1].isdigit() or unit.text[:1].isupper()):
        return None  # the cheap test first (generate_1mb_s)
    found = _LINE.match(unit.text.replace("**", ""))
    if found is None:
        return None
    name = found.group("name").strip()
    if not any(fold(name) == fold(b) for b in unit.bold):
        return None  # the writer's bold marks the case
    about = f"{unit.subject} {' '.join(unit.headings[-1:])}"
    if not (_CASE_NAME.search(name) or re.search(r"\bcases?\b", fold(about))):
        return None
    held = write_out(found.group("held").strip().rstrip(".,"), ctx.legend).replace(" & ", " and ")
    if (
        len(held.split()) > _MAX_WORDS
        or not _FINITE.search(held)
        or _shorthand(held)
        or held.count("(") != held.count(")")
    ):
        return None
    if held[:1].isupper() and held.split()[0].isalpha() and not held.split()[0].isupper():
        first = held.split()[0]
        if first.lower() in ("the", "a", "an", "it", "parliament's"):
            held = held[:1].lower() + held[1:]
    prompt = f"Which case ({found.group('year')}) held that {held}?"
    return written_question(
        unit,
        "arrow",
        prompt,
        name,
        key_kind="event",
        aliases=expansions(name),
        marked=True,
        at_head=True,
    )
