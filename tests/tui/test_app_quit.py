"""The apps when the disk is full: the chat's quit path says the truth on screen and at exit
(status 1) and always exits (closing the session can fail; quitting never hangs); a mock's
result that cannot be stored is shown, then printed in full once the app has closed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from textual.widgets import Static

from quizbot.exam import storage as exam_storage
from quizbot.exam.start import ExamOptions
from quizbot.study import Store, scheduling, session
from quizbot.study.recovery import StoreError
from quizbot.tui.exam import ResultsScreen, exam_screen
from quizbot.tui.exam_app import ExamApp, report_unsaved
from tests.tui.conftest import MakeApp
from tests.tui.helpers import handed_in, last_bubble, open_card, right_answer, send, settle
from tests.unit.exam_support import exam_bank
from tests.unit.study_support import T0, Clock


def shown(app: ExamApp, selector: str) -> str:
    """What a widget shows, its lines (wrapped ones too) joined by spaces."""
    widget = app.screen.query_one(selector, Static)
    lines = widget.render_lines(widget.region.reset_offset)
    return " ".join(" ".join(strip.text.split()) for strip in lines)


def _disk_full(*args: object, **kwargs: object) -> None:
    raise StoreError("the disk is full: progress.db cannot grow (free some space)")


async def test_quit_after_answers_that_could_not_be_saved_exits_1_and_says_so(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await send(pilot, right_answer(open_card(app).question))  # saved
        monkeypatch.setattr(scheduling, "review", _disk_full)  # the disk fills up
        monkeypatch.setattr(session.claims, "release", _disk_full)
        await send(pilot, right_answer(open_card(app).question))
        assert last_bubble(app, "say").startswith("Your answer could not be saved: the disk")
        await send(pilot, "/quit")
        assert last_bubble(app, "say") == (
            "Bye for now: 1 answered and saved; 1 answer could not be saved (the disk is "
            "full: progress.db cannot grow (free some space))."
        )
        await settle(pilot)
    assert app.return_code == 1
    assert app.tutor is None


async def test_ctrl_q_exits_even_when_closing_the_session_fails(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.tutor is not None
        monkeypatch.setattr(app.tutor, "close", _disk_full)  # not even a StoreError kept
        await pilot.press("ctrl+q")
        await settle(pilot)
    assert app.return_code == 1


async def test_a_mock_result_that_cannot_be_stored_is_shown_then_printed_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(tmp_path / "data", T0)
    screen = exam_screen(exam_bank(), store, ExamOptions(count=3, seed=1), Clock())
    app = ExamApp(screen)
    monkeypatch.setattr(exam_storage, "record_exam", _disk_full)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", "n", "b", "u", "u")
        await handed_in(pilot)
        assert isinstance(app.screen, ResultsScreen)
        assert "The result could not be saved: the disk is full" in shown(app, "#analysis")
        await pilot.press("q")
    store.close()
    out, err = io.StringIO(), io.StringIO()
    assert report_unsaved(screen, out, err) == 1
    printed = out.getvalue().splitlines()
    assert printed[0] == "answers:" and printed[-1].startswith("score: ")
    assert len([line for line in printed if line.startswith("  Q")]) == 3
    assert err.getvalue().startswith("quizbot: the result could not be saved: the disk is full")


async def test_ctrl_q_on_a_mock_that_cannot_be_stored_shows_it_before_quitting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(tmp_path / "data", T0)
    screen = exam_screen(exam_bank(), store, ExamOptions(count=3, seed=1), Clock())
    app = ExamApp(screen)
    monkeypatch.setattr(exam_storage, "record_exam", _disk_full)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", "ctrl+q", "ctrl+q")
        await handed_in(pilot)
        assert app.is_running and isinstance(app.screen, ResultsScreen)  # not lost on quit
        assert "The result could not be saved: the disk is full" in shown(app, "#analysis")
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running
    store.close()
    out, err = io.StringIO(), io.StringIO()
    assert report_unsaved(screen, out, err) == 1
