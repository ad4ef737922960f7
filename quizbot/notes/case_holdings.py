"""The holding builders: a dated case and what it held, asked "Which case (1980) held that …?".

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

A case may instead be followed by what the court did to a law (:func:`verdict_question`):
``2019 – Swiss Ribbons v UoI → IBC upheld by SC`` → "In which case (2019) did the Supreme
Court uphold IBC?". Either question accepts a case by its first party (``Swiss Ribbons``)
and with ``UoI`` written out (:func:`case_aliases`).
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.fragments import shorthand_mark
from quizbot.notes.grammar import with_the
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
        or shorthand_mark(held)
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
        aliases=case_aliases(name),
        marked=True,
        at_head=True,
    )


def case_aliases(name: str) -> list[str]:
    """The forms a case is cited in besides ``name``: its first party alone (``Swiss
    Ribbons`` of ``Swiss Ribbons v UoI``) and ``UoI`` written out."""
    forms = expansions(name)
    parts = _CASE_NAME.split(name, maxsplit=1)
    if len(parts) == 2 and parts[0].strip():
        forms.append(parts[0].strip())
    if re.search(r"\bUoI\b", name):
        forms.append(re.sub(r"\bUoI\b", "Union of India", name))
    return list(dict.fromkeys(f for f in forms if f != name))


#: A case and what the court did to a law or a measure, after an arrow: ``Jan 2019 – Swiss
#: Ribbons v UoI → IBC upheld by SC``, ``Joseph Shine (2018) → adultery (s.497 IPC) struck
#: down``.
_VERDICT = re.compile(
    r"^(?:(?:(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+)?(?P<year>1[89]\d\d|20\d\d)\s[–—-]\s)?"
    r"(?P<name>[A-Z][^:;()→]{2,60}?)\s*(?:\((?P<bracket>[^()]*)\))?\s+→\s+"
    r"(?P<what>[A-Za-z][\w.'’ -]{1,50}?)\s+(?P<verb>upheld|struck down|read down|quashed)"
    r"(?:\s+by\s+(?:the\s+)?(?:SC|Supreme Court))?\s*(?:$|[;(,.→])"
)
_ACTIVE = {"upheld": "uphold", "struck down": "strike down", "read down": "read down"}
_VERBS = ("upheld", "struck down", "read down", "quashed")
_YEAR_ONLY = re.compile(r"^(?:1[89]\d\d|20\d\d)$")


def verdict_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "In which case (2019) did the Supreme Court uphold IBC?" (holdout 231 asked nothing
    of ``Swiss Ribbons v UoI → IBC upheld by SC``), or ``None``. A verdict with no court
    named is the Supreme Court's (a case that notes list this way is a landmark one); one
    "by" another court is not asked."""
    if "→" not in unit.text or not any(v in unit.text for v in _VERBS):
        return None  # the cheap test first (generate_1mb_s)
    found = _VERDICT.match(unit.text.replace("**", ""))
    if found is None:
        return None
    name = re.sub(r"\s+case$", "", found.group("name").strip())
    about = f"{unit.subject} {' '.join(unit.headings[-1:])}"
    if not (_CASE_NAME.search(name) or " case" in found.group("name") or "case" in fold(about)):
        return None
    bracket = (found.group("bracket") or "").strip()
    year = found.group("year") or (bracket if _YEAR_ONLY.match(bracket) else "")
    what = write_out(found.group("what").strip(), ctx.legend)
    if not year or shorthand_mark(what) or len(what.split()) > 6 or what.split()[0] in ("SC", "HC"):
        return None  # "→ SC upheld bar on …": the court is the subject, no law named
    verb = _ACTIVE.get(found.group("verb"), "quash")
    prompt = f"In which case ({year}) did the Supreme Court {verb} {with_the(what)}?"
    return written_question(
        unit, "verdict", prompt, name, key_kind="event", aliases=case_aliases(name), marked=True
    )
