"""The topic picker (``ctrl+t``): the bank's topic tree with question counts.

Choosing a topic dismisses the screen with its path ("" for the whole bank); the chat then
sends ``/topic <path>`` so the tutor switches.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from quizbot.bank import TOPIC_SEPARATOR
from quizbot.tui.verbatim import join, verbatim

#: The option id of "the whole bank".
EVERYTHING = "\0all"


class TopicScreen(ModalScreen[str | None]):
    """Pick a topic: ``enter`` or a click chooses, ``escape`` keeps the current one."""

    CSS_PATH = "modal.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Keep the topic")]

    def __init__(self, tree: list[tuple[str, int, int]], total: int, current: str | None) -> None:
        super().__init__()
        self.topic_tree = tree
        self.total = total
        self.current = current

    def compose(self) -> ComposeResult:
        options = [Option(join(("Everything", "bold"), (f"  {self.total}", "dim")), id=EVERYTHING)]
        for path, depth, count in self.topic_tree:
            name = path.split(TOPIC_SEPARATOR)[-1] or "(no topic)"
            label = join(
                "  " * (depth + 1),
                verbatim(name, "bold" if depth == 0 else ""),
                (f"  {count}", "dim"),
            )
            options.append(Option(label, id=path))
        with Vertical(classes="dialog", id="topics") as dialog:
            dialog.border_title = "Study a topic"
            dialog.border_subtitle = "enter to choose · esc to go back"
            yield OptionList(*options, id="topic-list")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        if self.current:
            try:
                options.highlighted = options.get_option_index(self.current)
            except OptionDoesNotExist:
                options.highlighted = 0
        else:
            options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        chosen = event.option.id
        self.dismiss("" if chosen in (None, EVERYTHING) else chosen)

    def action_cancel(self) -> None:
        self.dismiss(None)
