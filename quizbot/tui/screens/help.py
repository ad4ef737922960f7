"""The help screen (``f1`` or ``?``): the chat commands and the keys."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from quizbot.tui.commands import COMMANDS, KEYS
from quizbot.tui.verbatim import join


def _table(rows: tuple[tuple[str, str], ...], width: int) -> Content:
    return Content("\n").join(
        join((name.ljust(width), "bold $accent"), " ", text) for name, text in rows
    )


class HelpScreen(ModalScreen[None]):
    """Commands and keys; any of ``escape``, ``q``, ``f1`` or ``?`` closes it."""

    CSS_PATH = "modal.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1,question_mark", "dismiss", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="help") as dialog:
            dialog.border_title = "Help"
            dialog.border_subtitle = "esc to close"
            yield Static(
                join(
                    ("Answer", "bold"),
                    " by typing, or with the keys below. ",
                    ("Ask", "bold"),
                    " anything: “what is INSTC?”, “tell me about "
                    "Kudankulam”, “quiz me on corridors”.",
                ),
                markup=False,
            )
            yield Static(
                Content.styled("Commands", "bold $secondary"), classes="heading", markup=False
            )
            yield Static(_table(COMMANDS, 8), markup=False)
            yield Static(Content.styled("Keys", "bold $secondary"), classes="heading", markup=False)
            yield Static(_table(KEYS, 14), markup=False)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
