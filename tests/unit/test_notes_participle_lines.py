"""Verbless participle lines (quizbot/notes/participle_lines.py): ``Name deciphered by X
(1837)`` is asked "Who deciphered Name in 1837?", never shown as the raw line's cloze."""

from __future__ import annotations

from quizbot import generate_questions
from quizbot.bank.model import Cloze, TrueFalse
from tests.unit.notes_support import short_questions

_NOTES = (
    "# Music history\n\n## Instruments and scores\n\n"
    "- Raga Darpan written by **Ravi Kumar** (1921)\n"
    "- Hira Mahal built at **Jaisalmer**\n"
    "- Raga Kosh revised by **Mohan Lal**, later printed in Lahore\n"
)


def test_the_agent_of_a_bare_participle_is_asked_in_an_active_question() -> None:
    asked = short_questions(_NOTES)
    assert asked["Who wrote Raga Darpan in 1921?"].answer == "Ravi Kumar"
    assert asked["Where was the Hira Mahal built?"].answer == "Jaisalmer"


def test_the_raw_participle_line_is_never_shown_as_a_cloze() -> None:
    shown = [
        q.text if isinstance(q, Cloze) else q.statement
        for q in generate_questions(_NOTES, "music.md")
        if isinstance(q, Cloze | TrueFalse)
    ]
    assert not any("written by" in text or "revised by" in text for text in shown)


def test_a_timeline_line_s_participle_is_asked_with_its_year() -> None:
    asked = short_questions(
        "# Constitution\n\n## Timeline\n\n"
        "- 13 Dec 1946 – **Objectives Resolution** moved by Nehru → adopted 22 Jan 1947\n"
    )
    assert asked["Who moved the Objectives Resolution in 1946?"].answer == "Nehru"
