"""The number rule: each number, amount, percentage or year of a unit → one question.

The question type (a cloze, a true/false with a perturbed value, or an mcq among figures of
the same kind from the notes) is the first, in a stable pseudo-random order, that the
material supports.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizbot.bank.model import Cloze, Mcq, TrueFalse
from quizbot.notes.drafts import (
    Context,
    Draft,
    Unit,
    blank,
    cloze_fill,
    cloze_safe,
    make_draft,
    quoted,
)
from quizbot.notes.hashing import pick, shuffled
from quizbot.notes.names import NUMBERED
from quizbot.notes.perturb import is_bound, perturbations, unit_word
from quizbot.notes.phrases import contains_phrase, fold
from quizbot.notes.quantities import WORD_FOR, Quantity


def _alternatives(q: Quantity) -> list[str]:
    if q.spelled:
        return [str(int(q.value))]
    if q.kind == "count" and q.text.isdigit() and int(q.value) in WORD_FOR:
        return [WORD_FOR[int(q.value)]]
    return []


#: Figures of one fact considered at most.
MAX_FIGURES = 8


def _ordinal_names(q: Quantity, unit: Unit) -> list[str]:
    """``52nd`` under ``Imp. amendments`` is also ``52nd Amendment``."""
    if q.kind != "ordinal" or not unit.subject:
        return []
    last = unit.subject.split()[-1]
    if not last.endswith("s") or not last[:-1].isalpha():
        return []
    noun = last[:-1]
    return [f"{q.text} {noun.capitalize()}", f"{q.text} {noun.lower()}"]


def _ranked(choices: Sequence[str], *key: str) -> list[str]:
    """``choices`` in a stable pseudo-random order: the first that the material supports is
    the question type (so types spread evenly, and a type is only worked out when needed)."""
    return shuffled(choices, *key)


def rule_numbers(unit: Unit, ctx: Context) -> list[Draft]:
    """Each number, amount, percentage, year → a cloze, a perturbed true/false or an mcq."""
    drafts: list[Draft] = []
    text = unit.text
    seen: dict[str, int] = {}
    # a fact keeps two or three questions: its first figures are candidates enough, and a
    # line of a thousand figures stays linear
    for q in unit.quantities[:MAX_FIGURES]:
        if (
            unit.found_list is not None
            and unit.found_list.count is not None
            and (q.start < unit.found_list.start and q.value == unit.found_list.count)
        ):
            continue  # "three, namely ...": the list rule asks for it
        if q.kind == "ordinal" and fold(q.text) in ctx.heading_words:
            continue  # "21st" of "21st annual summit" names an event; it is not a fact to vary
        term = unit.term
        if term is not None and not term.dash and q.start < len(term.term):
            continue  # "Modi (2021): ...": the year tags a label, it is no fact to ask
        before = text[: q.start].split()
        if before and fold(before[-1]).strip(".") in NUMBERED:
            continue  # "Art 112", "Schedule 10": a number that names, not a figure
        key = fold(q.text)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        others_visible = blank(text, q.start, q.end, " ")
        if contains_phrase(others_visible, q.text) or contains_phrase(unit.context, q.text):
            continue
        slot = f"number:{key}#{occurrence}"
        draft = None
        for choice in (*_ranked(("cloze", "mcq"), unit.key, slot), "truefalse"):
            if choice == "truefalse":
                if is_bound(text, q):
                    continue
                wrong = perturbations(q, ctx, unit_word(text, q))
                if not wrong:
                    continue
                variant = blank(text, q.start, q.end, pick(wrong, unit.key, slot, "v"))
                if fold(variant) in ctx.kinds.statements:
                    continue
                draft = make_draft(
                    unit,
                    TrueFalse,
                    "number",
                    slot,
                    q.text,
                    key_kind=q.kind,
                    prompt=f"{unit.context}: true or false?",
                    statement=variant,
                    answer=False,
                    fix=text,
                )
            elif choice == "mcq":
                similar = [
                    c
                    for c in ctx.kinds.quantities_near(q)
                    if not contains_phrase(others_visible, c)
                    and not contains_phrase(unit.context, c)
                ]
                if len(similar) < 3:
                    continue
                options = shuffled(
                    [q.text, *shuffled(similar, unit.key, slot)[:3]], unit.key, slot, "o"
                )
                gap = quoted(blank(text, q.start, q.end, "…"))
                draft = make_draft(
                    unit,
                    Mcq,
                    "number",
                    slot,
                    q.text,
                    key_kind=q.kind,
                    prompt=f"{unit.context}: {gap} Which figure fills the gap?",
                    options=tuple(options),
                    answer=q.text,
                )
            elif cloze_safe(text):
                draft = make_draft(
                    unit,
                    Cloze,
                    "number",
                    slot,
                    q.text,
                    key_kind=q.kind,
                    prompt=f"{unit.context}: fill in the blank.",
                    text=blank(
                        text,
                        q.start,
                        q.end,
                        cloze_fill(q.text, [*_alternatives(q), *_ordinal_names(q, unit)]),
                    ),
                )
            if draft is not None:
                draft.marked = any(
                    b in text and text.find(b) <= q.start < text.find(b) + len(b) for b in unit.bold
                )
                # every format is a candidate, in this order: the gate and the ranking
                # keep the first that is fit to ask
                drafts.append(draft)
                draft = None
    return drafts
