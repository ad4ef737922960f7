"""A finished mock test and the analysis aspirants rely on.

:class:`ExamResult` holds every item with the learner's choice, confidence mark, review mark,
time spent and marks; its methods give the figures:

* the score (exact :class:`~decimal.Decimal`), out of ``questions × marks for correct``;
  correct / wrong / unattempted; accuracy (correct of attempted);
* accuracy by topic; time per question (mean, and the slowest items);
* the confidence analysis: for each mark (sure, 50:50, guess, none) how many were answered,
  right and wrong and the net marks they earned; *overconfident misses* (sure but wrong);
  *lucky guesses* (guess but right); and whether guessing paid under negative marking (the
  net marks from guesses, above 0 or not).

:func:`mistake_kinds` names what went wrong with an item, for the error notebook.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from quizbot.exam.items import LETTERS, ExamItem
from quizbot.exam.scoring import MarkingScheme, fmt
from quizbot.words import plural

#: Confidence levels as analysed ("none": answered without a mark).
LEVELS = ("sure", "50:50", "guess", "none")


@dataclass(frozen=True)
class ItemResult:
    """One item of a finished test."""

    number: int
    item: ExamItem
    choice: int | None
    confidence: str | None
    marked: bool
    visited: bool
    spent: timedelta
    #: "correct", "wrong" or "unattempted".
    outcome: str
    marks: Decimal

    @property
    def response(self) -> str:
        """The chosen option as printed (``(b) 2 only``), or ``""``."""
        if self.choice is None:
            return ""
        return f"({LETTERS[self.choice]}) {self.item.options[self.choice]}"


def mistake_kinds(result: ItemResult) -> tuple[str, ...]:
    """What the error notebook files an item under (empty: nothing to learn from).

    ``wrong`` or ``unattempted``; plus ``overconfident`` (sure but wrong), ``guessed`` (a
    guess that was wrong), ``not-reached`` (blank and never opened) and ``lucky`` (a guess
    that happened to be right: the fact is still not known).
    """
    kinds: list[str] = []
    if result.outcome == "wrong":
        kinds.append("wrong")
        if result.confidence == "sure":
            kinds.append("overconfident")
        elif result.confidence == "guess":
            kinds.append("guessed")
    elif result.outcome == "unattempted":
        kinds.append("unattempted")
        if not result.visited:
            kinds.append("not-reached")
    elif result.confidence == "guess":
        kinds.append("lucky")
    return tuple(kinds)


@dataclass(frozen=True)
class Tally:
    """Counts and net marks for a group of items (a topic, a confidence level)."""

    name: str
    questions: int
    correct: int
    wrong: int
    unattempted: int
    marks: Decimal

    @property
    def attempted(self) -> int:
        return self.correct + self.wrong

    @property
    def accuracy(self) -> float | None:
        """Correct of attempted (``None`` when nothing was attempted)."""
        return self.correct / self.attempted if self.attempted else None


def _tally(name: str, items: list[ItemResult]) -> Tally:
    return Tally(
        name,
        len(items),
        sum(i.outcome == "correct" for i in items),
        sum(i.outcome == "wrong" for i in items),
        sum(i.outcome == "unattempted" for i in items),
        sum((i.marks for i in items), Decimal(0)),
    )


@dataclass(frozen=True)
class ExamResult:
    """A submitted mock test."""

    items: tuple[ItemResult, ...]
    scheme: MarkingScheme
    started: datetime
    finished: datetime
    timed_out: bool = False
    topic: str | None = None
    seed: int = 0

    @property
    def total(self) -> Tally:
        return _tally("total", list(self.items))

    @property
    def score(self) -> Decimal:
        t = self.total
        return self.scheme.score(t.correct, t.wrong, t.unattempted)

    @property
    def max_score(self) -> Decimal:
        return self.scheme.max_score(len(self.items))

    def score_line(self) -> str:
        """``score: 7.34 of 50.00 (correct 5, wrong 3, unattempted 17)``."""
        t = self.total
        return (
            f"score: {fmt(self.score)} of {fmt(self.max_score)} (correct {t.correct}, "
            f"wrong {t.wrong}, unattempted {t.unattempted})"
        )

    def by_topic(self) -> list[Tally]:
        """One tally per topic, in the order topics first appear."""
        groups: dict[str, list[ItemResult]] = {}
        for item in self.items:
            groups.setdefault(item.item.topic, []).append(item)
        return [_tally(topic, items) for topic, items in groups.items()]

    def by_confidence(self) -> list[Tally]:
        """One tally per confidence level (sure, 50:50, guess, none), answered items only."""
        return [
            _tally(
                level,
                [
                    i
                    for i in self.items
                    if i.choice is not None and (i.confidence or "none") == level
                ],
            )
            for level in LEVELS
        ]

    def overconfident(self) -> list[ItemResult]:
        """Sure, but wrong."""
        return [i for i in self.items if i.confidence == "sure" and i.outcome == "wrong"]

    def lucky(self) -> list[ItemResult]:
        """A guess, but right."""
        return [i for i in self.items if i.confidence == "guess" and i.outcome == "correct"]

    def guess_marks(self) -> Decimal:
        """Net marks from answers marked as guesses (above 0: guessing paid)."""
        return sum(
            (i.marks for i in self.items if i.confidence == "guess" and i.choice is not None),
            Decimal(0),
        )

    @property
    def time_used(self) -> timedelta:
        return self.finished - self.started

    def mean_time(self) -> timedelta:
        """Mean time per attempted item (all items when none was attempted)."""
        pool = [i for i in self.items if i.choice is not None] or list(self.items)
        total = sum((i.spent for i in pool), timedelta(0))
        return total / len(pool)

    def slowest(self, n: int = 3) -> list[ItemResult]:
        return sorted(self.items, key=lambda i: (-i.spent, i.number))[:n]


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"


def _secs(span: timedelta) -> str:
    seconds = round(span.total_seconds())
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else f"{seconds} s"


def _signed(value: Decimal) -> str:
    text = fmt(value)
    return text if text.startswith("-") or text == "0.00" else "+" + text


def render_analysis(result: ExamResult) -> list[str]:
    """The analysis as plain lines (the score line itself is left to the caller)."""
    t = result.total
    lines = [
        f"{'Time ran out: submitted' if result.timed_out else 'Submitted'} after "
        f"{_secs(result.time_used)} · {result.scheme.name} marking: {result.scheme.describe()}",
        f"attempted {t.attempted} of {t.questions} · accuracy {_pct(t.accuracy)} · "
        f"net {fmt(result.score)} of {fmt(result.max_score)}",
        "",
        "by topic:",
    ]
    for row in result.by_topic():
        lines.append(
            f"  {row.name or '(no topic)'}: {row.correct}/{row.questions} correct, "
            f"{row.wrong} wrong, {row.unattempted} blank · accuracy "
            f"{_pct(row.accuracy)} · {_signed(row.marks)}"
        )
    lines += [
        "",
        f"time: {_secs(result.mean_time())} a question on average; slowest "
        + ", ".join(f"Q{i.number} ({_secs(i.spent)})" for i in result.slowest()),
    ]
    lines += ["", "confidence:"]
    for row in result.by_confidence():
        if row.questions:
            lines.append(
                f"  {row.name}: {row.questions} answered, {row.correct} right, "
                f"{row.wrong} wrong · accuracy {_pct(row.accuracy)} · "
                f"{_signed(row.marks)}"
            )
    over, lucky = result.overconfident(), result.lucky()
    lines.append(
        f"  overconfident misses (sure but wrong): {len(over)}"
        + (" — " + ", ".join(f"Q{i.number}" for i in over) if over else "")
    )
    lines.append(
        f"  lucky guesses (guess but right): {len(lucky)}"
        + (" — " + ", ".join(f"Q{i.number}" for i in lucky) if lucky else "")
    )
    guesses = [i for i in result.items if i.confidence == "guess" and i.choice is not None]
    if guesses:
        net = result.guess_marks()
        verdict = (
            "guessing paid"
            if net > 0
            else "guessing did not pay"
            if net < 0
            else ("guessing broke even")
        )
        lines.append(f"  {verdict}: {_signed(net)} from {plural(len(guesses), 'guess', 'guesses')}")
    else:
        lines.append("  no answers marked as guesses")
    lines.append(
        f"  a blind guess among four is worth "
        f"{_signed(result.scheme.blind_guess_value())} on average here; "
        f"a 50:50 one {_signed(result.scheme.blind_guess_value(2))}"
    )
    return lines


def render_answers(result: ExamResult) -> list[str]:
    """Every answer against the key, one line an item."""
    lines = ["answers:"]
    for r in result.items:
        mark = {"correct": "✓", "wrong": "✗", "unattempted": "–"}[r.outcome]
        yours = f"({LETTERS[r.choice]})" if r.choice is not None else "blank"
        conf = f" [{r.confidence}]" if r.confidence else ""
        lines.append(f"  Q{r.number} {mark} yours {yours}{conf} · key {r.item.answer}")
    return lines


def render_result(result: ExamResult) -> list[str]:
    """The whole result as plain lines: the answers, the analysis and, last, the score line
    (what is printed when the result cannot be stored, so that nothing is lost)."""
    return [*render_answers(result), "", *render_analysis(result), result.score_line()]
