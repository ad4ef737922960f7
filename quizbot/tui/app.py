"""The Textual app. Until the chat lands it shows the bank: topics and question counts.

Built by :func:`create_app`, which takes every path as an argument so tests run it on
temporary directories. The bank loads in a worker thread; the screen never freezes.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import DataTable, Footer, Header, LoadingIndicator, Static

from quizbot.bank import TOPIC_SEPARATOR, Bank, load_bank


class BankScreenApp(App[int]):
    """Lists the bank's topics with their question counts."""

    CSS_PATH = "app.tcss"
    TITLE = "quizbot"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("ctrl+q", "quit", "Quit", show=False),
    ]

    def __init__(self, bank_paths: list[str], data_dir: Path, cache_dir: Path | None) -> None:
        super().__init__()
        self.bank_paths = bank_paths
        self.data_dir = data_dir
        self.cache_dir = cache_dir
        self.bank: Bank | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="body"):
            yield Static(Text("Loading the question bank…"), id="summary")
            yield LoadingIndicator()
            yield DataTable(id="topics", cursor_type="row", zebra_stripes=True)
            yield Static(Text(""), id="detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#topics", DataTable)
        table.add_columns(Text("Topic"), Text("Questions", justify="right"))
        table.display = False
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        bank = load_bank(self.bank_paths, strict=False, cache_dir=self.cache_dir)
        self.call_from_thread(self.show_bank, bank)

    def show_bank(self, bank: Bank) -> None:
        self.bank = bank
        self.query_one(LoadingIndicator).display = False
        topics = bank.topics()
        self.sub_title = f"{len(bank)} questions · {len(topics)} topics"
        summary = Text(f"Your question bank: {len(bank)} questions in {len(topics)} topics.")
        if bank.errors:
            summary.append(f"\n{len(bank.errors)} problems: run `quizbot check` to see them.",
                           style="bold red")
        self.query_one("#summary", Static).update(summary)
        table = self.query_one("#topics", DataTable)
        for path, depth, count in bank.topic_tree():
            name = path.split(TOPIC_SEPARATOR)[-1] or "(no topic)"
            table.add_row(Text("  " * depth + name, style="bold" if depth == 0 else ""),
                          Text(str(count), justify="right"), key=path)
        table.display = True
        table.focus()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if self.bank is None or event.row_key.value is None:
            return
        topic = event.row_key.value
        types = Counter(q.type for q in self.bank.in_topic(topic))
        detail = " · ".join(f"{name} {n}" for name, n in types.most_common())
        self.query_one("#detail", Static).update(Text(f"{topic}\nQuestion types: {detail}"))


def create_app(bank_paths: list[str], data_dir: Path, cache_dir: Path | None = None
               ) -> BankScreenApp:
    """The app for ``bank_paths``, keeping progress in ``data_dir``."""
    return BankScreenApp(bank_paths, data_dir, cache_dir)
