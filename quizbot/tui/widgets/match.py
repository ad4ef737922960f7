"""Matching as pairing: click a left item, then its right item. The two lists are one grid,
a row per number and letter whose cells wrap together, so a wrapped item never sits beside
another row's counterpart (each item's own wrapped lines hang under its text).
``backspace`` undoes the last pair and ``enter`` (or Submit) sends the pairs as ``1-b, 2-a``,
the form the grader reads, when the board has the focus. Keys are never picks: the chat input
keeps the focus, and typing ``1-b, 2-a`` there (at any speed) and pressing Enter is the
keyboard's way.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.widgets import Button, Static

from quizbot.tui.hanging import Hanging
from quizbot.tui.verbatim import join, verbatim
from quizbot.tui.widgets.choices import Answer, TypeInstead


class MatchCell(Static):
    """One item of either column; clicking it picks it."""

    def __init__(self, side: str, index: int, key: str, text: str) -> None:
        super().__init__(markup=False, classes=f"item -{side}")
        self.side = side
        self.index = index
        self.key = key
        self.text = text

    def show(self, partner: str | None = None) -> None:
        text = verbatim(self.text)
        if partner is not None:
            text = join(text, (f"  → {partner}", "bold $success"))
        self.update(Hanging(join((f"{self.key} ", "bold $accent")), text))

    def on_mount(self) -> None:
        self.show()

    def on_click(self, event: events.Click) -> None:
        event.stop()
        board = next((a for a in self.ancestors if isinstance(a, MatchBoard)), None)
        if board is not None and not board.disabled:
            board.focus()
            board.pick(self.side, self.index)


class MatchBoard(Vertical, can_focus=True):
    """Two columns to pair up."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("backspace", "unpair", "Undo pair", show=False),
        Binding("enter", "submit", "Answer", show=False),
    ]

    def __init__(self, lefts: list[str], rights: list[str]) -> None:
        super().__init__(classes="match")
        self.lefts = lefts
        self.rights = rights
        self.pairs: dict[int, int] = {}
        self.order: list[int] = []
        self.selected: int | None = None

    def compose(self) -> ComposeResult:
        with Grid(classes="columns"):
            for i in range(max(len(self.lefts), len(self.rights))):
                if i < len(self.lefts):
                    yield MatchCell("left", i, f"{i + 1}.", self.lefts[i])
                else:
                    yield Static(classes="item")
                if i < len(self.rights):
                    yield MatchCell("right", i, f"{chr(ord('a') + i)})", self.rights[i])
                else:
                    yield Static(classes="item")
        with Horizontal(classes="match-foot"):
            yield Static(markup=False, classes="match-status")
            submit = Button("Submit ⏎", compact=True, classes="submit")
            submit.can_focus = False
            yield submit

    def on_mount(self) -> None:
        self._refresh()

    def on_key(self, event: events.Key) -> None:
        """Every printable key belongs to the input."""
        if self.disabled or not event.is_printable or not event.character:
            return
        event.stop()
        event.prevent_default()
        self.post_message(TypeInstead(event.character))

    def pick(self, side: str, index: int) -> None:
        if side == "left":
            self.selected = index
        else:
            left = self.selected
            if left is None:
                left = next((i for i in range(len(self.lefts)) if i not in self.pairs), None)
            if left is None:
                self.app.bell()
                return
            for other, right in list(self.pairs.items()):
                if right == index:
                    del self.pairs[other]
                    self.order.remove(other)
            if left in self.pairs:
                self.order.remove(left)
            self.pairs[left] = index
            self.order.append(left)
            self.selected = None
        self._refresh()

    def action_unpair(self) -> None:
        if self.order:
            del self.pairs[self.order.pop()]
            self._refresh()

    def action_submit(self) -> None:
        if len(self.pairs) < len(self.lefts):
            self.notify(
                "Pair every item first (or type your answer below).", severity="warning", timeout=3
            )
            return
        self.post_message(Answer(self.answer()))

    def answer(self) -> str:
        return ", ".join(
            f"{left + 1}-{chr(ord('a') + right)}" for left, right in sorted(self.pairs.items())
        )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_submit()

    def _refresh(self) -> None:
        for item in self.query(MatchCell):
            if item.side == "left":
                right = self.pairs.get(item.index)
                item.show(None if right is None else chr(ord("a") + right))
                item.set_class(item.index == self.selected, "-cursor")
            else:
                item.set_class(item.index in self.pairs.values(), "-paired")
        if self.selected is not None:
            status = f"{self.selected + 1} → which letter?"
        elif self.pairs:
            status = self.answer()
        else:
            status = "click a number, then its letter"
        self.query_one(".match-status", Static).update(join((status, "dim")))
