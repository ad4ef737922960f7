"""The mock-test screens: the exam paper, the results and the error notebook of one mock.

* :class:`ExamScreen` — one item at a time, a question palette and a countdown. Keys: ``a``–``d``
  answer, ``s`` / ``f`` / ``g`` confidence (sure, 50:50, guess; again to clear), ``x`` clear
  the answer, ``m`` mark for review, ``n`` / ``→`` next, ``p`` / ``←`` previous, ``r`` next
  marked, ``k`` next blank, ``u`` twice to hand in. No feedback until then; when time runs out
  the paper is handed in. The result is stored (with its lapses) in a worker thread, so the
  screen never freezes on a busy or slow database, and only then is the screen replaced by
* :class:`ResultsScreen` — the score line, the analysis, every answer and the history of
  mocks; ``e`` opens :class:`NotebookScreen` (this mock's mistakes), ``q`` / ``esc`` closes
  it, posting :class:`ExamClosed` to the app (both in :mod:`quizbot.tui.exam_results`).

:func:`exam_screen` is the factory the chat app uses; ``quizbot exam`` without ``--plain`` is
:mod:`quizbot.tui.exam_app`. Author text is never markup: it goes into ``rich.text.Text``
verbatim (an item is drawn by :func:`quizbot.tui.exam_item.item_text`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizbot.bank import Bank
from quizbot.exam.analysis import ExamResult
from quizbot.exam.items import LETTERS
from quizbot.exam.session import ExamSession, clock_text
from quizbot.exam.start import ExamOptions, new_session
from quizbot.exam.storage import hand_in, render_history
from quizbot.study.store import Store
from quizbot.tui.exam_item import item_text
from quizbot.tui.exam_results import ExamClosed, NotebookScreen, ResultsScreen

__all__ = ["Clock", "ExamClosed", "ExamScreen", "NotebookScreen", "ResultsScreen", "exam_screen"]

Clock = Callable[[], datetime]


class ExamScreen(Screen[ExamResult]):
    """A mock test in progress (see the module docstring for the keys)."""

    DEFAULT_CSS = """
    ExamScreen { layout: vertical; }
    ExamScreen #exam-bar { height: 1; background: $primary; color: $text; padding: 0 1; }
    ExamScreen #palette { height: auto; padding: 0 1; }
    ExamScreen #item-scroll { height: 1fr; padding: 0 1; border-top: solid $primary; }
    ExamScreen #answer-line { height: 2; padding: 0 1; background: $boost; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        *[
            Binding(letter, f"choose({n})", f"({letter})", show=False)
            for n, letter in enumerate(LETTERS)
        ],
        Binding("s", "confide('sure')", "sure", show=False),
        Binding("f", "confide('50:50')", "50:50", show=False),
        Binding("g", "confide('guess')", "guess", show=False),
        Binding("x", "clear", "Clear", show=False),
        Binding("m", "mark", "Mark"),
        Binding("n,right", "next", "Next"),
        Binding("p,left", "previous", "Prev"),
        Binding("r", "next_marked", "Marked"),
        Binding("k", "next_blank", "Blank", show=False),
        Binding("u", "submit", "Hand in"),
    ]

    def __init__(
        self,
        session: ExamSession,
        clock: Clock,
        store: Store | None = None,
        *,
        tick_seconds: float = 1.0,
        tz: tzinfo | None = None,
        fuzz: bool = True,
    ) -> None:
        super().__init__()
        self.session, self.clock, self.store = session, clock, store
        self.tick_seconds = tick_seconds
        self.tz, self.fuzz = tz, fuzz  # the study calendar's zone (None: local), FSRS fuzz
        #: Waiting for a second key: "submit" (u) or "quit" (ctrl+q); None otherwise.
        self._confirm: str | None = None
        self._stored: tuple[list[str], int] | None = None
        #: Why the result could not be stored (``None``: stored, or not asked to be).
        self.save_error: str | None = None
        self.saved_note = ""
        #: Handing in (storing in a thread); quit once stored (``ctrl+q`` twice).
        self._handing_in = False
        self._quit_after = False

    def compose(self) -> ComposeResult:
        yield Static(id="exam-bar")
        yield Static(id="palette")
        with VerticalScroll(id="item-scroll"):
            yield Static(id="item")
        yield Static(id="answer-line")
        yield Footer()

    def on_mount(self) -> None:
        self.set_interval(self.tick_seconds, self.tick)
        self.show()

    # --- drawing ---

    def _bar(self) -> Text:
        s = self.session
        left = clock_text(s.remaining(self.clock()))
        return Text(
            f"Mock test · {s.scheme.name} · Q{s.current + 1}/{len(s.items)} · "
            f"answered {s.answered} · marked {len(s.marked())} · {left} left"
        )

    def _palette(self) -> Text:
        text = Text()
        for n, state in enumerate(self.session.states):
            style = "green" if state.choice is not None else "dim"
            if state.marked:
                style = "bold yellow"
            if n == self.session.current:
                style += " reverse"
            text.append(f"{n + 1}{'*' if state.marked else ''}", style=style)
            text.append(" ")
        return text

    def _answer_line(self) -> Text:
        state = self.session.state
        text = Text()
        if self._confirm is not None:
            again = (
                "u again to hand in"
                if self._confirm == "submit"
                else "ctrl+q again to hand it in as it is and quit"
            )
            text.append(
                f"Hand in the paper? {len(self.session.unanswered())} blank, "
                f"{len(self.session.marked())} marked — press {again}, "
                "any other key to go on",
                style="bold",
            )
            return text
        yours = f"({LETTERS[state.choice]})" if state.choice is not None else "blank"
        text.append(f"your answer: {yours}")
        text.append(f" · confidence: {state.confidence or '–'}")
        if state.marked:
            text.append(" · marked for review", style="bold yellow")
        text.append(
            "\na–d answer · s sure · f 50:50 · g guess · x clear · k next blank", style="dim"
        )
        return text

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No key of the paper works once it is handed in (while its result is stored)."""
        return not self.session.finished

    def show(self) -> None:
        """Redraw everything from the session."""
        if self.session.finished:
            return
        s = self.session
        self.query_one("#exam-bar", Static).update(self._bar())
        self.query_one("#palette", Static).update(self._palette())
        self.query_one("#item", Static).update(item_text(s.item, s.current + 1, s.state.choice))
        self.query_one("#answer-line", Static).update(self._answer_line())

    def tick(self) -> None:
        """The countdown: redraw the bar, or hand in when time is up."""
        if self.session.finished:
            return
        if self.session.tick(self.clock()):
            self.finish()
        else:
            self.query_one("#exam-bar", Static).update(self._bar())

    # --- actions ---

    def _after(self, done: bool) -> None:
        if self.session.finished:
            self.finish()
        elif done:
            self.show()

    def _go(self, act: Callable[[datetime], bool]) -> None:
        self._confirm = None
        self._after(act(self.clock()))
        self.query_one("#item-scroll", VerticalScroll).scroll_home(animate=False)

    def action_choose(self, index: int) -> None:
        self._confirm = None
        self._after(self.session.choose(index, self.clock()))

    def action_confide(self, level: str) -> None:
        self._confirm = None
        current = self.session.state.confidence
        self._after(self.session.confide(None if current == level else level, self.clock()))

    def action_clear(self) -> None:
        self._confirm = None
        self._after(self.session.clear(self.clock()))

    def action_mark(self) -> None:
        self._confirm = None
        self._after(self.session.toggle_mark(self.clock()))

    def action_next(self) -> None:
        self._go(self.session.next)

    def action_previous(self) -> None:
        self._go(self.session.previous)

    def action_next_marked(self) -> None:
        self._go(self.session.next_marked)

    def action_next_blank(self) -> None:
        self._go(self.session.next_unanswered)

    def action_submit(self) -> None:
        if self._confirm != "submit":
            self._confirm = "submit"
            if self.session.tick(self.clock()):
                self.finish()
            else:
                self.show()
            return
        self.session.submit(self.clock())
        self.finish()

    def may_quit(self) -> bool:
        """ctrl+q during the paper: the first press asks; the second hands the paper in as
        it is (stored, like u u) and the app quits once it is stored (then this says yes).
        Nothing answered is ever lost: a result that could not be stored is shown in full
        on the results screen instead (ctrl+q there quits)."""
        if self._stored is not None:
            return True
        if self.session.finished:  # handing in already: quit once stored
            self._hand_in(quit_after=True)
            return False
        if self._confirm != "quit":
            self._confirm = "quit"
            if self.session.tick(self.clock()):  # time ran out meanwhile
                self._hand_in(quit_after=True)
            else:
                self.show()
            return False
        self.session.submit(self.clock())
        self._hand_in(quit_after=True)
        return False

    def finish(self) -> None:
        """Store the result (and its lapses), then show the results in place of the paper."""
        self._hand_in(quit_after=False)

    def _hand_in(self, *, quit_after: bool) -> None:
        """Store the result in a worker thread (once); the screen says so meanwhile."""
        self._quit_after = self._quit_after or quit_after
        if self._handing_in:
            return
        self._handing_in = True
        self.query_one("#answer-line", Static).update(
            Text("Handing in the paper: saving your answers…", style="bold")
        )
        self._store_in_thread()

    @work(exclusive=True, group="hand-in", exit_on_error=False)
    async def _store_in_thread(self) -> None:
        """Store in a thread, then (the worker done: replacing the screen ends its workers)
        show the results or quit."""
        await asyncio.to_thread(self._store)
        self.call_later(self._handed_in)

    def _handed_in(self) -> None:
        """The result is stored (or could not be): quit, or show the results (not awaited:
        the switch removes this screen, which is running this)."""
        if self._quit_after and self.save_error is None:
            self.app.call_later(self.app.run_action, "quit")
            return
        result = self.session.result
        assert result is not None and self._stored is not None
        past, exam_id = self._stored
        self.app.switch_screen(ResultsScreen(result, past, exam_id=exam_id, tz=self.tz))

    def _store(self) -> tuple[list[str], int]:
        """Store the result once: (lines for the results screen, the stored exam's id).
        Runs in a worker thread (the store's connection may be used from any thread)."""
        if self._stored is not None:
            return self._stored
        result = self.session.result
        assert result is not None
        past: list[str] = []
        exam_id = 0
        if self.store is not None:
            handed = hand_in(self.store, result, tz=self.tz, fuzz=self.fuzz)
            if handed.saved is None:
                self.save_error = handed.error or "the store refused it"
                past = [f"The result could not be saved: {self.save_error}"]
            else:
                exam_id = handed.saved.exam_id
                past = render_history(handed.past, last=5, tz=self.tz)
                past += handed.saved.note(listed_by="e")
        self._stored = past, exam_id
        return self._stored


def exam_screen(
    bank: Bank,
    store: Store | None,
    options: ExamOptions,
    clock: Clock,
    *,
    tz: tzinfo | None = None,
    fuzz: bool = True,
) -> ExamScreen:
    """A fresh mock test as a screen to push. Raises ``ValueError`` (unknown topic or preset)
    or :class:`~quizbot.exam.session.ExamError` (no usable question) before any screen."""
    return ExamScreen(new_session(bank, options, clock()), clock, store, tz=tz, fuzz=fuzz)
