"""Driving the app in tests: send a message as the learner would, wait, read the chat."""

from __future__ import annotations

from textual import events
from textual.keys import _character_to_key
from textual.pilot import Pilot
from textual.widgets import Input, Static

from quizbot.bank import Cloze, ListQuestion, Match, Mcq, Multi, Question, Statements, TrueFalse
from quizbot.grading import match_columns
from quizbot.tui.app import QuizApp
from quizbot.tui.widgets.messages import Bubble
from quizbot.tui.widgets.question import QuestionCard


async def settle(pilot: Pilot[int]) -> None:
    """Wait until the tutor has answered everything sent and the screen has caught up."""
    app = pilot.app
    assert isinstance(app, QuizApp)
    for _ in range(500):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not app.waiting:
            break
    await app.workers.wait_for_complete()
    await pilot.pause()


async def steady(pilot: Pilot[int]) -> None:
    """Settle, with the input's cursor shown and still (for snapshots: a blinking cursor is
    drawn or not depending on how long the replies took)."""
    await settle(pilot)
    pilot.app.query_one("#entry", Input).cursor_blink = False
    await pilot.pause()


async def handed_in(pilot: Pilot[int]) -> None:
    """Wait until a handed-in mock is stored (in a worker thread) and the screen has changed."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def send(pilot: Pilot[int], text: str) -> None:
    """Type ``text`` into the chat input and press enter."""
    entry = pilot.app.query_one("#entry", Input)
    entry.focus()
    entry.value = text
    await pilot.press("enter")
    await settle(pilot)


def keys(text: str) -> list[str]:
    """The key names that type ``text`` (for ``pilot.press``, with no pause between keys)."""
    return [_character_to_key(c) for c in text]


async def burst(pilot: Pilot[int], text: str) -> None:
    """Type ``text`` (``\\n`` for Enter) as a paste or a fast typist does: every key reaches
    the app before it has handled the first (``pilot.press`` waits for the app after each
    key), then wait for the replies."""
    app = pilot.app
    driver = app._driver
    assert driver is not None
    for char in text:
        event = (
            events.Key("enter", "\r") if char == "\n" else events.Key(_character_to_key(char), char)
        )
        event.set_sender(app)
        driver.send_message(event)
    await settle(pilot)


def text_of(widget: Static) -> str:
    return str(widget.render())


def bubbles(app: QuizApp, kind: str = "bubble") -> list[str]:
    """The text of every chat message with class ``kind`` (oldest first; the learner's
    without the one space of shading either side)."""
    return [
        text_of(b).removeprefix(" ").removesuffix(" ") if b.has_class("learner") else text_of(b)
        for b in app.chat.query(f"#log .{kind}").results(Bubble)
    ]


def last_bubble(app: QuizApp, kind: str = "bot") -> str:
    found = bubbles(app, kind)
    assert found, f"no {kind} message"
    return found[-1]


def open_card(app: QuizApp) -> QuestionCard:
    cards = [c for c in app.chat.query(QuestionCard) if not c.has_class("-closed")]
    assert len(cards) == 1, f"{len(cards)} open question cards"
    return cards[0]


def right_answer(question: Question) -> str:
    """A response the grader accepts as exactly right."""
    if isinstance(question, ListQuestion):
        return ", ".join(question.answer)
    if isinstance(question, Mcq):
        return "abcd"[question.options.index(question.answer)]
    if isinstance(question, Multi):
        return ", ".join("abcd"[question.options.index(a)] for a in question.answer)
    if isinstance(question, Statements):
        return " and ".join(str(n) for n, s in enumerate(question.statements, 1) if s.correct)
    if isinstance(question, TrueFalse):
        return "true" if question.answer else "false"
    if isinstance(question, Cloze):
        return ", ".join(blank[0] for blank in question.blanks)
    if isinstance(question, Match):
        _, rights = match_columns(question)
        return ", ".join(
            f"{n}-{'abcd'[rights.index(r)]}" for n, (_, r) in enumerate(question.pairs, 1)
        )
    return question.answer
