"""The move builder (quizbot/notes/moves.py): ``shifted capital Delhi → **Daulatabad**
(Devagiri) in 1327, then back`` under ``Muhammad bin Tughlaq (1325–1351)`` is written out
with its subject and the arrow as "from … to"."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes import generate_questions


def _texts(notes: str) -> set[str]:
    return {q.text for q in generate_questions(notes, "n/notes.md") if isinstance(q, Cloze)}


def test_a_move_under_a_named_ruler_is_a_sentence_with_the_place_moved_to_blank() -> None:
    texts = _texts(
        "# Sultanate\n\n## Tughlaqs\n\n- Muhammad bin Tughlaq (1325–1351)\n"
        "  - shifted capital Delhi → **Daulatabad** (Devagiri) in 1327, then back\n"
    )
    assert (
        "Muhammad bin Tughlaq shifted the capital from Delhi to {{Daulatabad|Devagiri}} in 1327."
        in texts
    )


def test_no_move_without_a_named_parent_or_a_year() -> None:
    texts = _texts(
        "# S\n\n## T\n\n- Later changes:\n  - shifted capital Delhi → Daulatabad in 1327\n"
        "- Muhammad bin Tughlaq (1325–1351)\n  - shifted capital Delhi → Daulatabad, then back\n"
    )
    assert not [t for t in texts if "from Delhi to" in t]
