"""``generate`` group: ``quizbot generate`` on about 1 MB of synthetic notes.

``generate_1mb_s`` is the best of three runs of :func:`quizbot.cli.generate.run_generate`
(parse, every rule, YAML rendering and writing the file), each timed inside a fresh process
after its imports, so no cache is warm, over one note of about 1 MB:
the bundled India–Russia notes copied about forty times, each copy with other names, other
numbers and its own headings, so the mix of bullets, sub-bullets, lists, tables, numbers and
abbreviations (and the number of questions per KB) is that of real notes.
``generate_1mb_questions`` is how many questions it produced.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

_SYLLABLES = (
    "ka",
    "lo",
    "mir",
    "sa",
    "ven",
    "tor",
    "qua",
    "bel",
    "dri",
    "nox",
    "pe",
    "ram",
    "zu",
    "ith",
    "cor",
    "mal",
    "dan",
    "vey",
    "ols",
    "ter",
    "gan",
    "hu",
    "ost",
    "bre",
)
_CAPITALISED = re.compile(r"\b(?!Sources\b)([A-Z][a-z]{2,})\b")
_NUMBER = re.compile(r"\d+")
_HEADING = re.compile(r"^(#{1,5}) ", re.MULTILINE)


def _variant(notes: str, k: int) -> str:
    """Copy ``k`` of the notes: other names (each capitalised word gets a made-up ending),
    other numbers, and headings one level down under a heading of its own."""
    n = len(_SYLLABLES)
    ending = _SYLLABLES[k % n] + _SYLLABLES[(k // n) % n]
    body = notes.split("\n---\n", 1)[1] if notes.startswith("---\n") else notes
    body = _CAPITALISED.sub(lambda m: m.group(1) + ending, body)
    body = _NUMBER.sub(lambda m: str(int(m.group(0)) + k % 5), body)
    return _HEADING.sub(lambda m: "#" + m.group(1) + " ", body)


def synthetic_notes(size: int = 1_000_000) -> str:
    """About ``size`` bytes of notes: the bundled India–Russia notes copied with other names,
    numbers and headings, so the mix of constructs (and of questions per KB) is real."""
    template = (Path(__file__).resolve().parent.parent / "notes" / "india-russia.md").read_text(
        encoding="utf-8"
    )
    parts = ["# Synthetic notes\n"]
    total = len(parts[0])
    k = 0
    while total < size:
        copy = _variant(template, k)
        parts.append(copy)
        total += len(copy.encode("utf-8"))
        k += 1
    return "\n".join(parts)


_TIMED = """
import io, sys, time
from quizbot.cli.generate import run_generate
started = time.perf_counter()
code = run_generate([sys.argv[1]], sys.argv[2], False, io.StringIO())
print(time.perf_counter() - started if code == 0 else -1)
"""


def run() -> Iterator[tuple[str, float]]:
    with tempfile.TemporaryDirectory(prefix="quizbot-bench-generate-") as tmp:
        root = Path(tmp)
        notes = root / "atlas.md"
        notes.write_text(synthetic_notes(), encoding="utf-8")
        times = []
        for i in range(3):  # each run in a fresh process: no warm caches, imports done
            out = root / f"out{i}"
            done = subprocess.run(
                [sys.executable, "-c", _TIMED, str(notes), str(out)],
                capture_output=True,
                text=True,
                check=True,
            )
            seconds = float(done.stdout.strip())
            if seconds < 0:
                raise RuntimeError(f"quizbot generate failed: {done.stderr}")
            times.append(seconds)
        count = (root / "out0" / "atlas.yaml").read_text(encoding="utf-8").count("\n  - id: ")
        yield "generate_1mb_s", min(times)
        yield "generate_1mb_questions", float(count)
