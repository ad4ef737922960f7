"""Bounded time and memory for any note: shapes that were quadratic or crashed.

Each test generates from notes of about 70 KB (1.5 s apiece): marked ``slow``, CI runs them."""

from __future__ import annotations

import pytest

from benchmarks.generate import adversarial_notes
from quizbot.notes import generate_questions
from quizbot.notes.yamlout import render
from quizbot.tutor.lookup import NotesIndex


@pytest.mark.slow
@pytest.mark.usefixtures("builders_only")
def test_bullets_nested_a_thousand_deep_are_generated_and_indexed() -> None:
    deep = adversarial_notes()["deep"]
    questions = generate_questions(deep, "notes/deep.md")  # no RecursionError
    assert questions
    index = NotesIndex.from_markdown(deep)  # no RecursionError either
    assert index.lookup("what is Council 0?").passages


@pytest.mark.slow
def test_each_adversarial_shape_keeps_few_questions_per_fact_and_a_small_output() -> None:
    for name, text in adversarial_notes().items():
        questions = generate_questions(text, f"notes/{name}.md")
        out = render(questions, f"notes/{name}.md", "T")
        assert len(out) <= 10 * len(text), name
