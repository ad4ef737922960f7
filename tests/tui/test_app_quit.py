"""The app's quit path when the disk is full: the truth on screen and at exit, status 1, and
the app always exits (closing the session can fail; quitting never hangs)."""

from __future__ import annotations

import pytest

from quizbot.study import scheduling, session
from quizbot.study.recovery import StoreError
from tests.tui.conftest import MakeApp
from tests.tui.helpers import last_bubble, open_card, right_answer, send, settle


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
