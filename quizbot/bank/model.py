"""The question model: one frozen dataclass per question type.

Every question shares the common fields of :class:`QuestionBase`; each type adds its own.
The classes are plain data (no I/O, no parsing) so they pickle quickly for the bank cache and
compare by value in tests. Loading and validation live in :mod:`quizbot.bank.validate`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, ClassVar, Literal, assert_never, get_args

Severity = Literal["error", "warning", "note"]

#: Blanks in cloze text: ``{{answer}}`` or ``{{answer|alias|alias}}``.
CLOZE_BLANK = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)


def filled_in(text: str) -> str:
    """A cloze text with each blank filled with its key (its first form)."""
    return CLOZE_BLANK.sub(lambda m: m.group(1).split("|")[0], text)


#: The separator between levels of a topic: ``India–Russia › Energy``.
TOPIC_SEPARATOR = " › "


@dataclass(frozen=True)
class Source:
    """Where a question comes from: a notes file, its heading path and line."""

    file: str = ""
    heading: str = ""
    line: int = 0


@dataclass(frozen=True)
class Origin:
    """Where a question is defined: its bank file and its position in ``questions``."""

    path: str
    index: int

    def __str__(self) -> str:
        return f"{self.path} (question {self.index + 1})"


@dataclass(frozen=True)
class Problem:
    """One problem found while loading a bank, printed as ``path:line:column: message``."""

    path: str
    line: int
    column: int
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}" if self.line else self.path
        prefix = "" if self.severity == "error" else f"{self.severity}: "
        return f"{where}: {prefix}{self.message}"


@dataclass(frozen=True)
class QuestionBase:
    """Fields every question type has."""

    id: str
    topic: str = ""
    tags: tuple[str, ...] = ()
    explanation: str = ""
    source: Source | None = None
    #: Plausible wrong answers the grader must never accept (see the grading policy).
    reject: tuple[str, ...] = ()
    #: Where the question was defined (for messages); not part of the YAML.
    origin: Origin | None = field(default=None, compare=False)
    #: True when the author gave no id and it was derived from the file and prompt.
    derived_id: bool = field(default=False, compare=False)

    type: ClassVar[str] = ""

    @property
    def stem(self) -> str:
        """The question as shown: the prompt, the true/false statement or the cloze text."""
        return str(getattr(self, "prompt", ""))


@dataclass(frozen=True)
class Short(QuestionBase):
    """A question answered by one short phrase or number."""

    prompt: str = ""
    answer: str = ""
    aliases: tuple[str, ...] = ()
    #: Absolute tolerance for numeric answers (``None``: exact).
    tolerance: float | None = None

    type: ClassVar[str] = "short"


@dataclass(frozen=True)
class ListQuestion(QuestionBase):
    """Name every item (or ``min_correct`` of them) of a list, in any order."""

    prompt: str = ""
    #: Each item as shown (in YAML, an item's first form).
    answer: tuple[str, ...] = ()
    min_correct: int | None = None
    #: Other accepted forms of each item, parallel to ``answer`` (empty: none given). In YAML
    #: an item with aliases is a list: ``answer: [[United Kingdom, UK, Britain], France]``.
    item_aliases: tuple[tuple[str, ...], ...] = ()

    type: ClassVar[str] = "list"


@dataclass(frozen=True)
class Mcq(QuestionBase):
    """Multiple choice with exactly one correct option."""

    prompt: str = ""
    options: tuple[str, ...] = ()
    answer: str = ""

    type: ClassVar[str] = "mcq"

    @property
    def correct_options(self) -> tuple[str, ...]:
        """The options that are right: the answer alone."""
        return (self.answer,)


@dataclass(frozen=True)
class Multi(QuestionBase):
    """Multiple choice where every correct option must be chosen."""

    prompt: str = ""
    options: tuple[str, ...] = ()
    answer: tuple[str, ...] = ()

    type: ClassVar[str] = "multi"

    @property
    def correct_options(self) -> tuple[str, ...]:
        """The options that are right, in the options' order."""
        return tuple(o for o in self.options if o in self.answer)


@dataclass(frozen=True)
class Statement:
    """One numbered statement of a "consider the following statements" question."""

    text: str
    correct: bool
    fix: str = ""


@dataclass(frozen=True)
class Statements(QuestionBase):
    """UPSC's "Consider the following statements": which of them are correct?"""

    prompt: str = ""
    statements: tuple[Statement, ...] = ()

    type: ClassVar[str] = "statements"


