"""What the tutor says: typed replies that both front ends (the Textual app and the plain
line mode) render in their own way.

:meth:`quizbot.tutor.Tutor.handle` turns one learner message into a list of these. Every
field holding author or learner text is plain data: a front end shows it verbatim (never as
markup).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # annotations only: the replies stay a light import
    from quizbot.bank import Question
    from quizbot.grading import Verdict


@dataclass(frozen=True)
class Counts:
    """The header figures: what is left today and what was done."""

    due: int
    new: int
    done: int
    streak: int


@dataclass(frozen=True)
class Reply:
    """Base class of everything the tutor says."""


@dataclass(frozen=True)
class Say(Reply):
    """Plain text: greetings, confirmations, errors the learner can act on, help."""

    text: str
    tone: Literal["info", "error", "help"] = "info"


@dataclass(frozen=True)
class Ask(Reply):
    """A question to answer now. ``number`` counts the questions shown this session."""

    question: Question
    number: int
    counts: Counts
    #: "new", "learning", "review" or "cram": why the question is asked now.
    reason: str = "review"


@dataclass(frozen=True)
class Feedback(Reply):
    """The outcome of an answer or a skip (``verdict`` is ``None`` for a skip)."""

    question: Question
    response: str
    verdict: Verdict | None
    #: The correct answer as it should be shown ("BrahMos"; "1 and 3"; "1-b, 2-a").
    answer: str
    explanation: str
    #: "again", "hard", "good" or "easy".
    rating: str
    #: When the question comes back, in words: "see you in 4 days", "again in 10 min".
    comes_back: str
    due: datetime | None
    leech: bool = False
    hints: int = 0


@dataclass(frozen=True)
class Hint(Reply):
    """A progressive hint for the current question (``level`` 1, 2, 3...)."""

    level: int
    text: str
    #: Options ruled out by this hint (choice questions), shown struck out.
    eliminated: tuple[str, ...] = ()
    last: bool = False


@dataclass(frozen=True)
class Passage:
    """A bullet of the notes, with where it is."""

    text: str
    #: The heading path: ("India–Russia relations", "Defence", "Joint programmes").
    headings: tuple[str, ...]
    #: The note as questions name it in their ``source`` ("notes/india-russia.md").
    file: str
    line: int
    score: float = 0.0
    #: Where the learner finds the note on this machine (relative to the working directory
    #: when inside it); empty when it is the same as ``file``.
    shown: str = ""

    @property
    def location(self) -> str:
        """``path:line`` of the note as the learner can open it."""
        where = self.shown or self.file
        return f"{where}:{self.line}" if self.line else where


@dataclass(frozen=True)
class Explain(Reply):
    """Why: a question's explanation and the note it came from."""

    question: Question
    explanation: str
    passages: tuple[Passage, ...] = ()


@dataclass(frozen=True)
class Lookup(Reply):
    """A study question answered from the notes (or not: ``passages`` empty, with
    ``suggestions`` of close headings or terms)."""

    query: str
    passages: tuple[Passage, ...]
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stats(Reply):
    """The ``quizbot stats`` figures (keys as in DESIGN.md)."""

    figures: dict[str, Any]


@dataclass(frozen=True)
class TopicChanged(Reply):
    """The session now covers ``topic`` (``None``: the whole bank)."""

    topic: str | None


@dataclass(frozen=True)
class StartExam(Reply):
    """The learner asked for a mock test; the front end runs it."""

    preset: str = "gs1"
    count: int = 25
    topic: str | None = None


@dataclass(frozen=True)
class Done(Reply):
    """Nothing more to ask now: ``comes_back`` is when the next learning step falls due, and
    ``no_new`` says why no new question is asked (the daily limit, every question started)."""

    answered: int
    comes_back: datetime | None = None
    no_new: str = ""


@dataclass(frozen=True)
class Quit(Reply):
    """The learner is leaving; every answer is already saved, or ``unsaved`` says how many
    could not be (``problem``: why, e.g. the disk is full)."""

    answered: int = 0
    extra: tuple[str, ...] = field(default=())
    unsaved: int = 0
    problem: str = ""

    def farewell(self) -> str:
        """What is true at the end: ``Bye for now: 3 answered, and all of it is saved.``"""
        if not self.unsaved:
            return f"Bye for now: {self.answered} answered, and all of it is saved."
        why = f" ({self.problem})" if self.problem else ""
        answers = "answer" if self.unsaved == 1 else "answers"
        return (
            f"Bye for now: {self.answered} answered and saved; {self.unsaved} {answers} "
            f"could not be saved{why}."
        )
