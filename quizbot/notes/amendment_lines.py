"""The amendment-list builder: a line of a list of amendments, its ordinal, year and what it
did, asked "Which amendment …?".

Polity notes list the amendments to remember under a lead-in, one a line, in shorthand::

    Imp. amendments:
    - 52nd (1985) – anti-defection law, **Tenth Schedule**
    - 61st (1988) – voting age lowered from 21 to 18
    - 42nd (1976) – the "mini-Constitution"

A cloze of such a line keeps its dash (the last gate drops it as shorthand); the line says
exactly what an examiner asks, the amendment:

    "Which amendment (1985) is associated with the anti-defection law, Tenth Schedule?"
    "Which amendment (1988) lowered the voting age from 21 to 18?"
    "Which amendment (1976) is called the “mini-Constitution”?"

The lead-in, the parent line or the heading must say *amendment*; what it did is the line's
first clause (before a semicolon or an arrow): a thing and a participle (put as the verb), a
quoted name (what it is called), or a phrase of at most eight words with no verb.
"""

from __future__ import annotations

import re

from quizbot.notes.clauses import PROVISION
from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.grammar import has_verb
from quizbot.notes.phrases import fold

_LINE = re.compile(
    r"^(?P<ordinal>\d{1,3}(?:st|nd|rd|th))(?:\s+(?:Amendment|Amdt\.?|CAA))?\s*"
    r"\((?P<year>(?:19|20)\d\d)\)\s*[–—-]\s*(?P<did>.+)$"
)
#: A thing and what was done to it: ``voting age lowered from 21 to 18``.
_DONE_TO = re.compile(r"^(?P<thing>[\w\"“][\w\"“”'’ -]*?)\s+(?P<done>[a-z]{3,}ed)\b(?P<rest>.*)$")
_QUOTED = re.compile(r"^(?:the\s+)?[\"“](?P<name>[^\"”]+)[\"”]$")
_MAX_WORDS = 8


def amendment_line_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Which amendment (1988) lowered the voting age from 21 to 18?", or ``None``."""
    found = _LINE.match(unit.text.strip())
    if found is None or not _about_amendments(unit):
        return None
    did = re.split(r";\s|\s→\s", found.group("did"))[0].strip().rstrip(".")
    if re.search(r"[=+/&]|\s[–—-]\s", did):
        return None  # shorthand left in what it did
    year = found.group("year")
    prompt = _prompt(did, year)
    if prompt is None:
        return None
    ordinal = found.group("ordinal")
    return written_question(
        unit,
        "amendment-line",
        prompt,
        f"{ordinal} Amendment",
        key_kind="ordinal",
        aliases=[ordinal, f"{ordinal} Amdt", f"{ordinal} Constitutional Amendment"],
        key=ordinal,
        at_head=True,
    )


def _about_amendments(unit: Unit) -> bool:
    """Does the lead-in, the parent line or the heading say the list is of amendments?"""
    said = " ".join((unit.subject, unit.parent.text if unit.parent else "", *unit.headings[-1:]))
    return re.search(r"\bamendments?\b|\bamdts?\b", fold(said)) is not None


def _prompt(did: str, year: str) -> str | None:
    quoted = _QUOTED.match(did)
    if quoted is not None:  # the "mini-Constitution"
        return f"Which amendment ({year}) is called the “{quoted.group('name')}”?"
    done = _DONE_TO.match(did)
    if done is not None:
        thing = done.group("thing").strip()
        if has_verb(thing, loose=False):
            return None
        rest = done.group("rest").rstrip(" ,")
        # "Parliament's power", "Art 21A": no article
        the = "" if re.match(r"[\w-]+['’]s\b", thing) or PROVISION.match(thing) else "the "
        return f"Which amendment ({year}) {done.group('done')} {the}{thing}{rest}?"
    if len(did.split()) > _MAX_WORDS or has_verb(did, loose=False) or not did[:1].isalnum():
        return None
    if re.search(r"\b(?:out|into|from|to|in|on|by|under|over)\b", did):
        return None  # "property out of FRs": a note of a move, no thing to be associated with
    return f"Which amendment ({year}) is associated with the {did}?"
