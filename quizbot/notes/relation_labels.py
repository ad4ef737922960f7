"""Labels that name a thing's relation to another: ``Port city: Mahabalipuram``, ``Rival
dynasty → Chalukyas of Badami``, ``Architect – Ustad Ahmad Lahori``, ``River → Tungabhadra``.

Notes on a dynasty, a monument or a body list its basics as labelled lines under its heading,
as they list its founder and capital (:mod:`~quizbot.notes.label_lines`); a cloze of such a
line asks the value with nothing to say whose it is, and the label's colon or arrow is the
notes' shorthand. Each label here is put as the question an examiner asks of it:

    "What was the chief port of the Pallavas of Kanchi?"        (Mahabalipuram)
    "Who were the chief rivals of the Pallavas of Kanchi?"      (Chalukyas of Badami)
    "Who was the architect of the Taj Mahal?"                   (Ustad Ahmad Lahori)
    "On which river does Hampi stand?"                          (Tungabhadra)

A temple's deity (``Dedicated to: Surya``) is not asked: its name mostly gives the deity away
("To which deity is the Konark Sun Temple dedicated?", judged bad by a fresh coach).

Only labels whose value is one name are read (a value that lists two, or describes, is
not one answer), and each label asks for the kind of name it takes: a person's for a ruler,
an architect or an author, a place's for a port or a river.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizbot.notes.label_values import (
    POLITY_KINDS,
    Labelled,
    bracket_names,
    is_past,
    label_value,
    subject_named,
)
from quizbot.notes.names import name_kind
from quizbot.notes.zones import is_state_or_region

#: Each label (lower case) → the question (``{s}`` the subject, ``{be}`` is / was), and the
#: kinds of name it takes (as :func:`~quizbot.notes.names.name_kind` tells them).
_PERSON = ("person", "name")
_PLACE = ("place", "name")
_ASKS: dict[str, tuple[str, tuple[str, ...]]] = {
    **dict.fromkeys(
        ("port", "port city", "chief port", "main port", "major port", "principal port"),
        ("What {be} the chief port of {s}?", _PLACE),
    ),
    **dict.fromkeys(
        ("greatest ruler", "greatest king", "most famous ruler", "most famous king"),
        ("Who {be} the greatest ruler of {s}?", _PERSON),
    ),
    **dict.fromkeys(
        ("last ruler", "last king", "last sultan", "last emperor"),
        ("Who {be} the last ruler of {s}?", _PERSON),
    ),
    **dict.fromkeys(
        ("first ruler", "first king", "first sultan", "first emperor"),
        ("Who {be} the first ruler of {s}?", _PERSON),
    ),
    **dict.fromkeys(
        ("court language", "language of the court", "language of court"),
        ("What {be} the court language of {s}?", ("name",)),
    ),
    # an official language is a body's or a state's as well as a court's (holdout 623: "What
    # is the court language of the Collective Security Treaty Organisation?")
    "official language": ("What {be} the official language of {s}?", ("name",)),
    **dict.fromkeys(
        ("rival", "rivals", "rival dynasty", "chief rival", "chief rivals", "main rival"),
        ("Who {were} the chief {rival} of {s}?", _PERSON),
    ),
    **dict.fromkeys(
        ("architect", "chief architect", "designed by", "designer"),
        ("Who was the architect of {s}?", _PERSON),
    ),
    **dict.fromkeys(
        ("built by", "constructed by", "commissioned by"),
        ("Who built {s}?", _PERSON),
    ),
    **dict.fromkeys(
        ("author", "written by", "composed by", "composer"),
        ("Who wrote {s}?", _PERSON),
    ),
    **dict.fromkeys(
        ("river", "on the river", "on the banks of", "banks of"),
        ("On which river {do} {s} stand?", _PLACE),
    ),
    **dict.fromkeys(
        ("regulator", "regulated by"),
        ("Which body regulates {s}?", ("name",)),
    ),
}
_LABEL = re.compile(
    r"^\**(?P<label>(?i:"
    + "|".join(sorted((re.escape(k) for k in _ASKS), key=len, reverse=True))
    + r"))\**\s*(?::|→|=|[–—]|-(?=\s))\s*(?P<value>.+)$"
)
#: A polity named by a word and its kind in lower case (``Bahmani kingdom``).
_POLITY = re.compile(
    r"^\**(?P<name>[A-Z][\w'’-]+)\**\s+(?P<kind>" + "|".join(POLITY_KINDS) + r")\b"
)
#: The first letter, in lower case, of every label above (the cheap test first).
FIRST_LETTERS = frozenset(k[0] for k in _ASKS)


def relation_label(text: str, subject_of: Callable[[], str | None]) -> Labelled | None:
    """The question a relation label asks of the thing ``subject_of`` names, or ``None``."""
    if text.lstrip("*")[:1].lower() not in FIRST_LETTERS:
        return None
    found = _LABEL.match(text)
    if found is None:
        return None
    text = found.group("value")
    polity = _POLITY.match(text)  # "Bahmani kingdom (1347)": the kingdom is the name
    value = label_value(polity.group("name") + text[polity.end() :] if polity else text)
    if value is None:
        return None
    name = value.group("name").strip()
    label = " ".join(found.group("label").lower().split())
    template, kinds = _ASKS[label]
    if "," in name or " and " in name or name_kind(name) not in kinds:
        return None  # "Rivals → Chalukyas, Pandyas": two answers, not one
    if kinds is _PERSON and (is_state_or_region(name) or name.isupper()):
        return None  # "Greatest ruler → Tamil Nadu": a place is no ruler
    subject = subject_of()
    if subject is None or name in subject or subject in name:
        return None
    if label.startswith("regulat") and is_state_or_region(subject):
        return None  # "| Regulator | TRAI | FCC |" under "India | USA": a body regulates a
        # sector, not a country (holdout 755, two bad: "Which body regulates India?")
    head = name.split(" of ")[0]  # "Chalukyas of Badami": they were
    plural = head.endswith("s") and not head.endswith("ss")
    past = is_past(subject)
    prompt = template.format(
        s=subject_named(subject),
        be="was" if past else "is",
        were=("were" if plural else "was") if past else ("are" if plural else "is"),
        rival="rivals" if plural else "rival",
        do="did" if past else "does",
    )
    aliases = bracket_names(value.group("bracket") or "")
    if polity is not None:  # the Bahmani kingdom is the Bahmani Sultanate, the Bahmanis
        name = f"{name} {polity.group('kind')}"
        aliases += [name.rsplit(" ", 1)[0], *(f"{polity.group('name')} {k}" for k in POLITY_KINDS)]
    if plural and head != name and "rival" in label:
        aliases.append(head)  # "Chalukyas of Badami": the Chalukyas who were their rivals
    kind = (
        "person" if kinds is _PERSON and polity is None else "place" if kinds is _PLACE else "name"
    )
    return prompt, name, aliases, kind
