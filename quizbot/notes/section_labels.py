"""Sub-bullets under a section label (``Causes:``, ``Organisation:``, ``Glossary:``): the
topic line shows the label, so each fact is asked without it, and a line that opens on a
noun in lower case (``taluka divided into 13 chhavanis``) is a sentence of its own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizbot.notes.clause_shapes import verb_phrase
from quizbot.notes.grammar import VERBS
from quizbot.notes.labels import (
    GLOSSARY_SECTION,
    KIND_LEAD_INS,
    is_category_label,
    is_section_label,
)
from quizbot.notes.phrases import BRACKET, fold
from quizbot.notes.tenses import is_a_deed
from quizbot.text.names import is_dictionary_word, is_everyday_word

if TYPE_CHECKING:
    from quizbot.bank.model import Question
    from quizbot.notes.drafts import Context, Draft, Unit


def under_a_section_label(unit: Unit) -> bool:
    """A sub-bullet under a lead-in that is a :func:`~quizbot.notes.labels.is_section_label`
    (``Organisation:`` over ``taluka divided into 13 chhavanis``, holdout 407). Not when the
    sub-bullet opens on a term and its description (``GSLV – uses …`` under ``Launch
    vehicles:`` is asked by its description) or on a sub-label of its own (``Wind – moves
    water`` under ``Factors:``, ``Interpersonal → big farmers gained more`` under
    ``Problems:``): an everyday word before a dash is no term to ask. Under a lead-in of one
    kind of terms (``Glossary:``, ``Types:``) each line's head is a term. A bullet that only
    names a kind of cause or effect (``Natural / meteorological``, ``Political``) is such a
    label, colon or none (holdout 410)."""
    parent = unit.parent
    if parent is None:
        return False
    if not is_category_label(parent.text):
        if not parent.text.rstrip().endswith(":") or not is_section_label(unit.subject):
            return False
        if fold(unit.subject).rstrip(": ").split()[-1] in KIND_LEAD_INS:
            return True
    if unit.term is not None:
        return False
    head = _SUB_LABEL.match(unit.text.replace("**", ""))
    return head is None or not is_everyday_word(head.group(1).lower())


#: One word, then a dash, an arrow or a colon: a term, or the writer's sub-label.
_SUB_LABEL = re.compile(r"([A-Za-z]+)\s*(?:[–—→:]|-\s)")
#: Words a line opens on that lean on the lead-in or the line before (``called …``,
#: ``also …``, ``by …``).
_LEANING = frozenset(
    """called known also and or but then so as to with by in on at for from of it its they
    their he his she her this these those""".split()
)
#: Verbs a body's duties open on in the base form (``suggest the form in which …`` under
#: ``Functions:``): what it does, not a thing.
_DUTIES = frozenset(
    """suggest report recommend advise review examine check ensure promote provide regulate
    monitor decide hear settle frame prepare make give take fix collect issue grant approve
    control manage maintain protect implement conduct investigate inquire scrutinise
    scrutinize help keep set act""".split()
)


def noun_led(text: str) -> bool:
    """Does a lower-case line open on a noun (``taluka divided into …``, ``periodic revision
    of land revenue``), not on a verb or a word that leans on what came before (``called
    Jamuna in Bangladesh``, ``rises in Tibet``)?"""
    words = text.replace("**", "").split()
    if not words:
        return False
    first = words[0].lower()
    return not (
        first in VERBS
        or first in _LEANING
        or first in _DUTIES
        or first.endswith(("ed", "ing", "ly"))
        or verb_phrase(words)
    )


def stands_alone_under_a_label(unit: Unit) -> bool:
    """Is the sub-bullet a sentence of its own once its label is left to the topic line: it
    stands under a section label and opens on a noun (``taluka divided into …``)?"""
    return under_a_section_label(unit) and noun_led(unit.text)


#: Words after a participle that say how a thing was dealt with (``dissolved or kept``,
#: ``reduced for all``), not a participle used as an adjective (``Bet: raised island``).
_DONE_HOW = frozenset("or and by for in to at under with from as".split())

#: Sections of an exam's angles on the subject (``## Mains angles`` over ``Environment →
#: reservoir inside a tiger reserve``, ``Federalism → inter-state trust deficit …``, holdout
#: 490, two bad): each head, a dictionary word or not an everyday one, is the writer's label.
_ANGLES = frozenset(("mains", "angles", "dimensions"))
#: Sections whose lines open on the writer's own sub-label (``## Problems`` over ``**Delayed
#: claims** → states late with their share``; ``### Risks covered`` over ``Mid-season
#: adversity → on-account payment up to 25%``; ``### Non-financial support`` over ``Public
#: procurement → govt buyers relax …``, holdout 427, bad), never a term its line defines.
_SUB_LABELLED = frozenset(
    """problems issues challenges concerns criticisms criticism limitations weaknesses
    drawbacks shortcomings gaps risks threats benefits support incentives provisions mitigation
    solutions remedies suggestions interventions strategies""".split()
    + list(_ANGLES)
)  # not effects or causes: "**Capital flight** → investors pull money out" is a term; a
# measure's label under "Mitigation — what works" neither (holdout 467, bad: "Which term is
# described as “orient streets for wind, …”?" = Climate-sensitive planning)


_SPECIES = {"spp.": "species", "sp.": "species", "spp": "species"}


def sub_label_as_term(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """A line's head under a section of problems, issues or risks asked as a term ("Which
    term is this: states late with their subsidy share …?" = Delayed claims; holdout 416,
    two bad: the question teaches a wrong definition or has many answers)."""
    if unit is None or draft.rule not in ("term", "term-identify"):
        return None
    head = [_SPECIES.get(w, w) for w in draft.key_text.split()]  # "Invasive spp." (478)
    if not head or any(w[:1].isupper() or not w.isalpha() for w in head[1:]):
        return None  # "Govt of India Act (1858)", "Thalappalam … Bank": a name
    angled = bool(unit.headings) and bool(set(fold(unit.headings[-1]).split()) & _ANGLES)
    known = is_everyday_word if len(head) == 1 and not angled else is_dictionary_word
    if not all("-" in w or known(w.lower()) for w in head):
        return None  # "Agmark": a name, not the writer's label
    if draft.key_text in unit.text and re.search(
        rf"{re.escape(draft.key_text)}\**\s*\(\s*\d", unit.text
    ):
        return None  # "Denial policy (1942)": a dated thing of its own name
    said = unit.term.definition.split() if unit.term is not None else []
    if said and said[0][:1].isdigit():
        # "Central legislature: 18% of general seats reserved" (holdout 584, bad): a figure
        # under the writer's label, no meaning of a term
        return f"{draft.key_text!r} labels a figure, it is no term"
    if (
        len(head) == 1
        and head[0].isalpha()
        and head[0][1:].islower()
        and len(said) > 1
        and is_a_deed(said[0])
        and said[1].strip(",") in _DONE_HOW
    ):
        # "___: dissolved or kept in suspended animation …" = Legislature (holdout 443, bad):
        # what is done to the writer's sub-label, not what a term is
        return f"the line says what is done to {draft.key_text!r}, not what it is"
    where = [unit.headings[-1]] if unit.headings else []
    listed = re.split(r",\s*|\s+(?:&|and)\s+", BRACKET.sub("", fold(where[0]))) if where else []
    if len(head) == 1 and len(listed) > 1 and fold(head[0]) in listed:
        # "Forests: tropical dry deciduous" under "Climate, soil, forests" (holdout 581, bad:
        # "Which term is described as “tropical dry deciduous, sal dominant”?" = Forests)
        return f"{draft.key_text!r} is one of the labels its heading lists, not a term"
    if unit.parent is not None and unit.parent.text.rstrip().endswith(":"):
        if GLOSSARY_SECTION.search(unit.parent.text):
            return None  # "Glossary:" under "Mitigation": its heads are terms (holdout 422)
        where.append(unit.parent.text)
    for label in where:
        words = BRACKET.sub("", fold(label)).strip(" :*").split()
        if set(words) & _SUB_LABELLED or (len(head) == 1 and set(words) & _CAUSES):
            # "Technology → ultrasound spread from 1980s" under "Causes:" (holdout 458, bad)
            return f"a line's head under {label.strip()!r} is the writer's label, not a term"
    return None


#: Sections of causes, effects or aims: a one-word everyday head there is the writer's sort
#: (``Technology``, ``Economy``); a longer one may be a term (``Capital flight``).
_CAUSES = frozenset(
    "causes factors reasons drivers effects impacts consequences aims objectives goals".split()
)  # "Politics: loyalty to British …" under "Aims / features" (holdout 666, bad)


#: A line's head that ends on what is said of its noun (``Treasury empty → govt couldn't
#: pay troops``) or on how it ties to another thing (``Arth Ganga tie-in → …``): a note,
#: no term (holdout 434, two bad: "Which term is described as “government couldn't pay
#: troops”?").
_SAID_OF_IT = frozenset(
    """empty full weak strong low high poor rich lost gone broken dead over shattered
    drained exhausted tie-in link linkage angle connect connection hook aspect""".split()
)


def head_is_a_note(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    words = draft.key_text.split()
    if draft.rule not in ("term", "term-identify") or len(words) < 2:
        return None
    if words[-1].islower() and fold(words[-1]) in _SAID_OF_IT:  # not "Mascarene High"
        return f"the line's head {draft.key_text!r} is a note about a thing, not a term"
    if is_a_deed(words[0]) and unit is not None and unit.parent is not None:
        deeds = [c for c in unit.parent.children if is_a_deed(c.text.replace("**", "").split()[0])]
        if len(deeds) >= 2:  # "Which contribution is described as “corps of loyal …”?" =
            # Formed Turkan-i-Chahalgani, among "Organised the iqta system" (holdout 441, bad)
            return f"the line's head {draft.key_text!r} is a deed among deeds, not a term"
    if words[0] in ("The", "A", "An") and all(
        w.isalpha() and w.islower() and is_everyday_word(w) for w in words[1:]
    ):  # "The compromise: a fund based on solidarity, not liability" (holdout 445, bad)
        return f"the line's head {draft.key_text!r} is the writer's lead-in, not a term"
    return None
