"""Timeline tables (quizbot/notes/timeline_tables.py): ``| Year | Event | Why imp. |`` rows are
asked as the dated lines of a bulleted timeline; a table of years and places is not one."""

from __future__ import annotations

from quizbot.bank.model import Mcq, Short
from quizbot.notes import generate_questions

TABLE = (
    "# Marathas\n\n## Timeline\n\n"
    "| Year | King / Event | Why imp. |\n|---|---|---|\n"
    "| 1674 | Shivaji crowned at Raigad | Chhatrapati title |\n"
    "| 1761 | **Third Battle of Panipat** | Marathas lose to Abdali |\n"
    "| 1818 | Third Anglo-Maratha War ends | Peshwai abolished |\n"
)


def _asked(notes: str) -> dict[str, str]:
    found = generate_questions(notes, "n/notes.md")
    return {q.prompt: q.answer for q in found if isinstance(q, Short | Mcq)}


def test_each_row_is_asked_as_a_dated_line() -> None:
    asked = _asked(TABLE)
    assert asked["In which year did the Third Battle of Panipat take place?"] == "1761"
    assert not any("Abdali" in prompt or "Peshwai" in prompt for prompt in asked)


def test_a_table_of_years_and_places_is_left_to_the_table_builders() -> None:
    places = TABLE.replace("King / Event", "Place")
    assert "In which year did the Third Battle of Panipat take place?" not in _asked(places)
