"""A whole session in the chat app, driven with Textual's Pilot on a tiny bank, a temporary
data dir and a fake clock: answers right, wrong and with a typo, hints, explanations, skip,
override, undo, topic switches, choices by key and by click, and a restart that keeps the
progress."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static
from textual.widgets._footer import FooterKey

from quizbot.exam.tables import exam_rows
from quizbot.study import Store
from quizbot.tui.app import QuizApp
from quizbot.tui.screens.chat import MAX_MESSAGES
from quizbot.tui.widgets.choices import ChoiceRow, Choices
from quizbot.tui.widgets.footer import Footer
from quizbot.tui.widgets.header import StatusBar
from quizbot.tui.widgets.match import MatchBoard, MatchCell
from quizbot.tui.widgets.question import QuestionCard
from quizbot.tutor import Tutor
from quizbot.tutor.replies import Ask, Reply
from tests.tui.conftest import START, FakeClock, MakeApp
from tests.tui.helpers import (
    bubbles,
    burst,
    handed_in,
    keys,
    last_bubble,
    open_card,
    right_answer,
    send,
    settle,
    text_of,
)


def status(app: QuizApp) -> str:
    return text_of(app.chat.query_one(StatusBar).query_one("#status-counts"))


async def test_a_whole_session_then_restart_keeps_progress(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "Hello!" in bubbles(app)[0]
        assert status(app) == "due 0  new 8  done 0  streak –"
        assert app.tutor is not None and app.tutor.current is not None
        first = app.tutor.current

        # a hint, then a wrong answer, then "I was right"
        await send(pilot, "/hint")
        assert last_bubble(app, "hint").startswith("Hint 1")
        await send(pilot, "zzz wrong")
        assert app.chat.query("#log .feedback.-wrong")
        assert last_bubble(app, "feedback").startswith("✗")
        assert open_card(app).question.id != first.id
        await send(pilot, "/right")
        assert "right" in last_bubble(app, "say").lower()
        # why: the explanation of the last answer
        await send(pilot, "/why")
        assert last_bubble(app, "explain").startswith("Why")

        # right, then skip, then undo the skip (the same question comes back)
        second = open_card(app).question
        await send(pilot, right_answer(second))
        assert last_bubble(app, "feedback").startswith("✓")
        third = open_card(app).question
        await send(pilot, "/skip")
        assert last_bubble(app, "feedback").startswith("↷ Skipped")
        await send(pilot, "/undo")
        assert "Took back" in last_bubble(app, "say")
        assert open_card(app).question.id == third.id
        assert status(app).startswith("due 0  new 6  done 2")

        # a topic switch asks the mcq; "b" and enter on the keyboard answer it
        await send(pilot, "/topic mcq")
        assert any("Now studying Tiny › Mcq" in b for b in bubbles(app, "say"))
        assert "Tiny › Mcq" in text_of(app.chat.query_one("#status-title"))
        card = open_card(app)
        assert card.question.id == "s400"
        assert app.focused is app.query_one("#entry", Input)
        key = right_answer(card.question)  # the letter of S-400 as shown this time
        await pilot.press(key, "enter")
        await settle(pilot)
        assert bubbles(app, "learner")[-1] == key
        assert last_bubble(app, "feedback").startswith(f"✓ Right  ({key}) S-400")
        await pilot.press("ctrl+q")
        await settle(pilot)
    assert app.return_code == 0
    assert app.tutor is None  # closed

    store = Store.open(tmp_path / "data", START)
    try:
        reviews = store.reviews()
    finally:
        store.close()
    assert [r.question_id for r in reviews] == [first.id, second.id, "s400"]
    assert reviews[0].overridden and reviews[0].rating == 2  # "I was right" after a hint: Hard
    assert reviews[0].hints == 1

    clock = FakeClock(START + timedelta(hours=1))
    again = make_app(clock=clock)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # the three answers are kept: they are due again (learning steps), 5 are new
        assert status(again) == "due 3  new 5  done 0  streak 1d"
        await pilot.press("ctrl+q")
        await settle(pilot)
    assert again.return_code == 0


async def test_each_answer_is_saved_off_the_event_loop_before_the_next_question_shows(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writers: list[threading.Thread] = []
    transaction = Store.transaction

    @contextmanager
    def recorded(store: Store) -> Iterator[None]:
        writers.append(threading.current_thread())
        with transaction(store):
            yield

    monkeypatch.setattr(Store, "transaction", recorded)
    saved_when_asked: list[int] = []  # answers in the database as each question is painted

    def painted(replies: list[Reply]) -> None:
        if any(isinstance(r, Ask) for r in replies):
            with Store.open(tmp_path / "data", START) as other:  # another connection
                saved_when_asked.append(len(other.reviews()))

    app = make_app()
    app.after_paint = painted
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for typed in ("zzz wrong", "/skip", "another wrong answer"):
            await send(pilot, typed)
        await pilot.press("ctrl+q")
        await settle(pilot)
    assert saved_when_asked == [0, 1, 2, 3]
    assert writers and threading.main_thread() not in writers  # (the event loop's thread)


async def test_messages_sent_while_the_tutor_is_busy_keep_their_order(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        handle = Tutor.handle

        def slow(tutor: Tutor, text: str, now: datetime, **options: Any) -> list[Reply]:
            time.sleep(0.2)  # as when another quizbot holds the progress database
            return handle(tutor, text, now, **options)

        monkeypatch.setattr(Tutor, "handle", slow)
        entry = app.query_one("#entry", Input)
        for typed in ("zzz wrong", "what is INSTC?", "/why"):  # an answer, a lookup, a why
            entry.focus()
            entry.value = typed
            await pilot.press("enter")
        await settle(pilot)
        log = [
            next(
                c
                for c in ("learner", "feedback", "lookup", "explain", "question")
                if w.has_class(c)
            )
            for w in app.chat.query_one("#log").children
            if not w.has_class("say")
        ]
        assert log[-7:] == [
            "learner",
            "feedback",
            "question",
            "learner",
            "lookup",
            "learner",
            "explain",
        ]
        assert bubbles(app, "learner")[-3:] == ["zzz wrong", "what is INSTC?", "/why"]


async def test_a_message_sent_during_a_slow_lookup_waits_under_its_reply(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lookup is shown at once, being slow; a second one sent while the first is answered
    is not: it would land between the first and its reply."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        handle = Tutor.handle

        def slow(tutor: Tutor, text: str, now: datetime, **options: Any) -> list[Reply]:
            time.sleep(0.3)
            return handle(tutor, text, now, **options)

        monkeypatch.setattr(Tutor, "handle", slow)
        entry = app.query_one("#entry", Input)
        for typed in ("what is INSTC?", "what is S-400?"):
            entry.focus()
            entry.value = typed
            await pilot.press("enter")
            await pilot.pause()
        await settle(pilot)
        log = [
            "learner" if w.has_class("learner") else "bot"
            for w in app.chat.query_one("#log").children
        ]
        assert log[-4:] == ["learner", "bot", "learner", "bot"]
        assert bubbles(app, "learner")[-2:] == ["what is INSTC?", "what is S-400?"]


async def test_a_typo_is_accepted_and_markup_is_shown_verbatim(make_app: MakeApp) -> None:
    app = make_app(topic="short")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        stem = text_of(open_card(app).query_one(".stem"))
        assert stem == (
            "Which missile do India and Russia build together? [b]not bold[/b] [/] "
            "$var [$accent]x \\x1b[31mred"
        )
        await send(pilot, "Brahmoss [/] [b]")
        assert bubbles(app, "learner")[-1] == "Brahmoss [/] [b]"
        feedback = last_bubble(app, "feedback")
        assert "[i]verbatim[/i]" in feedback
        await send(pilot, "Brahmos")  # nothing is asked now: a lookup in the notes
        assert "BrahMos" in last_bubble(app, "lookup")


async def test_choices_by_click_and_by_typing(make_app: MakeApp) -> None:
    app = make_app(topic="mcq")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        card = open_card(app)
        shown = card.question.options  # this presentation's order, the same on the card
        assert [row.text for row in card.query(ChoiceRow)] == list(shown)
        wrong = next(i for i, text in enumerate(shown) if text != "S-400")
        right = "abcd"[shown.index("S-400")]
        await pilot.click(list(card.query(ChoiceRow))[wrong])
        await settle(pilot)
        assert bubbles(app, "learner")[-1] == f"({'abcd'[wrong]}) {shown[wrong]}"
        assert last_bubble(app, "feedback").startswith(f"✗ Not quite  The answer: ({right}) S-400")
        # the answered card becomes one line of text for its options, under the question
        assert not app.query(Choices) and not app.query(QuestionCard)
        closed = text_of(app.query_one("#log .question.-closed", Static)).splitlines()
        assert closed[1:] == [
            "Which air defence system did India buy from Russia?",
            "   ".join(f"{'abcd'[n]} {text}" for n, text in enumerate(shown)),
        ]

    app = make_app(topic="multi")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        rows = {row.text: row for row in open_card(app).query(ChoiceRow)}
        for text in ("BRICS", "SCO", "NATO", "NATO"):  # NATO toggled on and off again
            await pilot.click(rows[text])
        await pilot.click(open_card(app).query_one(".submit"))
        await settle(pilot)
        picked = sorted((row.key, text) for text, row in rows.items() if text in ("BRICS", "SCO"))
        assert bubbles(app, "learner")[-1] == ", ".join(f"({k}) {t}" for k, t in picked)
        assert last_bubble(app, "feedback").startswith("✓")

    app = make_app(topic="statements")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*keys("1 and 3"))
        rows = list(open_card(app).query(ChoiceRow))
        assert [r.has_class("-typed") for r in rows] == [True, False, True]  # the preview
        assert not any(r.selected for r in rows)
        await pilot.press("enter")
        await settle(pilot)
        assert bubbles(app, "learner")[-1] == "1 and 3"
        assert last_bubble(app, "feedback").startswith("✓")

    app = make_app(topic="truefalse")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f", "enter")
        await settle(pilot)
        assert bubbles(app, "learner")[-1] == "f"
        assert "Tamil Nadu" in last_bubble(app, "feedback")


async def test_match_by_pairing_and_typing_into_the_input(make_app: MakeApp) -> None:
    app = make_app(topic="match")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        board = app.query_one(MatchBoard)
        entry = app.query_one("#entry", Input)
        assert app.focused is entry  # the input keeps the focus on every card
        rights = [i for i in board.query(MatchCell) if i.side == "right"]
        lefts = [i for i in board.query(MatchCell) if i.side == "left"]
        # rights are sorted: a) defence, b) nuclear power, c) oil and gas
        for cell in (lefts[0], rights[1], lefts[1], rights[2], lefts[2], rights[0]):
            await pilot.click(cell)
        await pilot.press("backspace")  # the board has the focus now: undoes 3-a
        assert board.answer() == "1-b, 2-c"
        await pilot.click(lefts[2])
        await pilot.click(rights[0])
        await pilot.press("enter")
        await settle(pilot)
        assert bubbles(app, "learner")[-1] == "1-b, 2-c, 3-a"
        assert last_bubble(app, "feedback").startswith("✓")

    app = make_app(topic="mcq")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*keys("/hint"))
        entry = app.query_one("#entry", Input)
        assert app.focused is entry and entry.value == "/hint"
        await pilot.press("enter")
        await settle(pilot)
        assert "Hint 1" in last_bubble(app, "hint")


def _recorded(app: QuizApp) -> list[tuple[str, str]]:
    with Store.open(app.data_dir, START) as store:
        return [(r.question_id, r.response) for r in store.reviews()]


@pytest.mark.parametrize(
    ("topic", "typed"),
    [
        ("statements", "I was right"),
        ("multi", "what is BRICS?"),
        ("mcq", "what is the S-400? a bad guess"),
        ("truefalse", "tell me about Kudankulam"),
        ("match", "1-b, 2-c, 3-a"),
    ],
)
async def test_keys_typed_on_a_card_at_any_speed_reach_the_input_intact(
    make_app: MakeApp, topic: str, typed: str
) -> None:
    """No pause between keys, as a fast typist or a paste: nothing is taken as a pick."""
    app = make_app(topic=topic)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*keys(typed))
        entry = app.query_one("#entry", Input)
        assert entry.value == typed
        assert not any(r.selected for r in app.query(ChoiceRow))
        assert not app.query(MatchBoard) or not app.query_one(MatchBoard).pairs
        assert _recorded(app) == []  # nothing sent before enter


async def test_a_typed_match_answer_is_recorded_exactly_once(make_app: MakeApp) -> None:
    app = make_app(topic="match")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*keys("1-b, 2-c, 3-a"), "enter")
        await settle(pilot)
        assert _recorded(app) == [("sectors", "1-b, 2-c, 3-a")]


async def test_enter_three_times_after_an_answer_records_it_once(make_app: MakeApp) -> None:
    app = make_app()  # the whole tiny bank: a next question comes straight after
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        first = open_card(app).question
        await pilot.press(*keys(right_answer(first)), "enter", "enter", "enter")
        await settle(pilot)
        assert _recorded(app) == [(first.id, right_answer(first))]
        second = open_card(app).question
        assert second.id != first.id  # the next question waits, unanswered
        assert app.query_one("#entry", Input).value == ""


async def test_a_burst_of_answers_reaches_only_the_question_on_screen(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        first = open_card(app).question
        await burst(pilot, f"{right_answer(first)}\nguess\n/skip\n{right_answer(first)}\n")
        assert _recorded(app) == [(first.id, right_answer(first))]
        assert "Not recorded" in last_bubble(app, "bot")
        assert open_card(app).question.id != first.id  # waiting for an answer of its own


async def test_a_burst_of_keys_with_enter_records_exactly_what_was_typed(
    make_app: MakeApp,
) -> None:
    app = make_app(topic="match")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await burst(pilot, "1-b, 2-c, 3-a\n\n\n")
        assert _recorded(app) == [("sectors", "1-b, 2-c, 3-a")]
        assert bubbles(app, "learner") == ["1-b, 2-c, 3-a"]


async def test_topic_picker_help_and_stats_screens(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert type(app.screen).__name__ == "TopicScreen"
        await pilot.press("down", "down", "enter")  # Everything, Tiny, Tiny › Cloze
        await settle(pilot)
        assert type(app.screen).__name__ == "ChatScreen"
        assert bubbles(app, "learner")[-1] == "/topic Tiny › Cloze"
        assert open_card(app).question.id == "trade-cloze"
        assert "⟨1⟩ ______" in text_of(open_card(app).query_one(".stem"))

        await pilot.press("f1")
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await send(pilot, "/stats")
        assert type(app.screen).__name__ == "StatsScreen"
        await settle(pilot)
        assert "Mastery by topic" in " ".join(text_of(s) for s in app.screen.query("Static"))
        await pilot.press("escape")
        assert type(app.screen).__name__ == "ChatScreen"
        assert last_bubble(app, "stats").startswith("Today")


async def test_a_clock_in_utc_is_required_and_used(make_app: MakeApp) -> None:
    clock = FakeClock()
    app = make_app(clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert clock.now.tzinfo is UTC and clock.now > START


@pytest.mark.slow
async def test_a_long_chat_stays_small_and_collection_resumes_after_each_answer(
    make_app: MakeApp,
) -> None:
    clock = FakeClock()
    app = make_app(clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for _ in range(40):  # skipped questions come back a minute later
            clock.advance(timedelta(minutes=2))
            await send(pilot, "/skip")
            # the collector is paused from enter to the painted reply, never longer
            assert gc.isenabled()
        log = app.chat.query_one("#log")
        assert len(log.children) <= MAX_MESSAGES
        # answered questions are one widget each; only the open card has children
        closed = app.chat.query("#log .question.-closed")
        assert closed and all(not card.children for card in closed)
        assert len(app.chat.query("#log *")) < 2 * MAX_MESSAGES
        # the footer forgets the keys it removed (Textual keeps them bound: issue #6666)
        footer = app.chat.query_one(Footer)
        bound = getattr(footer, "__watchers", {}).get("compact", [])
        assert 0 < len(bound) <= len(footer.query(FooterKey))


async def test_a_mock_in_the_chat_keeps_the_chat_screens_away_and_is_saved_on_quit(
    make_app: MakeApp,
) -> None:
    from quizbot.tui.exam import ExamScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await send(pilot, "/exam 2")
        assert isinstance(app.screen, ExamScreen)
        await pilot.press("a", "ctrl+t", "ctrl+s", "f1")  # topics, stats, help: not now
        await pilot.pause()
        assert isinstance(app.screen, ExamScreen)
        await pilot.press("ctrl+q")
        assert app.is_running and isinstance(app.screen, ExamScreen)
        await pilot.press("ctrl+q")
        await settle(pilot)
    assert app.return_code == 0
    with Store.open(app.data_dir, START) as store:
        assert len(exam_rows(store)) == 1


async def test_after_a_mock_the_chat_reads_the_schedule_again(make_app: MakeApp) -> None:
    from quizbot.tui.exam import ExamScreen, ResultsScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await send(pilot, "/exam 2")
        assert isinstance(app.screen, ExamScreen)
        await pilot.press("u", "u")
        await handed_in(pilot)
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("q")
        await settle(pilot)
        assert app.screen is app.chat
        assert last_bubble(app, "say") == "Back to your study."
        assert open_card(app)  # a question is asked again
        await pilot.press("ctrl+q")
        await settle(pilot)


async def test_a_learning_step_is_asked_when_it_falls_due(make_app: MakeApp) -> None:
    clock = FakeClock()
    app = make_app(topic="short", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await send(pilot, "no idea")
        assert "I will ask it then" in last_bubble(app, "done")
        assert not [c for c in app.chat.query(QuestionCard) if not c.has_class("-closed")]
        app.tick()  # too early: nothing
        await settle(pilot)
        assert not [c for c in app.chat.query(QuestionCard) if not c.has_class("-closed")]
        clock.advance(timedelta(minutes=2))
        app.tick()  # what the timer set after "That's all for now" does
        await settle(pilot)
        assert open_card(app).question.id == "brahmos"
