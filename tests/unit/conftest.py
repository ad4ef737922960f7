"""Print the grading table's false-accept and false-reject counts at the end of every run."""

from __future__ import annotations

import sys

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    # Looked up, not imported: importing the table here would import the grader for every run.
    table = next(
        (
            module
            for name, module in list(sys.modules.items())
            if name.rpartition(".")[2] == "test_grading_table"
        ),
        None,
    )
    if table is None:
        return
    counts: dict[str, int] = getattr(table, "GRADING_COUNTS", {})
    terminalreporter.section("grading table")
    if not counts:
        terminalreporter.write_line("grading table: not run")
        return
    terminalreporter.write_line(
        f"grading table: {counts['cases']} cases, {counts['false_accepts']} false accepts, "
        f"{counts['false_rejects']} false rejects, {counts['other']} wrong kinds/scores/crashes"
    )


@pytest.fixture
def builders_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The generator without its last gate (quizbot/notes/fragments.py), for tests of a
    builder or an earlier rule on note lines written in shorthand, which that gate (rightly)
    keeps from the learner: the test still sees what the builder made of them."""
    import quizbot.notes.generate as generate_module

    monkeypatch.setattr(generate_module, "fragment_gate", lambda *_: None)
    # and without asking a raw line's cloze as a question (quizbot/notes/line_questions.py)
    monkeypatch.setattr(generate_module, "asked_outright", lambda question: question)
