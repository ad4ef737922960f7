"""The classes found on the eighteenth session's rounds of fresh notes (holdouts 270 on),
each on made-up notes of another subject."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_a_participle_line_is_asked_before_its_arrow() -> None:
    """``Term BRIC coined by **Jim O'Neill** (Goldman Sachs, 2001) → paper on …`` (holdout
    270's key fact, never asked): the arrow's tail is another note; the agent's bracket says
    who he was, then the year, which dates the question."""
    notes = """# Economic Thought

## Words that stuck
- Term Third World coined by **Alfred Sauvy** (French demographer, 1952) → three estates
"""
    asked = short_questions(notes)["Who coined the term Third World in 1952?"]
    assert asked.answer == "Alfred Sauvy"


def test_a_decade_in_the_agent_s_bracket_dates_the_question() -> None:
    """``Southern Oscillation found by **Sir Gilbert Walker** (DG of IMD, 1920s)``."""
    notes = """# Ocean Currents

## Discoveries
- El Nino Current described by Camilo Carrillo (Peruvian geographer, 1890s)
"""
    asked = short_questions(notes)
    assert asked["Who described the El Nino Current in the 1890s?"].answer == "Camilo Carrillo"


def test_a_participle_clause_cut_from_a_line_needs_a_full_name() -> None:
    """``Chairman appointed by Speaker; convention since 1967 …`` and ``PGF balanced by
    Coriolis → geostrophic wind``: cut at the semicolon or the arrow, a one-word agent is an
    office or a force, and "Who appointed Chairman?" asks nothing (changed-56)."""
    notes = """# State Legislatures

## Committees
- Chairman appointed by Governor; convention since 1970 → from the ruling party
- Winds deflected by Coriolis → trade winds blow from the north-east
"""
    prompts = set(short_questions(notes))
    assert not any(p.startswith("Who appointed") or p.startswith("Who deflected") for p in prompts)
