"""One mock-test item drawn in exam style, the chosen option highlighted (:func:`item_text`).

Every numbered or lettered part hangs: its wrapped lines start under its text, never at the
left edge or under its number, at any width (the lead under ``12.``, a statement under
``1.``, the Assertion under ``Assertion (A):``, an option under ``(b)``). List-I and List-II
are one table, a row per letter and number, so a long entry wraps within its own row and
never beside another row's entry.
"""

from __future__ import annotations

import io
import re

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from quizbot.exam.items import LETTERS, ExamItem
from quizbot.visible import visible

#: The labels the paper builder puts before a line (:mod:`quizbot.exam.build`,
#: :mod:`quizbot.exam.assertion_reason`): ``1. ``, ``Assertion (A): ``, ``Reason (R): ``.
_LINE_LABEL = re.compile(r"^(?:\d+\.|Assertion \(A\):|Reason \(R\):) ")

#: The left margin of everything under the lead.
MARGIN = 2


def hanging(label: Text, text: Text, margin: int = 0) -> Table:
    """``label`` then ``text``, the wrapped lines of ``text`` under its first character."""
    grid = Table.grid(expand=True)
    grid.add_column(no_wrap=True, width=margin + label.cell_len)
    grid.add_column(ratio=1, overflow="fold")
    grid.add_row(Text(" " * margin) + label, text)  # styles as spans: the padding stays plain
    return grid


#: What a report line (the analysis, the notebook) starts with: its indent and a marker.
_REPORT_LABEL = re.compile(
    r"^ *(?:(?:\d+\.|[A-D]\.|\([a-d]\)|Assertion \(A\):|Reason \(R\):|[-•*]) )?"
)


def report_line(line: str, style: str = "") -> RenderableType:
    """One line of a report (the analysis, the error notebook), its wrapped lines under its
    text: past its indent and its marker (``1.``, ``(b)``, ``-``), if it has any."""
    shown = visible(line)
    found = _REPORT_LABEL.match(shown)
    cut = found.end() if found else 0
    if cut == 0:
        return Text.assemble((shown, style))
    return hanging(Text.assemble((shown[:cut], style)), Text.assemble((shown[cut:], style)))


def _line(line: str) -> Table:
    shown = visible(line)
    found = _LINE_LABEL.match(shown)
    cut = found.end() if found else 0
    return hanging(Text(shown[:cut]), Text(shown[cut:]), MARGIN)


def _lists(item: ExamItem) -> Padding:
    """List-I against List-II, a row per pair of entries, each entry hanging under its text."""
    table = Table.grid(expand=True, padding=(0, 0, 0, 3))  # 3 spaces between the lists
    table.add_column(ratio=1)
    table.add_column(ratio=1)
    heading = "bold underline"
    table.add_row(Text.assemble(("List-I", heading)), Text.assemble(("List-II", heading)))
    for n, (left, right) in enumerate(zip(item.list_one, item.list_two, strict=True)):
        table.add_row(
            hanging(Text(f"{chr(65 + n)}. "), Text(visible(left))),
            hanging(Text(f"{n + 1}. "), Text(visible(right))),
        )
    return Padding(table, (0, 0, 0, MARGIN))


def item_text(item: ExamItem, number: int, choice: int | None) -> Group:
    """An item in exam style; the chosen option highlighted. Author text stays verbatim: a
    Rich ``Text`` never parses markup, and :func:`visible` shows control characters as
    escapes, the rule every screen follows (see :mod:`quizbot.tui.verbatim`)."""
    parts: list[RenderableType] = [
        hanging(Text.assemble((f"{number}. ", "bold")), Text.assemble((visible(item.lead), "bold")))
    ]
    parts += [_line(line) for line in item.lines]
    if item.list_one:
        parts.append(_lists(item))
    if item.ask:
        parts.append(Text.assemble((visible(item.ask), "italic")))
    for n, option in enumerate(item.options):
        style = "reverse bold" if n == choice else ""
        parts.append(
            hanging(
                Text.assemble((f"({LETTERS[n]}) ", style)),
                Text.assemble((visible(option), style)),
                MARGIN,
            )
        )
    return Group(*parts)


def plain(renderable: RenderableType, width: int = 80) -> str:
    """What ``renderable`` shows at ``width`` columns, as plain text (for tests)."""
    console = Console(width=width, file=io.StringIO(), color_system=None)
    with console.capture() as captured:
        console.print(renderable)
    return captured.get()
