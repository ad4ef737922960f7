"""``quizbot exam`` without ``--plain``: the mock-test screen as an app of its own.

:func:`run_exam_app` opens the progress store, runs :class:`ExamApp` (the exam screen, then
its results; closing them quits) and, when the result could not be stored, prints it in full
after the app closes (:func:`report_unsaved`).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from textual.app import App

from quizbot.bank import Bank
from quizbot.exam.analysis import render_result
from quizbot.exam.start import ExamOptions, check_writable
from quizbot.study.store import Store
from quizbot.tui.exam import Clock, ExamClosed, ExamScreen, exam_screen


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ExamApp(App[int]):
    """``quizbot exam``: the exam screen on its own; quits when the results are closed."""

    TITLE = "quizbot exam"

    def __init__(self, screen: ExamScreen) -> None:
        super().__init__()
        self.exam = screen

    def on_mount(self) -> None:
        self.push_screen(self.exam)

    def on_exam_closed(self, message: ExamClosed) -> None:
        self.exit(0)

    async def action_quit(self) -> None:
        if self.screen is not self.exam or self.exam.may_quit():
            self.exit(0)


def run_exam_app(
    bank: Bank,
    data_dir: Path,
    options: ExamOptions,
    clock: Clock = _utc_now,
    out: TextIO | None = None,
) -> int:
    """Run a mock test in the terminal; the result is stored in ``data_dir``. Raises
    :class:`~quizbot.study.store.StoreError` (the database cannot be opened or written),
    ``ValueError`` (unknown topic or preset) or :class:`~quizbot.exam.session.ExamError` (no
    usable question) before any screen. When the result cannot be stored at the end, it is
    printed in full to ``out`` (standard output) after the app closes, and the status is 1."""
    store = Store.open(data_dir, clock(), recover=True)
    try:
        check_writable(store)
        screen = exam_screen(bank, store, options, clock)
        app = ExamApp(screen)
        app.run()
    finally:
        store.close()
    unsaved = report_unsaved(screen, sys.stdout if out is None else out, sys.stderr)
    if unsaved:
        return unsaved
    return app.return_code or 0


def report_unsaved(screen: ExamScreen, out: TextIO, err: TextIO) -> int:
    """After the app: a result that could not be stored is printed in full to ``out`` (the
    results screen is gone) with the reason on ``err``; returns 1 then, else 0."""
    result = screen.session.result
    if screen.save_error is None or result is None:
        return 0
    print("\n".join(render_result(result)), file=out)
    print(
        f"quizbot: the result could not be saved: {screen.save_error}. It is printed above in "
        "full; keep a copy, as it is not in your history",
        file=err,
    )
    return 1
