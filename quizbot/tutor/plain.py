"""The plain line mode (``quizbot chat --plain``) and ``quizbot ask``.

:func:`run_plain` runs a :class:`~quizbot.tutor.Tutor` over text streams: one learner
message per line until the end of the input (or "bye"), every reply rendered as plain text.
Every answer is committed before the next question is printed. :func:`run_ask` answers one
study question from the notes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TextIO

from quizbot import paths
from quizbot.bank import Bank
from quizbot.study.store import StoreError
from quizbot.tutor.engine import Tutor
from quizbot.tutor.lookup import NotesIndex
from quizbot.tutor.render import render
from quizbot.tutor.replies import Quit, Reply, StartExam
from quizbot.visible import visible


def _emit(out: TextIO, replies: list[Reply], now: datetime) -> None:
    for reply in replies:
        print(visible(render(reply, now)), file=out)
    out.flush()


def run_plain(bank: Bank, data_dir: Path, inp: TextIO, out: TextIO, topic: str | None,
              clock: Callable[[], datetime], err: TextIO | None = None, cram: bool = False,
              notes: Sequence[Path] | None = None) -> int:
    """Chat over ``inp``/``out``; exit status 0 (2: unknown topic; 1: no progress store)."""
    err = sys.stderr if err is None else err
    try:
        tutor = Tutor.open(bank, data_dir, clock(), notes=notes, topic=topic, cram=cram)
    except ValueError as error:
        print(f"quizbot: {error}", file=err)
        return 2
    except StoreError as error:
        print(f"quizbot: {error}", file=err)
        return 1
    if tutor.recovered_from is not None:
        print(f"quizbot: warning: the progress database {tutor.store.path} could not be read; "
              f"it was kept as {tutor.recovered_from} and a fresh one was started", file=err)
    try:
        now = clock()
        _emit(out, tutor.start(now), now)
        for line in inp:
            now = clock()
            replies = tutor.handle(line.rstrip("\r\n"), now)
            _emit(out, [r for r in replies if not isinstance(r, StartExam)], now)
            for exam in (r for r in replies if isinstance(r, StartExam)):
                # the mock reads its answers from the same input, then the chat goes on
                from quizbot.exam.cli import run_exam_plain
                from quizbot.exam.setup import ExamOptions

                run_exam_plain(bank, data_dir, inp, out,
                               ExamOptions(exam.preset, exam.count, exam.topic), clock, err)
                now = clock()
                _emit(out, tutor.after_exam(now), now)
            if any(isinstance(reply, Quit) for reply in replies):
                break
    finally:
        tutor.close(clock())
    return 0


def run_ask(query: str, notes_paths: Sequence[Path | str] | None, out: TextIO, now: datetime,
            err: TextIO | None = None) -> int:
    """Answer one study question from the notes (at ``now``, an aware datetime); 0 if found,
    1 if not (with suggestions)."""
    err = sys.stderr if err is None else err
    where = list(notes_paths or [paths.bundled_notes_dir()])
    index = NotesIndex.build(where)
    if not index.units:
        print(f"quizbot: no notes to search in {', '.join(map(str, where))} (give Markdown "
              "files or directories with --notes)", file=err)
        return 1
    found = index.lookup(query)
    print(visible(render(found, now)), file=out)
    return 0 if found.passages else 1
