"""The verdict, pinned above the chat while the feedback it starts is scrolled out of view.

After an answer the chat shows the feedback and, below it, the next question, and it keeps
the bottom in view so the whole new card can be read and answered. A long card (the bundled
bank's longest statements and match cards take 16 of the 19 rows an 80×24 terminal leaves
the chat) pushes the feedback's first line, ✓ or ✗ and the answer, off the top. Then
:class:`VerdictPin` shows that line in the row above the chat, with the feedback's colour,
until the learner scrolls the line itself into view or sends the next message. Clicking the
pin (or ``pageup``) scrolls back to the feedback.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from quizbot.tui.verbatim import join


class VerdictPin(Horizontal):
    """The first line of the latest feedback (in :attr:`label`), shown while that line is out
    of view."""

    def __init__(self) -> None:
        super().__init__(id="verdict-pin")
        self.display = False
        self.label = Static(markup=False, classes="verdict")
        #: The feedback message this pin stands for (``None``: nothing to pin).
        self.feedback: Widget | None = None
        self.chat_log: VerticalScroll | None = None

    def follow(self, feedback: Widget, verdict: Content, mood: str, log: VerticalScroll) -> None:
        """Stand for ``feedback`` (in ``log``), whose first line is ``verdict``."""
        self.feedback, self.chat_log = feedback, log
        self.label.set_classes(f"verdict {mood}")
        self.label.update(join(verdict, ("   ↑ pgup", "dim")))
        self.check()

    def compose(self) -> ComposeResult:
        yield self.label

    def drop(self) -> None:
        """Nothing to pin (the learner has moved on)."""
        self.feedback = None
        self.display = False

    def check(self) -> None:
        """Show the pin exactly when the feedback's first line is out of the visible part of
        the chat."""
        feedback, log = self.feedback, self.chat_log
        hidden = False
        if feedback is not None and log is not None and feedback.is_attached:
            top = feedback.virtual_region.y
            view = log.scrollable_content_region.height
            hidden = not (log.scroll_offset.y <= top < log.scroll_offset.y + view)
        if self.display != hidden:
            self.display = hidden

    def on_click(self, event: events.Click) -> None:
        event.stop()
        if self.feedback is not None and self.chat_log is not None and self.feedback.is_attached:
            self.chat_log.scroll_to_widget(self.feedback, animate=False, top=True)
