"""Author and learner text, shown verbatim: never markup, never terminal escape codes.

Everything the app displays that came from a question file, the notes or the learner goes
through :func:`verbatim`, which turns the text into a :class:`~textual.content.Content` with
no markup parsing and control characters shown as visible escapes (``\\x1b`` stays readable
instead of colouring the screen or vanishing). Styles are only ever added by the app.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from textual.content import Content

from quizbot.visible import visible
from quizbot.words import plural

__all__ = ["join", "plural", "until", "verbatim", "visible"]


def verbatim(text: str, style: str = "") -> Content:
    """``text`` as content, exactly as written, in ``style`` (an app style, never the text's)."""
    content = Content(visible(text))
    return content.stylize(style) if style and content else content


def join(*parts: Content | str | tuple[str, str]) -> Content:
    """Assemble app labels (plain ``str``), styled labels ``(text, style)`` and content.

    Plain strings and tuples here are the app's own words; author text must already be
    :func:`verbatim` content.
    """
    return Content.assemble(*parts)


def until(when: datetime, now: datetime) -> str:
    """How long until ``when``, in words: "in 10 min", "in 3 h", "in 4 days", "now"."""
    gap = when - now
    if gap <= timedelta(seconds=30):
        return "now"
    if gap < timedelta(hours=1):
        return f"in {max(1, round(gap / timedelta(minutes=1)))} min"
    if gap < timedelta(days=1):
        return f"in {round(gap / timedelta(hours=1))} h"
    return f"in {plural(round(gap / timedelta(days=1)), 'day')}"
