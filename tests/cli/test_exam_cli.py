"""``quizbot exam --plain``, ``--history`` and ``quizbot mistakes``, in-process and as a real
process."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from quizbot import cli, load_bank
from quizbot.cli.errors import reported
from quizbot.cli.mistakes import run_mistakes
from quizbot.exam.scoring import MarkingScheme
from quizbot.exam.start import ExamOptions
from quizbot.exam.tables import exam_rows
from quizbot.plain.exam import parse_answer, run_exam_plain, split_mark
from quizbot.study import Store
from tests.cli.terminal import typed_at_a_terminal
from tests.conftest import REPO
from tests.unit.exam_support import exam_bank
from tests.unit.study_support import T0, Clock

SCORE_LINE = re.compile(
    r"score: -?\d+\.\d\d of \d+\.\d\d \(correct \d+, wrong \d+, "
    r"unattempted \d+\)"
)


def plain(
    lines: str, tmp_path: Path, clock: Clock | None = None, **options: object
) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    options.setdefault("seed", 1)
    status = reported(
        err,
        lambda: run_exam_plain(
            exam_bank(),
            tmp_path,
            io.StringIO(textwrap.dedent(lines)),
            out,
            ExamOptions(**options),
            clock or Clock(step=timedelta(seconds=5)),  # type: ignore[arg-type]
            err,
        ),
    )
    return status, out.getvalue(), err.getvalue()


def test_parse_answer() -> None:
    assert parse_answer("b") == (1, None)
    assert parse_answer(" (C) ") == (2, None)
    assert parse_answer("b sure") == (1, "sure")
    assert parse_answer("d ?") == (3, "guess")
    assert parse_answer("a 50:50") == (0, "50:50")
    assert parse_answer("a ~") == (0, "50:50")
    assert parse_answer("") == (None, None)
    for bad in ("e", "b maybe", "bc"):
        with pytest.raises(ValueError):
            parse_answer(bad)


def test_plain_mock_end_to_end(tmp_path: Path) -> None:
    keys = "abcd"
    from quizbot.exam.build import build_items

    items = build_items(exam_bank(), 4, 1)
    right, wrong = keys[items[0].key], keys[(items[1].key + 1) % 4]
    status, out, err = plain(f"{right} sure\n{wrong} ?\nzz\n\n{right}\n", tmp_path, count=4)
    assert (status, err) == (0, "")
    assert out.startswith(
        "Mock test: 4 questions · gs1 marking: +2 correct, −0.66 wrong, 0 "
        "blank; 1.2 min a question · time 04:48\n"
    )
    assert "[1/4 · 04:4" in out and "\n1. " in out and "  (a) " in out
    assert "(answer with a letter a–d" in out  # "zz" was refused and read again
    lines = out.rstrip("\n").split("\n")
    assert SCORE_LINE.fullmatch(lines[-1])
    q4_right = items[3].key == items[0].key
    correct = 1 + q4_right
    wrong_n = 1 + (not q4_right)
    expected_score = f"{2 * correct - 0.66 * wrong_n:.2f}"
    assert lines[-1] == (
        f"score: {expected_score} of 8.00 (correct {correct}, wrong {wrong_n}, unattempted 1)"
    )
    assert "confidence:" in out and "overconfident misses" in out and "by topic:" in out
    assert "mock tests: 1 · trend" in out
    with Store.open(tmp_path, T0) as store:
        assert len(exam_rows(store)) == 1


def test_end_of_input_submits_and_the_rest_is_blank(tmp_path: Path) -> None:
    status, out, _ = plain("", tmp_path, count=5, preset="csat")
    assert status == 0
    assert out.rstrip().split("\n")[-1] == (
        "score: 0.00 of 12.50 (correct 0, wrong 0, unattempted 5)"
    )
    assert "csat marking: +2.5 correct, −0.83 wrong, 0 blank; 1.5 min a question" in out


def test_submit_command_and_custom_marking(tmp_path: Path) -> None:
    from quizbot.exam.build import build_items

    items = build_items(exam_bank(), 3, 1)
    wrong = "abcd"[(items[0].key + 1) % 4]
    scheme = MarkingScheme.custom("4", "1", "0", "1")
    status, out, _ = plain(f"{wrong}\n/submit\nb\n", tmp_path, count=3, scheme=scheme)
    assert status == 0
    assert out.rstrip().split("\n")[-1] == (
        "score: -1.00 of 12.00 (correct 0, wrong 1, unattempted 2)"
    )


def test_time_running_out_hands_in_the_paper(tmp_path: Path) -> None:
    # Each clock reading is a minute later: 2 questions allow 2.4 minutes.
    status, out, _ = plain("a\nb\nc\n", tmp_path, Clock(step=timedelta(minutes=1)), count=2)
    assert status == 0
    assert "Time is up: the paper was handed in." in out
    assert "Time ran out: submitted after 2:24" in out
    assert SCORE_LINE.fullmatch(out.rstrip().split("\n")[-1])


def test_unknown_topic_is_an_error(tmp_path: Path) -> None:
    status, out, err = plain("", tmp_path, topic="volcanoes")
    assert status == 2 and out == "" and "no topic matches 'volcanoes'" in err


def test_mistakes_and_history(tmp_path: Path) -> None:
    plain("a sure\nb sure\nc sure\nd sure\n", tmp_path, count=4)
    out = io.StringIO()
    assert run_mistakes(tmp_path, T0, None, None, out) == 0
    text = out.getvalue()
    assert text.startswith("mock #1 (") and "your answer:" in text and "answer: (" in text
    out = io.StringIO()
    assert run_mistakes(tmp_path, T0, None, "overconfident", out) == 0
    assert "overconfident" in out.getvalue()
    out, err = io.StringIO(), io.StringIO()
    assert reported(err, lambda: run_mistakes(tmp_path, T0, None, "silly", out, err)) == 2
    assert "unknown kind" in err.getvalue()
    out = io.StringIO()
    assert run_mistakes(tmp_path / "empty", T0, None, None, out) == 0
    assert out.getvalue().startswith("No mistakes to show")
    out = io.StringIO()
    assert cli.main(["--data-dir", str(tmp_path), "exam", "--history"], out) == 0
    assert out.getvalue().startswith("mock tests: 1 · trend ")


@pytest.mark.slow
def test_quizbot_exam_plain_as_a_process(tmp_path: Path) -> None:
    bank = tmp_path / "bank.yaml"
    bank.write_text(
        textwrap.dedent("""\
        questions:
          - {id: m1, type: mcq, topic: A, prompt: "Pick [b]one[/b]", options: [w, x, y, z], answer: x}
          - {id: m2, type: mcq, topic: B, prompt: Pick two, options: [w, x, y, z], answer: z}
        """),
        encoding="utf-8",
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "quizbot",
            "--bank",
            str(bank),
            "--data-dir",
            str(tmp_path / "d"),
            "exam",
            "--plain",
            "-n",
            "2",
            "--seed",
            "3",
            "--preset",
            "custom",
            "--correct",
            "3",
            "--wrong",
            "-1",
        ],
        input="b sure\na\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    last = done.stdout.rstrip().split("\n")[-1]
    assert "Pick [b]one[/b]" in done.stdout
    assert last in (
        "score: 2.00 of 6.00 (correct 1, wrong 1, unattempted 0)",
        "score: -2.00 of 6.00 (correct 0, wrong 2, unattempted 0)",
        "score: 6.00 of 6.00 (correct 2, wrong 0, unattempted 0)",
    )
    assert "custom marking: +3 correct, −1 wrong, 0 blank" in done.stdout
    mistakes = subprocess.run(
        [sys.executable, "-m", "quizbot", "--data-dir", str(tmp_path / "d"), "mistakes"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert mistakes.returncode == 0, mistakes.stderr


def test_a_first_mock_leaves_the_schedule_and_the_days_counts_alone(tmp_path: Path) -> None:
    """Nothing studied yet: the misses stay new questions (no cards, nothing logged), so the
    chat still has its daily new questions and "answered today" stays 0."""
    status, out, _ = plain("a\n" * 8, tmp_path, count=8)
    assert status == 0
    assert "go back into your review schedule" not in out
    assert re.search(
        r"\n\d+ missed questions? not studied yet stays? new, for your daily "
        r"study; `quizbot mistakes` lists them\n",
        out,
    )
    with Store.open(tmp_path, T0) as store:
        assert store.cards() == {}
        day = (T0 - timedelta(days=1), T0 + timedelta(days=1))
        assert store.count_reviews(*day) == store.count_reviews(*day, new_only=True) == 0


@pytest.mark.parametrize("flag", ["-n", "--questions", "--count"])
@pytest.mark.parametrize("count", ["0", "-3"])
def test_a_count_below_one_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str, count: str
) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--data-dir", str(tmp_path), "exam", "--plain", f"{flag}={count}"])
    assert caught.value.code == 2
    assert f"a mock test needs at least 1 question, not {count}" in capsys.readouterr().err
    status, out, err = plain("", tmp_path, count=0)
    assert (status, out) == (2, "") and "at least 1 question, not 0" in err


def test_one_question_is_singular(tmp_path: Path) -> None:
    status, out, _ = plain("", tmp_path, count=1)
    assert status == 0 and out.startswith("Mock test: 1 question · gs1 marking")
    bank = tmp_path / "bank.yaml"
    bank.write_text(
        "questions:\n  - {id: m1, type: mcq, topic: A, prompt: Pick, "
        "options: [w, x, y, z], answer: x}\n",
        encoding="utf-8",
    )
    out_stream = io.StringIO()
    assert (
        run_exam_plain(
            load_bank([str(bank)]),
            None,
            io.StringIO("b\n"),
            out_stream,
            ExamOptions(count=5, seed=1),
            Clock(),
            io.StringIO(),
        )
        == 0
    )
    text = out_stream.getvalue()
    assert text.startswith("Mock test: 1 question (only 1 usable question) · ")


def test_split_mark() -> None:
    assert split_mark("b sure *") == ("b sure", True)
    assert split_mark(" c ? mark ") == ("c ?", True)
    assert split_mark("*") == ("", True)
    assert split_mark("b") == ("b", False)
    assert split_mark("") == ("", False)


def test_plain_mock_marks_questions_and_revisits_them_at_the_end(tmp_path: Path) -> None:
    # Q1 answered and marked, Q2 blank, Q3 answered, Q4 blank and marked; then the review
    # shows Q1 (an empty line keeps (a)) and Q4 (answered (c) now); Q2 is not revisited.
    status, out, err = plain("a *\n\nb\n*\n\nc\n", tmp_path, count=4)
    assert (status, err) == (0, "")
    after = out[out.index("Review: 2 marked questions (Q1, Q4).") :]
    assert "marked; your answer: (a) (an empty line keeps it)\n1. " in after
    assert "marked; your answer: blank (an empty line keeps it)\n4. " in after
    assert "\n2. " not in after
    answers = out[out.index("answers:") :].splitlines()
    assert "yours (a)" in answers[1] and "yours blank" in answers[2]
    assert "yours (b)" in answers[3] and "yours (c)" in answers[4]
    assert SCORE_LINE.search(out.splitlines()[-1])


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_an_answer_typed_at_a_terminal_before_its_item_appeared_is_not_taken(
    tmp_path: Path,
) -> None:
    """At a terminal, "a" then "b" typed (or pasted) while item 1 was on screen: "b" would
    mark item 2, unseen. It is shown back under item 2, and item 2 waits for its answer."""
    out, err = io.StringIO(), io.StringIO()
    options = ExamOptions(count=2, seed=1)
    status = typed_at_a_terminal(
        lambda inp: run_exam_plain(exam_bank(), tmp_path, inp, out, options, Clock(), err),
        out,
        [("[1/2 ", b"a\nb\n"), ("not taken as an answer", b"/submit\n")],
    )
    assert status == 0, err.getvalue()
    said = out.getvalue()
    assert "(Typed before this question was shown, so not taken as an answer: “b”." in said
    assert "unattempted 1)" in said  # item 2 was never answered
