"""Errors to exit statuses, in one place.

Front ends raise; :func:`reported` prints ``quizbot: <message>`` to standard error and
returns the status the table below gives. Statuses: 0 success, 1 a failure the learner can
fix by acting on their files or data (an unreadable store, a bank with errors), 2 a request
that cannot be carried out as asked (bad option values, an unknown topic, nothing to build
a paper from).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """What the user asked for cannot be done as asked (exit status 2)."""


class Failure(Exception):
    """The command ran into a problem with the user's files or data (exit status 1)."""


def exit_status(error: BaseException) -> int | None:
    """The exit status for ``error``, or ``None`` when it is a bug (let it show)."""
    from quizbot.exam.session import ExamError
    from quizbot.study.recovery import StoreError

    if isinstance(error, StoreError | Failure | OSError):
        return EXIT_FAILURE
    if isinstance(error, UsageError | ExamError | ValueError):
        return EXIT_USAGE
    return None


def reported(err: TextIO, action: Callable[[], int]) -> int:
    """Run ``action``; an expected error is printed to ``err`` and becomes its status."""
    try:
        return action()
    except Exception as error:  # mapped below; re-raised when it is a bug
        status = exit_status(error)
        if status is None or isinstance(error, BrokenPipeError):
            raise
        print(f"quizbot: {error}", file=err)
        return status
