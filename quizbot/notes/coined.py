"""The coined-by builder: a term at the head of its line, and who gave it its name.

Science and economy notes write where a term comes from in shorthand after an arrow or a
dash: ``**Ecosystem** → term by **A.G. Tansley (1935)**; functional unit of nature``,
``Green Revolution – term coined by William Gaud (1968)``. A cloze of the line keeps the
arrow (the last gate drops it as shorthand), and the clause alone has no verb; the fact an
examiner asks is the coiner:

    "Who coined the term “Ecosystem” (1935)?"

The line says *term*, *word*, *phrase* or *concept*, or *coined*, before ``by`` and a name of
one to four capitalised words (initials too); a year in brackets after the name dates it.
What follows the name, after a semicolon, comma or colon, is another note and is left out.

A theory is noted the same way, with the person who put it forward and the year after an
arrow (holdout 302: the plate-tectonics note gave one question):

    ``**Continental drift** → Alfred Wegener (1912): one supercontinent …``
    "Who put forward the idea of continental drift (1912)?"

The head is bold or names a theory (*theory*, *hypothesis*, *model*, *law*), the person a
name of two to four capitalised words, and the year (or decade) in brackets is required:
it is what says the name is the idea's author, not an example.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.names import NAME_KIND_WORDS, expansions, name_kind

_COINED = re.compile(
    r"^(?P<term>[A-Z\"“'][^→–—:=;()]{1,40}?)\s*(?:→|–|—|:|=)\s*"
    r"(?:(?:the\s+)?(?P<said>term|word|phrase|concept|name)\s+)?"
    r"(?:(?:was\s+|first\s+)?(?P<coined>coined|given|used|introduced)\s+)?by\s+"
    r"(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:\s*\((?P<year>(?:1[5-9]|20)\d\d)\))?(?=\s*(?:$|[;,.:]|→))"
)


_PROPOSED = re.compile(
    r"^(?P<term>[A-Z][\w' -]{2,40}?)\s*→\s*"
    r"(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})"
    r"\s*\((?P<year>(?:1[5-9]|20)\d\d)s?\)(?=\s*(?:$|[;,:]|→))"
)
_THEORY = re.compile(r"\b(?:theory|hypothesis|model|law)$", re.IGNORECASE)


def proposer_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Who put forward the idea of continental drift (1912)?", or ``None``."""
    if "→" not in unit.text:
        return None  # the cheap test first (generate_1mb_s)
    found = _PROPOSED.match(unit.text.replace("**", ""))
    if found is None:
        return None
    term, who = found.group("term").strip(), found.group("who")
    theory = _THEORY.search(term) is not None
    if not (theory or term in unit.bold) or name_kind(who) not in ("person", "name"):
        return None
    if any((w.isupper() and len(w) > 1) or w.lower() in NAME_KIND_WORDS for w in who.split()):
        return None  # "Hill Forts → UNESCO World Heritage Site (2013)": a listing, no author
    decade = unit.text[found.end("year") : found.end("year") + 1] == "s"
    when = f" ({found.group('year')}{'s' if decade else ''})"
    idea = f"the {term[0].lower()}{term[1:]}" if theory else f"the idea of {term.lower()}"
    return _whose(unit, f"Who put forward {idea}{when}?", who)


def coined_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Who coined the term “Ecosystem” (1935)?", or ``None``."""
    found = _COINED.match(unit.text)
    if found is None or not (found.group("said") or found.group("coined") == "coined"):
        return None
    who = found.group("who")
    if name_kind(who) not in ("person", "name") or who.isupper() or len(who) < 4:
        return None  # "term by UNEP": a body, not a coiner
    term = found.group("term").strip().strip("\"“”'")
    year = found.group("year")
    when = f" ({year})" if year else ""
    return _whose(unit, f"Who coined the term “{term}”{when}?", who)


def _whose(unit: Unit, prompt: str, who: str) -> Draft:
    """The coiner's or the author's question: the person's name, its other forms taken."""
    return written_question(
        unit,
        "coined",
        prompt,
        who,
        key_kind="person",
        aliases=[a for a in expansions(who) if a != who],
        marked=any(b.startswith(who) for b in unit.bold),
    )
