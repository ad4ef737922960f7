"""The chat's commands, for the help screen, the input's suggestions and the command palette.

:class:`QuizCommands` is a :class:`textual.command.Provider`: ``ctrl+p`` then a few letters
finds every chat command and every topic of the bank ("Quiz me on … Energy").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.suggester import Suggester

from quizbot.tui.verbatim import verbatim, visible

if TYPE_CHECKING:
    from quizbot.tui.app import QuizApp

#: (command, what it does), in the order the help lists them.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("/hint", "a hint: first letters, then fewer options, then half the answer"),
    ("/why", "the explanation, and the note it comes from"),
    ("/skip", "show the answer (counts as forgotten)"),
    ("/right", "I was right: accept my last answer"),
    ("/undo", "take back the last answer"),
    ("/topic", "study one topic: /topic corridors (or ctrl+t to pick)"),
    ("/stats", "your progress, with charts"),
    ("/exam", "a mock test"),
    ("/help", "commands and keys"),
    ("/quit", "save and quit"),
)

#: (keys, what they do) for the help screen.
KEYS: tuple[tuple[str, str], ...] = (
    ("a–d or 1–4", "choose an option (multi, statements: toggle)"),
    ("t / f", "true or false"),
    ("space · enter", "toggle the highlighted option · send the choice"),
    ("↑ ↓", "move between options"),
    ("tab", "between the options and the input"),
    ("ctrl+t", "pick a topic"),
    ("ctrl+s", "stats with charts"),
    ("f1 or ?", "this help"),
    ("ctrl+p", "command palette: commands, topics, themes"),
    ("f2", "next theme"),
    ("ctrl+q", "save and quit"),
)


class CommandSuggester(Suggester):
    """Completes ``/h`` to ``/hint`` and ``/topic ener`` to a topic of the bank."""

    def __init__(self, topics: Callable[[], list[str]]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.topics = topics

    async def get_suggestion(self, value: str) -> str | None:
        if not value.startswith("/"):
            return None
        lowered = value.lower()
        if lowered.startswith("/topic "):
            wanted = lowered.removeprefix("/topic ").strip()
            if not wanted:
                return None
            for topic in self.topics():
                if topic.lower().startswith(wanted):
                    return f"/topic {topic}"
            for topic in self.topics():
                leaf = topic.rsplit(" › ", 1)[-1]
                if leaf.lower().startswith(wanted):
                    return f"/topic {leaf}"
            return None
        for command, _ in COMMANDS:
            if command.startswith(lowered) and command != lowered:
                return command
        return None


class QuizCommands(Provider):
    """Command-palette entries: the chat commands and every topic of the bank."""

    @property
    def quiz(self) -> QuizApp:
        return cast("QuizApp", self.app)

    def _entries(self) -> list[tuple[str, Content, Callable[[], None], str]]:
        app = self.quiz
        entries: list[tuple[str, Content, Callable[[], None], str]] = [
            (command, Content(f"{command}  {help_text}"), partial(app.send, command), help_text)
            for command, help_text in COMMANDS
            if command != "/topic"
        ]
        entries.append(
            (
                "Pick a topic…",
                Content("Pick a topic…"),
                app.action_topics,
                "the bank's topics as a tree",
            )
        )
        for topic, count in app.topic_counts():
            label = f"Quiz me on {topic or 'questions without a topic'} ({count})"
            entries.append(
                (
                    label,
                    verbatim(label),
                    partial(app.send, f"/topic {topic}"),
                    "study only this topic",
                )
            )
        return entries

    async def discover(self) -> Hits:
        for _, label, callback, help_text in self._entries()[:12]:
            yield DiscoveryHit(label, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, _, callback, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, _highlight(matcher, text), callback, text=text, help=help_text)


def _highlight(matcher: Matcher, text: str) -> Content:
    """``text`` verbatim with the matched letters underlined (``Matcher.highlight`` would
    read the text as markup, and topics are author text)."""
    shown = visible(text)
    content = Content(shown)
    _, offsets = matcher.fuzzy_search.match(matcher.query, shown)
    for offset in offsets:
        if not shown[offset].isspace():
            content = content.stylize("bold underline", offset, offset + 1)
    return content
