"""The status bar at the top of the chat: title, the topic studied, and today's counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from quizbot.tui.verbatim import join, verbatim

if TYPE_CHECKING:
    from quizbot.tutor.replies import Counts


class StatusBar(Horizontal):
    """``quizbot · topic`` on the left; due / new / done and the streak on the right."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: dict[str, tuple[str, tuple[object, ...]]] = {}

    def compose(self) -> ComposeResult:
        yield Static(Content("quizbot"), id="status-title")
        yield Static(Content(""), id="status-counts")

    def show_topic(self, topic: str | None) -> None:
        title = join(("quizbot", "bold"))
        if topic:
            title = join(title, ("  ·  ", "dim"), verbatim(topic))
        self._update("#status-title", title)

    def show_counts(self, counts: Counts) -> None:
        streak = f"{counts.streak}d" if counts.streak else "–"
        parts: list[str | tuple[str, str]] = []
        for label, value, style in (
            ("due", str(counts.due), "$warning"),
            ("new", str(counts.new), "$accent"),
            ("done", str(counts.done), "$success"),
            ("streak", streak, "$secondary"),
        ):
            if parts:
                parts.append(("  ", ""))
            parts += [(f"{label} ", "dim"), (value, f"bold {style}")]
        self._update("#status-counts", join(*parts))

    def _update(self, selector: str, content: Content) -> None:
        """Update one label, only when it changes (each update lays the bar out again)."""
        key = (content.plain, tuple(content.spans))  # Content's == compares the text only
        if self._shown.get(selector) != key:
            self._shown[selector] = key
            self.query_one(selector, Static).update(content)
