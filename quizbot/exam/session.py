"""A mock test in progress: answers, confidence marks, review marks, navigation and the clock.

Nothing here reads the time: every action takes ``now``. The session starts at ``started``
and ends at ``deadline = started + scheme.time_limit(len(items))``. Any action at or after
the deadline submits the test first (at the deadline) and is then ignored; front ends call
:meth:`ExamSession.tick` on a timer so an idle learner is submitted too. No feedback is given
before :meth:`ExamSession.submit`, which returns the :class:`~quizbot.exam.analysis.ExamResult`.

Time per question is the time an item was the current one, summed over visits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from quizbot.exam.analysis import ExamResult, ItemResult
from quizbot.exam.items import LETTERS, ExamItem
from quizbot.exam.scoring import MarkingScheme

#: The confidence marks, most confident first.
CONFIDENCE = ("sure", "50:50", "guess")


class ExamError(Exception):
    """An exam action that cannot be done (the message says why)."""


@dataclass
class ItemState:
    """The learner's side of one item."""

    choice: int | None = None
    confidence: str | None = None
    marked: bool = False
    visited: bool = False
    spent: timedelta = timedelta(0)


def choice_index(choice: int | str) -> int:
    """``2``, ``"c"``, ``"(c)"`` or ``"C"`` → 2."""
    if isinstance(choice, int):
        index = choice
    else:
        text = choice.strip().strip("().").lower()
        if len(text) != 1 or text not in LETTERS:
            raise ExamError(f"answer with a letter a–d, not {choice!r}")
        index = LETTERS.index(text)
    if not 0 <= index < len(LETTERS):
        raise ExamError(f"there is no option {index + 1}")
    return index


class ExamSession:
    """One mock test; see the module docstring."""

    def __init__(
        self,
        items: list[ExamItem],
        scheme: MarkingScheme,
        started: datetime,
        *,
        topic: str | None = None,
        seed: int = 0,
    ) -> None:
        if not items:
            raise ExamError("there are no questions for this test")
        self.items = list(items)
        self.scheme, self.topic, self.seed = scheme, topic, seed
        self.started = started
        self.deadline = started + scheme.time_limit(len(items))
        self.states = [ItemState() for _ in items]
        self.current = 0
        self.states[0].visited = True
        self._since = started
        self.result: ExamResult | None = None

    # --- the clock ---

    @property
    def finished(self) -> bool:
        return self.result is not None

    def remaining(self, now: datetime) -> timedelta:
        return max(timedelta(0), self.deadline - now)

    def tick(self, now: datetime) -> bool:
        """Submit if time is up; True once the test is over."""
        return not self._live(now)

    def _live(self, now: datetime) -> bool:
        if self.result is not None:
            return False
        if now >= self.deadline:
            self.submit(self.deadline, timed_out=True)
            return False
        return True

    def _account(self, now: datetime) -> None:
        moment = min(now, self.deadline)
        if moment > self._since:
            self.states[self.current].spent += moment - self._since
        self._since = max(self._since, moment)

    # --- the current item ---

    @property
    def item(self) -> ExamItem:
        return self.items[self.current]

    @property
    def state(self) -> ItemState:
        return self.states[self.current]

    def choose(self, choice: int | str, now: datetime, confidence: str | None = None) -> bool:
        """Answer the current item (a letter or an index); False when the test is over."""
        index = choice_index(choice)
        if confidence is not None and confidence not in CONFIDENCE:
            raise ExamError(f"confidence is one of {', '.join(CONFIDENCE)}")
        if not self._live(now):
            return False
        self.state.choice = index
        if confidence is not None:
            self.state.confidence = confidence
        return True

    def confide(self, confidence: str | None, now: datetime) -> bool:
        """Set (or clear, with ``None``) the current item's confidence mark."""
        if confidence is not None and confidence not in CONFIDENCE:
            raise ExamError(f"confidence is one of {', '.join(CONFIDENCE)}")
        if not self._live(now):
            return False
        self.state.confidence = confidence
        return True

    def clear(self, now: datetime) -> bool:
        """Leave the current item blank again."""
        if not self._live(now):
            return False
        self.state.choice = None
        return True

    def toggle_mark(self, now: datetime) -> bool:
        """Mark the current item for review (or unmark it)."""
        if not self._live(now):
            return False
        self.state.marked = not self.state.marked
        return True

    # --- moving around ---

    def go(self, index: int, now: datetime) -> bool:
        """Make item ``index`` (0-based) the current one."""
        if not 0 <= index < len(self.items):
            raise ExamError(f"there is no question {index + 1}")
        if not self._live(now):
            return False
        self._account(now)
        self.current = index
        self.states[index].visited = True
        return True

    def next(self, now: datetime) -> bool:
        """The next item (skipping leaves the current one as it is); wraps to the first."""
        return self.go((self.current + 1) % len(self.items), now)

    def previous(self, now: datetime) -> bool:
        return self.go((self.current - 1) % len(self.items), now)

    def _after(self, wanted: list[int]) -> int | None:
        later = [i for i in wanted if i > self.current]
        pool = later or wanted
        return pool[0] if pool else None

    def next_marked(self, now: datetime) -> bool:
        """The next item marked for review (wrapping); False if none or the test is over."""
        target = self._after(self.marked())
        return target is not None and self.go(target, now)

    def next_unanswered(self, now: datetime) -> bool:
        """The next blank item (wrapping); False if none or the test is over."""
        target = self._after([i for i in self.unanswered() if i != self.current])
        return target is not None and self.go(target, now)

    # --- the paper at a glance ---

    def marked(self) -> list[int]:
        return [i for i, s in enumerate(self.states) if s.marked]

    def unanswered(self) -> list[int]:
        return [i for i, s in enumerate(self.states) if s.choice is None]

    @property
    def answered(self) -> int:
        return sum(s.choice is not None for s in self.states)

    # --- the end ---

    def submit(self, now: datetime, *, timed_out: bool = False) -> ExamResult:
        """End the test (at ``now``, or at the deadline if that came first) and mark it."""
        if self.result is not None:
            return self.result
        if now >= self.deadline:
            now, timed_out = self.deadline, True
        self._account(now)
        results = []
        for n, (item, st) in enumerate(zip(self.items, self.states, strict=True)):
            outcome = (
                "unattempted"
                if st.choice is None
                else "correct"
                if st.choice == item.key
                else "wrong"
            )
            results.append(
                ItemResult(
                    n + 1,
                    item,
                    st.choice,
                    st.confidence,
                    st.marked,
                    st.visited,
                    st.spent,
                    outcome,
                    self.scheme.marks(outcome),
                )
            )
        self.result = ExamResult(
            tuple(results), self.scheme, self.started, now, timed_out, self.topic, self.seed
        )
        return self.result


def clock_text(span: timedelta) -> str:
    """``29:58`` (minutes:seconds; hours as ``1:02:03``): the countdown every front end shows."""
    seconds = max(0, int(span.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    return (f"{hours}:" if hours else "") + f"{rest // 60:02d}:{rest % 60:02d}"
