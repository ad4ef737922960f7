"""Feedback says each thing once: the verdict line shows the answer, the grader's note does
not repeat it."""

from __future__ import annotations

import pytest

from quizbot.tui.widgets.messages import grader_note


@pytest.mark.parametrize(
    ("feedback", "answer", "note"),
    [
        (
            "3 of 4 right; the answer is BRICS, SCO, G20 and RIC.",
            "BRICS, SCO, G20 and RIC",
            "3 of 4 right.",
        ),
        ("Correct: Namaste Russia.", "Namaste Russia", ""),
        ("Correct: self-sufficiency.", "self-sufficiency", ""),
        (
            "Correct, with a typo: Kudankul[u→a]m (the answer is Kudankulam).",
            "Kudankulam",
            "With a typo: Kudankul[u→a]m.",
        ),
        ("(b) THAAD is not it; the answer is (a) S-400.", "(a) S-400", "(b) THAAD is not it."),
        (
            "Australia is a different answer; the answer is Austria.",
            "Austria",
            "Australia is a different answer.",
        ),
        ("Close enough: within ±1.", "65", "Close enough: within ±1."),
    ],
)
def test_the_grader_note_never_repeats_the_answer(feedback: str, answer: str, note: str) -> None:
    assert grader_note(feedback, answer) == note
