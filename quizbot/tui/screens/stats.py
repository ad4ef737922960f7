"""The stats screen (``ctrl+s`` or ``/stats``): today, retention, and three charts.

* due per day for the next two weeks (or until the exam): :func:`quizbot.study.forecast`;
* answers per day over the last 30 days, from the review log (a sparkline);
* retention over 30 days, and mastery per topic and its sub-topics as bars (the share of
  the topic's questions you would recall now; new and still-being-learned ones count 0).

The figures are gathered in a worker thread from the progress database (its own short-lived
connection: SQLite's WAL lets it read while the tutor writes), so the screen opens at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import LoadingIndicator, Sparkline, Static

from quizbot.bank import Bank
from quizbot.tui.verbatim import join, plural
from quizbot.tui.widgets.plots import column_chart, mastery_rows, meter, percent

HISTORY_DAYS = 30


@dataclass(frozen=True)
class StatsData:
    """Everything the screen draws."""

    figures: dict[str, Any]
    forecast: list[tuple[date, int]]
    #: Answers per study day, oldest first, ending today.
    history: list[int]
    exam: date | None = None


def gather(bank: Bank, data_dir: Path, now: datetime) -> StatsData:
    """Read the figures from the progress database in ``data_dir`` (slow: call in a thread)."""
    from quizbot.study import Store, compute_stats, forecast
    from quizbot.study.timing import Calendar

    with Store.open(data_dir, now) as store:
        figures = compute_stats(store, bank, now)
        days = forecast(store, bank, now)
        settings = store.settings()
        calendar = Calendar(None, settings.day_start_hour)
        today = calendar.day(now)
        history = []
        for back in range(HISTORY_DAYS - 1, -1, -1):
            day = today - timedelta(days=back)
            history.append(
                store.count_reviews(calendar.start(day), calendar.start(day + timedelta(days=1)))
            )
    return StatsData(figures, days, history, settings.exam_date)


class StatsScreen(ModalScreen[None]):
    """Progress at a glance; ``escape`` or ``q`` goes back to the chat."""

    CSS_PATH = "modal.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,ctrl+s", "close", "Back to the chat"),
    ]

    def __init__(self, bank: Bank, data_dir: Path, now: datetime) -> None:
        super().__init__()
        self.bank = bank
        self.data_dir = data_dir
        self.now = now

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="stats") as dialog:
            dialog.border_title = "Your progress"
            dialog.border_subtitle = "esc to go back"
            yield LoadingIndicator()

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def load(self) -> None:
        try:
            data = gather(self.bank, self.data_dir, self.now)
        except Exception as error:  # noqa: BLE001 - a locked or damaged database: say so
            self.app.call_from_thread(self.show_error, str(error))
            return
        self.app.call_from_thread(self.show, data)  # type: ignore[arg-type]

    def show_error(self, message: str) -> None:
        self.query_one(LoadingIndicator).remove()
        self.query_one("#stats").mount(
            Static(join(("Cannot read your progress: ", "$error"), message), markup=False)
        )

    async def show(self, data: StatsData) -> None:
        figures = data.figures
        streak = int(figures["streak_days"])
        today = join(
            ("Today      ", "bold $secondary"),
            f"{figures['reviews_today']} answered · {figures['due_now']} due now "
            f"({figures['due_today']} today) · {figures['new_left_today']} new left\n",
            ("Streak     ", "bold $secondary"),
            plural(streak, "day"),
        )
        retention = figures["retention_30d"]
        kept = join(
            ("Retention  ", "bold $secondary"),
            meter(retention, 20),
            " ",
            (percent(retention), "bold"),
            ("  recalled, last 30 days", "dim"),
        )
        title = (
            f"Due per day until the exam on {data.exam.isoformat()}"
            if data.exam
            else "Due per day, next two weeks"
        )
        counts = [count for _, count in data.forecast][:14]
        labels = [day.strftime("%a")[:2] for day, _ in data.forecast][:14]
        history_total = sum(data.history)
        widgets = [
            Static(today, markup=False),
            Static(kept, markup=False),
            Static(Content.styled(title, "bold $secondary"), classes="heading", markup=False),
            Static(column_chart(counts, labels, height=4, width=4), markup=False, classes="chart"),
            Static(
                join(
                    ("Answers per day, last 30 days", "bold $secondary"),
                    (f"  {history_total} in all · {max(data.history)} at most", "dim"),
                ),
                classes="heading",
                markup=False,
            ),
            Sparkline(data.history, summary_function=max, classes="history"),
            Static(
                Content.styled(
                    "Mastery by topic: the share of its questions you would recall now "
                    "(new and still-being-learned ones count 0)",
                    "bold $secondary",
                ),
                classes="heading",
                markup=False,
            ),
            Static(mastery_rows(figures["topics"], width=12, name_width=28), markup=False),
        ]
        if figures["leeches"]:
            widgets.append(
                Static(
                    Content.styled(
                        f"{plural(len(figures['leeches']), 'leech')} suspended "
                        "(forgotten too often): see `quizbot stats`",
                        "$warning",
                    ),
                    markup=False,
                )
            )
        container = self.query_one("#stats")
        await self.query_one(LoadingIndicator).remove()
        await container.mount_all(widgets)

    def action_close(self) -> None:
        self.dismiss(None)
