"""The Textual app: a chat with the tutor over the question bank.

Built by :func:`create_app`, which takes every path (and the clock) as arguments so tests run
it on temporary directories at a fixed time. The conversation itself, off the event loop, is
:class:`~quizbot.tui.conversation.TutorConversation`; :class:`QuizApp` adds the keys, the
topic, stats and help screens, the themes and mock tests. ``ctrl+q`` (or ``/quit``) closes
the session, saved, and exits.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

from quizbot.tui.commands import QuizCommands
from quizbot.tui.conversation import Clock, TutorConversation
from quizbot.tui.verbatim import join, plural, verbatim
from quizbot.tui.widgets.messages import BotMessage
from quizbot.tutor.replies import StartExam

if TYPE_CHECKING:
    from quizbot.study import Store
    from quizbot.tui.exam import ExamClosed

__all__ = ["THEMES", "Clock", "QuizApp", "create_app"]

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


class QuizApp(TutorConversation):
    """The quizbot chat: the conversation (:class:`TutorConversation`), its keys, screens,
    themes and mock tests."""

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
        super().__init__(
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
        self._exam_store: Store | None = None
        self.theme = THEMES[0]

    def get_default_screen(self) -> Screen[None]:
        return self.chat

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
