"""The incident builder: a dated line that names a bold event and says what was done in it.

Timelines write an incident as its date, its bold name and what happened, in shorthand with
no verb: ``5 Feb 1922 – **Chauri Chaura** (Gorakhpur) – police station set on fire → Gandhi
withdrew NCM``. The date builder does not ask it (the name is the fact, and the line holds an
acronym the notes never spell out), and a cloze keeps its dashes and arrow (the last gate
drops it). What happened is a noun and a past participle, which reads as a clause after
*saw*:

    "Which incident of 5 February 1922 saw a police station set on fire?"

The kind is always *incident* (a kind word of the name itself, *Operation …*, would give
part of the answer away). What followed (after the arrow) is added as "…, after which
Gandhi withdrew …" only when its shorthand is written out and it leaves no acronym the
notes do not explain; the bracket after the name (a place, an aside) is left out.
"""

from __future__ import annotations

import re

from quizbot.notes.abbreviation_keys import WELL_KNOWN
from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.names import expansions
from quizbot.notes.shorthand import write_out
from quizbot.notes.timeline_dates import MONTH

_LINE = re.compile(
    rf"^(?P<when>(?:\d{{1,2}}\s+)?(?:{MONTH}\s+)?(?:1[5-9]|20)\d\d)\s+[–—-]\s+"
    r"(?P<name>[A-Z][^()–—]{2,40}?)(?:\s*\([^()]*\))?\s+[–—-]\s+"
    r"(?P<what>[a-z][^→;]*?)(?:\s+→\s+(?P<then>[^→;]+))?$"
)
#: What was done: a noun phrase of one to three lower-case words and a past participle.
_DONE = re.compile(
    r"^(?P<noun>[a-z]+(?:\s+[a-z]+){0,2}?)\s+"
    r"(?P<done>[a-z]{3,}ed|set|burnt|shot|hit|struck|built|held|taken|sunk|thrown|blown)"
    r"(?P<rest>(?:\s+[a-z][\w-]*){0,6})$"
)
_DETERMINERS = frozenset("a an the his her its their two three many some".split())
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}s?\b")
_PAST = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+[a-z]{3,}(?:ed|ew|ote|ook|ent|ame)\b")


def incident_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Which incident of 5 February 1922 saw a police station set on fire?", or ``None``."""
    if not unit.bold or unit.text[:1] not in "0123456789JFMASOND":
        return None
    found = _LINE.match(unit.text.replace("**", "").strip())
    if found is None or found.group("name") not in unit.bold:
        return None  # the event is the writer's bold name, and all of it
    done = _DONE.match(found.group("what").strip())
    if done is None or set(done.group("noun").split()) & {"and", "or", "of", "by"}:
        return None
    noun = done.group("noun")
    article = "" if noun.split()[0] in _DETERMINERS or noun.endswith("s") else "a "
    what = f"{article}{noun} {done.group('done')}{done.group('rest')}"
    name = found.group("name")
    when = found.group("when")
    long = next(iter(expansions(when)), when)
    prompt = f"Which incident of {long} saw {what}{_after(found.group('then'), ctx)}?"
    return written_question(
        unit,
        "incident",
        prompt,
        name,
        key_kind="event",
        aliases=tuple(expansions(name)),
    )


def _after(then: str | None, ctx: Context) -> str:
    """``, after which Gandhi withdrew the movement`` from what followed, when it is a clean
    clause (a name and a verb in the past) with no acronym the notes leave unexplained."""
    if not then:
        return ""
    clause = write_out(then.strip(), ctx.legend)
    if not _PAST.match(clause):
        return ""
    for acronym in _ACRONYM.findall(clause):
        if acronym.rstrip("s") not in WELL_KNOWN and acronym not in ctx.long_forms:
            return ""
    return f", after which {clause}"
