"""The chat screen: the status bar, the conversation anchored to the bottom, the input.

The bottom of the conversation stays in view, so a new question card is seen whole; when the
card is long enough to push the feedback above it off the top, the feedback's verdict line is
pinned above the conversation (:class:`~quizbot.tui.widgets.pin.VerdictPin`).

The screen only shows things: :meth:`ChatScreen.show` turns the tutor's replies into
messages and question cards. What the learner sends (typed in the input, or picked on a
question card) goes to :meth:`quizbot.tui.conversation.TutorConversation.send`, which asks
the tutor in a worker thread and comes back here with the replies.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, cast

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from quizbot.tui.commands import CommandSuggester
from quizbot.tui.verbatim import join, verbatim
from quizbot.tui.widgets.choices import Answer, TypeInstead
from quizbot.tui.widgets.entry import ChatInput
from quizbot.tui.widgets.footer import Footer
from quizbot.tui.widgets.header import StatusBar
from quizbot.tui.widgets.messages import (
    BotMessage,
    done_content,
    explain_content,
    feedback_content,
    feedback_mood,
    hint_content,
    learner_message,
    lookup_content,
    say_content,
    stats_content,
    verdict_line,
)
from quizbot.tui.widgets.pin import VerdictPin
from quizbot.tui.widgets.question import QuestionCard
from quizbot.tutor.replies import (
    Ask,
    Counts,
    Done,
    Explain,
    Feedback,
    Hint,
    Lookup,
    Quit,
    Reply,
    Say,
    StartExam,
    Stats,
    TopicChanged,
)

if TYPE_CHECKING:
    from quizbot.tui.app import QuizApp

#: Older messages are dropped beyond this many (about the last ten questions), so a long
#: session stays quick: each answer lays the log out again, and at 60 messages the time
#: from enter to the painted feedback was half as long again (p95 45 ms against 34 ms).
MAX_MESSAGES = 30


class ChatScreen(Screen[None]):
    """The conversation with the tutor."""

    AUTO_FOCUS = None
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "focus_input", "Type", show=False),
        Binding("pageup", "page(-1)", "Scroll up", show=False),
        Binding("pagedown", "page(1)", "Scroll down", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.card: QuestionCard | None = None
        #: Answered cards to swap for their one-widget summaries at the next show().
        self._answered_cards: list[tuple[QuestionCard, Widget]] = []
        self.pin = VerdictPin()
        #: The feedback of the replies being shown, for the pin: (message, reply).
        self._feedback: tuple[BotMessage, Feedback] | None = None

    @property
    def quiz(self) -> QuizApp:
        return cast("QuizApp", self.app)

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        yield self.pin
        with VerticalScroll(id="log"):
            yield BotMessage(Content.styled("Opening your question bank…", "dim"), "loading")
        yield ChatInput(
            placeholder="Type an answer, ask about the notes, or /help",
            suggester=CommandSuggester(self.quiz.topic_names),
            id="entry",
            select_on_focus=False,
        )
        yield Footer()

    def on_mount(self) -> None:
        log = self.query_one("#log", VerticalScroll)
        log.anchor()
        self.watch(log, "scroll_y", self._scrolled, init=False)
        if self.card is None:  # the first question may already be here
            self.query_one("#entry", Input).focus()

    # --- what the learner sends ---

    def on_chat_input_sent(self, event: ChatInput.Sent) -> None:
        event.stop()
        self.quiz.send(event.text, on_screen=event.on_screen)

    def on_input_changed(self, event: Input.Changed) -> None:
        if self.card is not None:
            self.card.preview(event.value)

    def on_answer(self, event: Answer) -> None:
        event.stop()
        on_screen = self.card.question.id if self.card is not None else ""
        self.quiz.send(event.text, shown=event.shown, on_screen=on_screen)

    def on_type_instead(self, event: TypeInstead) -> None:
        event.stop()
        entry = self.query_one("#entry", Input)
        entry.focus()
        entry.insert_text_at_cursor(event.character)

    def action_focus_input(self) -> None:
        self.query_one("#entry", Input).focus()

    def action_page(self, direction: int) -> None:
        """``pageup`` / ``pagedown`` scroll the conversation, whatever has the focus."""
        log = self._log()
        if direction < 0:
            log.scroll_page_up(animate=False)
        else:
            log.scroll_page_down(animate=False)

    def _scrolled(self, _y: float) -> None:
        self.pin.check()

    def on_resize(self, _event: events.Resize) -> None:
        self.call_after_refresh(self.pin.check)

    # --- what the tutor says ---

    def learner_said(self, text: str) -> None:
        self._log().mount(learner_message(text))

    def _log(self) -> VerticalScroll:
        return self.query_one("#log", VerticalScroll)

    async def show(self, replies: Sequence[Reply], counts: Counts | None, now: datetime) -> None:
        """Add the replies to the conversation and move the focus where it belongs; scroll
        to the bottom (the learner may have scrolled up to read) and pin the verdict if the
        new card pushes it out of view."""
        self.pin.drop()
        self._feedback = None
        widgets: list[Widget] = []
        asked: QuestionCard | None = None
        for reply in replies:
            widget = self._widget_for(reply, now)
            if isinstance(widget, QuestionCard):
                asked = widget
            if widget is not None:
                widgets.append(widget)
        log = self._log()
        gone: list[Widget] = list(log.query(".loading"))
        for card, closed in self._answered_cards:
            if card.parent is log:
                await log.mount(closed, before=card)
                gone.append(card)
        self._answered_cards.clear()
        if widgets:
            await log.mount_all(widgets)
        excess = len(log.children) - len(gone) - MAX_MESSAGES
        if excess > 0:
            gone += [w for w in log.children if w not in gone][:excess]
        if gone:
            await log.remove_children(gone)
        log.scroll_end(animate=False, immediate=True)
        if self._feedback is not None:
            message, feedback = self._feedback
            self.pin.follow(message, verdict_line(feedback), feedback_mood(feedback), log)
            self.call_after_refresh(self.pin.check)
        status = self.query_one(StatusBar)
        status.show_topic(self.quiz.topic)
        if counts is not None:
            status.show_counts(counts)
        self._place_focus(asked)

    def _place_focus(self, asked: QuestionCard | None) -> None:
        """The input keeps the focus: every key the learner types goes there (a card takes
        the focus only when the learner moves it there with tab or a click)."""
        entry = self.query_one("#entry", ChatInput)
        entry.on_screen = self.card.question.id if self.card is not None else ""
        if asked is not None:
            entry.focus()
            asked.preview(entry.value)
        elif self.focused is None or self.focused.disabled or not self.focused.is_attached:
            entry.focus()

    def _close_card(self) -> None:
        if self.card is not None:
            self._answered_cards.append((self.card, self.card.closed()))
            self.card = None

    def _widget_for(self, reply: Reply, now: datetime) -> Widget | None:
        if isinstance(reply, Ask):
            self._close_card()
            self.card = QuestionCard(reply)
            return self.card
        if isinstance(reply, Feedback):
            self._close_card()
            message = BotMessage(feedback_content(reply, now), "feedback", feedback_mood(reply))
            self._feedback = message, reply
            return message
        if isinstance(reply, Hint):
            if self.card is not None and reply.eliminated:
                self.card.eliminate(reply.eliminated)
            return BotMessage(hint_content(reply), "hint")
        if isinstance(reply, Explain):
            return BotMessage(explain_content(reply), "explain")
        if isinstance(reply, Lookup):
            return BotMessage(lookup_content(reply), "lookup")
        if isinstance(reply, Stats):
            self.quiz.action_stats()
            return BotMessage(stats_content(reply), "stats")
        if isinstance(reply, TopicChanged):
            self.quiz.topic = reply.topic
            what = verbatim(reply.topic, "bold") if reply.topic else Content("the whole bank")
            return BotMessage(join("Now studying ", what, "."), "say")
        if isinstance(reply, StartExam):
            return self.quiz.start_exam(reply)
        if isinstance(reply, Done):
            self._close_card()
            if reply.comes_back is not None:  # ask the learning step when it falls due
                wait = max(1.0, (reply.comes_back - now).total_seconds() + 1)
                self.set_timer(wait, self.quiz.tick)
            return BotMessage(done_content(reply, now), "done")
        if isinstance(reply, Quit):
            self.quiz.action_save_and_quit()
            return BotMessage(Content(reply.farewell()), "say")
        if isinstance(reply, Say):
            return BotMessage(say_content(reply), "say", f"-{reply.tone}")
        return None
