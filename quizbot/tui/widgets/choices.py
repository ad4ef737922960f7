"""Options to choose with the mouse, or with the arrows once the card has the focus: mcq,
multi, statements, true/false.

A :class:`Choices` widget holds one :class:`ChoiceRow` per option. Typed keys are never
picks: the chat input keeps the focus and takes every key, and a lone letter (or number, or
``a, c``) followed by Enter is how the keyboard picks, so "what is BRICS?" typed on a card
is text, whatever its speed. A click picks the row; with the card focused (``tab``), ``↑``/``↓``
move, ``space`` toggles and ``enter`` sends. A single choice is sent at once; for multi and
statements the picks toggle, then ``enter`` (or the Submit button) sends them. What is sent
is the text answer the grader accepts: ``b``; ``a, c``; ``1 and 3``; ``true``. While the
learner types, :meth:`Choices.preview` marks the options the typed text names.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Button, Static

from quizbot.tui.hanging import Hanging
from quizbot.tui.verbatim import join, verbatim

Mode = Literal["single", "multi", "statements", "truefalse"]


class Answer(Message):
    """The learner picked an answer on a question widget: ``text`` goes to the tutor,
    ``shown`` is what the chat shows as the learner's message ("(b) S-400")."""

    def __init__(self, text: str, shown: str | None = None) -> None:
        super().__init__()
        self.text = text
        self.shown = text if shown is None else shown


class TypeInstead(Message):
    """A printable key that is not a choice: the chat input should take it."""

    def __init__(self, character: str) -> None:
        super().__init__()
        self.character = character


def numbers_phrase(numbers: list[int]) -> str:
    """``[1, 3]`` → ``1 and 3``; ``[1, 2, 4]`` → ``1, 2 and 4``; ``[]`` → ``none``."""
    words = [str(n) for n in numbers]
    if not words:
        return "none"
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


class ChoiceRow(Static):
    """One option; clicking it picks it."""

    def __init__(self, index: int, key: str, text: str, multiple: bool = False) -> None:
        self.index = index
        self.key = key
        self.text = text
        self.selected = False
        super().__init__(self.label(multiple), markup=False, classes="choice")

    def label(self, multiple: bool = False) -> Hanging:
        """The key (with a box on multi and statements) and the option's text, its wrapped
        lines under the text."""
        box = ("☑ " if self.selected else "☐ ") if multiple else ""
        label = join((box, "$accent"), (f"{self.key} ", "bold $accent"))
        return Hanging(label, verbatim(self.text))

    def refresh_label(self, multiple: bool = False) -> None:
        self.update(self.label(multiple))

    def on_click(self, event: events.Click) -> None:
        event.stop()
        parent = self.parent
        if isinstance(parent, Choices) and not parent.disabled:
            parent.focus()
            parent.pick(self.index)


class Choices(Vertical, can_focus=True):
    """The options of the current question, chosen by key or click."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("space", "toggle_choice", "Toggle", show=False),
        Binding("enter", "submit", "Answer", show=False),
    ]

    def __init__(self, options: list[str], mode: Mode, *, id: str | None = None) -> None:
        super().__init__(id=id, classes=f"choices -{mode}")
        self.options = options
        self.mode: Mode = mode
        self.cursor = 0
        self.eliminated: set[int] = set()
        if mode == "truefalse":
            self.keys = ["t", "f"]
        elif mode == "statements":
            self.keys = [str(i + 1) for i in range(len(options))]
        else:
            self.keys = [chr(ord("a") + i) for i in range(len(options))]

    @property
    def multiple(self) -> bool:
        return self.mode in ("multi", "statements")

    def compose(self) -> ComposeResult:
        for i, option in enumerate(self.options):
            yield ChoiceRow(i, self.keys[i], option, self.multiple)
        if self.multiple:
            submit = Button("Submit ⏎", compact=True, classes="submit")
            submit.can_focus = False
            yield submit

    @property
    def rows(self) -> list[ChoiceRow]:
        return list(self.query(ChoiceRow))

    def on_mount(self) -> None:
        self._show_cursor()  # the rows were built with their labels

    def _show_cursor(self) -> None:
        for row in self.rows:
            row.set_class(row.index == self.cursor and self.has_focus, "-cursor")

    def on_focus(self) -> None:
        self._show_cursor()

    def on_blur(self) -> None:
        self._show_cursor()

    def index_for_key(self, key: str) -> int | None:
        key = key.strip().strip("().").lower()
        if key in self.keys:
            return self.keys.index(key)
        if key.isdigit() and 1 <= int(key) <= len(self.options):
            return int(key) - 1
        if self.mode == "truefalse" and key in ("true", "false"):
            return 0 if key == "true" else 1
        return None

    def preview(self, typed: str) -> None:
        """Mark the options that ``typed`` (what is in the input) names: a lone key, or keys
        separated by commas, spaces or "and" on multi and statements cards."""
        parts = [typed] if not self.multiple else typed.replace(" and ", ",").split(",")
        if self.multiple and len(parts) == 1:
            parts = typed.split()
        named = {self.index_for_key(part) for part in parts if part.strip()}
        if None in named:
            named = set()
        for row in self.rows:
            row.set_class(row.index in named, "-typed")

    def on_key(self, event: events.Key) -> None:
        """Every printable key but ``space`` (which toggles here) belongs to the input."""
        if self.disabled or not event.is_printable or not event.character:
            return
        if event.character != " ":
            event.stop()
            event.prevent_default()
            self.post_message(TypeInstead(event.character))

    def action_move(self, step: int) -> None:
        self.cursor = (self.cursor + step) % len(self.options)
        self._show_cursor()

    def action_toggle_choice(self) -> None:
        self.pick(self.cursor, submit=False)

    def action_submit(self) -> None:
        if self.multiple:
            self.submit()
        else:
            self.pick(self.cursor)

    def pick(self, index: int, *, submit: bool = True) -> None:
        """Choose option ``index``: send it (single) or toggle it (multi, statements)."""
        if self.disabled or index in self.eliminated:
            self.app.bell()
            return
        self.cursor = index
        row = self.rows[index]
        if self.multiple:
            row.selected = not row.selected
            row.refresh_label(True)
            row.set_class(row.selected, "-selected")
        elif submit:
            row.selected = True
            row.add_class("-selected")
            self.post_message(Answer(*self.answer_for([index])))
        self._show_cursor()

    def submit(self) -> None:
        chosen = [row.index for row in self.rows if row.selected]
        if not chosen and self.mode == "multi":
            self.notify("Choose at least one option first.", severity="warning", timeout=3)
            return
        self.post_message(Answer(*self.answer_for(chosen)))

    def answer_for(self, chosen: list[int]) -> tuple[str, str]:
        """(the answer the grader reads, the learner's message as shown)."""
        if self.mode == "truefalse":
            return ("true", "True") if chosen == [0] else ("false", "False")
        if self.mode == "statements":
            phrase = numbers_phrase([i + 1 for i in chosen])
            return phrase, phrase
        return (
            ", ".join(self.keys[i] for i in chosen),
            ", ".join(f"({self.keys[i]}) {self.options[i]}" for i in chosen),
        )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.submit()

    def eliminate(self, texts: tuple[str, ...]) -> None:
        """Strike out options ruled out by a hint (by text, or by letter)."""
        for row in self.rows:
            if row.text in texts or row.key in texts:
                self.eliminated.add(row.index)
                row.add_class("-eliminated")
                row.update(Hanging(join((f"{row.key} ", "dim")), verbatim(row.text, "strike")))
