"""A label line whose value the writer set in bold: ``Slogan → **Har Ghar Jal**``,
``Folk dance: **Hojagiri**``, ``Viceroy: **Lord Lansdowne**`` under the thing's heading.

Notes give a thing's plain facts as labelled lines, and the writer's bold marks the value as
the fact to remember; :mod:`~quizbot.notes.label_lines` reads a fixed set of labels (founder,
headquarters, capital, chair …), and any other label's line was a cloze turned away for the
label in front of it (holdouts 480-489: a mission's slogan, a people's dance and language, a
plant's family, a fibre's source animal were never asked). Asked of the label's thing:

    "What is the folk dance of the Brus?"                              (Hojagiri)
    "What is the family of Saffron?"                                   (Iridaceae)

(The Jal Jeevan Mission's slogan, "Har Ghar Jal", shares "Jal" with its name, and the gate
turns the question away.)

Only a label of one to three dictionary words, the last an attribute a thing has one of
(:data:`_ATTRIBUTES`: ``Folk dance``, ``Source animal``, ``Autobiography``, ``Mediator``);
only a value of one bold name of at most five words, alone on the line but for a bracket
after it (its other names are accepted: ``**Kaubru** (Kau Bru)``), its quotation marks and
an office before a person's name left out (``Mediator → Soviet Premier **Alexei
Kosygin**``: "Who was the mediator of the Tashkent Declaration?"). A value that is a list,
a figure or a sentence is not asked, nor a label of where or when
(:mod:`~quizbot.notes.place_labels`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from quizbot.notes.label_values import Labelled, bracket_names, is_past, subject_named
from quizbot.notes.names import name_kind
from quizbot.notes.phrases import fold
from quizbot.text.names import TITLES, is_dictionary_word

_BOLD_LABEL = re.compile(
    r"^(?P<label>[A-Z][a-z]+(?: (?:[a-z]+|[A-Z]{2,4})){0,2})\s*(?::|→)\s*(?P<value>[^();]{2,60}?)"
    r"(?P<bracket>\s*\([^()]*\))?\s*(?:;\s*(?P<more>[^;]*))?$"
)
#: Labels whose value is a substance, written in lower case (``Material: **blue-grey
#: schist**; later stucco``).
_SUBSTANCES = frozenset(("material", "medium"))
#: What a label's last word must be: an attribute a thing has one of, named (a slogan, a
#: dance, a family, a source animal). Not a title ("Title: **Sher-e-Punjab**": Maharaja is one
#: too, changed-42b, weak), an office ("Viceroy: **Lord Lansdowne**" under an
#: Act is who ruled then) nor a measure's category ("Asset quality → **Net NPA ratio**").
_ATTRIBUTES = frozenset(
    """slogan motto epithet nickname dance language script currency emblem symbol mascot logo
    family genus animal rock law zone deity architect author poet composer dynasty builder
    style river tributary bird tree flower crop agency regulator patron festival religion sect
    tribe anthem autobiography mediator material medium""".split()
)
#: Labels of a person's role: "Who was the mediator of …?" whatever the name looks like.
_PEOPLE = frozenset("mediator author poet composer architect builder patron".split())
#: Roles in a deed done once, asked in the past whatever the subject.
_DONE_ONCE = frozenset(("mediator",))
#: Works asked by their title.
_TITLED_WORKS = frozenset(("autobiography",))
_MAX_VALUE_WORDS = 5


def bold_label(
    text: str, bold: Sequence[str], subject_of: Callable[[], str | None]
) -> Labelled | None:
    """ "What is the slogan of the Jal Jeevan Mission?" from ``Slogan → **Har Ghar Jal**``
    (``text`` without its marks, ``bold`` the spans the writer set in bold) under the
    mission's heading, or ``None``."""
    found = _BOLD_LABEL.match(text) if bold else None
    value = _without_office(found.group("value").strip().strip('"“”'), bold) if found else ""
    if found is None or value not in bold:
        return None  # "Mediator → Soviet Premier **Alexei Kosygin**": the title left out
    label = found.group("label")
    label = label[0].lower() + label[1:]  # "lead UN agency"
    words = label.lower().split()
    if words[-1] not in _ATTRIBUTES or not all(
        is_dictionary_word(w) or w.isupper() for w in label.split()
    ):
        return None  # "Rises →", "Led by", "Trade marts:" (several), "Arunachal →"
    substance = words[-1] in _SUBSTANCES
    if (
        re.search(r"[,;→=+/]|\d", value)
        or len(value.split()) > _MAX_VALUE_WORDS
        # "civil aviation", "shola–grassland mosaic": a description, but for a substance
        or not (value[:1].isupper() or substance)
    ):
        return None
    if found.group("more"):
        return None  # "Material: **blue-grey schist**; later stucco" (changed-46b, bad: the
        # note's stucco is as right): two values, one asked alone
    subject = subject_of()
    if subject is None or fold(value) in fold(subject) or fold(subject) in fold(value):
        return None
    person = name_kind(value) == "person" or words[-1] in _PEOPLE
    done = words[-1] in _DONE_ONCE  # "Who was the mediator of the Tashkent Declaration?"
    tense = "was" if done or is_past(subject) or name_kind(subject) == "person" else "is"
    asks = "Who" if person else "What"
    prompt = f"{asks} {tense} the {label} of {subject_named(subject)}?"
    if words[-1] in _TITLED_WORKS:  # "What is the title of Verghese Kurien's autobiography?"
        prompt = f"What is the title of {subject_named(subject)}'s {label}?"
    return prompt, value, bracket_names(found.group("bracket") or ""), "person" if person else ""


def _without_office(value: str, bold: Sequence[str]) -> str:
    """The bold name of ``value`` when the words before it end on an office or a title
    (:data:`~quizbot.text.names.TITLES`): ``Soviet Premier **Alexei Kosygin**`` →
    ``Alexei Kosygin``; else ``value``."""
    for name in bold:
        before = value[: -len(name)].split() if value.endswith(name) and value != name else []
        if before and before[-1].rstrip(".").lower() in TITLES:
            return name
    return value
