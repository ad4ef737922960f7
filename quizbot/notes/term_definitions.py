"""The definition rule (split from :mod:`~quizbot.notes.term_questions`): a term a
two-column table or a glossary describes, asked the other way round — "Which best describes
TERM?", its description among three others of the same table or glossary."""

from __future__ import annotations

from quizbot.bank.model import Mcq
from quizbot.notes.drafts import Context, Draft, Unit, make_draft, words_count
from quizbot.notes.hashing import shuffled
from quizbot.notes.phrases import contains_phrase, implied_by, shares_word


def rule_definition(unit: Unit, ctx: Context) -> list[Draft]:
    """The other direction: a term described by a two-column table → pick its description."""
    term = unit.term
    if term is None:
        return []
    found = ctx.kinds.descriptions(term.base)
    if found is None:
        return _glossary_definition(unit, ctx)
    right, others, headings = found
    if headings != unit.headings and not shares_word(right, term.definition):
        return []  # a table elsewhere describes something else by the same name
    known = f"{term.definition} {right}"
    others = [o for o in others if not contains_phrase(o, term.base) and not implied_by(o, known)]
    if len(others) < 3:
        return []
    return _describes(unit, term.base, right, others, "d")


#: A glossary definition longer than this makes an unreadable option.
_MAX_OPTION_WORDS = 16


def _glossary_definition(unit: Unit, ctx: Context) -> list[Draft]:
    """A glossary entry the other way: which of its section's definitions describes it?"""
    term = unit.term
    entries = ctx.glossary.get(id(unit))
    if term is None or entries is None or words_count(term.definition) > _MAX_OPTION_WORDS:
        return []
    mine = term.definition
    others = [
        e.term.definition
        for e in entries
        if e is not unit
        and e.term is not None
        and words_count(e.term.definition) <= _MAX_OPTION_WORDS
        and not contains_phrase(e.term.definition, term.base)
        and not implied_by(e.term.definition, mine)
    ]
    if len(others) < 3:
        return []
    return _describes(unit, term.base, mine, others, "g")


def _describes(unit: Unit, term: str, right: str, others: list[str], salt: str) -> list[Draft]:
    """ "Which best describes TERM?": ``right`` among three of ``others``, in a fixed
    shuffle (``salt`` keeps the table and glossary shuffles apart, as they always were)."""
    options = shuffled([right, *shuffled(others, unit.key, f"{salt}d")[:3]], unit.key, f"{salt}o")
    return [
        make_draft(
            unit,
            Mcq,
            "definition",
            "definition",
            f"{term} description",
            key_text=right,
            key_kind="description",
            prompt=f"{unit.context}: Which best describes {term}?",
            options=tuple(options),
            answer=right,
        )
    ]
