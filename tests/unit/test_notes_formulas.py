"""The formula builder (quizbot/notes/formulas.py): ``primary deficit = fiscal deficit −
interest payments`` under ``Deficits:`` is asked "Which deficit equals …?"."""

from __future__ import annotations

from quizbot.bank.model import Short
from quizbot.notes import generate_questions

_NOTES = (
    "# Economy\n\n## Budget\n\n- Deficits:\n"
    "  - fiscal deficit = total expenditure − (revenue receipts + non-debt capital receipts)"
    " → the govt's total borrowing need\n"
    "  - revenue deficit = revenue expenditure − revenue receipts\n"
    "  - primary deficit = fiscal deficit − interest payments\n"
)


def _asked() -> dict[str, str]:
    found = generate_questions(_NOTES, "n/notes.md")
    return {q.prompt: q.answer for q in found if isinstance(q, Short) and "equals" in q.prompt}


def test_a_term_defined_by_a_formula_is_asked_by_the_formula_in_words() -> None:
    asked = _asked()
    assert asked["Which deficit equals fiscal deficit minus interest payments?"] == (
        "Primary deficit"
    )
    fiscal = "Which deficit equals total expenditure minus (revenue receipts plus non-debt"
    assert asked[fiscal + " capital receipts)?"] == "Fiscal deficit"  # the gloss after → cut


def test_a_formula_that_says_the_terms_own_word_is_not_asked() -> None:
    assert "Revenue deficit" not in _asked().values()
