"""``first_question`` group: process start to the first question painted, and key to feedback.

Each ``first_question_*_s`` figure is a whole process (``benchmarks._first_question_driver``,
which builds the app as ``quizbot`` does and runs it headless at 80×24), from ``Popen`` to the
line it prints once the first frame with a question is painted; the median of 5 runs, with a
warm bank cache (the first run warms it). ``first_question_bare_textual_s`` is the same for a
bare Textual app painting one line: the floor. ``rss_50k_mb`` is the peak resident memory of
the app on the 50k bank when its first question is painted. ``keypress_feedback_p95_ms``: the
95th percentile, over 100 answers on the bundled bank, of the time from the enter key to the
feedback (and the next question) painted.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import quizbot
from benchmarks._stats import percentile
from benchmarks.synthetic import write_bank
from quizbot import paths

RUNS = 5
DRIVER = [sys.executable, "-m", "benchmarks._first_question_driver"]


def _first_paint(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds from start to "ready", peak RSS in MB at that moment) of one driver run."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [*DRIVER, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().decode()
    elapsed = time.perf_counter() - started
    _, stderr = proc.communicate(timeout=60)
    if not line.startswith("ready"):
        raise RuntimeError(f"the driver failed: {line}{stderr.decode()[-2000:]}")
    return elapsed, int(line.split()[1]) / 1024


def _median(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    runs = [_first_paint(args, env) for _ in range(RUNS)]
    return statistics.median(t for t, _ in runs), max(m for _, m in runs)


def run() -> Iterator[tuple[str, float]]:
    # An installed quizbot has its bytecode compiled (pip does it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise compile every changed module at each start.
    compileall.compile_dir(Path(quizbot.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory(prefix="quizbot-bench-") as tmp:
        root = Path(tmp)
        env = dict(os.environ, TERM="xterm-256color")
        env.pop("QUIZBOT_NO_CACHE", None)
        cache = root / "cache"
        bundled = str(paths.bundled_bank_dir())
        _first_paint(["app", bundled, str(root / "warm"), str(cache)], env)  # warm the cache
        bare, _ = _median(["bare"], env)
        first, _ = _median(["app", bundled, str(root / "data"), str(cache)], env)
        yield "first_question_bare_textual_s", bare
        yield "first_question_bundled_s", first
        big = str(write_bank(root / "bank-50k", 50_000))
        _first_paint(["app", big, str(root / "warm50"), str(cache)], env)
        first_50k, peak = _median(["app", big, str(root / "data50"), str(cache)], env)
        yield "first_question_50k_s", first_50k
        yield "rss_50k_mb", peak
        done = subprocess.run(
            [*DRIVER, "keys", bundled, str(root / "keys"), str(cache), "100"],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        if done.returncode != 0:
            raise RuntimeError(f"the key driver failed: {done.stderr[-2000:]}")
        timings = sorted(float(t) for t in done.stdout.split())
        yield "keypress_feedback_p95_ms", percentile(timings, 0.95)
