"""The classes found on the fourteenth session's last round of fresh notes (holdouts
228–230) and fixed in the fifteenth, each on made-up notes of another subject."""

from __future__ import annotations

from tests.unit.notes_support import shown_texts


def test_a_column_of_the_notes_own_labels_is_never_the_key() -> None:
    """``| Issue | Recommendation |`` asked "Which issue recommended state funding in kind?"
    = "Money power" (holdout 230, bad: "election funding" is as right); a column of names
    under another header is still asked."""
    labels = """# Police reforms

## Padmanabhaiah Committee (2000)
| Area | Recommendation | Status |
|---|---|---|
| Political interference | fixed tenure for the DGP and SPs | partly adopted |
| Recruitment | common entrance test for constables | not adopted |
| Public complaints | district police complaints authority | adopted by Kerala |
| Training | separate training university in each state | not adopted |
"""
    assert not any("Which area" in t for t in shown_texts(labels))
    names = (
        labels.replace("| Area |", "| Committee |")
        .replace("| Political interference |", "| Ribeiro Panel |")
        .replace("| Recruitment |", "| Soli Sorabjee Panel |")
        .replace("| Public complaints |", "| Malimath Panel |")
        .replace("| Training |", "| Vohra Panel |")
    )
    assert any("Which committee" in t for t in shown_texts(names))
