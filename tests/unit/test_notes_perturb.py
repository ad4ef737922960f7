"""Wrong numbers for false statements: plausible, in the original's format, never stated."""

from __future__ import annotations

from decimal import Decimal

from quizbot.notes.drafts import Context
from quizbot.notes.kinds import Kinds
from quizbot.notes.perturb import is_bound, perturbations, unit_word
from quizbot.notes.phrases import fold
from quizbot.notes.quantities import Quantity, find_quantities


def _context(present_year: int = 0) -> Context:
    return Context(Kinds(), set(), set(), {}, lambda _: 0, present_year=present_year)


def _quantity(text: str) -> Quantity:
    (q,) = find_quantities(text)
    return q


def test_a_percentage_becomes_other_percentages_below_100() -> None:
    q = _quantity("Russia supplies 45% of the oil.")
    wrong = perturbations(q, _context(), "of")
    assert 1 <= len(wrong) <= 3
    for text in wrong:
        assert text.endswith("%")
        assert 0 < Decimal(text[:-1]) < 100 and Decimal(text[:-1]) != 45


def test_a_value_the_notes_state_is_never_offered() -> None:
    q = _quantity("Russia supplies 45% of the oil.")
    ctx = _context()
    first = perturbations(q, ctx, "of")[0]
    ctx.kinds.phrases.add(fold(first))
    assert first not in perturbations(q, ctx, "of")


def test_a_year_is_never_moved_past_the_notes_present() -> None:
    q = _quantity("The treaty was signed in 2019 in Moscow.")
    wrong = perturbations(q, _context(present_year=2020), "in")
    assert wrong and all(int(year) <= 2020 and year != "2019" for year in wrong)


def test_bounds_and_estimates_are_told_from_exact_figures() -> None:
    text = "Over 600,000 troops and 41 ships took part."
    troops, ships = find_quantities(text)
    assert is_bound(text, troops)
    assert not is_bound(text, ships)


def test_unit_word_is_the_word_after_the_quantity() -> None:
    text = "Four Indians were killed."
    assert unit_word(text, _quantity(text)) == "Indians"
