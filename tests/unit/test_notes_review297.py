"""Fixes from the blind review of holdout notes 297–299 (2026-12-06), each tested on notes of
another subject than the one it was found on."""

from __future__ import annotations

from quizbot.notes import generate_questions


def test_a_dashed_writers_aside_leaves_the_topic() -> None:
    """``— rev. notes``, ``– imp.``, ``— most imp.`` are the writer's marks, not a topic."""
    notes = (
        "# Kakatiya dynasty (1163 – 1323) — rev. notes\n\n"
        "## Rudrama Devi – most imp.\n\n"
        "- Marco Polo visited her kingdom and praised her rule.\n"
    )
    topics = {q.topic for q in generate_questions(notes, "n/notes.md")}
    assert topics and all("rev." not in t and "imp." not in t for t in topics)
