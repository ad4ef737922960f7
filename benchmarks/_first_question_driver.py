"""The child process of the ``first_question`` benchmark (not a group: its name starts with _).

``python -m benchmarks._first_question_driver bare`` paints a bare Textual app;
``... app BANK DATA CACHE`` opens the quizbot app headless on BANK; both print ``ready
<peak RSS in kB>`` on standard output as soon as the first frame with a question (or, bare,
the first frame) is painted, then exit. ``... keys BANK DATA CACHE N`` answers N questions
through the input and prints the milliseconds from each enter key to the frame with its
feedback painted (timed in the app's after-paint hook).
"""

from __future__ import annotations

import asyncio
import os
import resource
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path


def _peak_kb() -> int:
    """This process's peak resident memory. VmHWM (Linux) is this program's own; ru_maxrss
    also counts the parent's size at the fork (a big benchmark runner would show here)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _ready() -> None:
    os.write(1, f"ready {_peak_kb()}\n".encode())


def bare() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("What is the capital of India?")

        def on_mount(self) -> None:
            self.call_after_refresh(self.painted)

        def painted(self) -> None:
            _ready()
            self.exit()

    Bare().run(headless=True, size=(80, 24))


def app(bank: str, data: str, cache: str) -> None:
    from quizbot.tui.app import create_app
    from quizbot.tutor.replies import Ask, Reply

    quiz = create_app([bank], Path(data), Path(cache))

    def painted(replies: list[Reply]) -> None:
        if any(isinstance(r, Ask) for r in replies):
            _ready()
            quiz.exit()

    quiz.after_paint = painted
    quiz.run(headless=True, size=(80, 24))


async def keys(bank: str, data: str, cache: str, count: int) -> None:
    from textual.widgets import Input

    from quizbot.tui.app import create_app
    from quizbot.tutor.replies import Reply

    clock_start = datetime(2025, 1, 6, 18, 0, tzinfo=UTC)
    ticks = [0]

    def clock() -> datetime:
        ticks[0] += 1
        return clock_start + timedelta(seconds=3 * ticks[0])

    from quizbot.study import Store

    with Store.open(Path(data), clock_start) as store:  # enough new questions for every answer
        store.set_setting("daily_new_limit", 1000)
    quiz = create_app([bank], Path(data), Path(cache), clock=clock)
    painted = asyncio.Event()
    painted_at = [0.0]

    def on_paint(replies: list[Reply]) -> None:
        # The hook runs right after the frame with the replies is painted: time it here,
        # not once ``pilot.press`` returns (that waits for every later refresh too).
        painted_at[0] = time.perf_counter()
        painted.set()

    quiz.after_paint = on_paint
    timings = []
    async with quiz.run_test(size=(80, 24)) as pilot:
        await painted.wait()
        for n in range(count):
            tutor = quiz.tutor
            assert tutor is not None
            entry = quiz.query_one("#entry", Input)
            entry.focus()
            entry.value = "Kudankulam" if n % 2 else "/skip"
            await pilot.pause()
            painted.clear()
            started = time.perf_counter()
            await pilot.press("enter")
            await painted.wait()
            timings.append((painted_at[0] - started) * 1000)
        await pilot.press("ctrl+q")
    print(" ".join(f"{t:.2f}" for t in timings), flush=True)


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    if mode == "bare":
        bare()
    elif mode == "app":
        app(*rest)
    else:
        asyncio.run(keys(rest[0], rest[1], rest[2], int(rest[3])))
