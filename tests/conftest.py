"""Shared fixtures: temporary banks written from text."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BUNDLED_BANK = REPO / "question_bank"

WriteBank = Callable[..., Path]


def modules_after(code: str, prefixes: tuple[str, ...]) -> list[str]:
    """The modules named under ``prefixes`` that a fresh interpreter holds after running
    ``code`` (``import quizbot.bank``): what an import or a call brings in."""
    probe = (
        f"{code}\nimport json, sys\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {prefixes!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert done.returncode == 0, done.stderr
    found: list[str] = json.loads(done.stdout)
    return found


def quizbot_process(
    *args: str, cwd: Path, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``python -m quizbot ARGS`` run to its end in a process of its own, its output kept."""
    return subprocess.run(
        [sys.executable, "-m", "quizbot", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
    )


@pytest.fixture
def write_bank(tmp_path: Path) -> WriteBank:
    """Write ``{relative path: text}`` under a fresh directory and return the directory."""

    def write(files: dict[str, str | bytes], root: str = "bank") -> Path:
        base = tmp_path / root
        for name, content in files.items():
            path = base / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(textwrap.dedent(content), encoding="utf-8")
        return base

    return write
