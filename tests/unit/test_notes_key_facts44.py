"""Classes found on the forty-fourth session's holdouts, each fixed on made-up notes of
another subject."""

from __future__ import annotations

from tests.unit.notes_support import short_questions

_CHILIKA = (
    "# Chilika Lake\n\n## Glossary\n"
    "- Lagoon: shallow water body cut off from the sea by a sand bar\n"
    "- Brackish: water saltier than fresh, less salty than sea water\n"
    "- Irrawaddy dolphin: flagship species of the lake, seen near Satapada\n"
)


def test_a_glossary_term_of_everyday_english_is_not_asked_alone() -> None:
    """ "What is a shallow water body between reef and island called?" = Lagoon (holdouts
    500-513: eleven such terms of twelve judged weak, school vocabulary)."""
    asked = {q.answer for q in short_questions(_CHILIKA).values()}
    assert "Lagoon" not in asked
    assert {"Brackish", "Irrawaddy dolphin"} <= asked
