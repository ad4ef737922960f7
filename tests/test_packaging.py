"""A non-editable install ships the bank, the notes and the schema, and runs from anywhere."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_BANK, REPO

#: Builds and installs a wheel: minutes on a slow machine.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    [built] = out.glob("quizbot-*.whl")
    return built


def test_wheel_contains_bank_notes_and_schema(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in BUNDLED_BANK.rglob("*.yaml"):
        assert f"quizbot/_data/question_bank/{path.relative_to(BUNDLED_BANK)}" in names
    assert any(n.startswith("quizbot/_data/notes/") and n.endswith(".md") for n in names)
    assert "quizbot/bank/question-file.schema.json" in names
    assert "quizbot/tui/app.tcss" in names


def test_installed_wheel_checks_its_bundled_bank_from_any_directory(
    wheel: Path, tmp_path: Path
) -> None:
    venv = tmp_path / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=120
    )
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        timeout=300,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"PATH": f"{venv / 'bin'}", "HOME": str(tmp_path), "QUIZBOT_NO_CACHE": "1"}
    where = subprocess.run(
        [str(python), "-c", "from quizbot.paths import bundled_bank_dir as b;print(b())"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
        timeout=60,
    )
    assert "site-packages/quizbot/_data/question_bank" in where.stdout, where.stderr
    done = subprocess.run(
        [str(venv / "bin" / "quizbot"), "check"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"in {len(list(BUNDLED_BANK.rglob('*.yaml')))} files" in done.stdout
