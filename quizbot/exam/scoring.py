"""Marking schemes: the presets (UPSC GS Paper I, CSAT) and custom values, in exact decimals.

Marks are :class:`decimal.Decimal` throughout, so ``3 × 2 − 2 × 0.66 = 4.68`` exactly, never
``4.680000000000001``. A score is shown with two decimals (:func:`fmt`), rounding half up.

* ``gs1`` — UPSC Civil Services Prelims GS Paper I: +2 for a correct answer, −0.66 for a wrong
  one, 0 for a blank; 1.2 minutes a question (the paper: 100 questions in 120 minutes).
* ``csat`` — CSAT (GS Paper II): +2.5 correct, −0.83 wrong, 0 blank; 1.5 minutes a question
  (the paper: 80 questions in 120 minutes).
* ``custom`` — any values: ``MarkingScheme.custom(correct, wrong, blank, minutes)``. ``wrong``
  is the deduction (its sign is ignored: 0.66 and −0.66 both take 0.66 off).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

TWO_PLACES = Decimal("0.01")


def dec(value: str | int | float | Decimal) -> Decimal:
    """``value`` as a Decimal; floats go through ``str`` (``0.66`` is 0.66, not 0.6600000…).
    ``nan`` and ``inf`` are refused (``ValueError``), like any text that is not a number."""
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"not a number: {value!r}")
    return number


#: The largest marks (in size) and the longest time a question a custom scheme may give.
MAX_MARKS = Decimal(100)
MAX_MINUTES = Decimal(60)


def marks_value(value: str | float | Decimal, what: str, *, above_zero: bool = False) -> Decimal:
    """A custom marking value: a number of at most 100 in size (``above_zero``: above 0).
    ``ValueError`` says what is wrong, naming ``what`` ("the marks for a correct answer")."""
    number = dec(value)
    if abs(number) > MAX_MARKS:
        raise ValueError(f"{what} must be at most {MAX_MARKS} in size, not {value}")
    if above_zero and number <= 0:
        raise ValueError(f"{what} must be above 0, not {value}")
    return number


def minutes_value(value: str | float | Decimal) -> Decimal:
    """The minutes a question: above 0 and at most 60."""
    number = dec(value)
    if not 0 < number <= MAX_MINUTES:
        raise ValueError(
            f"the minutes per question must be above 0 and at most {MAX_MINUTES}, not {value}"
        )
    return number


def fmt(value: Decimal) -> str:
    """Two decimals, rounded half up: ``Decimal('7.335')`` → ``'7.34'``; never ``-0.00``."""
    text = str(value.quantize(TWO_PLACES, rounding=ROUND_HALF_UP))
    return "0.00" if text == "-0.00" else text


@dataclass(frozen=True)
class MarkingScheme:
    """Marks for a correct, wrong and blank answer, and the time allowed per question."""

    name: str
    correct: Decimal
    #: Taken off for a wrong answer (never negative).
    wrong: Decimal
    #: Added for a blank (usually 0).
    blank: Decimal
    minutes_per_question: Decimal

    @classmethod
    def custom(
        cls,
        correct: str | float | Decimal,
        wrong: str | float | Decimal,
        blank: str | float | Decimal = "0",
        minutes_per_question: str | float | Decimal = "1.2",
    ) -> MarkingScheme:
        return cls(
            "custom",
            marks_value(correct, "the marks for a correct answer", above_zero=True),
            abs(marks_value(wrong, "the marks taken off for a wrong answer")),
            marks_value(blank, "the marks for a blank"),
            minutes_value(minutes_per_question),
        )

    def marks(self, outcome: str) -> Decimal:
        """The marks for one item: ``outcome`` is "correct", "wrong" or "unattempted"."""
        if outcome == "correct":
            return self.correct
        if outcome == "wrong":
            return -self.wrong
        if outcome == "unattempted":
            return self.blank
        raise ValueError(f"unknown outcome {outcome!r}")

    def score(self, correct: int, wrong: int, unattempted: int) -> Decimal:
        """The total, exactly: ``correct × c − wrong × w + unattempted × b``."""
        return correct * self.correct - wrong * self.wrong + unattempted * self.blank

    def max_score(self, questions: int) -> Decimal:
        return questions * self.correct

    def time_limit(self, questions: int) -> timedelta:
        """The time for ``questions`` questions, to the nearest second (25 × 1.2 min = 30 min)."""
        seconds = (questions * self.minutes_per_question * 60).quantize(Decimal(1), ROUND_HALF_UP)
        return timedelta(seconds=int(seconds))

    def blind_guess_value(self, options: int = 4) -> Decimal:
        """What a pure guess among ``options`` is worth on average (can be below 0)."""
        return (self.correct - (options - 1) * self.wrong) / options

    def describe(self) -> str:
        """``+2 correct, −0.66 wrong, 0 blank; 1.2 min a question``."""

        def plain(value: Decimal) -> str:
            text = format(value.normalize(), "f")
            return text

        blank = plain(self.blank)
        return (
            f"+{plain(self.correct)} correct, −{plain(self.wrong)} wrong, "
            f"{'+' if self.blank > 0 else ''}{blank} blank; "
            f"{plain(self.minutes_per_question)} min a question"
        )

    def to_dict(self) -> dict[str, str]:
        return {
            "name": self.name,
            "correct": str(self.correct),
            "wrong": str(self.wrong),
            "blank": str(self.blank),
            "minutes_per_question": str(self.minutes_per_question),
        }

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> MarkingScheme:
        return cls(
            data["name"],
            dec(data["correct"]),
            dec(data["wrong"]),
            dec(data["blank"]),
            dec(data["minutes_per_question"]),
        )


GS1 = MarkingScheme("gs1", Decimal("2"), Decimal("0.66"), Decimal("0"), Decimal("1.2"))
CSAT = MarkingScheme("csat", Decimal("2.5"), Decimal("0.83"), Decimal("0"), Decimal("1.5"))

#: The named presets.
PRESETS: dict[str, MarkingScheme] = {"gs1": GS1, "csat": CSAT}


def preset(name: str) -> MarkingScheme:
    """The preset called ``name`` (``gs1`` or ``csat``, any case)."""
    try:
        return PRESETS[name.strip().lower()]
    except KeyError:
        raise ValueError(
            f"unknown marking preset {name!r} (the presets are "
            f"{', '.join(PRESETS)}; or give custom values)"
        ) from None
