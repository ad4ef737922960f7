"""``generate`` group: ``quizbot generate`` on about 1 MB of synthetic notes.

``generate_1mb_s`` is the best of three runs of :func:`quizbot.cli.generate.run_generate`
(parse, every rule, YAML rendering and writing the file), each timed inside a fresh process
after its imports, so no cache is warm, over one note of about 1 MB:
the bundled India–Russia notes copied about forty times, each copy with other names, other
numbers and its own headings, so the mix of bullets, sub-bullets, lists, tables, numbers and
abbreviations (and the number of questions per KB) is that of real notes.
``generate_1mb_questions`` is how many questions it produced. ``generate_worst_s``,
``generate_worst_peak_mb`` and ``generate_worst_output_ratio`` (output bytes per note byte)
are the worst over adversarial shapes of about 70 KB (:func:`adversarial_notes`).
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
    yield from run_worst()


def adversarial_notes() -> dict[str, str]:
    """Shapes of about 70 KB that once made generating quadratic or crash: bullets nested a
    thousand deep, one bullet of a thousand money figures, a complete list of 8,000 items in
    one sentence, and a line of many ``Long Form (ABBR)`` abbreviations."""
    deep = "# Deep\n\n" + "\n".join(
        " " * i + f"- {1000 + i} – Council {i} met at Delhi, chaired by Ravi Kumar"
        for i in range(1000)
    )
    money = "# Money\n\n- Figures: " + ", ".join(f"${i}.5 billion" for i in range(1, 4001)) + "\n"
    items = ", ".join(f"Alpha{i} Beta" for i in range(5000))
    listed = f"# List\n\n- The members are, namely {items} and Last One\n"
    abbreviations = "# Abbreviations\n\n- " + " and ".join(
        f"Grand {chr(65 + i % 26)}ouncil Of {chr(65 + (i // 26) % 26)}orth Nations "
        f"(G{chr(65 + i % 26)}O{chr(65 + (i // 26) % 26)}N)"
        for i in range(1600)
    )
    return {"deep": deep, "money": money, "list": listed, "abbreviations": abbreviations}


_WORST = """
import json, sys, time, tracemalloc
from quizbot.notes import generate_questions
from quizbot.notes.yamlout import render
text = open(sys.argv[1], encoding="utf-8").read()
started = time.perf_counter()
questions = generate_questions(text, "notes/worst.md")
seconds = time.perf_counter() - started
tracemalloc.start()
generate_questions(text, "notes/worst2.md")
peak = tracemalloc.get_traced_memory()[1] / 1e6
out = len(render(questions, "notes/worst.md", "T").encode("utf-8"))
print(json.dumps([seconds, peak, out / len(text.encode("utf-8"))]))
"""


def run_worst() -> Iterator[tuple[str, float]]:
    """``generate_worst_s``, ``generate_worst_peak_mb``, ``generate_worst_output_ratio``: the
    worst over :func:`adversarial_notes`, each in a fresh process."""
    import json

    worst = [0.0, 0.0, 0.0]
    with tempfile.TemporaryDirectory(prefix="quizbot-bench-worst-") as tmp:
        for name, text in adversarial_notes().items():
            path = Path(tmp) / f"{name}.md"
            path.write_text(text, encoding="utf-8")
            done = subprocess.run(
                [sys.executable, "-c", _WORST, str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            found = json.loads(done.stdout)
            worst = [max(a, b) for a, b in zip(worst, found, strict=True)]
    yield "generate_worst_s", worst[0]
    yield "generate_worst_peak_mb", worst[1]
    yield "generate_worst_output_ratio", worst[2]
