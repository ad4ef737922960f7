"""The Textual app: a chat with the tutor over the question bank.

Built by :func:`create_app`, which takes every path (and the clock) as arguments so tests run
it on temporary directories at a fixed time. Loading the bank and opening the tutor happen in
a worker thread while the first frame paints; every learner message is answered in a thread
too, one at a time and in order, and an answer is saved there before the replies are shown.
The event loop never waits on the tutor or on the progress database (which another quizbot
may be holding), so the screen never freezes. ``ctrl+q`` (or ``/quit``) closes the session,
saved, and exits.
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

from quizbot.tui.commands import QuizCommands
from quizbot.tui.pacing import Pacing
from quizbot.tui.screens.chat import ChatScreen
from quizbot.tui.verbatim import join, plural, verbatim
from quizbot.tui.widgets.messages import BotMessage
from quizbot.tutor.replies import Counts, Reply, Say, StartExam

if TYPE_CHECKING:
    from quizbot.bank import Bank
    from quizbot.study import Store
    from quizbot.tui.exam import ExamClosed
    from quizbot.tutor import Tutor

Clock = Callable[[], datetime]

#: The themes ``f2`` steps through (all built into Textual); the first is the default.
THEMES = (
    "nord",
    "tokyo-night",
    "gruvbox",
    "catppuccin-mocha",
    "rose-pine-moon",
    "textual-dark",
    "solarized-light",
    "catppuccin-latte",
)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class QuizApp(App[int]):
    """The quizbot chat."""

    CSS_PATH = "app.tcss"
    TITLE = "quizbot"
    COMMANDS = App.COMMANDS | {QuizCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "save_and_quit", "Quit", priority=True),
        Binding("ctrl+t", "topics", "Topics"),
        Binding("ctrl+s", "stats", "Stats"),
        Binding("f1", "help", "Help"),
        Binding("question_mark", "help", "Help", show=False),
        Binding("f2", "next_theme", "Theme", show=False),
    ]

    def __init__(
        self,
        bank_paths: list[str],
        data_dir: Path,
        cache_dir: Path | None,
        *,
        topic: str | None = None,
        notes: list[Path] | None = None,
        cram: bool = False,
        clock: Clock | None = None,
        tz: tzinfo | None = None,
        fuzz: bool = True,
    ) -> None:
        super().__init__()
        self.cram = cram
        self.bank_paths = bank_paths
        self.data_dir = Path(data_dir)
        self.cache_dir = cache_dir
        self.topic = topic
        self.notes = notes
        self.clock: Clock = clock or _utc_now
        self.tz = tz
        self.fuzz = fuzz
        self.bank: Bank | None = None
        self.tutor: Tutor | None = None
        #: Called (with the replies) right after the first frame that shows them is
        #: painted: benchmarks and tests.
        self.after_paint: Callable[[list[Reply]], None] | None = None
        self._unpainted: list[Reply] | None = None
        self._tutor_lock = threading.Lock()
        #: Messages to answer: (text, text to show with the replies or None, together,
        #: the question on screen when it was sent).
        self._inbox: deque[tuple[str, str | None, bool, str | None]] = deque()
        #: Learner messages not on screen yet (shown with their replies, see ``send``).
        self._hidden = 0
        self._answering = False
        self._pacing = Pacing(self)
        self._quitting = False
        #: Messages (and the opening) whose replies are not on screen yet.
        self.waiting = 1
        self.chat = ChatScreen()
        self._exam_store: Store | None = None
        self.theme = THEMES[0]

    def get_default_screen(self) -> Screen[None]:
        return self.chat

    def on_mount(self) -> None:
        # Published right after a frame with a new layout is painted (new messages always
        # change the layout): when the replies waiting for ``after_paint`` are on screen.
        self.chat.screen_layout_refresh_signal.subscribe(self, self._painted, immediate=True)
        self.open_session()

    def _painted(self, _screen: Screen[None]) -> None:
        replies, self._unpainted = self._unpainted, None
        if self.waiting == 0:
            self._pacing.painted()
        if replies is not None and self.after_paint is not None:
            self.after_paint(replies)

    def on_unmount(self) -> None:
        self._pacing.painted()

    # --- the session, in worker threads ---

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def open_session(self) -> None:
        """Load the bank and open the tutor, then show the greeting and the first question."""
        with self._tutor_lock:
            replies: list[Reply] = []
            counts: Counts | None = None
            try:
                replies, counts = self._open()
            except Exception as error:  # noqa: BLE001 - shown in the chat, never a traceback
                replies.append(Say(f"I could not start: {error}", tone="error"))
            if not self._quitting:
                self.call_from_thread(self._show, replies, counts)  # type: ignore[arg-type]

    def _open(self) -> tuple[list[Reply], Counts | None]:
        from quizbot.bank import load_bank
        from quizbot.study import StoreError
        from quizbot.tutor import Tutor

        replies: list[Reply] = []
        bank = load_bank(self.bank_paths, strict=False, cache_dir=self.cache_dir)
        self.bank = bank
        if bank.errors:
            replies.append(
                Say(
                    f"{plural(len(bank.errors), 'problem')} in the question bank "
                    "(`quizbot check` lists them); the valid questions are here.",
                    tone="error",
                )
            )
        now = self.clock()
        try:
            tutor = Tutor.open(
                bank,
                self.data_dir,
                now,
                notes=self.notes,
                topic=self.topic,
                cram=self.cram,
                tz=self.tz,
                fuzz=self.fuzz,
            )
        except ValueError as error:
            replies.append(Say(f"{error}; studying the whole bank instead.", tone="error"))
            self.topic = None
            tutor = Tutor.open(
                bank, self.data_dir, now, notes=self.notes, tz=self.tz, fuzz=self.fuzz
            )
        except StoreError as error:
            replies.append(Say(f"I cannot open your progress: {error}", tone="error"))
            return replies, None
        if self._quitting:
            tutor.close(now)
            return replies, None
        self.tutor = tutor
        self.topic = tutor.topic
        if tutor.recovered_from is not None:
            replies.append(
                Say(
                    f"Your progress file was damaged. I kept it as "
                    f"{tutor.recovered_from} and started a fresh one.",
                    tone="error",
                )
            )
        replies += tutor.start(now)
        return replies, tutor.counts(now)

    def send(self, text: str, *, shown: str | None = None, on_screen: str | None = None) -> None:
        """The learner's message (``shown`` in the chat if given), answered by the tutor in a
        thread (see ``_answer_all``). The message is shown at once, or with its replies (see
        ``_together``): then nothing is painted, nor collected, meanwhile (see Pacing).
        ``on_screen``: the question the learner saw when they sent it (see
        :meth:`quizbot.tutor.Tutor.handle`)."""
        if self._quitting:
            return
        self.waiting += 1
        shown = text if shown is None else shown
        together = self._together(text)
        if together:
            self._pacing.start()
        if together or self._hidden:  # (after a message not on screen yet: that one first)
            self._hidden += 1
            self._inbox.append((text, shown, together, on_screen))
        else:
            self._inbox.append((text, None, False, on_screen))
            self.call_next(self.chat.learner_said, shown)
        self._handle_next()

    def _together(self, text: str) -> bool:
        """Whether ``text`` is shown with its replies, in one frame: an answer, /skip,
        /hint... take the tutor a millisecond or two. Lookups in the notes, explanations and
        statistics (slow the first time) are shown at once, and so is everything while the
        near-miss index of a big bank is still building."""
        from quizbot.tutor.intents import parse

        tutor = self.tutor
        if tutor is None or not tutor.answers.ready:
            return False
        kind = parse(text, pending=tutor.current is not None).kind
        if kind in ("answer", "rate"):
            return tutor.current is not None  # with no question pending: a lookup
        return kind not in ("lookup", "explain", "stats")

    def _consult(
        self, act: Callable[[Tutor, datetime], list[Reply]]
    ) -> tuple[list[Reply], Counts | None]:
        """What the tutor says (``act``, at the clock's now) and the header counts after it;
        call with the tutor lock held."""
        tutor = self.tutor
        if tutor is None or self._quitting:
            return [Say("I am not ready: see the message above.", tone="error")], None
        now = self.clock()
        return act(tutor, now), tutor.counts(now)

    def _handle_next(self) -> None:
        if not self._answering:
            self._answering = True
            self.run_worker(self._answer_all(), group="tutor", exit_on_error=False)

    async def _answer_all(self) -> None:
        """Answer the messages of the inbox in the order they were sent: the tutor works in a
        thread (and saves an answer before it returns), the replies are shown here."""
        try:
            while self._inbox:
                text, said, together, on_screen = self._inbox.popleft()
                if said is not None and not together:  # held back behind an earlier one
                    self._hidden -= 1
                    self.chat.learner_said(said)
                    said = None
                replies, counts = await asyncio.to_thread(self._handle, text, on_screen)
                await self._show(replies, counts, said)
        finally:
            self._answering = False

    def _handle(self, text: str, on_screen: str | None) -> tuple[list[Reply], Counts | None]:
        with self._tutor_lock:
            return self._consult(lambda tutor, now: tutor.handle(text, now, on_screen=on_screen))

    async def _show(
        self, replies: list[Reply], counts: Counts | None, said: str | None = None
    ) -> None:
        """Show the replies (after the learner's message ``said``, if given) in one frame."""
        with self.batch_update():
            if said is not None:
                self._hidden -= 1
                self.chat.learner_said(said)
            await self.chat.show(replies, counts, self.clock())
        self._pacing.shown()
        self.waiting -= 1
        if self.after_paint is not None:
            self._unpainted = replies  # see _painted

    # --- actions ---

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Topics, stats and help are off (and out of the footer) during a mock test."""
        return not (action in ("topics", "stats", "help") and self._exam_running())

    def _exam_running(self) -> bool:
        """A mock test (or its results) is on screen: the chat's screens stay away."""
        from quizbot.tui.exam import ExamScreen, NotebookScreen, ResultsScreen

        return isinstance(self.screen, ExamScreen | ResultsScreen | NotebookScreen)

    def action_save_and_quit(self) -> None:
        """Close the tutor (every answer is already saved) and exit; during a mock test,
        the exam screen first asks, then hands the paper in (see ExamScreen.may_quit)."""
        from quizbot.tui.exam import ExamScreen

        if self._quitting:
            return
        if isinstance(self.screen, ExamScreen) and not self.screen.may_quit():
            return
        self._quitting = True
        self._close_and_exit()

    async def action_quit(self) -> None:
        self.action_save_and_quit()

    @work(group="close", exit_on_error=False)
    async def _close_and_exit(self) -> None:
        problem = "the session could not be closed"
        try:
            problem = await asyncio.to_thread(self._close_tutor)
        finally:  # the app always exits, whatever closing the session ran into
            if problem:
                self.exit(1, return_code=1, message=f"quizbot: {problem}")
            else:
                self.exit(0)

    def _close_tutor(self) -> str:
        """Close the session; what could not be saved, if anything (empty: all saved)."""
        with self._tutor_lock:  # after the message being handled, if any
            tutor, self.tutor = self.tutor, None
            if tutor is None:
                return ""
            tutor.close(self.clock())
            if not tutor.failures:
                return ""
            lost = f"; {tutor.unsaved} could not be saved" if tutor.unsaved else ""
            saved = plural(tutor.answered, "answer")
            return f"{saved} saved{lost}; the last problem: {tutor.failures[-1]}"

    def action_help(self) -> None:
        from quizbot.tui.screens.help import HelpScreen

        if not self._exam_running() and not any(
            isinstance(s, HelpScreen) for s in self.screen_stack
        ):
            self.push_screen(HelpScreen())

    def action_topics(self) -> None:
        from quizbot.tui.screens.topics import TopicScreen

        if (
            self.bank is None
            or self._exam_running()
            or any(isinstance(s, TopicScreen) for s in self.screen_stack)
        ):
            return
        self.push_screen(
            TopicScreen(self.bank.topic_tree(), len(self.bank), self.topic), self._topic_chosen
        )

    def _topic_chosen(self, topic: str | None) -> None:
        if topic is not None:
            self.send(f"/topic {topic}" if topic else "/topic all")

    def action_stats(self) -> None:
        from quizbot.tui.screens.stats import StatsScreen

        if (
            self.bank is None
            or self._exam_running()
            or any(isinstance(s, StatsScreen) for s in self.screen_stack)
        ):
            return
        self.push_screen(StatsScreen(self.bank, self.data_dir, self.clock()))

    def action_next_theme(self) -> None:
        current = THEMES.index(self.theme) if self.theme in THEMES else -1
        self.theme = THEMES[(current + 1) % len(THEMES)]
        self.notify(f"Theme: {self.theme}", timeout=2)

    def start_exam(self, reply: StartExam) -> Widget:
        """The learner asked for a mock test: push the exam screen (its own connection to
        the progress database, closed when the results are closed)."""
        from quizbot.exam.session import ExamError
        from quizbot.exam.start import ExamOptions
        from quizbot.study import Store, StoreError
        from quizbot.tui.exam import exam_screen

        where = join(" on ", verbatim(reply.topic)) if reply.topic else Content("")
        if self.bank is None:
            return BotMessage(Content("The bank is still loading."), "say", "-error")
        try:
            store = Store.open(self.data_dir, self.clock(), recover=True)
        except StoreError as error:
            return BotMessage(verbatim(f"I cannot start a mock test: {error}"), "say", "-error")
        try:
            screen = exam_screen(
                self.bank,
                store,
                ExamOptions(reply.preset, reply.count, reply.topic),
                self.clock,
                tz=self.tz,
                fuzz=self.fuzz,
            )
        except (ValueError, ExamError) as error:
            store.close()
            return BotMessage(verbatim(f"I cannot start a mock test: {error}"), "say", "-error")
        self._exam_store = store
        self.push_screen(screen)
        return BotMessage(
            join(
                ("Mock test", "bold $accent"),
                f" ({reply.preset}, {plural(reply.count, 'question')}",
                where,
                "). No feedback until you hand it in. Good luck!",
            ),
            "say",
        )

    def on_exam_closed(self, message: ExamClosed) -> None:
        """The results were closed: back to the chat."""
        if self._exam_store is not None:
            self._exam_store.close()
            self._exam_store = None
        while len(self.screen_stack) > 1:
            self.pop_screen()
        if self.tutor is not None and not self._quitting:
            self.waiting += 1
            self._back_from_exam()

    def tick(self) -> None:
        """A learning step has fallen due while the learner read (the chat sets a timer for
        it after "That's all for now"): the tutor asks it, if nothing else is happening."""
        if self.tutor is None or self._quitting or self.waiting or self.tutor.current:
            return
        self.waiting += 1
        self._ticked()

    @work(thread=True, group="tutor", exit_on_error=False)
    def _ticked(self) -> None:
        with self._tutor_lock:
            replies, counts = self._consult(lambda tutor, now: tutor.tick(now))
        self.call_from_thread(self._show, replies, counts)  # type: ignore[arg-type]

    @work(thread=True, group="tutor", exit_on_error=False)
    def _back_from_exam(self) -> None:
        """The mock's lapses are in the store: the tutor reads its queue again."""
        with self._tutor_lock:
            replies, counts = self._consult(lambda tutor, now: tutor.after_exam(now))
        self.call_from_thread(self._show, replies, counts)  # type: ignore[arg-type]

    # --- for the palette and the input's suggestions ---

    def topic_counts(self) -> list[tuple[str, int]]:
        return self.bank.topics() if self.bank is not None else []

    def topic_names(self) -> list[str]:
        return [path for path, _, _ in self.bank.topic_tree()] if self.bank is not None else []

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Next theme", "Step to the next calm theme (f2)", self.action_next_theme
        )


def create_app(
    bank_paths: list[str],
    data_dir: Path,
    cache_dir: Path | None = None,
    *,
    topic: str | None = None,
    notes: list[Path] | None = None,
    cram: bool = False,
    clock: Clock | None = None,
    tz: tzinfo | None = None,
    fuzz: bool = True,
) -> QuizApp:
    """The chat app on ``bank_paths``, keeping progress in ``data_dir``.

    ``cache_dir``: the bank cache (``None``: parse afresh); ``topic``: study one topic;
    ``cram``: ask every question of the topic once, leaving the schedule as it is;
    ``notes``: Markdown notes for explanations and lookups (``None``: the bundled notes);
    ``clock``: returns aware UTC datetimes (default: the real time); ``tz``: the learner's
    time zone for study days (``None``: the system's); ``fuzz=False`` makes intervals exact.
    """
    return QuizApp(
        bank_paths,
        data_dir,
        cache_dir,
        topic=topic,
        notes=notes,
        cram=cram,
        clock=clock,
        tz=tz,
        fuzz=fuzz,
    )
