"""The founder builder: a dated line naming a body, then after a dash the person behind it.

Timelines of reformers, parties and institutions write a founding as a year, the body (a
*Samaj*, *Sabha*, *Society*, *League* …), perhaps its place, and its founder, joined by
dashes: ``1875 – **Arya Samaj**, Bombay – Dayanand Saraswati; "Go back to the Vedas"``. A
cloze of the line keeps the dashes (the last gate drops it as shorthand), and the year is
asked already by the timeline; the founder is the fact an examiner asks:

    "Who founded the Arya Samaj in Bombay in 1875?"

The body's last word must name a body that people found (``Cripps Mission – Gandhi`` is a
delegation and Gandhi its critic; *mission* is not one of them, nor is a *split* or a
*crisis*); a movement is *started*. The person is one to four capitalised words (a title, a
quoted other name: ``E.V. Ramasamy "Periyar"``) that end the clause: a colon after them
(``Gandhi: "post-dated cheque"``) says they said something, not that they founded it.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.names import expansions

_BODIES = frozenset(
    (
        "samaj",
        "sabha",
        "sangh",
        "sangha",
        "society",
        "yogam",
        "college",
        "association",
        "league",
        "party",
        "ashram",
        "parishad",
        "sangam",
        "movement",
    )
)
_STARTED = frozenset(("movement",))
_WORD = r"[A-Z][\w.'’-]*"
_LINE = re.compile(
    r"^(?P<year>(?:1[5-9]|20)\d\d)\s+[–—]\s+"
    rf"(?P<body>{_WORD}(?:\s+{_WORD}){{0,4}})(?:\s*\([^()]*\))?"
    rf"(?:,\s+(?P<place>{_WORD}(?:\s+{_WORD})?))?\s+[–—]\s+"
    rf"(?P<person>{_WORD}(?:\s+{_WORD}){{0,3}}(?:\s+\"[A-Z][\w-]*\")?)"
    r"\s*(?:$|[;,(→]\s*.*$)"
)


def founder_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Who founded the Arya Samaj in Bombay in 1875?", or ``None``."""
    found = _LINE.match(unit.text)
    if found is None:
        return None
    body = found.group("body")
    kind = body.split()[-1].lower()
    if kind not in _BODIES or len(body.split()) < 2:
        return None
    verb = "started" if kind in _STARTED else "founded"
    place = f" in {found.group('place')}" if found.group("place") else ""
    prompt = f"Who {verb} the {body}{place} in {found.group('year')}?"
    person = found.group("person")
    quoted = re.search(r"\s*\"([^\"]+)\"", person)  # E.V. Ramasamy "Periyar"
    answer = person[: quoted.start()] if quoted else person
    others = [f"{answer} {quoted.group(1)}", quoted.group(1)] if quoted else []
    aliases = [*others, *expansions(answer)]
    return written_question(
        unit,
        "founder",
        prompt,
        answer,
        key_kind="person",
        aliases=aliases,
        marked=person in unit.bold,
    )