@dataclass(frozen=True)
class TrueFalse(QuestionBase):
    """Is the statement true? A false statement carries its correction as ``fix``."""

    statement: str = ""
    answer: bool = True
    fix: str = ""
    prompt: str = ""

    type: ClassVar[str] = "truefalse"

    @property
    def stem(self) -> str:
        return self.statement


@dataclass(frozen=True)
class Cloze(QuestionBase):
    """Fill in the blanks: ``Trade reached {{$65 billion}} in {{2023-24|FY24}}.``"""

    text: str = ""
    prompt: str = ""

    type: ClassVar[str] = "cloze"

    @property
    def blanks(self) -> tuple[tuple[str, ...], ...]:
        """Each blank's accepted answers, the first being the canonical one."""
        return tuple(
            tuple(part.strip() for part in m.group(1).split("|") if part.strip())
            for m in CLOZE_BLANK.finditer(self.text)
        )

    @property
    def stem(self) -> str:
        """The cloze text with every blank shown as ``_____``."""
        return CLOZE_BLANK.sub("_____", self.text)


@dataclass(frozen=True)
class Match(QuestionBase):
    """Match each left item to its right item."""

    prompt: str = ""
    pairs: tuple[tuple[str, str], ...] = ()

    type: ClassVar[str] = "match"


#: Every question type. Code that does something per type dispatches with ``match question:``,
#: one ``case`` per type and a final ``case _: assert_never(question)``, so that mypy names
#: every place a new type needs handling (tests/unit/test_question_types.py runs each such
#: dispatcher on a question of every type).
Question = Short | ListQuestion | Mcq | Multi | Statements | TrueFalse | Cloze | Match

#: Question classes by their YAML ``type``, in the order of :data:`Question`.
QUESTION_TYPES: dict[str, type[QuestionBase]] = {cls.type: cls for cls in get_args(Question)}


#: An option that refers to the others ("All of the above", "Both (a) and (b)").
_REFERS_TO_OTHERS = re.compile(
    r"\b(?:all|none|both|neither)\b.*\b(?:above|of these|and|nor)\b|^(?:both|neither)\b",
    re.IGNORECASE,
)


def keeps_order(options: Sequence[str]) -> bool:
    """Whether options must be shown in the author's order: one refers to the others
    ("All of the above"), and moving it would change what it says."""
    return any(_REFERS_TO_OTHERS.search(option) for option in options)


def takes_aliases(question: Question) -> bool:
    """Can the learner teach ``question`` another accepted answer ("I was right")? A short
    answer, a list item or a cloze blank: a taught alias is one more way to write one answer
    (see :mod:`quizbot.grading.teach`). Choices cannot be taught."""
    match question:
        case Short() | ListQuestion() | Cloze():
            return True
        case Mcq() | Multi() | Statements() | TrueFalse() | Match():
            return False
        case _:
            assert_never(question)


#: A validated question as plain data (marshal-able): the dataclass fields, with ``type``,
#: ``index`` (position in the file's ``questions``), ``source`` as (file, heading, line) and
#: statements as (text, correct, fix). Banks keep records and build questions on demand.
Record = dict[str, Any]

_DEFAULTS: dict[str, dict[str, Any]] = {
    name: {f.name: f.default for f in fields(cls) if f.default is not MISSING}
    for name, cls in QUESTION_TYPES.items()
}


def record_stem(record: Record) -> str:
    """The text a question is asked with, straight from its record."""
    if record["type"] == "truefalse":
        return str(record.get("statement", ""))
    if record["type"] == "cloze":
        return CLOZE_BLANK.sub("_____", str(record.get("text", "")))
    return str(record.get("prompt", ""))


def question_from_record(record: Record, path: str) -> Question:
    """Build the question a record describes (``path`` is its bank file, for ``origin``)."""
    qtype = record["type"]
    cls = QUESTION_TYPES[qtype]
    state = dict(_DEFAULTS[qtype])
    state.update(record)
    del state["type"]
    state["origin"] = Origin(path, state.pop("index"))
    source = state.get("source")
    if source is not None:
        state["source"] = Source(*source)
    if qtype == "statements":
        state["statements"] = tuple(Statement(*s) for s in state["statements"])
    elif qtype == "match":
        state["pairs"] = tuple(tuple(p) for p in state["pairs"])
    # Records are validated, so the generated frozen __init__ (7 µs a question on a slow
    # machine, most of a 50k bank's load) is skipped; a test checks both give equal objects.
    question = object.__new__(cls)
    question.__dict__.update(state)
    return question  # type: ignore[return-value]
