"""The "consider the following statements" questions: a few true, a few made false.

:func:`rule_children_statements` asks about a bullet's sub-bullets, :func:`section_statements`
about a section's bullets; the false ones are made by :func:`false_variant` and the choice of
bullets is a stable hash, so adding a bullet rarely changes the question.
"""

from __future__ import annotations

from quizbot.bank.model import Statement, Statements
from quizbot.notes.drafts import (
    CARD,
    Context,
    Draft,
    Unit,
    is_lead_in,
    make_draft,
    quoted,
    words_count,
)
from quizbot.notes.falsify import false_variant
from quizbot.notes.hashing import shuffled

#: Sub-bullets needed for a "consider the following statements about <term>" question.
MIN_CHILD_STATEMENTS = 3


def _statement_text(unit: Unit) -> str:
    text = unit.text
    return text if text.endswith((".", "!", "?")) else text + "."


def rule_children_statements(unit: Unit, ctx: Context) -> list[Draft]:
    """A bullet with sub-bullets → "consider the following statements about <term>", some
    made false."""
    if unit.term is None or len(unit.children) < MIN_CHILD_STATEMENTS:
        return []
    children = [c for c in unit.children if words_count(c.text) >= 4][:5]
    if len(children) < MIN_CHILD_STATEMENTS:
        return []
    variants = {id(c): false_variant(c, ctx, "children") for c in children}
    falsifiable = [c for c in children if variants[id(c)]]
    if not falsifiable:
        return []
    wanted = max(1, len(children) // 2 - (1 if len(children) > 3 else 0))
    chosen = {id(c) for c in shuffled(falsifiable, unit.key, "false", by=lambda c: c.key)[:wanted]}
    statements = []
    for child in children:
        variant = variants[id(child)]
        if id(child) in chosen and variant:
            statements.append(Statement(_with_stop(variant), False, _statement_text(child)))
        else:
            statements.append(Statement(_statement_text(child), True))
    about = unit.term.base
    draft = make_draft(
        unit,
        Statements,
        "statements",
        "children",
        f"{about} statements",
        prompt=f"{unit.context}: Consider the following statements about {about}. "
        "Which of them are correct?",
        statements=tuple(statements),
        explanation=f"From the notes: {quoted(unit.text)}, and under it: "
        + "; ".join(quoted(c.text) for c in children)
        + ".",
    )
    return [draft]


def _with_stop(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def section_statements(units: list[Unit], ctx: Context, heading_line: int) -> list[Draft]:
    """A section's bullets → one "consider the following statements" question: a few true
    bullets and a few made false, chosen by a stable hash (adding a bullet rarely changes it)."""
    candidates = [
        u
        for u in units
        if u.parent is None
        and 4 <= words_count(u.text) <= 40
        and u.item is not None
        and not u.highlights
        and CARD not in u.text
        and not is_lead_in(u)
    ]
    if len(candidates) < 3:
        return []
    ranked = shuffled(candidates, "section", candidates[0].heading, by=lambda u: u.key)
    falsifiable = []
    for u in ranked:
        variant = false_variant(u, ctx, "section")
        if variant:
            falsifiable.append((u, variant))
        if len(falsifiable) == 2:
            break
    if not falsifiable:
        return []
    false_ids = {id(u) for u, _ in falsifiable}
    true_units = [u for u in ranked if id(u) not in false_ids][: 4 - len(falsifiable)]
    if not true_units:
        return []
    chosen = sorted([*true_units, *(u for u, _ in falsifiable)], key=lambda u: u.line)
    by_unit = {id(u): v for u, v in falsifiable}
    statements = tuple(
        Statement(_with_stop(by_unit[id(u)]), False, _statement_text(u))
        if id(u) in by_unit
        else Statement(_statement_text(u), True)
        for u in chosen
    )
    first = units[0]
    heading = first.heading
    return [
        Draft(
            Statements,
            {
                "prompt": f"{first.context}: Consider the following statements. Which of them are "
                "correct?",
                "statements": statements,
                "explanation": "From the notes, "
                + (first.headings[-1] if first.headings else "")
                + ": "
                + "; ".join(quoted(u.text) for u in chosen)
                + ".",
            },
            "statements",
            "section",
            f"{first.headings[-1] if first.headings else 'notes'} statements",
            "",
            heading,
            heading_line,
            id_key=f"section|{heading}",
        )
    ]
