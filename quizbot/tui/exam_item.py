"""One mock-test item drawn in exam style, the chosen option highlighted (:func:`item_text`)."""

from __future__ import annotations

from rich.text import Text

from quizbot.exam.items import LETTERS, ExamItem
from quizbot.visible import visible


def item_text(item: ExamItem, number: int, choice: int | None) -> Text:
    """An item in exam style; the chosen option highlighted. Author text stays verbatim: a
    Rich ``Text`` never parses markup, and :func:`visible` shows control characters as
    escapes, the rule every screen follows (see :mod:`quizbot.tui.verbatim`)."""
    text = Text()
    text.append(f"{number}. ", style="bold")
    text.append(visible(item.lead), style="bold")
    for line in item.lines:
        text.append(f"\n  {visible(line)}")
    if item.list_one:
        width = max(len("List-I"), *(len(x) + 3 for x in item.list_one))
        text.append(f"\n  {'List-I':<{width}}   List-II", style="bold underline")
        for n, (left, right) in enumerate(zip(item.list_one, item.list_two, strict=True)):
            shown = f"{chr(65 + n) + '. ' + visible(left):<{width}}   {n + 1}. {visible(right)}"
            text.append(f"\n  {shown}")
    if item.ask:
        text.append(f"\n{item.ask}", style="italic")
    for n, option in enumerate(item.options):
        text.append("\n")
        text.append(
            f"  ({LETTERS[n]}) {visible(option)}", style="reverse bold" if n == choice else ""
        )
    return text
