"""The participle-place builder: where something was done, when the place's kind is in its name.

Notes say where a thing was done with a noun, a past participle and a bold place, with no
verb *to be*: ``8 cheetahs from **Namibia** released in **Kuno NP** (MP) in Sept 2022, more
from South Africa in 2023``. A cloze of the whole line keeps its dashes and semicolons (the
last gate drops it); the clause alone, the place asked by the kind its own name carries
(``NP`` → national park, ``Sanctuary``, ``Tiger Reserve``; a kind the gate would call a
giveaway in the key, ``Mandalay Jail`` asked "In which jail …?", is not one), is a clean question:

    "In which national park were 8 cheetahs from Namibia released in September 2022?"

The clause is one part of the line (between dashes and semicolons); what follows a comma
after the place or its date is another fact. A place whose name carries no kind is not asked
("Where …?" would take a state or a region as well).
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.names import expansions

#: The kind a place's last word names, as a question asks it.
_KINDS = {
    "np": "national park",
    "national park": "national park",
    "wls": "wildlife sanctuary",
    "sanctuary": "wildlife sanctuary",
    "tiger reserve": "tiger reserve",
}
_CLAUSE = re.compile(
    r"^(?P<subject>(?:\d[\d,]*|[a-z]+)\s+[a-z]{3,}(?:\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)"
    r"\s+(?P<done>[a-z]{3,}ed)\s+(?P<prep>in|at|into|to)\s+"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}?)"
    r"(?:\s*\([^()]*\))?(?P<when>\s+in\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4})?"
    r"\s*(?:,\s.*)?$"
)


def participle_place_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "In which national park were 8 cheetahs from Namibia released in September 2022?",
    or ``None``."""
    if not unit.bold or "ed " not in unit.text:
        return None
    for part in re.split(r"\s+[–—]\s+|;\s+", unit.text.replace("**", "")):
        found = _CLAUSE.match(part.strip())
        if found is None or found.group("place") not in unit.bold:
            continue
        place = found.group("place")
        words = place.lower().split()
        kind = _KINDS.get(" ".join(words[-2:])) or _KINDS.get(words[-1])
        if kind is None or len(words) < 2:
            continue
        subject = found.group("subject")
        noun = subject.split()[1]  # "8 cheetahs from Namibia": the noun after the count
        were = "were" if noun.endswith("s") else "was"
        when = found.group("when") or ""
        if when:
            date = when.strip()[3:]
            when = f" in {next(iter(expansions(date)), date)}"
        prep = found.group("prep").capitalize()
        prompt = f"{prep} which {kind} {were} {subject} {found.group('done')}{when}?"
        return _draft(unit, prompt, place)
    return None


def _draft(unit: Unit, prompt: str, place: str) -> Draft:
    return written_question(
        unit, "participle-place", prompt, place, key_kind="place", aliases=expansions(place)
    )
