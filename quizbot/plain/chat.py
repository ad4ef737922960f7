"""The plain chat (``quizbot chat --plain``): a :class:`~quizbot.tutor.Tutor` over text streams.

One learner message per line until the end of the input (or "bye"), every reply rendered as
plain text. Every answer is committed before the next question is printed. ``/exam`` runs the
plain mock test on the same input, then the chat goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from quizbot.plain import recovery_warning
from quizbot.visible import visible

if TYPE_CHECKING:
    from quizbot.bank import Bank
    from quizbot.tutor.replies import Reply


def _emit(out: TextIO, replies: list[Reply], now: datetime) -> None:
    from quizbot.tutor.render import render

    for reply in replies:
        print(visible(render(reply, now)), file=out)
    out.flush()


def run_plain(
    bank: Bank,
    data_dir: Path,
    inp: TextIO,
    out: TextIO,
    topic: str | None,
    clock: Callable[[], datetime],
    err: TextIO | None = None,
    cram: bool = False,
    notes: Sequence[Path] | None = None,
) -> int:
    """Chat over ``inp``/``out``; exit status 0. Raises ``ValueError`` for an unknown topic
    and :class:`~quizbot.study.store.StoreError` when there is no usable progress store."""
    from quizbot.exam.session import ExamError
    from quizbot.exam.start import ExamOptions
    from quizbot.plain.exam import run_exam_plain
    from quizbot.tutor.engine import Tutor
    from quizbot.tutor.replies import Quit, StartExam

    err = sys.stderr if err is None else err
    tutor = Tutor.open(bank, data_dir, clock(), notes=notes, topic=topic, cram=cram)
    if tutor.recovered_from is not None:
        print(recovery_warning(tutor.store.path, tutor.recovered_from), file=err)
    try:
        now = clock()
        _emit(out, tutor.start(now), now)
        for line in inp:
            now = clock()
            replies = tutor.handle(line.rstrip("\r\n"), now)
            _emit(out, [r for r in replies if not isinstance(r, StartExam)], now)
            for exam in (r for r in replies if isinstance(r, StartExam)):
                # the mock reads its answers from the same input, then the chat goes on
                try:
                    run_exam_plain(
                        bank,
                        data_dir,
                        inp,
                        out,
                        ExamOptions(exam.preset, exam.count, exam.topic),
                        clock,
                        err,
                    )
                except (ValueError, ExamError) as error:  # no paper: the chat goes on
                    print(f"quizbot: {error}", file=err)
                now = clock()
                _emit(out, tutor.after_exam(now), now)
            if any(isinstance(reply, Quit) for reply in replies):
                break
    finally:
        tutor.close(clock())
    return 0
