"""The plain line mode: the chat and the mock test over text streams, one line at a time,
for scripts, screen readers and dumb terminals (``quizbot chat --plain``, ``quizbot exam
--plain``). Imports no textual and no argparse; the command line calls it.

Hostile streams are met with a message, never a traceback: input that is not UTF-8 is read
without failing (:func:`tolerant`) and refused line by line with a message; a closed standard
input or output is refused before anything starts (:func:`closed_streams`); output that cannot
be written (a full device) ends the chat with a message on standard error
(:class:`OutputFailed`).
"""

from __future__ import annotations

import io
import sys
from contextlib import suppress
from pathlib import Path
from typing import TextIO


def recovery_warning(path: Path, kept: Path) -> str:
    """What every front end says when the progress database could not be read."""
    return (
        f"quizbot: warning: the progress database {path} could not be read; it was kept "
        f"as {kept} and a fresh one was started"
    )


def tolerant(stream: TextIO) -> TextIO:
    """``stream``, set (when it is a real text stream) to read bytes that are not valid in its
    encoding as lone surrogates instead of raising ``UnicodeDecodeError``, which would end
    the session; :func:`quizbot.tutor.unreadable.undecodable` finds them in a line. Python
    allows this only before the first read: a stream already read from is left as its
    reader set it up."""
    if isinstance(stream, io.TextIOWrapper) and not stream.closed:
        with suppress(io.UnsupportedOperation):
            stream.reconfigure(errors="surrogateescape")
    return stream


def closed_streams(what: str) -> str | None:
    """Why ``what`` (``the plain chat``) cannot run on this process's standard streams, or
    ``None``: it reads answers from standard input and shows questions on standard output,
    so neither may be closed (``<&-``, ``>&-``). An empty input (``</dev/null``) is fine."""
    if sys.stdin is None or sys.stdin.closed:
        return f"standard input is closed: {what} reads your answers from it"
    if sys.stdout is None or sys.stdout.closed:
        return f"standard output is closed: {what} shows its questions there"
    return None


class OutputFailed(OSError):
    """Writing to the output failed (a full device, a closed file); the message says why.
    An ``OSError``, so the command line reports it as one (exit status 1)."""

    def __init__(self, error: OSError) -> None:
        reason = error.strerror or str(error)
        super().__init__(f"cannot write to standard output ({reason})")


def write(out: TextIO, text: str) -> None:
    """Print ``text`` and flush it, so a full device is found now; raises
    :class:`OutputFailed` for an ``OSError`` (a closed pipe, ``BrokenPipeError``, is left
    to the command line, which ends quietly)."""
    try:
        print(text, file=out)
        out.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputFailed(error) from None
