"""The bracket-year builder (quizbot/notes/bracket_years.py): a year in brackets after a
deed (``Aurangzeb (1658–1707) reimposed jizya (1679)``, ``abolished pilgrim tax (1563) and
jizya (1564)`` under ``Akbar (1556–1605):``) is asked as the deed's own sentence."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes import generate_questions


def _texts(notes: str) -> set[str]:
    found = generate_questions(notes, "n/notes.md")
    return {q.text for q in found if isinstance(q, Cloze)}


def test_a_dated_deed_of_a_named_subject_is_its_own_sentence() -> None:
    texts = _texts(
        "# Mughals\n\n## Later Mughals\n\nAurangzeb (1658–1707) reimposed jizya (1679),"
        " executed Guru Tegh Bahadur (1675) and annexed Bijapur (1686) and Golconda (1687).\n"
    )
    assert "Aurangzeb reimposed the jizya in {{1679}}." in texts
    # a deed done to a name is the name's question, not a second one on its year
    assert not [t for t in texts if "{{1675}}" in t or "{{1686}}" in t]


def test_a_sub_bullet_opening_with_its_verb_takes_the_parents_name() -> None:
    texts = _texts(
        "# Mughals\n\n## Akbar\n\n- Akbar (1556–1605):\n"
        "  - abolished pilgrim tax (1563) and jizya (1564)\n"
    )
    assert {
        "Akbar abolished the pilgrim tax in {{1563}}.",
        "Akbar abolished the jizya in {{1564}}.",
    } <= texts


def test_no_deed_without_a_named_doer() -> None:
    """Under a lead-in (``Reforms:``) the doer is not named: nothing is asked."""
    texts = _texts("# H\n\n## S\n\n- Reforms of the period:\n  - abolished pilgrim tax (1563)\n")
    assert not [t for t in texts if "abolished" in t and "{{1563}}" in t]
