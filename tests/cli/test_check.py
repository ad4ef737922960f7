"""``quizbot check``: problems, exit status and the summary."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from quizbot.cli import main
from tests.conftest import BUNDLED_BANK, REPO, WriteBank


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--no-cache", *argv], out=out)
    return code, out.getvalue()


def test_valid_bank_prints_a_summary_by_type_and_topic(write_bank: WriteBank) -> None:
    bank_dir = write_bank(
        {
            "a.yaml": """\
        topic: India–Russia › Energy
        questions:
          - {id: a, type: short, prompt: Which plant?, answer: Kudankulam}
          - {id: b, type: truefalse, statement: Rosatom builds it., answer: true}
          - {id: c, type: short, topic: India–Russia › Space, prompt: p, answer: x}
        """
        }
    )
    code, out = run("check", str(bank_dir))
    assert code == 0
    assert out.splitlines() == [
        "3 questions in 1 file",
        "  by type:  short 2 · truefalse 1",
        "  by topic:",
        "    India–Russia › Energy      2",
        "    India–Russia › Space       1",
    ]


def test_every_problem_is_printed_and_exit_status_is_1(write_bank: WriteBank) -> None:
    bank_dir = write_bank(
        {
            "a.yaml": "questions:\n  - {id: a, type: mcq, prompt: p, options: [X, Y], answer: Z}\n",
            "b.yaml": "questions:\n\t- id: b\n",
            "c.yaml": "questions:\n  - {id: c, type: short, prompt: p, answer: ok}\n",
        }
    )
    code, out = run("check", str(bank_dir))
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == f"{bank_dir}/a.yaml:2:60: the answer is not one of the options"
    assert lines[1].startswith(f"{bank_dir}/b.yaml:2:1: YAML syntax error: found a tab")
    assert "1 question in 3 files" in out
    assert lines[-1] == "2 errors, 0 warnings"


def test_derived_ids_are_announced_and_write_ids_pins_them(write_bank: WriteBank) -> None:
    bank_dir = write_bank(
        {"d.yaml": "questions:\n  - {type: short, prompt: Which rifle?, answer: AK-203}\n"}
    )
    code, out = run("check", str(bank_dir))
    assert code == 0 and "1 question without an explicit id" in out
    code, out = run("check", "--write-ids", str(bank_dir))
    assert f"{bank_dir}/d.yaml: wrote 1 id" in out
    assert "id: d-rifle" in (bank_dir / "d.yaml").read_text()


def test_default_is_the_bundled_bank_and_bank_option_overrides(write_bank: WriteBank) -> None:
    code, out = run("check")
    assert code == 0 and f"in {len(list(BUNDLED_BANK.rglob('*.yaml')))} files" in out
    bank_dir = write_bank(
        {"x.yaml": "questions:\n  - {id: a, type: short, prompt: p, answer: x}\n"}
    )
    code, out = run("--bank", str(bank_dir), "check")
    assert out.startswith("1 question in 1 file")


@pytest.mark.slow
def test_console_entry_point_runs_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quizbot", "--no-cache", "check", "-q", str(BUNDLED_BANK)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""


def test_a_file_given_twice_or_inside_a_given_directory_is_checked_once(
    write_bank: WriteBank,
) -> None:
    bank_dir = write_bank(
        {"q3.yaml": "questions:\n  - {id: a, type: short, prompt: p, answer: x}\n"}
    )
    code, out = run("check", str(bank_dir / "q3.yaml"), str(bank_dir), str(bank_dir / "q3.yaml"))
    assert (code, out.splitlines()[0]) == (0, "1 question in 1 file")
    assert "duplicate id" not in out


@pytest.mark.slow
def test_a_closed_pipe_ends_the_output_quietly(write_bank: WriteBank) -> None:
    # `quizbot check BANK | head -1`: far more output than a pipe buffer holds.
    bank_dir = write_bank(
        {
            "many.yaml": "questions:\n"
            + "".join(f"  - {{id: q{i}, type: essay, prompt: p}}\n" for i in range(3000))
        }
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "quizbot", "--no-cache", "check", str(bank_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert "unknown question type" in proc.stdout.readline().decode()
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert stderr == ""
    assert proc.returncode == 1


def test_a_warm_check_prints_the_same_warnings_without_linting_again(
    write_bank: WriteBank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bank_dir = write_bank(
        {
            "a.yaml": """\
        topic: Weak
        questions:
          - {id: w1, type: short, prompt: Which missile is BrahMos?, answer: BrahMos}
          - {id: w2, type: mcq, prompt: Pick one, options: [defence, defence cooperation, x, y],
             answer: x}
        """,
            "b.yaml": """\
        questions:
          - {id: v1, type: short, prompt: Which missile is BrahMos?, answer: BrahMos}
        """,
        }
    )
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("QUIZBOT_NO_CACHE", raising=False)

    def check() -> str:
        out = io.StringIO()
        assert main(["check", str(bank_dir)], out=out) == 0
        return out.getvalue()

    cold = check()
    assert cold == run("check", str(bank_dir))[1]
    assert cold.count("warning:") == 4, cold  # b's prompt repeats a's, as a duplicate
    from quizbot.notes.lint_files import FileLint

    def no_lint(self: FileLint, questions: object) -> None:
        raise AssertionError("a warm check lints nothing")

    monkeypatch.setattr(FileLint, "__call__", no_lint)
    assert check() == cold
