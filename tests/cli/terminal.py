"""A line-mode command driven on a pseudo-terminal, as a fast typist or a paste reaches it.

The plain chat and the plain mock read a terminal differently from a pipe (lines typed
before a question was printed are not its answer), so their tests type into a real
terminal: :func:`typed_at_a_terminal` runs the command in a thread on a pseudo-terminal's
input and types each step's text once the output shows what the step waits for.
"""

from __future__ import annotations

import io
import os
import threading
import time
from collections.abc import Callable, Sequence
from typing import TextIO

#: How long a step waits for its output, and how long it lets the command settle after it.
_PATIENCE_S = 20.0
_SETTLE_S = 0.2


def typed_at_a_terminal(
    run: Callable[[TextIO], int], out: io.StringIO, steps: Sequence[tuple[str, bytes]]
) -> int | None:
    """``run``'s exit status (``None`` if it did not end): each step waits until ``out``
    holds its text (an empty text waits for nothing), then types its bytes."""
    master, slave = os.openpty()
    inp = open(slave, encoding="utf-8", closefd=True)  # noqa: SIM115 (closed below)
    statuses: list[int] = []
    command = threading.Thread(target=lambda: statuses.append(run(inp)))
    command.start()
    try:
        for shown, typed in steps:
            deadline = time.monotonic() + _PATIENCE_S
            while shown not in out.getvalue() and time.monotonic() < deadline:
                time.sleep(0.05)
            if shown:
                time.sleep(_SETTLE_S)  # what is shown now waits for its answer
            os.write(master, typed)
        command.join(timeout=_PATIENCE_S)
    finally:
        inp.close()
        os.close(master)
    return statuses[0] if statuses and not command.is_alive() else None
