"""The plain chat (``quizbot chat --plain``): a :class:`~quizbot.tutor.Tutor` over text streams.

One learner message per line until the end of the input (or "bye"), every reply rendered as
plain text. Every answer is committed before the next question is printed; an answer that
cannot be saved (a full disk) is said to be so at once, and again at the end, where the exit
status is 1. Output that cannot be written (a full device) ends the chat the same way;
input that is not UTF-8 is read all the same and each such line refused by the tutor
(:mod:`quizbot.tutor.unreadable`). ``/exam`` runs the plain mock test on the same input,
then the chat goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from quizbot.plain import OutputFailed, recovery_warning, tolerant, write
from quizbot.plain.typeahead import set_aside_note, typed_ahead
from quizbot.visible import visible
from quizbot.words import plural

if TYPE_CHECKING:
    from quizbot.bank import Bank
    from quizbot.tutor.engine import Tutor
    from quizbot.tutor.replies import Reply


def _emit(out: TextIO, replies: list[Reply], now: datetime) -> None:
    from quizbot.tutor.render import render

    if replies:
        write(out, "\n".join(visible(render(reply, now)) for reply in replies))


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
    """Chat over ``inp``/``out``. Raises ``ValueError`` for an unknown topic and
    :class:`~quizbot.study.store.StoreError` when there is no usable progress store.

    Exit status 0 when everything was saved; 1 when something could not be (an answer, a
    mock's result, the end of the session: the disk is full, say), with a last line on
    ``err`` that says what was and was not saved."""
    from quizbot.exam.session import ExamError
    from quizbot.exam.start import ExamOptions
    from quizbot.plain.exam import run_exam_plain
    from quizbot.study.recovery import StoreError
    from quizbot.tutor.engine import Tutor
    from quizbot.tutor.replies import Quit, StartExam

    err = sys.stderr if err is None else err
    inp = tolerant(inp)
    tutor = Tutor.open(bank, data_dir, clock(), notes=notes, topic=topic, cram=cram)
    if tutor.recovered_from is not None:
        print(recovery_warning(tutor.store.path, tutor.recovered_from), file=err)
    exams_lost = 0
    lost_output: OutputFailed | None = None
    try:
        now = clock()
        _emit(out, tutor.start(now), now)
        for line in inp:
            now = clock()
            replies = tutor.handle(line.rstrip("\r\n"), now)
            _emit(out, [r for r in replies if not isinstance(r, StartExam)], now)
            note = set_aside_note(typed_ahead(inp))
            if note:  # "Art 149" typed as a second try would answer the next question
                write(out, visible(note))
            for exam in (r for r in replies if isinstance(r, StartExam)):
                # the mock reads its answers from the same input, then the chat goes on
                try:
                    exams_lost += run_exam_plain(
                        bank,
                        data_dir,
                        inp,
                        out,
                        ExamOptions(exam.preset, exam.count, exam.topic),
                        clock,
                        err,
                    )
                except (ValueError, ExamError, StoreError) as error:  # no paper: the chat goes on
                    print(f"quizbot: no mock test: {error}", file=err)
                now = clock()
                _emit(out, tutor.after_exam(now), now)
            if any(isinstance(reply, Quit) for reply in replies):
                break
    except OutputFailed as error:  # nobody can see the questions: stop, all is saved
        lost_output = error
    finally:
        tutor.close(clock())
    if not (tutor.failures or exams_lost or lost_output):
        return 0
    said = _what_was_saved(tutor, exams_lost)
    with suppress(OSError):  # standard error may be gone too: the status still says it
        print(f"quizbot: {f'{lost_output}; ' if lost_output else ''}{said}", file=err)
    return 1


def _what_was_saved(tutor: Tutor, exams_lost: int) -> str:
    """The truth at the end of a chat in which some write failed."""
    said = [f"{plural(tutor.answered, 'answer')} saved"]
    if tutor.unsaved:
        said.append(f"{plural(tutor.unsaved, 'answer')} could not be saved")
    if exams_lost:
        said.append(f"{plural(exams_lost, 'mock result')} could not be saved (printed above)")
    if tutor.failures:
        said.append(f"the last problem: {tutor.failures[-1]}")
    return "; ".join(said)
