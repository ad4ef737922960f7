"""``quizbot exam``: a timed mock test in the exam's format (the exam screen, or ``--plain``),
and ``quizbot exam --history``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from quizbot.cli.context import Context
from quizbot.cli.errors import Failure
from quizbot.cli.store import opened

if TYPE_CHECKING:
    from quizbot.exam.start import ExamOptions

_PRESETS = ("gs1", "csat", "custom")


def question_count(text: str) -> int:
    """The ``-n`` value: a whole number, 1 or more (0 or a negative is refused, never taken
    as the default)."""
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if count < 1:
        raise argparse.ArgumentTypeError(f"a mock test needs at least 1 question, not {count}")
    return count


def _checked(check: Callable[[str], object]) -> Callable[[str], str]:
    """An argparse type that runs ``check`` at parse time and keeps the text."""

    def parse(text: str) -> str:
        try:
            check(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None
        return text

    return parse


def _marks(what: str, *, above_zero: bool = False) -> Callable[[str], str]:
    def check(text: str) -> object:
        from quizbot.exam.scoring import marks_value

        return marks_value(text, what, above_zero=above_zero)

    return _checked(check)


def _minutes(text: str) -> str:
    from quizbot.exam.scoring import minutes_value

    return _checked(minutes_value)(text)


def seed_value(text: str) -> int:
    """The ``--seed`` value: a whole number that can be stored with the result."""
    from quizbot.exam.start import check_seed

    try:
        return check_seed(int(text))
    except ValueError as error:
        message = str(error) if text.strip().lstrip("+-").isdigit() else None
        raise argparse.ArgumentTypeError(message or f"{text!r} is not a whole number") from None


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    exam = sub.add_parser(
        "exam",
        parents=[common],
        help="a timed mock test in the exam's format, with negative marking",
        description="A timed mock test: mcq, 'consider the following statements', 'how "
        "many are correct', match the lists and assertion-reason items built from the bank; "
        "no feedback until the end; then the score and its analysis. Without --plain this "
        "opens the exam screen.",
    )
    exam.add_argument("--plain", action="store_true", help="line mode over stdin/stdout")
    exam.add_argument(
        "--preset",
        choices=_PRESETS,
        default="gs1",
        help="marking: gs1 (+2, -0.66, 1.2 min a question; the default), csat "
        "(+2.5, -0.83, 1.5 min) or custom (give the values)",
    )
    exam.add_argument(
        "--correct",
        metavar="X",
        type=_marks("the marks for a correct answer", above_zero=True),
        help="marks for a correct answer (above 0, at most 100)",
    )
    exam.add_argument(
        "--wrong",
        metavar="Y",
        type=_marks("the marks taken off for a wrong answer"),
        help="marks taken off for a wrong answer (at most 100)",
    )
    exam.add_argument(
        "--blank",
        metavar="Z",
        type=_marks("the marks for a blank"),
        help="marks for a blank (default 0)",
    )
    exam.add_argument(
        "--minutes-per-question",
        metavar="M",
        type=_minutes,
        help="time allowed a question (above 0, at most 60)",
    )
    exam.add_argument(
        "-n",
        "--questions",
        "--count",
        type=question_count,
        default=25,
        metavar="N",
        help="how many questions (1 or more; default 25)",
    )
    exam.add_argument("--topic", metavar="TOPIC", help="only this topic and its sub-topics")
    exam.add_argument(
        "--seed", type=seed_value, metavar="S", help="build the same paper again (a whole number)"
    )
    exam.add_argument(
        "--history",
        action="store_true",
        help="list your past mock tests and the score trend, and exit",
    )
    return exam


def options_from(args: argparse.Namespace) -> ExamOptions:
    """The :class:`~quizbot.exam.start.ExamOptions` the arguments ask for (``ValueError``
    for a marking value that is not a number)."""
    from quizbot.exam.scoring import MarkingScheme, preset
    from quizbot.exam.start import ExamOptions

    values = {
        "correct": args.correct,
        "wrong": args.wrong,
        "blank": args.blank,
        "minutes_per_question": args.minutes_per_question,
    }
    scheme = None
    if args.preset == "custom" or any(v is not None for v in values.values()):
        base = preset("gs1" if args.preset == "custom" else args.preset)
        scheme = MarkingScheme.custom(
            base.correct if args.correct is None else args.correct,
            base.wrong if args.wrong is None else args.wrong,
            base.blank if args.blank is None else args.blank,
            base.minutes_per_question
            if args.minutes_per_question is None
            else args.minutes_per_question,
        )
    return ExamOptions(
        "gs1" if args.preset == "custom" else args.preset,
        args.questions,
        args.topic,
        args.seed,
        scheme,
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.history:
        return run_exam_history(ctx)
    options = options_from(args)
    if args.plain:
        from quizbot.plain import closed_streams
        from quizbot.plain.exam import run_exam_plain

        if (closed := closed_streams("the plain mock test")) is not None:
            raise Failure(closed)

        return run_exam_plain(
            ctx.study_bank(), ctx.data_dir, ctx.stdin, ctx.stdout, options, ctx.clock, ctx.stderr
        )
    from quizbot.tui.exam_app import run_exam_app

    return run_exam_app(ctx.study_bank(), ctx.data_dir, options, out=ctx.stdout)


def run_exam_history(ctx: Context) -> int:
    """Every stored mock with the change since the one before, and the trend."""
    from quizbot.exam.storage import history, render_history
    from quizbot.visible import visible

    with opened(ctx.data_dir, ctx.now(), ctx.stderr) as store:
        lines = render_history(history(store), last=1_000_000, tz=ctx.tz)
    print(visible("\n".join(lines)), file=ctx.stdout)
    return 0
