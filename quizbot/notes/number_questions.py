"""The number rule: each number, amount, percentage or year of a unit → one question.

The question is a cloze of the line, or a true/false with a perturbed value when a cloze
cannot be made. (An mcq "Which figure fills the gap?" over a quoted line read stilted to a
coach, and was removed.)
"""

from __future__ import annotations

from quizbot.bank.model import Cloze, TrueFalse
from quizbot.notes.drafts import (
    Context,
    Draft,
    Unit,
    blank,
    cloze_fill,
    cloze_safe,
    make_draft,
)
from quizbot.notes.hashing import pick
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


#: A sign that makes a figure a bound (``<2% of it codes for proteins``): a cloze of it asks
#: the bound, and the true figure (1.5%) would be marked wrong (holdout 245).
_SIGNS = frozenset("<>≤≥")


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
        while before and (
            before[-1] in ("&", "and", "/", "or") or before[-1].rstrip(",").isdigit()
        ):
            before.pop()  # "Arts 20 & 21": the second number names an article too
        if before and fold(before[-1]).strip(".").removesuffix("s") in NUMBERED:
            continue  # "Art 112", "Schedule 10": a number that names, not a figure
        key = fold(q.text)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        others_visible = blank(text, q.start, q.end, " ")
        if contains_phrase(others_visible, q.text) or contains_phrase(unit.context, q.text):
            continue
        slot = f"number:{key}#{occurrence}"
        draft = None
        # "Which figure fills the gap?" over a quoted line read stilted: a figure is a cloze
        for choice in ("cloze", "truefalse"):
            if choice == "truefalse":
                if is_bound(text, q):
                    continue
                wrong = perturbations(
                    q, ctx, unit_word(text, q), line_years=ctx.line_years.get(unit.line, ())
                )
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
            elif (
                choice == "cloze" and cloze_safe(text) and text[q.start - 1 : q.start] not in _SIGNS
            ):
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
                draft.at_head = q.start == 0 and q.kind == "ordinal"
                # every format is a candidate, in this order: the gate and the ranking
                # keep the first that is fit to ask
                drafts.append(draft)
                draft = None
    return drafts
