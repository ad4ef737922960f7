"""The confluence builder: where two rivers meet to form a third, asked "At which place do … meet?".

Geography notes write a confluence as a sum: ``**Ganga** – Bhagirathi (from Gangotri
glacier) + Alaknanda meet at **Devprayag**``, ``Chenab = Chandra + Bhaga, meet at Tandi
(HP)``. A cloze of such a line keeps its dash, ``=`` and ``+`` (the last gate drops it), yet
its parts say exactly what to ask:

    "At which place do the Bhagirathi and the Alaknanda meet to form the Ganga?"

The two rivers' asides in brackets are left out (they are facts of their own), and so is the
bracket after the meeting place (a state's short form: ``(HP)``); what follows the place
after a comma or semicolon is another fact. Every part must be a name (capitalised words).
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.names import expansions

_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_ASIDE = r"(?:\s*\([^()]*\))?"
_CONFLUENCE = re.compile(
    rf"^(?P<river>{_NAME})\s*(?:[–—=]|\s-)\s*(?P<a>{_NAME}){_ASIDE}\s*\+\s*(?P<b>{_NAME}){_ASIDE}"
    rf",?\s+meet\s+at\s+(?P<key>{_NAME}){_ASIDE}\s*(?:[;,]\s.*)?$"
)


def confluence_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "At which place do the A and the B meet to form the C?" from ``C – A + B meet at KEY``."""
    if " meet at " not in unit.text or "+" not in unit.text:
        return None
    found = _CONFLUENCE.match(unit.text.replace("**", "").strip())
    if found is None:
        return None
    river, a, b, key = (found.group(g) for g in ("river", "a", "b", "key"))
    if len({river, a, b, key}) < 4:
        return None
    prompt = f"At which place do the {a} and the {b} meet to form the {river}?"
    return written_question(
        unit,
        "confluence",
        prompt,
        key,
        key_kind="place",
        aliases=tuple(expansions(key)),
    )
