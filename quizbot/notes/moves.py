"""The move builder: ``shifted capital Delhi → Daulatabad … in 1327`` under a named ruler.

A sub-bullet that opens with its verb has its subject in the parent (``Muhammad bin Tughlaq
(1325–1351)``), and notes write a move from one place to another as an arrow. As a cloze the
line is shorthand with no subject, and the gate drops it. This builder writes the sentence
out, "Muhammad bin Tughlaq shifted the capital from Delhi to ___ in 1327.", when

* the line opens with a past verb of moving (``shifted``, ``moved``, ``transferred``) and
  one lower-case noun (what moved), then ``Place → Place``;
* a year follows (``in 1327``) so that the move is one event;
* the parent is a name (:func:`~quizbot.notes.role_names.parent_name`).

The place moved to is the blank; another name of it in a bracket (``Daulatabad (Devagiri)``)
is accepted. The gate then judges the sentence like any cloze.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.role_names import parent_name

_PLACE = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)?"
_MOVE = re.compile(
    rf"^(?P<verb>shifted|moved|transferred) (?P<what>[a-z]+) (?P<source>{_PLACE}) → "
    rf"(?P<to>{_PLACE})(?: \((?P<other>{_PLACE})\))? in (?P<year>1[0-9]\d\d|20\d\d)\b"
)


def move_question(unit: Unit, ctx: Context) -> Draft | None:
    """A "… from A to ___ in YEAR." cloze from a move written as an arrow, or ``None``."""
    found = _MOVE.match(unit.text.strip())
    owner = parent_name(unit.parent)
    if found is None or owner is None:
        return None
    to, other = found.group("to"), found.group("other")
    blank = f"{{{{{to}|{other}}}}}" if other else f"{{{{{to}}}}}"
    text = (
        f"{owner} {found.group('verb')} the {found.group('what')} from {found.group('source')}"
        f" to {blank} in {found.group('year')}."
    )
    return Draft(
        Cloze,
        {
            "prompt": f"{unit.context}: fill in the blank.",
            "text": text,
            "explanation": f"From the notes: “{unit.text}”.",
        },
        "move",
        "move",
        to,
        unit.key,
        unit.heading,
        unit.line,
        key_text=to,
        key_kind="place",
        marked=to in unit.bold,
        unit_text=unit.text,
    )
