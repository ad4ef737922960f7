"""The exam and results screens, driven with Pilot and compared by snapshot (80×24, fixed
clock and seed)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from quizbot.exam.start import ExamOptions
from quizbot.exam.tables import exam_rows
from quizbot.study import Store
from quizbot.tui.exam import ExamScreen, NotebookScreen, ResultsScreen, exam_screen
from quizbot.tui.exam_app import ExamApp
from tests.tui.helpers import handed_in
from tests.unit.exam_support import exam_bank
from tests.unit.study_support import T0, Clock

OPTIONS = ExamOptions(count=8, seed=1)


def make_app(tmp_path: Path, clock: Clock | None = None) -> tuple[ExamApp, Store]:
    store = Store.open(tmp_path / "data", T0)
    screen = exam_screen(exam_bank(), store, OPTIONS, clock or Clock())
    return ExamApp(screen), store


def text_of(app: ExamApp, selector: str) -> str:
    widget = app.screen.query_one(selector, Static)
    if selector in ("#item", "#analysis", "#notebook"):  # Rich renderables: the lines shown
        lines = widget.render_lines(widget.region.reset_offset)
        return " ".join(" ".join(strip.text.split()) for strip in lines)
    return str(widget.render())


async def test_answer_mark_navigate_and_hand_in(tmp_path: Path) -> None:
    clock = Clock()
    app, store = make_app(tmp_path, clock)
    session = app.exam.session
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ExamScreen)
        assert "Q1/8 · answered 0 · marked 0 · 09:36 left" in text_of(app, "#exam-bar")
        key = "abcd"[session.items[0].key]
        await pilot.press(key, "s")
        assert session.states[0].choice == session.items[0].key
        assert session.states[0].confidence == "sure"
        assert f"your answer: ({key}) · confidence: sure" in text_of(app, "#answer-line")
        await pilot.press("n")  # Q2: skip it, mark for review
        await pilot.press("m", "right", "c", "g")  # Q3: answer (c), a guess
        assert session.current == 2 and session.states[1].marked
        assert session.states[2].choice == 2 and session.states[2].confidence == "guess"
        await pilot.press("g")  # again: the mark is cleared
        assert session.states[2].confidence is None
        await pilot.press("r")  # revisit the marked one
        assert session.current == 1
        assert "marked for review" in text_of(app, "#answer-line")
        assert "2*" in text_of(app, "#palette")
        await pilot.press("d", "m", "left")  # answer Q2, unmark, back to Q1
        assert session.current == 0 and session.marked() == []
        await pilot.press("k")  # next blank: Q4
        assert session.current == 3
        clock.advance(seconds=75)
        app.exam.tick()
        assert "08:21 left" in text_of(app, "#exam-bar")
        await pilot.press("u")
        assert "press u again to hand in" in text_of(app, "#answer-line")
        assert "5 blank, 0 marked" in text_of(app, "#answer-line")
        await pilot.press("u")
        await handed_in(pilot)
        assert isinstance(app.screen, ResultsScreen)
        result = app.screen.result
        assert not result.timed_out and result.total.unattempted == 5
        assert text_of(app, "#score") == result.score_line()
        body = text_of(app, "#analysis")
        assert "by topic:" in body and "confidence:" in body and "mock tests: 1" in body
        await pilot.press("e")
        assert isinstance(app.screen, NotebookScreen)
        # the saved mock's number, as `quizbot mistakes` shows it
        assert text_of(app, "#notebook").startswith(f"mock #{exam_rows(store)[0][0]} (")
        await pilot.press("escape")
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert len(exam_rows(store)) == 1
    store.close()


async def test_time_running_out_hands_in_the_paper(tmp_path: Path) -> None:
    clock = Clock()
    app, store = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        clock.advance(minutes=10)
        app.exam.tick()
        await handed_in(pilot)
        assert isinstance(app.screen, ResultsScreen)
        assert app.screen.result.timed_out
        assert "Time ran out" in text_of(app, "#analysis")
        await pilot.press("q")
    store.close()


async def test_author_text_is_never_markup(tmp_path: Path) -> None:
    app, store = make_app(tmp_path)
    session = app.exam.session
    async with app.run_test(size=(80, 24)) as pilot:
        index = next(n for n, i in enumerate(session.items) if "[b]" in i.lead)
        for _ in range(index):
            await pilot.press("n")
        assert "Where is Kudankulam? [b]not markup[/b]" in text_of(app, "#item")
    store.close()


def test_escape_codes_in_author_text_are_shown_not_obeyed() -> None:
    from quizbot.exam.items import ExamItem
    from quizbot.tui.exam_item import item_text, plain

    item = ExamItem(
        "match",
        "T \x1b[2J",
        ("q",),
        "Match \x1b[31mred",
        ("1. line \x07",),
        list_one=("left \x1b]0;title\x07",),
        list_two=("right \x1b[5m",),
        ask="Pick",
        options=("A-1 \x1b[1m", "x", "y", "z"),
        key=0,
    )
    shown = plain(item_text(item, 1, 0), width=200)
    assert "\x1b" not in shown and "\x07" not in shown
    assert "\\x1b[31mred" in shown and "left \\x1b]0;title\\x07" in shown


def test_exam_screen_snapshot(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app, store = make_app(tmp_path)

    async def answer(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("b", "f", "n", "m", "n", "n")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=answer)
    store.close()


def test_results_screen_snapshot(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    app, store = make_app(tmp_path, clock)

    async def hand_in(pilot) -> None:  # type: ignore[no-untyped-def]
        session = pilot.app.exam.session
        await pilot.press("abcd"[session.items[0].key], "s", "n")
        await pilot.press("abcd"[(session.items[1].key + 1) % 4], "s", "n")
        await pilot.press("abcd"[session.items[2].key], "g", "n")
        clock.advance(minutes=3, seconds=20)
        await pilot.press("u", "u")
        await handed_in(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=hand_in)
    store.close()


def test_idle_clock_does_not_move(tmp_path: Path) -> None:
    clock = Clock(step=timedelta(0))
    assert clock() == clock() == T0


async def test_ctrl_q_asks_then_hands_the_paper_in_before_quitting(tmp_path: Path) -> None:
    app, store = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", "ctrl+q")
        assert isinstance(app.screen, ExamScreen) and app.is_running
        assert "press ctrl+q again to hand it in as it is and quit" in text_of(app, "#answer-line")
        await pilot.press("n")  # any other key: go on with the paper
        assert "ctrl+q" not in text_of(app, "#answer-line")
        await pilot.press("ctrl+q", "ctrl+q")
        await handed_in(pilot)
    assert app.return_code == 0
    assert len(exam_rows(store)) == 1  # the paper was stored: one answered, seven blank
    assert app.exam.session.result is not None
    assert app.exam.session.result.total.unattempted == 7
    store.close()


LONG = "a long piece of author text [b]kept[/b] that has to wrap at this width"


def _hangs(lines: list[str], label: str) -> None:
    """Each line starting with a label (matched by ``label``) is followed by its wrapped
    lines, which start exactly under its text."""
    import re

    text_at: int | None = None
    for line in lines:
        found = re.match(label, line)
        if found:
            text_at = found.end()
        elif line.strip():
            assert text_at is not None, line
            assert line[:text_at].strip() == "" and line[text_at] != " ", (line, lines)


def test_every_exam_item_type_hangs_its_wrapped_lines() -> None:
    from quizbot.exam.items import ExamItem
    from quizbot.tui.exam_item import item_text, plain

    options = (LONG, "x", LONG + " too", "z")
    statements = ExamItem(
        "statements", "T", ("q",), "Consider " + LONG, (f"1. {LONG}", f"2. {LONG}"),
        ask="Which?", options=options,
    )  # fmt: skip
    ar = ExamItem(
        "assertion-reason", "T", ("q",), "Consider", (f"Assertion (A): {LONG}",
        f"Reason (R): {LONG}"), ask="Select", options=options,
    )  # fmt: skip
    match = ExamItem(
        "match", "T", ("q",), "Match " + LONG, list_one=(LONG, "short", LONG),
        list_two=("short", LONG, LONG), ask="Select", options=options,
    )  # fmt: skip
    for item in (statements, ar):
        lines = plain(item_text(item, 12, 0), 50).splitlines()
        body = [line for line in lines if line.strip() not in ("Which?", "Select")]
        _hangs(body, r"12\. |  \d\. |  Assertion \(A\): |  Reason \(R\): |  \([a-d]\) ")
        assert f"({LONG.split()[-1]}" not in "".join(lines)  # nothing lost or doubled
    lines = plain(item_text(match, 12, 0), 60).splitlines()
    head = next(n for n, line in enumerate(lines) if "List-I" in line)
    ask = lines.index("Select")
    table = lines[head + 1 : ask]
    right_at = lines[head].index("List-II")
    _hangs([line[:right_at] for line in table], r"  [A-C]\. ")
    _hangs([line[right_at:] for line in table], r"\d\. ")
    _hangs(lines[:head], r"12\. ")
    _hangs(lines[ask + 1 :], r"  \([a-d]\) ")
    rows = [line for line in table if line[2] != " "]
    assert [row[2] for row in rows] == ["A", "B", "C"]
    assert [row[right_at] for row in rows] == ["1", "2", "3"]  # each pair on one row


def _long_items_app() -> ExamApp:
    """A paper of long match and statements questions (tests/tui/test_layout.py's), as
    items."""
    import random
    import tempfile
    import textwrap

    from quizbot.bank import Match, Statements, load_bank
    from quizbot.exam.build import match_item, statements_item
    from quizbot.exam.scoring import preset
    from quizbot.exam.session import ExamSession
    from tests.tui.test_layout import LONG_BANK

    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "long.yaml"
        file.write_text(textwrap.dedent(LONG_BANK), encoding="utf-8")
        bank = load_bank([str(file)], strict=True)
    by_id = {q.id: q for q in bank}
    match, statements = by_id["xp-economic-lists-match"], by_id["xp-summit-2021-st"]
    assert isinstance(match, Match) and isinstance(statements, Statements)
    items = [
        match_item(match, random.Random(1)),
        statements_item(statements, random.Random(1), how_many=False),
    ]
    session = ExamSession([i for i in items if i is not None], preset("gs1"), T0)
    return ExamApp(ExamScreen(session, Clock()))


def test_long_match_item_snapshot(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_long_items_app(), terminal_size=(80, 24))


def test_long_statements_item_snapshot(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("n", "b")
        await pilot.pause()

    assert snap_compare(_long_items_app(), terminal_size=(80, 24), run_before=run)


async def test_hand_in_stores_in_a_thread_before_the_results_appear(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The result is written off the event loop (which goes on handling keys and the clock
    meanwhile), and the results appear only once it is written."""
    import asyncio
    import threading

    from quizbot.exam import storage

    app, store = make_app(tmp_path)
    storing, release = threading.Event(), threading.Event()
    threads: list[threading.Thread] = []
    record = storage.record_exam

    def slow_record(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        storing.set()
        assert release.wait(10), "the test never let the store finish"
        return record(*args, **kwargs)

    monkeypatch.setattr(storage, "record_exam", slow_record)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", "u", "u")
        assert await asyncio.to_thread(storing.wait, 10)
        assert isinstance(app.screen, ExamScreen)
        assert "Handing in the paper: saving your answers" in text_of(app, "#answer-line")
        await pilot.press("b", "n")  # the loop runs; the handed-in paper takes no keys
        await pilot.pause()
        assert app.exam.session.states[0].choice == 0 and app.exam.session.current == 0
        assert exam_rows(store) == []
        release.set()
        await handed_in(pilot)
        assert isinstance(app.screen, ResultsScreen)
        assert len(exam_rows(store)) == 1
    assert threads and threads[0] is not threading.main_thread()
    store.close()


def test_report_lines_hang_under_their_text() -> None:
    """The analysis and the notebook: a wrapped line continues under its text, past its
    indent and marker, never at the left edge."""
    from quizbot.tui.exam_item import plain, report_line

    topic = "  India–Russia › Areas of cooperation › Trade and investment: 1/6 correct"
    for line, text_at in ((topic, 2), ("  1. " + LONG, 5), ("  (b) " + LONG, 6), (LONG, 0)):
        lines = plain(report_line(line), 40).splitlines()
        assert len(lines) > 1
        for wrapped in lines[1:]:
            assert wrapped[:text_at].strip() == "" and wrapped[text_at] != " ", lines
    assert "[b]kept[/b]" in plain(report_line("  - " + LONG), 200)
