"""Lines typed at a terminal before the question they would answer was shown.

In line mode each line is the learner's next message. At a terminal a fast typist (or a
paste) can send a line before the reply to the one before it has been printed: "Art 149",
meant as a second try, would then answer the next question, which the learner never saw.
:func:`typed_ahead` takes such lines off a terminal's input once a reply is printed, so the
chat can show them back unanswered; a pipe or a file is a script of answers and is read as
it comes.
"""

from __future__ import annotations

import select
from contextlib import suppress
from typing import TextIO


def typed_ahead(inp: TextIO) -> list[str]:
    """The lines waiting on ``inp`` when it is a terminal (each one the terminal has
    finished), without their line ends; none for any other input."""
    with suppress(AttributeError, OSError, ValueError):
        if inp.isatty():
            return _waiting(inp, inp.fileno())
    return []


def _waiting(inp: TextIO, fd: int) -> list[str]:
    lines: list[str] = []
    # a terminal in line mode is readable only once a whole line is there, and hands over
    # one line a read: each readline takes exactly what was typed, nothing after it
    while select.select([fd], [], [], 0)[0]:
        line = inp.readline()
        if not line:
            break  # end of input: the chat's own loop ends on it
        lines.append(line.rstrip("\r\n"))
    return lines


def set_aside_note(lines: list[str], shown: str = "reply") -> str:
    """What the chat (or the mock test: ``shown`` is "question") says of lines it did not
    take as messages."""
    said = "; ".join(f"“{line}”" for line in lines if line.strip())
    if not said:
        return ""
    return (
        f"(Typed before this {shown} was shown, so not taken as an answer: {said}. "
        "Type it again if you meant it.)"
    )
