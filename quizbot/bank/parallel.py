"""Reading many bank files on two cores: this process works from the front of the list and
one spawned helper process from the back.

The figure that needs it: ``check_50k_s`` (a cold ``quizbot check`` of 50,000 questions,
target 2.0 s). Each file is parsed, validated and linted (:func:`quizbot.notes.lint`) once
it is read, and the lint grew with the generator's rules: in one process the check took
2.1–2.3 s here (2026-12-06, twenty-first session); with the helper, 1.27–1.38 s, and the
whole process tree peaked at 152 MB (``check_50k_peak_mb``, target 200 MB): one process had
taken 186 MB, and two stay under that because each empties the lint's caches after each file.

How: the files are cut into chunks and every chunk is handed to a
:class:`~concurrent.futures.ProcessPoolExecutor` of one worker, last chunk first. This
process then takes the chunks in order: one the helper has not started is cancelled and read
here; one it has started (or finished) is waited for. So the two meet wherever their speeds
put them, a busy second core costs only the helper's start, and a helper that cannot start
or dies leaves its chunks to this process. The helper is *spawned* (a fresh interpreter,
never a fork of this possibly threaded process) and returns each file as a
:class:`~quizbot.bank.cache.FileResult`: bytes and tuples, cheap to send. Below
:data:`PARALLEL_BYTES` of files to read, no helper is started: its start (about 0.15 s of
interpreter and imports) would outlast the work.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from quizbot.collector import paused_collection

if TYPE_CHECKING:
    from concurrent.futures import Future

    from quizbot.bank.cache import FileResult
    from quizbot.bank.loader import FileAnalysis

# multiprocessing and concurrent.futures are imported where a helper starts: every bank load
# imports this module, and they are 14 ms of start-up (first_question_bundled_s)

#: Bytes of bank files to read below which they are all read in this process.
PARALLEL_BYTES = 2_000_000
#: Files in each chunk handed over: a few dozen chunks a large bank, so the meeting point
#: falls near the middle, and each sent with one message.
_CHUNK_FILES = 8

#: What reads one file: :func:`quizbot.bank.loader.load_file`.
Reader = Callable[[Path, str, "FileAnalysis | None"], "FileResult"]


def read_files(
    reader: Reader,
    files: Sequence[tuple[Path, str]],
    analysis: FileAnalysis | None,
    total_bytes: int,
) -> list[FileResult]:
    """``reader(path, display, analysis)`` of each of ``files``, in their order: on two
    cores when they hold :data:`PARALLEL_BYTES` or more (``total_bytes``; pass 0 for one
    process) and this machine has two."""
    chunks = [files[i : i + _CHUNK_FILES] for i in range(0, len(files), _CHUNK_FILES)]
    if total_bytes < PARALLEL_BYTES or len(chunks) < 2 or _cores() < 2:
        return _read_chunk(reader, files, analysis)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    results: list[FileResult] = []
    helper = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        handed: list[Future[list[FileResult]] | None] = [None] * len(chunks)
        for i in reversed(range(1, len(chunks))):  # the first chunk is this process's own
            try:
                handed[i] = helper.submit(_read_chunk, reader, chunks[i], analysis)
            except (BrokenProcessPool, OSError, RuntimeError):
                break  # no helper: what was not handed over is read here
        for i, chunk in enumerate(chunks):
            future = handed[i]
            results.extend(_taken_back(future, reader, chunk, analysis))
    finally:
        helper.shutdown(wait=True, cancel_futures=True)
    return results


def _cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _taken_back(
    future: Future[list[FileResult]] | None,
    reader: Reader,
    chunk: Sequence[tuple[Path, str]],
    analysis: FileAnalysis | None,
) -> list[FileResult]:
    """A chunk's results: read here if the helper never had it, has not started it, or
    failed on it; else the helper's."""
    from concurrent.futures.process import BrokenProcessPool

    if future is None or future.cancel():
        return _read_chunk(reader, chunk, analysis)
    try:
        return future.result()
    except (BrokenProcessPool, OSError):
        return _read_chunk(reader, chunk, analysis)  # the helper died: nothing is lost


def _read_chunk(
    reader: Reader, chunk: Sequence[tuple[Path, str]], analysis: FileAnalysis | None
) -> list[FileResult]:
    with paused_collection():  # see quizbot.collector: the helper's reads as this process's
        return [reader(path, display, analysis) for path, display in chunk]
