"""Small charts drawn with block characters: vertical bars per day, horizontal meters.

Pure functions from numbers to :class:`~textual.content.Content`, so they render the same in
every terminal that has the Unicode block elements, and tests can read them as text.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content

from quizbot.tui.verbatim import join, verbatim

_EIGHTHS = " ▁▂▃▄▅▆▇█"


def column_chart(
    values: Sequence[int],
    labels: Sequence[str],
    *,
    height: int = 5,
    width: int = 3,
    style: str = "$accent",
) -> Content:
    """Vertical bars, one per value, ``height`` rows tall, labelled underneath.

    Every bar is ``width`` cells wide; the value is printed on top of the tallest bar.
    """
    if not values:
        return Content.styled("nothing to show yet", "dim")
    top = max(values) or 1
    rows: list[Content] = []
    for row in range(height, 0, -1):
        cells: list[str | tuple[str, str]] = []
        for value in values:
            eighths = round(value / top * height * 8)
            filled = min(8, max(0, eighths - (row - 1) * 8))
            if value and row == 1 and filled == 0:
                filled = 1
            cells.append((_EIGHTHS[filled] * (width - 1), style))
            cells.append(" ")
        rows.append(join(*cells))
    numbers = "".join(
        f"{v:<{width}}"[:width] if v < 10 ** (width - 1) else "+".ljust(width) for v in values
    )
    names = "".join(f"{label:<{width}}"[:width] for label in labels)
    rows.append(Content.styled(numbers, "dim"))
    rows.append(Content.styled(names, "dim"))
    return Content("\n").join(rows)


def meter(fraction: float | None, width: int = 20, style: str = "$success") -> Content:
    """A horizontal bar ``width`` cells long filled to ``fraction`` (0–1), in eighths."""
    if fraction is None:
        return Content.styled("·" * width, "dim")
    fraction = min(1.0, max(0.0, fraction))
    eighths = round(fraction * width * 8)
    full, part = divmod(eighths, 8)
    bar = "█" * full + ("▏▎▍▌▋▊▉"[part - 1] if part else "")
    return join((bar, style), ("·" * (width - len(bar)), "dim"))


def percent(fraction: float | None) -> str:
    return "–" if fraction is None else f"{fraction * 100:.0f}%"


def mastery_rows(
    topics: dict[str, dict[str, object]], width: int = 16, name_width: int = 30
) -> Content:
    """One line per topic (with its sub-topics): its last heading indented by depth, a meter
    and the mastery figure (see :func:`quizbot.study.stats.topic_figures`), seen/total."""
    lines: list[Content] = []
    for topic, entry in topics.items():
        parts = topic.split(" › ") if topic else ["(no topic)"]
        name = "  " * (len(parts) - 1) + parts[-1]
        if len(name) > name_width:
            name = name[: name_width - 1] + "…"
        recall = entry.get("mastery")
        fraction = float(recall) if isinstance(recall, int | float) else None
        lines.append(
            join(
                verbatim(name.ljust(name_width)),
                " ",
                meter(fraction, width),
                " ",
                (f"{percent(fraction):>4}", "bold"),
                (f"  {entry.get('seen', 0)}/{entry.get('questions', 0)} seen", "dim"),
            )
        )
    return Content("\n").join(lines) if lines else Content.styled("no topics", "dim")
