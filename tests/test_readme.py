"""The README's examples are true: its YAML loads cleanly and its commands exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizbot import load_bank
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
YAML_BLOCKS = [b for b in re.findall(r"```yaml\n(.*?)```", README, re.DOTALL) if "questions:" in b]


@pytest.mark.parametrize("block", YAML_BLOCKS, ids=[f"block{i}" for i in range(len(YAML_BLOCKS))])
def test_readme_yaml_examples_load_without_problems(block: str, tmp_path: Path) -> None:
    path = tmp_path / "example.yaml"
    path.write_text(block, encoding="utf-8")
    bank = load_bank(path)
    assert len(bank) > 0 and bank.problems == ()


def test_readme_shows_every_question_type() -> None:
    types = {q.type for block in YAML_BLOCKS for q in _load(block)}
    assert types == {"short", "list", "mcq", "multi", "statements", "truefalse", "cloze", "match"}


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    command = "python3 -m pip install -e '.[test]' && python3 -m pytest"
    assert command in ci and command in README


def _load(block: str) -> list:  # type: ignore[type-arg]
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "example.yaml"
        path.write_text(block, encoding="utf-8")
        return list(load_bank(path))
