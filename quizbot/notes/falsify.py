"""False variants: a unit's text made false for a true/false or statements question.

:func:`false_variant` swaps in a same-kind term, another member of the list's kind or a wrong
number, and never yields something the notes state elsewhere; :func:`swappable` gives the
same-kind terms that are certainly wrong for a definition and do not give it away.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quizbot.notes.drafts import Context, Unit, blank
from quizbot.notes.entities import is_entity, term_kind
from quizbot.notes.hashing import pick, sample, shuffled, spread
from quizbot.notes.lists import ListFound
from quizbot.notes.perturb import case_like, is_bound, perturbations, unit_word
from quizbot.notes.phrases import contains_phrase, fold, overlaps, shares_word
from quizbot.notes.quantities import Quantity


def swappable(others: Sequence[str], unit: Unit, definition: str, ctx: Context) -> list[str]:
    """Same-kind terms that are certainly wrong for ``definition`` and do not give it away."""
    return [
        o
        for o in others
        if ", " not in o  # a list of things ("Hydrogen, rare metals") is no single one
        and not ctx.kinds.defined_as(o, definition)
        and not shares_word(o, definition)
        and not overlaps(ctx.kinds.known_about(o), definition)
        and not contains_phrase(unit.context, o)
    ]


def false_variant(unit: Unit, ctx: Context, *salt: str) -> str | None:
    """The unit's text made false by swapping in a same-kind term, another list member or a
    wrong number — never something the notes state elsewhere. The ways to falsify are tried
    in a stable pseudo-random order and the first that works is used."""
    text = unit.text
    term = unit.term
    kinds = ctx.kinds
    found = unit.found_list

    def swap_term() -> str | None:
        kind = term_kind(unit, ctx) if term is not None else None
        if term is None or kind is None or not is_entity(unit, ctx):
            return None
        others = swappable(sample(kind.others, 24, unit.key, "s"), unit, term.definition, ctx)
        if not others:
            return None
        other = pick(others, unit.key, "swap", *salt)
        return f"{case_like(term.base, other)}: {term.definition}"

    def swap_item() -> str | None:
        if found is None or not found.complete:
            return None
        mine = {fold(x) for x in found.items}
        for i, item in enumerate(found.items):
            swaps = [
                o
                for o in kinds.sample_same_kind(item, 12, spread(unit.key, item))
                if fold(o) not in mine
                and not contains_phrase(text, o)
                and not any(shares_word(o, x) for x in found.items)
            ]
            if swaps:
                written = list(found.written)
                written[i] = pick(swaps, unit.key, item, *salt)
                joined = _rejoin(found, written, text[found.start : found.end])
                return text[: found.start] + joined + text[found.end :]
        return None

    def change_number(q: Quantity) -> Callable[[], str | None]:
        def make() -> str | None:
            if found is not None and found.count is not None and q.start < found.start:
                return None
            if q.kind == "ordinal" and fold(q.text) in ctx.heading_words:
                return None
            if contains_phrase(blank(text, q.start, q.end, " "), q.text) or is_bound(text, q):
                return None
            wrong = perturbations(q, ctx, unit_word(text, q))
            return (
                blank(text, q.start, q.end, pick(wrong, unit.key, q.text, *salt)) if wrong else None
            )

        return make

    makers: list[tuple[str, Callable[[], str | None]]] = [("term", swap_term), ("item", swap_item)]
    makers.extend((f"number{i}", change_number(q)) for i, q in enumerate(unit.quantities))
    for _, make in shuffled(makers, unit.key, "variant", *salt, by=lambda m: m[0]):
        variant = make()
        if variant is not None and fold(variant) not in kinds.statements:
            return variant
    return None


def _rejoin(found: ListFound, written: list[str], body: str) -> str:
    """List items written back in the notes' style (semicolons, or commas and "and")."""
    if ";" in body:
        return "; ".join(written[:-1]) + "; and " + written[-1]
    if len(written) == 2:
        return f"{written[0]} and {written[1]}"
    oxford = ", and " in body
    return ", ".join(written[:-1]) + (", and " if oxford else " and ") + written[-1]
