"""The ``quizbot exam`` and ``quizbot mistakes`` arguments, and running them.

Kept apart from :mod:`quizbot.exam.cli` so that building the ``quizbot`` parser imports
nothing heavy; ``quizbot/cli.py`` calls :func:`add_parsers` and :func:`run`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from quizbot.bank import Bank

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


def add_parsers(sub: Any) -> None:
    """Add ``exam`` and ``mistakes`` to the ``quizbot`` subparsers."""
    exam = sub.add_parser(
        "exam", help="a timed mock test in the exam's format, with negative marking",
        description="A timed mock test: mcq, 'consider the following statements', 'how "
        "many are correct', match the lists and assertion-reason items built from the bank; "
        "no feedback until the end; then the score and its analysis. Without --plain this "
        "opens the exam screen.")
    exam.add_argument("--plain", action="store_true", help="line mode over stdin/stdout")
    exam.add_argument("--preset", choices=_PRESETS, default="gs1",
                      help="marking: gs1 (+2, -0.66, 1.2 min a question; the default), csat "
                      "(+2.5, -0.83, 1.5 min) or custom (give the values)")
    exam.add_argument("--correct", metavar="X", help="marks for a correct answer")
    exam.add_argument("--wrong", metavar="Y", help="marks taken off for a wrong answer")
    exam.add_argument("--blank", metavar="Z", help="marks for a blank (default 0)")
    exam.add_argument("--minutes-per-question", metavar="M", help="time allowed a question")
    exam.add_argument("-n", "--questions", "--count", type=question_count, default=25,
                      metavar="N", help="how many questions (1 or more; default 25)")
    exam.add_argument("--topic", metavar="TOPIC", help="only this topic and its sub-topics")
    exam.add_argument("--seed", type=int, metavar="S", help="build the same paper again")
    exam.add_argument("--history", action="store_true",
                      help="list your past mock tests and the score trend, and exit")
    mistakes = sub.add_parser(
        "mistakes", help="the error notebook: every question you missed in a mock test",
        description="Every question missed in a mock test (wrong, left blank, or a lucky "
        "guess), with the answer, its explanation and source; newest first.")
    mistakes.add_argument("--topic", metavar="TOPIC", help="only topics containing this text")
    mistakes.add_argument("--kind", metavar="KIND",
                          help="wrong, unattempted, overconfident, guessed, not-reached or "
                          "lucky")


def options_from(args: argparse.Namespace) -> Any:
    """The :class:`~quizbot.exam.setup.ExamOptions` the arguments ask for."""
    from quizbot.exam.scoring import MarkingScheme, preset
    from quizbot.exam.setup import ExamOptions

    values = {"correct": args.correct, "wrong": args.wrong, "blank": args.blank,
              "minutes_per_question": args.minutes_per_question}
    scheme = None
    if args.preset == "custom" or any(v is not None for v in values.values()):
        base = preset("gs1" if args.preset == "custom" else args.preset)
        scheme = MarkingScheme.custom(
            base.correct if args.correct is None else args.correct,
            base.wrong if args.wrong is None else args.wrong,
            base.blank if args.blank is None else args.blank,
            base.minutes_per_question if args.minutes_per_question is None
            else args.minutes_per_question)
    return ExamOptions("gs1" if args.preset == "custom" else args.preset, args.questions,
                       args.topic, args.seed, scheme)


def run(args: argparse.Namespace, bank: Callable[[], Bank], data_dir: Path,
        clock: Callable[[], datetime], out: TextIO) -> int:
    """Run ``quizbot exam`` or ``quizbot mistakes``."""
    from quizbot.exam import cli

    if args.command == "mistakes":
        return cli.run_mistakes(data_dir, clock(), args.topic, args.kind, out)
    if args.history:
        return cli.run_exam_history(data_dir, clock(), out)
    try:
        options = options_from(args)
    except ValueError as error:
        print(f"quizbot: {error}", file=sys.stderr)
        return 2
    if args.plain:
        return cli.run_exam_plain(bank(), data_dir, sys.stdin, out, options, clock)
    from quizbot.tui.exam import run_exam_app

    return run_exam_app(bank(), data_dir, options)
