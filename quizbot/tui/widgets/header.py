"""The status bar at the top of the chat: title, the topic studied, and today's counts."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from quizbot.tui.text import join, verbatim
from quizbot.tutor.replies import Counts


class StatusBar(Horizontal):
    """``quizbot · topic`` on the left; due / new / done and the streak on the right."""

    def compose(self) -> ComposeResult:
        yield Static(Content("quizbot"), id="status-title")
        yield Static(Content(""), id="status-counts")

    def show_topic(self, topic: str | None) -> None:
        title = join(("quizbot", "bold"))
        if topic:
            title = join(title, ("  ·  ", "dim"), verbatim(topic))
        self.query_one("#status-title", Static).update(title)

    def show_counts(self, counts: Counts) -> None:
        streak = f"{counts.streak}d" if counts.streak else "–"
        parts: list[str | tuple[str, str]] = []
        for label, value, style in (("due", str(counts.due), "$warning"),
                                    ("new", str(counts.new), "$accent"),
                                    ("done", str(counts.done), "$success"),
                                    ("streak", streak, "$secondary")):
            if parts:
                parts.append(("  ", ""))
            parts += [(f"{label} ", "dim"), (value, f"bold {style}")]
        self.query_one("#status-counts", Static).update(join(*parts))
