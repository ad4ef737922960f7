"""Classes found on the thirty-fifth session's holdouts, each fixed on made-up notes of
another subject."""

from __future__ import annotations

from quizbot.bank.model import Short
from tests.unit.notes_support import generated, shown_texts


def test_a_timeline_entry_is_no_definition() -> None:
    """ "What is the large issue of gold coins called?" keyed Vima Kadphises (holdout 368,
    bad): a ``Name – what they did`` line of a timeline tells a deed, it defines nothing."""
    notes = (
        "# Guptas\n\n## Origins\n"
        "- Allahabad pillar → genealogy: Sri Gupta → Ghatotkacha → Chandragupta I → Samudra Gupta\n"
        "\n## Timeline\n"
        "- (c. 319 CE) **Chandragupta I** – founder, Gupta era, gold coins with queen Kumaradevi\n"
        "- Samudra Gupta – large issue of gold coins; Vishnu devotee, title *Kaviraja*\n"
        "- (c. 380 CE) Chandragupta II's accession → start of **Vikrama** title\n"
    )
    texts = shown_texts(notes)
    assert "What is the large issue of gold coins called?" not in texts, texts


def test_a_headings_ordinal_is_not_the_rows_kind() -> None:
    """ "Who presided over the 1st Fourth Buddhist Council …?" (holdout 368, bad): the
    heading names one council, its table all four."""
    notes = (
        "# Sangam age\n\n## Third Sangam\n\n"
        "Held at Madurai under Pandya patronage; most surviving Sangam texts are of it.\n\n"
        "| Sangam | Place | Presided by |\n|---|---|---|\n"
        "| 1st | Then Madurai | Agastya |\n"
        "| 2nd | Kapatapuram | Tolkappiyar |\n"
        "| 3rd | Madurai | Nakkirar |\n"
    )
    prompts = [q.prompt for q in generated(notes) if isinstance(q, Short)]
    assert any("the 1st sangam at" in p.lower() for p in prompts), prompts
    assert not any("Third Sangam" in p for p in prompts), prompts
