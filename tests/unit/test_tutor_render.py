"""The plain renderer (quizbot/tutor/render.py): what line mode prints of a question."""

from __future__ import annotations

from quizbot.bank.model import Match, Source
from quizbot.tutor.render import render_question


def test_render_the_match_hint_names_no_pair_a_key_could_start_with() -> None:
    """The line mode's hint "1-b, 2-a, ..." was the key's own first two pairs in some
    questions (blind reviews 32 and 35): it names letters no list has."""
    match = Match(
        id="m",
        topic="",
        tags=(),
        explanation="",
        source=Source("n.md", "", 1),
        prompt="Match the pairs.",
        pairs=(("Allahabad pillar", "prashasti"), ("Barabar caves", "Ajivikas"), ("A", "B")),
    )
    shown = render_question(match)
    assert "1-x, 2-y" in shown
    assert "1-b, 2-a" not in shown
