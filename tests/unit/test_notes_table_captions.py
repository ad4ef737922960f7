"""The caption builder (quizbot/notes/table_captions.py): a table whose caption, heading or
header says what one column is of the first (``Highest peak of each continent:``) asks each
row so ("Which is the highest peak of Africa?")."""

from __future__ import annotations

from quizbot.bank.model import Mcq, Short
from quizbot.notes import generate_questions
from quizbot.notes.outline import parse_outline

_PEAKS = (
    "| Continent | Peak | Country |\n"
    "|---|---|---|\n"
    "| Asia | **Everest** (8,849 m) | Nepal–China |\n"
    "| S America | **Aconcagua** (~6,960 m) | Argentina |\n"
    "| Africa | **Kilimanjaro** (~5,895 m) | Tanzania |\n"
    "| Europe | **Elbrus** (~5,640 m) | Russia |\n"
)


def _asked(notes: str) -> dict[str, Short | Mcq]:
    return {
        q.prompt: q
        for q in generate_questions(notes, "n/notes.md")
        if isinstance(q, Short | Mcq) and " of " in q.prompt
    }


def test_the_caption_above_a_table_is_kept_by_the_outline() -> None:
    outline = parse_outline(f"# Geo\n\nHighest peak of each continent:\n\n{_PEAKS}")
    assert outline.tables[0].caption == "Highest peak of each continent:"
    assert parse_outline(f"# Geo\n\n- a bullet\n\n{_PEAKS}").tables[0].caption == ""


def test_a_caption_of_each_row_asks_every_row_by_its_key() -> None:
    asked = _asked(
        f"# World geography\n\n## Mountains\n\nHighest peak of each continent:\n{_PEAKS}"
    )
    assert {p: q.answer for p, q in asked.items()} == {
        "Which is the highest peak of Asia?": "Everest",
        "Which is the highest peak of South America?": "Aconcagua",  # "S America" written out
        "Which is the highest peak of Africa?": "Kilimanjaro",
        "Which is the highest peak of Europe?": "Elbrus",
    }
    for q in asked.values():  # the other rows' peaks are the options
        if isinstance(q, Mcq):
            assert set(q.options) <= {"Everest", "Aconcagua", "Kilimanjaro", "Elbrus"}


def test_a_superlative_header_says_it_and_a_heading_by_the_key_column() -> None:
    header = _PEAKS.replace("| Peak |", "| Highest peak |")
    assert "Which is the highest peak of Europe?" in _asked(f"# Geo\n\n## Peaks\n\n{header}")
    by = _asked(f"# Geo\n\n## Highest peaks by continent\n\n{_PEAKS}")
    assert by["Which is the highest peak of Africa?"].answer == "Kilimanjaro"


def test_no_caption_no_question_and_the_key_must_be_the_first_column() -> None:
    assert not _asked(f"# Geo\n\n## Mountains\n\n{_PEAKS}")
    resources = (
        "# Geo\n\n## Resources by country\n\n| Resource | Country | Note |\n|---|---|---|\n"
        "| Copper | Chile | Escondida |\n| Cobalt | DR Congo | 70% of output |\n"
        "| Uranium | Kazakhstan | top producer |\n"
    )
    assert not [p for p in _asked(resources) if p.startswith("What is the resource")]


def test_a_column_of_notes_is_not_asked() -> None:
    notes = (
        "# States\n\n## Census\n\n| Measure | Highest / lowest | Note |\n|---|---|---|\n"
        "| Density | Bihar 1,106; Arunachal 17 | per sq km |\n"
        "| Sex ratio | Kerala 1,084; Haryana 879 | females per 1,000 |\n"
        "| Literacy | Kerala 94%; Bihar 62% | 2011 |\n"
    )
    assert not _asked(notes)
