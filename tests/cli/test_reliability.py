"""Nothing lost, nothing hangs, no traceback: a full disk in a chat, a damaged row under
``quizbot stats``, and a mock paper whose result could be lost.

A full disk is a file-size limit (``RLIMIT_FSIZE``: a write past it fails as it would on a
full device) set in the quizbot subprocess; damage is written with sqlite3 directly.
"""

from __future__ import annotations

import io
import os
import resource
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizbot.cli import main
from quizbot.exam import storage as exam_storage
from quizbot.exam.start import ExamOptions
from quizbot.plain.exam import run_exam_plain
from quizbot.study import Store
from quizbot.study.recovery import StoreError
from tests.conftest import REPO
from tests.unit.exam_support import exam_bank
from tests.unit.study_support import Clock

BANK = """\
questions:
  - {id: q1, type: short, topic: A, prompt: Which missile?, answer: BrahMos}
  - {id: q2, type: short, topic: A, prompt: Which plant?, answer: Kudankulam}
  - {id: q3, type: mcq, topic: B, prompt: Which system?, options: [S-400, THAAD], answer: S-400}
"""


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    path = tmp_path / "bank.yaml"
    path.write_text(BANK, encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    status = main(["--no-cache", *argv], out)
    return status, out.getvalue(), capsys.readouterr().err


def _reviews(data: Path) -> int:
    with sqlite3.connect(data / "progress.db") as db:
        return int(db.execute("SELECT count(*) FROM reviews").fetchone()[0])


@pytest.mark.slow
def test_a_full_disk_in_a_chat_is_said_at_once_and_at_the_end_and_exits_1(
    tmp_path: Path, bank: Path
) -> None:
    data = tmp_path / "data"
    with Store.open(data, datetime.now(UTC)):
        pass  # the database exists (53 kB); the limit then leaves room for one answer
    limit = 40_000

    def full_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    command = ["--no-cache", "--bank", str(bank), "--data-dir", str(data), "chat", "--plain"]
    done = subprocess.run(
        [sys.executable, "-m", "quizbot", *command],
        input="BrahMos\nKudankulam\na\n/skip\nbye\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "TZ": "UTC"},
        preexec_fn=full_disk,
    )
    assert "Traceback" not in done.stderr
    assert done.returncode == 1
    saved = _reviews(data)  # read without the limit: what really is in the database
    assert 0 < saved < 4
    unsaved = done.stdout.count("Your answer could not be saved")
    assert unsaved == 4 - saved
    assert "disk" in done.stdout and "all of it is saved" not in done.stdout
    answers = f"{saved} answer" + ("s" if saved != 1 else "")
    assert f"Bye for now: {saved} answered and saved; {unsaved} answer" in done.stdout
    assert done.stderr.strip().splitlines()[-1].startswith(f"quizbot: {answers} saved; {unsaved}")


def test_stats_with_a_damaged_row_warns_once_and_shows_the_rest(
    tmp_path: Path, bank: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    argv = ["--bank", str(bank), "--data-dir", str(data)]
    monkeypatch.setattr(sys, "stdin", io.StringIO("BrahMos\nKudankulam\nS-400\n"))
    assert run([*argv, "chat", "--plain"], capsys)[0] == 0
    with sqlite3.connect(data / "progress.db") as db:
        db.execute("UPDATE cards SET due_us = 'tomorrow' WHERE question_id = 'q1'")
        db.execute("UPDATE cards SET state = 9 WHERE question_id = 'q2'")
    for as_json in (["--json"], []):
        status, out, err = run([*argv, "stats", *as_json], capsys)
        assert status == 0 and "Traceback" not in err
        assert out.strip()
        if as_json:  # found and set aside here, reported once
            assert err.count("could not be read") == 1 and "2 questions" in err
            assert "the due time is the text 'tomorrow'" in err and "the state is 9" in err
        else:
            assert err == ""
    with sqlite3.connect(data / "progress.db") as db:
        assert db.execute("SELECT count(*) FROM damaged_rows").fetchone()[0] == 2


def test_a_mock_refuses_an_unusable_data_dir_before_the_paper(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_dir = tmp_path / "data"
    not_a_dir.write_text("a file where the data dir should be")
    status, out, err = run(["--data-dir", str(not_a_dir), "exam", "--plain", "-n", "1"], capsys)
    assert status == 1 and out == ""  # no paper was shown
    assert err.startswith("quizbot: cannot create the data dir") and "Traceback" not in err


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--correct", "nan"], "argument --correct: not a number: 'nan'"),
        (["--wrong", "inf"], "argument --wrong: not a number: 'inf'"),
        (["--correct", "1e308"], "must be at most 100 in size, not 1e308"),
        (["--blank=-1e308"], "must be at most 100 in size, not -1e308"),
        (["--minutes-per-question", "1e308"], "must be above 0 and at most 60, not 1e308"),
        (["--seed", str(10**30)], f"{10**30} is too large to be stored with the result"),
        (["--seed", "1e9"], "argument --seed: '1e9' is not a whole number"),
    ],
)
def test_mock_options_are_checked_before_the_paper(
    option: list[str], message: str, bank: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--bank", str(bank), "--data-dir", str(tmp_path), "exam", "--plain", *option])
    err = capsys.readouterr().err
    assert done.value.code == 2 and message in err and "Traceback" not in err
    assert not (tmp_path / "progress.db").exists()


def test_a_result_that_cannot_be_stored_is_printed_in_full_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*args: object, **kwargs: object) -> None:
        raise StoreError("the disk is full: progress.db cannot grow (free some space)")

    monkeypatch.setattr(exam_storage, "record_exam", disk_full)
    out, err = io.StringIO(), io.StringIO()
    status = run_exam_plain(
        exam_bank(), tmp_path, io.StringIO("a\nb\n\n"), out, ExamOptions(count=3, seed=1),
        Clock(), err,
    )  # fmt: skip
    text = out.getvalue()
    assert status == 1
    assert "answers:\n  Q1 " in text and "  Q3 " in text and "by topic:" in text
    assert text.rstrip().splitlines()[-1].startswith("score: ")
    assert err.getvalue().startswith(
        "quizbot: the result could not be saved: the disk is full: progress.db cannot grow"
    )
    assert "It is printed above in full" in err.getvalue()


@pytest.mark.slow
@pytest.mark.parametrize("command", [["chat", "--plain"], ["exam", "--plain", "-n", "2"]])
@pytest.mark.parametrize(
    ("stdin", "stdout", "message"),
    [
        ("closed", "pipe", "standard input is closed: the plain "),  # `<&-`: nothing to read
        ("BrahMos\nbye\n", "closed", "standard output is closed: the plain "),  # `>&-`
        ("BrahMos\nbye\n", "/dev/full", "cannot write to standard output (No space left"),
    ],
)
def test_a_plain_session_with_a_closed_or_full_stream_says_so_and_exits_1(
    tmp_path: Path, bank: Path, command: list[str], stdin: str, stdout: str, message: str
) -> None:
    """No traceback, one line on standard error that says which stream, exit status 1; a
    closed stream is refused before a question is asked, so nothing is recorded blind."""
    if stdout == "/dev/full" and not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")

    def close_streams() -> None:  # the process starts without them, as `<&-` or `>&-`
        if stdin == "closed":
            os.close(0)
        if stdout == "closed":
            os.close(1)

    options = ["--no-cache", "--data-dir", str(tmp_path / "data")]
    if command[0] == "chat":  # (the mock needs a bank of choice questions: the bundled one)
        options += ["--bank", str(bank)]
    out_file = open(stdout, "w") if stdout == "/dev/full" else subprocess.PIPE  # noqa: SIM115
    done = subprocess.run(
        [sys.executable, "-m", "quizbot", *options, *command],
        input=None if stdin == "closed" else stdin,
        stdout=out_file,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        preexec_fn=close_streams,
    )
    if stdout == "/dev/full":
        out_file.close()  # type: ignore[union-attr]
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith(f"quizbot: {message}"), done.stderr
    if (tmp_path / "data" / "progress.db").exists():
        assert _reviews(tmp_path / "data") == 0


@pytest.mark.parametrize("errors", ["strict", "surrogateescape"])
def test_a_line_that_is_not_utf8_is_refused_with_a_message_and_the_chat_goes_on(
    tmp_path: Path, bank: Path, errors: str
) -> None:
    """Bytes that are not UTF-8 (a Latin-1 terminal): whatever the stream's error handler,
    the line is shown with � and refused (not graded: a mangled answer would be marked
    forgotten), nothing is stored for it, and the next line is answered as usual."""
    raw = io.TextIOWrapper(
        io.BytesIO("Brah\xffMos\nBrahMos\n".encode("latin-1")), encoding="utf-8", errors=errors
    )
    from quizbot import load_bank
    from quizbot.plain.chat import run_plain

    out, err = io.StringIO(), io.StringIO()
    clock = Clock()
    data = tmp_path / "data"
    status = run_plain(load_bank([bank]), data, raw, out, None, clock, err)
    assert (status, err.getvalue()) == (0, "")
    text = out.getvalue()
    assert (
        "I could not read part of that line: it is not UTF-8 text (shown here as �): "
        "“Brah�Mos”. Nothing was recorded" in text
    )
    assert "✓ Correct" in text and "Something went wrong" not in text
    with Store.open(data, datetime.now(UTC)) as store:
        assert [(r.question_id, r.response) for r in store.reviews()] == [("q1", "BrahMos")]


def test_a_plain_mock_refuses_a_line_that_is_not_utf8_and_reads_the_next(tmp_path: Path) -> None:
    raw = io.TextIOWrapper(io.BytesIO(b"a\xff\nb\n"), encoding="utf-8", errors="strict")
    out, err = io.StringIO(), io.StringIO()
    options = ExamOptions("gs1", 1, None)
    status = run_exam_plain(exam_bank(), None, raw, out, options, Clock(), err)
    assert status == 0, err.getvalue()
    text = out.getvalue()
    assert "(could not read “a�”: it is not UTF-8 text; type it again)" in text
    assert "unattempted 0" in text  # the next line, b, was taken as the answer


def test_a_chat_whose_output_fails_stops_and_says_what_was_saved(
    tmp_path: Path, bank: Path
) -> None:
    """Fault injection: the output raises ENOSPC from the second write on."""
    import errno

    from quizbot import load_bank
    from quizbot.plain.chat import run_plain

    class FillsUp(io.StringIO):
        writes = 0

        def flush(self) -> None:
            self.writes += 1
            if self.writes > 1:
                raise OSError(errno.ENOSPC, "No space left on device")

    out, err = FillsUp(), io.StringIO()
    data = tmp_path / "data"
    status = run_plain(
        load_bank([bank]), data, io.StringIO("BrahMos\nKudankulam\n"), out, None, Clock(), err
    )
    assert status == 1
    assert err.getvalue() == (
        "quizbot: cannot write to standard output (No space left on device); 1 answer saved\n"
    )
    assert _reviews(data) == 1  # the answer before the failure is kept; nothing after it


def test_a_stream_already_read_from_is_left_as_it_is() -> None:
    """Python refuses to change a text stream's error handler after its first read (a
    script that reads a line before starting the chat): the chat starts all the same."""
    from quizbot.plain import tolerant

    stream = io.TextIOWrapper(io.BytesIO(b"go\nBrahMos\n"), encoding="utf-8")
    assert stream.readline() == "go\n"
    assert tolerant(stream) is stream and stream.errors == "strict"
    fresh = io.TextIOWrapper(io.BytesIO(b"\xff\n"), encoding="utf-8")
    assert tolerant(fresh).readline() == "\udcff\n"
