"""The results of a mock test, once it is handed in and stored: :class:`ResultsScreen` (the
score line, the analysis, every answer and the history of mocks; ``e`` opens
:class:`NotebookScreen`, this mock's mistakes; ``q`` / ``esc`` closes it, posting
:class:`ExamClosed` to the app). The paper itself is :mod:`quizbot.tui.exam`. Author text is
never markup: it goes into ``rich.text.Text`` verbatim, control characters made visible.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizbot.exam.analysis import ExamResult, mistake_kinds, render_analysis
from quizbot.exam.items import LETTERS
from quizbot.exam.notebook import Entry, render_entry
from quizbot.tui.exam_item import hanging, report_line
from quizbot.visible import visible


class ExamClosed(Message):
    """The learner closed the results of a mock (posted to the app)."""

    def __init__(self, result: ExamResult) -> None:
        super().__init__()
        self.result = result


class ResultsScreen(Screen[ExamResult]):
    """The score, the analysis, every answer and the history; ``e`` the mistakes."""

    DEFAULT_CSS = """
    ResultsScreen #score { height: auto; padding: 0 1; background: $primary; color: $text; }
    ResultsScreen #results-scroll { height: 1fr; padding: 0 1; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "mistakes", "Mistakes"),
        Binding("q,escape", "close", "Close"),
    ]

    def __init__(
        self,
        result: ExamResult,
        extra: list[str] | None = None,
        *,
        exam_id: int = 0,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__()
        self.result = result
        self.extra = list(extra or [])
        self.exam_id, self.tz = exam_id, tz  # exam_id 0: not saved

    def compose(self) -> ComposeResult:
        yield Static(Text(self.result.score_line(), style="bold"), id="score")
        with VerticalScroll(id="results-scroll"):
            yield Static(self._body(), id="analysis")
        yield Footer()

    def _body(self) -> Group:
        """The analysis, every answer and the history; wrapped lines stay under their text."""
        rows: list[RenderableType] = [report_line(line) for line in render_analysis(self.result)]
        rows += [Text(""), Text.assemble(("answers:", "bold"))]
        for r in self.result.items:
            mark, style = {
                "correct": ("✓", "green"),
                "wrong": ("✗", "red"),
                "unattempted": ("–", "dim"),
            }[r.outcome]
            yours = f"({LETTERS[r.choice]})" if r.choice is not None else "blank"
            confidence = f" [{r.confidence}]" if r.confidence else ""
            rows.append(
                hanging(
                    Text.assemble((f"  Q{r.number} {mark}", style), " "),
                    Text(
                        f"yours {yours}{confidence} · key ({LETTERS[r.item.key]}) · "
                        f"{visible(r.item.topic)}"
                    ),
                )
            )
        if self.extra:
            rows.append(Text(""))
            rows += [report_line(line) for line in "\n".join(self.extra).split("\n")]
        return Group(*rows)

    def action_mistakes(self) -> None:
        found = [
            Entry(self.exam_id, self.result.finished, r, kinds)
            for r in self.result.items
            if (kinds := mistake_kinds(r))
        ]
        self.app.push_screen(NotebookScreen(found, self.tz))

    def action_close(self) -> None:
        self.app.post_message(ExamClosed(self.result))
        self.dismiss(self.result)


class NotebookScreen(Screen[None]):
    """Missed questions with the answer, why, and where the fact comes from."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape", "close", "Back")]

    def __init__(self, found: list[Entry], tz: tzinfo | None = None) -> None:
        super().__init__()
        self.found, self.tz = found, tz

    def compose(self) -> ComposeResult:
        body = (
            "\n\n".join(render_entry(e, self.tz) for e in self.found) or "No mistakes in this mock."
        )
        with VerticalScroll():
            yield Static(Group(*map(report_line, body.split("\n"))), id="notebook")
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)
