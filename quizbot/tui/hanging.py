"""Text with a hanging indent: a label (``a``, ``☐ 1``, ``2.``) and text whose wrapped lines
line up under the text, not under the label.

:class:`Hanging` is a Textual :class:`~textual.visual.Visual`, so a ``Static`` shows it and
sizes itself to it like any content; the label and the text are
:class:`~textual.content.Content` (author text already made :func:`~quizbot.tui.verbatim.verbatim`).
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class Hanging(Visual):
    """``label`` then ``text``; every line of ``text`` after the first starts under its first
    character. ``text`` itself may hold several lines."""

    def __init__(self, label: Content, text: Content) -> None:
        self.label = label
        self.text = text

    @property
    def plain(self) -> str:
        """The text as one string (label then text), for tests and summaries."""
        return self.label.plain + self.text.plain

    def __str__(self) -> str:
        return self.plain

    def _indent(self, width: int) -> int:
        """The label's width, unless the column is too narrow to hang anything under it."""
        indent = self.label.cell_length
        return indent if width - indent >= 8 else 0

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.label.cell_length + self.text.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.label.cell_length + self.text.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        indent = self._indent(width)
        if not indent:
            return (self.label + self.text).get_height(rules, width)
        return max(1, self.text.get_height(rules, width - indent))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        indent = self._indent(width)
        if not indent:
            return (self.label + self.text).render_strips(width, height, style, options)
        body = self.text.render_strips(width - indent, height, style, options) or [
            Strip.blank(width - indent, style.rich_style)
        ]
        head = self.label.render_strips(indent, 1, style, options)
        first = head[0].adjust_cell_length(indent) if head else Strip.blank(indent)
        blank = Strip.blank(indent, style.rich_style)
        lines = [Strip.join([first if n == 0 else blank, line]) for n, line in enumerate(body)]
        return lines if height is None else lines[:height]
