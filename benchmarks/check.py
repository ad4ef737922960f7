"""``check`` group: cold and warm ``quizbot check`` of 10k- and 50k-question banks.

Each ``check_*_s`` figure is a whole ``quizbot check`` process (what a user waits for), from
start to exit, with the full summary printed; the cache dir is private to the benchmark, so
the first run is cold and the second warm. ``*_peak_mb`` is the peak resident memory of the
whole process tree (the check and any process it starts), sampled from /proc. For context the
same run prints ``python_startup_s`` (a bare interpreter here, the floor under every process
figure) and ``load_50k_warm_s`` (``load_bank`` alone, in process, with a warm cache).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.synthetic import write_bank


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants, in MB (0 if it has exited)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack.extend(int(c) for c in children.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total / 1024


def timed_process(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak MB of the process tree) of one command run to completion."""
    peak = 0.0
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_mb(proc.pid))
            done.wait(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed: {stderr.decode()}")
    return elapsed, peak


def run() -> Iterator[tuple[str, float]]:
    with tempfile.TemporaryDirectory(prefix="quizbot-bench-") as tmp:
        root = Path(tmp)
        yield (
            "python_startup_s",
            min(
                timed_process([sys.executable, "-c", "pass"], dict(os.environ))[0] for _ in range(3)
            ),
        )
        for size, label in ((10_000, "10k"), (50_000, "50k")):
            bank = write_bank(root / f"bank-{label}", size)
            env = dict(os.environ, XDG_CACHE_HOME=str(root / f"cache-{label}"))
            env.pop("QUIZBOT_NO_CACHE", None)
            command = [sys.executable, "-m", "quizbot", "check", str(bank)]
            cold, peak = timed_process(command, env)
            warm, _ = timed_process(command, env)
            yield f"check_{label}_s", cold
            yield f"check_{label}_warm_s", warm
            yield f"check_{label}_peak_mb", peak
        from quizbot import load_bank

        started = time.perf_counter()
        load_bank(root / "bank-50k", cache_dir=root / "cache-50k" / "quizbot")
        yield "load_50k_warm_s", time.perf_counter() - started
