"""The ``quizbot`` command line does what a user types: global options anywhere, ``--version``
and ``help``, paths that do not exist named as errors, one exit-status table, and every
chat option reaching the app."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from quizbot import __version__
from quizbot.cli import main
from quizbot.cli.errors import EXIT_FAILURE, EXIT_USAGE, UsageError, exit_status, reported
from quizbot.exam.session import ExamError
from quizbot.study.recovery import StoreError

BANK = """\
questions:
  - {id: q1, type: short, topic: A, prompt: Which missile?, answer: BrahMos}
"""


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    (tmp_path / "bank").mkdir()
    (tmp_path / "bank" / "a.yaml").write_text(BANK, encoding="utf-8")
    return tmp_path / "bank"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    status = main(argv, out)
    return status, out.getvalue(), capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", "{data}", "--bank", "{bank}", "stats", "--json"],
        ["stats", "--json", "--data-dir", "{data}", "--bank", "{bank}"],
        ["--bank", "{bank}", "stats", "--data-dir", "{data}", "--json"],
    ],
)
def test_global_options_work_before_or_after_the_subcommand(
    argv: list[str], bank: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    given = [a.format(data=tmp_path / "data", bank=bank) for a in argv]
    status, out, err = run(given, capsys)
    assert (status, err) == (0, "")
    assert json.loads(out)["topics"]["A"]["questions"] == 1  # the bank given was loaded
    assert (tmp_path / "data").is_dir()  # the data dir given after the subcommand was used


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.strip() == f"quizbot {__version__}"
    status, out, _ = run(["help"], capsys)
    assert status == 0 and out.startswith("usage: quizbot") and "generate" in out
    status, out, _ = run(["help", "exam"], capsys)
    assert status == 0 and out.startswith("usage: quizbot exam") and "--preset" in out
    status, out, err = run(["help", "nonsense"], capsys)
    assert status == EXIT_USAGE and out == "" and "no command 'nonsense'" in err


@pytest.mark.parametrize("command", [["stats"], ["chat", "--plain"], ["exam", "--plain"], ["chat"]])
def test_a_bank_path_that_does_not_exist_is_named(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope"
    status, out, err = run(
        ["--bank", str(missing), "--data-dir", str(tmp_path / "d"), *command], capsys
    )
    assert status == EXIT_USAGE and out == ""
    assert err == f"quizbot: --bank {missing}: no such file or directory\n"


def test_a_bank_directory_without_question_files_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.txt").write_text("not questions", encoding="utf-8")
    status, _, err = run(
        ["chat", "--plain", "--bank", str(tmp_path / "empty"), "--data-dir", str(tmp_path / "d")],
        capsys,
    )
    assert status == EXIT_USAGE and "no question files (*.yaml)" in err


def test_missing_notes_are_an_error(
    bank: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(
        ["chat", "--plain", "--bank", str(bank), "--notes", str(tmp_path / "gone.md")], capsys
    )
    assert status == EXIT_USAGE and err.endswith("gone.md: no such file or directory\n")


def test_check_on_a_note_says_to_generate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = tmp_path / "monsoon.md"
    note.write_text("# Monsoon\n\n- **ITCZ**: the low-pressure belt\n", encoding="utf-8")
    status, out, err = run(["check", str(note)], capsys)
    assert status == EXIT_USAGE and out == ""
    assert "is a Markdown note, not a question file" in err and "quizbot generate" in err


def test_chat_options_reach_the_app(
    bank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import quizbot.tui.app

    seen: dict[str, Any] = {}

    class Ran:
        return_code = 0

        def run(self) -> None:
            seen["ran"] = True

    def fake_create_app(**options: Any) -> Ran:
        seen.update(options)
        return Ran()

    monkeypatch.setattr(quizbot.tui.app, "create_app", fake_create_app)
    notes = tmp_path / "notes.md"
    notes.write_text("# N\n", encoding="utf-8")
    status, _, _ = run(
        [
            "chat",
            "--cram",
            "--topic",
            "A",
            "--notes",
            str(notes),
            "--bank",
            str(bank),
            "--data-dir",
            str(tmp_path / "d"),
        ],
        capsys,
    )
    assert status == 0 and seen["ran"]
    assert (seen["cram"], seen["topic"], seen["notes"]) == (True, "A", [notes])
    assert seen["bank_paths"] == [str(bank)] and seen["data_dir"] == tmp_path / "d"


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (UsageError("x"), EXIT_USAGE),
        (ValueError("x"), EXIT_USAGE),
        (ExamError("x"), EXIT_USAGE),
        (StoreError("x"), EXIT_FAILURE),
        (OSError("x"), EXIT_FAILURE),
        (KeyError("x"), None),
    ],
)
def test_one_table_maps_errors_to_exit_statuses(error: Exception, status: int | None) -> None:
    assert exit_status(error) == status


def test_a_bug_is_not_swallowed() -> None:
    def broken() -> int:
        raise KeyError("a bug")

    with pytest.raises(KeyError):
        reported(io.StringIO(), broken)


def test_a_bank_path_that_is_a_link_loop_or_a_fifo_says_what_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    for given, words in ((loop, "symbolic link loop"), (fifo, "is a FIFO")):
        status, _, err = run(["stats", "--bank", str(given), "--data-dir", str(tmp_path)], capsys)
        assert status == EXIT_USAGE and words in err, err
