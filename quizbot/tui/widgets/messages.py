"""Chat messages: what the tutor says (one bubble per reply) and what the learner typed.

Each ``*_content`` function turns one reply into :class:`~textual.content.Content`; author
and learner text goes through :func:`quizbot.tui.verbatim.verbatim`, so ``[/]``, ``[b]``,
``$var`` and escape codes are shown as written. Styles use theme variables only, so every
theme keeps the calm look.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from quizbot.bank import TOPIC_SEPARATOR
from quizbot.tui.verbatim import join, plural, until, verbatim

if TYPE_CHECKING:
    from quizbot.tutor.replies import Done, Explain, Feedback, Hint, Lookup, Passage, Say, Stats

_RATING_STYLE = {"again": "$error", "hard": "$warning", "good": "$success", "easy": "$accent"}


class Bubble(Static):
    """One message in the chat log (``bot`` or ``learner``, plus a kind class)."""

    def __init__(self, content: Content, *classes: str) -> None:
        super().__init__(content, classes=" ".join(("bubble", *classes)), markup=False)


def learner_message(text: str) -> Bubble:
    """What the learner sent, verbatim, on the right: one full-width widget with its text
    aligned right and shaded (a row container around an auto-width bubble would double the
    widgets a long chat lays out on every answer)."""
    return Bubble(verbatim(f" {text} ").stylize("on $boost"), "learner")


class BotMessage(Bubble):
    """Something the tutor said."""

    def __init__(self, content: Content, *classes: str) -> None:
        super().__init__(content, "bot", *classes)


def say_content(reply: Say) -> Content:
    return verbatim(reply.text)


def feedback_mood(reply: Feedback) -> str:
    """The feedback's class: ``-right``, ``-wrong`` or ``-skipped``."""
    verdict = reply.verdict
    return "-skipped" if verdict is None else "-right" if verdict.correct else "-wrong"


def verdict_line(reply: Feedback) -> Content:
    """The feedback's first line: ✓ or ✗ (or ↷ skipped) and the correct answer."""
    verdict = reply.verdict
    if verdict is None:
        return join(
            ("↷ Skipped", "bold $warning"), "  The answer: ", verbatim(reply.answer, "bold")
        )
    if verdict.correct:
        label = "✓ Right" if verdict.kind in ("exact", "alias") else "✓ Accepted"
        return join((label, "bold $success"), "  ", verbatim(reply.answer, "bold"))
    label = "✗ Partly" if verdict.kind == "partial" else "✗ Not quite"
    return join((label, "bold $error"), "  The answer: ", verbatim(reply.answer, "bold"))


def feedback_content(reply: Feedback, now: datetime) -> Content:
    """✓ or ✗, the correct answer, what the grader noticed, the explanation, when it returns."""
    verdict = reply.verdict
    lines = [verdict_line(reply)]
    if verdict is not None and verdict.note:  # what was noticed; the answer is shown above
        lines.append(verbatim(verdict.note, "italic"))
    if reply.explanation:
        lines.append(verbatim(reply.explanation, "$text-muted"))
    tail: list[str | tuple[str, str]] = [
        ("rated ", "dim"),
        (reply.rating, f"bold {_RATING_STYLE.get(reply.rating, '')}"),
        (" · ", "dim"),
        (reply.comes_back, "dim"),
    ]
    if reply.hints:
        tail.append((f" · {plural(reply.hints, 'hint')} used", "dim"))
    if reply.leech:
        tail.append((" · suspended: forgotten too often", "$warning"))
    if verdict is None:  # skipped: nothing to accept or re-rate, only to take back
        tail.append(("   (/undo to answer it after all)", "dim"))
    elif verdict.correct:
        tail.append(("   (/1–/4 to re-rate, /undo to take it back)", "dim"))
    else:
        tail.append(
            ("   (/right if you were right, /1–/4 to re-rate, /undo to take it back)", "dim")
        )
    lines.append(join(*tail))
    return Content("\n").join(lines)


def hint_content(reply: Hint) -> Content:
    lines = [join((f"Hint {reply.level}", "bold $accent"), "  ", verbatim(reply.text))]
    if reply.eliminated:
        struck = [verbatim(option, "strike $text-muted") for option in reply.eliminated]
        lines.append(join(("Not: ", "dim"), Content(", ").join(struck)))
    if reply.last:
        lines.append(Content.styled("That is the last hint: /skip shows the answer.", "dim"))
    return Content("\n").join(lines)


def heading_path(headings: tuple[str, ...]) -> Content:
    return verbatim(TOPIC_SEPARATOR.join(headings), "bold $secondary")


def passage_content(passage: Passage) -> Content:
    lines = [heading_path(passage.headings)] if passage.headings else []
    lines.append(verbatim(passage.text))
    if passage.file:
        lines.append(verbatim(passage.location, "dim"))
    return Content("\n").join(lines)


def explain_content(reply: Explain) -> Content:
    lines = [
        join(
            ("Why", "bold $accent"),
            "  ",
            verbatim(reply.explanation or "No explanation is written for this question."),
        )
    ]
    lines += [passage_content(p) for p in reply.passages]
    return Content("\n").join(lines)


def lookup_content(reply: Lookup) -> Content:
    if not reply.passages:
        lines = [join(("Not in my notes", "bold $warning"), ": ", verbatim(reply.query))]
        if reply.suggestions:
            lines.append(
                join(
                    ("Did you mean: ", "dim"),
                    Content(", ").join(verbatim(s, "$accent") for s in reply.suggestions),
                )
            )
        return Content("\n").join(lines)
    lines = [join(("From your notes", "bold $accent"), ("  ·  ", "dim"), verbatim(reply.query))]
    lines += [passage_content(p) for p in reply.passages]
    return Content("\n").join(lines)


def stats_content(reply: Stats) -> Content:
    figures = reply.figures
    retention = figures.get("retention_30d")
    kept = "–" if retention is None else f"{retention * 100:.0f}%"
    return join(
        ("Today", "bold $accent"),
        f"  {figures.get('reviews_today', 0)} answered · "
        f"{figures.get('due_now', 0)} due now · "
        f"{figures.get('new_left_today', 0)} new left · "
        f"streak {plural(int(figures.get('streak_days', 0)), 'day')} · "
        f"retention {kept}  ",
        ("(ctrl+s: charts)", "dim"),
    )


def done_content(reply: Done, now: datetime) -> Content:
    text = f"That's all for now: {plural(reply.answered, 'question')} answered this session."
    if reply.no_new:
        text += f" {reply.no_new}"
    if reply.comes_back is not None:
        text += (
            f" A question you are still learning comes back {until(reply.comes_back, now)}:"
            " I will ask it then."
        )
    return join(
        ("✓ ", "bold $success"),
        text,
        ("\nPick another topic with ctrl+t, or rest: ctrl+q saves and quits.", "dim"),
    )
