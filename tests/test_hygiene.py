"""Project rules a test can prove: import hygiene, no import-time side effects, ruff clean."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO, modules_after

#: Every module of the package but the Textual front end (found on disk, so new domain
#: modules are covered without editing this list).
DOMAIN = sorted(
    ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
    for path in (REPO / "quizbot").rglob("*.py")
    if "tui" not in path.relative_to(REPO).parts and path.name != "__main__.py"
)


@pytest.mark.slow
def test_domain_packages_never_import_textual() -> None:
    code = f"import importlib\nfor m in {DOMAIN!r}: importlib.import_module(m)"
    assert modules_after(code, ("textual", "rich")) == []


#: ``import textual``, ``from textual.app import App``, and textual-serve (``textual_serve``,
#: Textual's web server, which ``quizbot serve`` runs from quizbot/tui/serve.py).
_IMPORTS_TEXTUAL = re.compile(r"\s*(import|from)\s+textual(_serve)?(\.|\s|$)")


def test_only_the_tui_package_imports_textual() -> None:
    offenders = [
        str(p.relative_to(REPO))
        for p in (REPO / "quizbot").rglob("*.py")
        if "tui" not in p.relative_to(REPO / "quizbot").parts
        and any(_IMPORTS_TEXTUAL.match(line) for line in p.read_text(encoding="utf-8").splitlines())
    ]
    assert offenders == []


@pytest.mark.slow
def test_import_contracts_hold() -> None:
    """The layers and forbidden imports in pyproject.toml ([tool.importlinter]): front ends
    above the domain, and no argparse, textual or front end inside it."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports; "
            "sys.exit(lint_imports(no_logo=True, cache_dir=None))",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


@pytest.mark.slow
def test_mypy_is_clean() -> None:
    pytest.importorskip("mypy", reason="mypy is installed by the test extra")
    done = subprocess.run(
        [sys.executable, "-m", "mypy"], capture_output=True, text=True, cwd=REPO, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is installed by the test extra")
def test_ruff_is_clean() -> None:
    done = subprocess.run(
        ["ruff", "check", "quizbot", "tests", "benchmarks"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is installed by the test extra")
def test_ruff_format_is_clean() -> None:
    done = subprocess.run(
        ["ruff", "format", "--check", "quizbot", "tests", "benchmarks"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


#: Lines a module may have, unless its first lines say why it needs more.
MAX_LINES = 400


def test_modules_are_short_unless_their_first_lines_say_why() -> None:
    long = []
    for path in sorted((REPO / "quizbot").rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > MAX_LINES and "lines" not in " ".join(lines[:5]):
            long.append(f"{path.relative_to(REPO)}: {len(lines)} lines")
    assert not long, "split these, or say at their top why they are long:\n" + "\n".join(long)
