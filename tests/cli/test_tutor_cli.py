"""The plain line mode (``run_plain``) and ``quizbot ask``, in-process and as commands."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import textwrap
import time
from datetime import timedelta
from pathlib import Path

import pytest

from quizbot.bank import Bank, Short
from quizbot.cli.ask import run_ask
from quizbot.cli.errors import reported
from quizbot.exam.tables import exam_rows
from quizbot.plain.chat import run_plain
from quizbot.study import Store
from tests.cli.terminal import typed_at_a_terminal
from tests.conftest import REPO
from tests.unit.study_support import T0, Clock, bank_of
from tests.unit.tutor_support import BRAHMOS, S400, SECTORS


@pytest.fixture(autouse=True)
def utc_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Study days use the local time zone; make it UTC here."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()


def plain(
    data_dir: Path, lines: str, clock: Clock, bank: Bank | None = None, topic: str | None = None
) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = reported(
        err,
        lambda: run_plain(
            bank or bank_of(BRAHMOS, S400, SECTORS),
            data_dir,
            io.StringIO(textwrap.dedent(lines)),
            out,
            topic,
            clock,
            err,
        ),
    )
    return status, out.getvalue(), err.getvalue()


def test_a_session_with_hints_why_and_a_lookup_then_end_of_input(tmp_path: Path) -> None:
    lines = """\
        /hint
        BrahMos
        /why
        what is INSTC?
        1-b, 2-c, 3-a
        THAAD
        """
    status, out, err = plain(tmp_path, lines, Clock(step=timedelta(seconds=10)))
    assert (status, err) == (0, "")
    assert out.startswith("Hello! Today: 0 due and 3 new.")
    assert (
        "\n[India–Russia › Defence]\nWhich cruise missile do India and Russia build together?\n"
        in out
    )
    assert "Hint 1: One word: B______\n" in out
    assert "✓ Correct: BrahMos.\n(rated hard · again in 6 min · 1 hint; /1–/4 to re-rate)" in out
    assert (
        "A joint venture of DRDO and NPO Mashinostroyenia.\nFrom the notes, India–Russia "
        "relations › Defence programmes (notes/india-russia.md:116)\n  BrahMos: cruise "
        "missile programme"
    ) in out
    assert (
        "India–Russia relations › Connectivity corridors › Corridors "
        "(notes/india-russia.md:169)\n  International North–South Transport Corridor "
        "(INSTC):"
    ) in out
    # the options in this presentation's order; the feedback names them by the letters shown
    shown = dict(re.findall(r"^  \(([a-d])\) (S-400|THAAD|Patriot|Iron Dome)$", out, re.M))
    assert sorted(shown.values()) == ["Iron Dome", "Patriot", "S-400", "THAAD"]
    letter = {text: key for key, text in shown.items()}
    assert f"✗ ({letter['THAAD']}) THAAD is not it; the answer is ({letter['S-400']}) S-400." in out
    assert "Match the project to its sector\n  1. Kudankulam\n" in out
    assert "  c) oil and gas\n(match each number to a letter, typed as 1-x, 2-y, …)" in out
    assert "\x1b" not in out  # no colour codes
    with Store.open(tmp_path, T0) as store:
        assert [(r.question_id, r.rating, r.hints) for r in store.reviews()] == [
            ("brahmos", 2, 1),
            ("sectors", 3, 0),
            ("s400", 1, 0),
        ]
        ((_, _, ended, mode, _),) = store.sessions()
        assert ended is not None and mode == "study"


def test_progress_is_kept_on_restart(tmp_path: Path) -> None:
    plain(tmp_path, "BrahMos\n/skip\n", Clock(step=timedelta(seconds=10)))
    clock = Clock(T0 + timedelta(minutes=30))
    status, out, _ = plain(tmp_path, "bye\n", clock)
    assert status == 0
    assert out.startswith("Hello! Today: 2 due and 1 new.")
    assert "\nMatch the project to its sector" in out  # the skipped one, due first
    assert "Bye for now: 0 answered" in out


def test_quit_commands_topics_and_errors(tmp_path: Path) -> None:
    status, out, _ = plain(
        tmp_path, "quiz me on energy\n/topic nowhere\n/quit\nBrahMos\n", Clock(), topic="defence"
    )
    assert status == 0
    assert "Now studying: India–Russia › Energy.\n\n[India–Russia › Energy]" in out
    assert "No topic matches 'nowhere'; the topics are: " in out
    assert out.rstrip().endswith("Bye for now: 0 answered, and all of it is saved.")
    status, _, err = plain(tmp_path, "", Clock(), topic="economics")
    assert status == 2 and "quizbot: no topic matches 'economics'" in err


def test_a_damaged_database_is_kept_and_a_fresh_one_started(tmp_path: Path) -> None:
    (tmp_path / "progress.db").write_bytes(b"\x00garbage" * 1000)
    status, out, err = plain(tmp_path, "BrahMos\n", Clock())
    assert status == 0 and "✓ Correct: BrahMos." in out
    assert "could not be read; it was kept as" in err
    assert (tmp_path / "progress.db.corrupt-20260105T090000Z").exists()


def test_run_ask_in_process() -> None:
    out = io.StringIO()
    assert run_ask("what is INSTC?", None, out, T0) == 0
    assert out.getvalue().startswith(
        "From your notes · what is INSTC?\n"
        "India–Russia relations › Connectivity corridors › "
        "Corridors (notes/india-russia.md:169)\n"
    )
    out = io.StringIO()
    assert run_ask("what is the Power of Serbia?", None, out, T0) == 1
    assert out.getvalue() == "That's not in my notes. Close to it: Power of Siberia.\n"


def test_run_ask_on_other_notes_and_on_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "volcanoes.md").write_text(
        "# Volcanoes\n\n- **Shield volcano**: broad, gently sloping\n", encoding="utf-8"
    )
    out = io.StringIO()
    assert run_ask("what is a shield volcano?", [tmp_path], out, T0) == 0
    assert out.getvalue() == (  # the note where it really is (outside the working directory)
        "From your notes · what is a shield volcano?\n"
        f"Volcanoes ({tmp_path.as_posix()}/volcanoes.md:3)\n  Shield volcano: broad, gently "
        "sloping\n"
    )
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    assert run_ask("what is a shield volcano?", [tmp_path], out, T0) == 0
    assert "Volcanoes (volcanoes.md:3)" in out.getvalue()  # relative when inside it
    out, err = io.StringIO(), io.StringIO()
    assert reported(err, lambda: run_ask("anything?", [tmp_path / "missing"], out, T0)) == 1
    assert err.getvalue().endswith("missing: no such file or directory\n")
    assert out.getvalue() == ""
    (tmp_path / "empty").mkdir()
    err = io.StringIO()
    assert reported(err, lambda: run_ask("anything?", [tmp_path / "empty"], out, T0)) == 1
    assert "no notes to search in" in err.getvalue() and out.getvalue() == ""


def test_a_mock_request_in_plain_mode_keeps_its_preset_count_and_topic(tmp_path: Path) -> None:
    # the input ends at once: the mock (one usable question on energy) is handed in blank
    status, out, _ = plain(tmp_path, "/exam csat 10 energy\n", Clock())
    assert status == 0
    assert "Mock test: 1 question (only 1 usable question) · csat marking" in out
    assert "score: 0.00 of 2.50 (correct 0, wrong 0, unattempted 1)" in out


def _quizbot(*args: str, data: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quizbot", "--data-dir", str(data), *args],
        cwd=REPO,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, TZ="UTC", QUIZBOT_NO_CACHE="1"),
    )


@pytest.mark.slow
def test_the_ask_and_chat_commands(tmp_path: Path) -> None:
    found = _quizbot("ask", "what is INSTC?", data=tmp_path)
    assert found.returncode == 0, found.stderr
    assert "(INSTC): corridor whose role in connectivity" in found.stdout
    missing = _quizbot("ask", "what", "is", "photosynthesis?", data=tmp_path)
    assert (missing.returncode, missing.stdout) == (1, "That's not in my notes.\n")
    chat = _quizbot(
        "chat",
        "--plain",
        "--topic",
        "corridors",
        data=tmp_path,
        stdin="/hint\n/skip\n/why\nhow am I doing?\nbye\n",
    )
    assert chat.returncode == 0, chat.stderr
    assert "Hint 1" in chat.stdout and "skipped · the answer:" in chat.stdout
    assert "From the notes, India–Russia relations › Connectivity corridors" in chat.stdout
    assert "today       1 answered" in chat.stdout and "Bye for now: 1 answered" in chat.stdout


def test_escape_codes_from_the_bank_and_the_learner_are_printed_visibly(tmp_path: Path) -> None:
    # A prompt that would turn the terminal red, retitle the window and clear the screen.
    hostile = Short(
        id="esc",
        topic="T",
        prompt="Which \x1b[31mmissile\x1b[0m? \x1b]0;pwned\x07",
        answer="BrahMos",
        explanation="It is \x1b[2Jjoint.",
    )
    status, out, _ = plain(tmp_path, "zzz \x1b[1m\n/why\n", Clock(), bank_of(hostile))
    assert status == 0
    assert not any(c in out for c in "\x1b\x07"), out
    assert "Which \\x1b[31mmissile\\x1b[0m? \\x1b]0;pwned\\x07" in out
    assert "It is \\x1b[2Jjoint." in out


def test_a_mock_test_runs_inside_the_plain_chat_then_the_chat_goes_on(tmp_path: Path) -> None:
    from tests.unit.tutor_support import ALL

    # /exam 2: the next two lines are the mock's answers (the second left blank); then chat
    status, out, err = plain(tmp_path, "/exam 2\na\n\nBrahMos\n", Clock(), bank_of(*ALL))
    assert (status, err) == (0, "")
    assert "Mock test: 2 questions" in out
    score = out.index("score: ")
    assert "unattempted 1)" in out[score:].splitlines()[0]
    back = out.index("Back to your study.", score)
    assert "✓" in out[back:] or "Correct" in out[back:]  # BrahMos answered in the chat
    with Store.open(tmp_path, T0) as store:
        assert len(exam_rows(store)) == 1


@pytest.mark.slow
def test_the_chat_on_your_own_bank_and_notes(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "volcanoes.md").write_text(
        "# Volcanoes\n\n- **Shield volcano**: broad, gently sloping, built by fluid lava\n",
        encoding="utf-8",
    )
    bank = tmp_path / "bank.yaml"
    bank.write_text(
        "questions:\n  - {id: v1, type: short, topic: Volcanoes, prompt: "
        "Which volcano is broad and gently sloping?, answer: Shield volcano}\n",
        encoding="utf-8",
    )
    done = _quizbot(
        "--bank",
        str(bank),
        "chat",
        "--plain",
        "--notes",
        str(notes),
        data=tmp_path / "data",
        stdin="what is a shield volcano?\nShield\n/why\n",
    )
    assert done.returncode == 0, done.stderr
    assert 'ask me about the notes ("what is …?")' in done.stdout  # INSTC: not these notes
    assert "From your notes · what is a shield volcano?\nVolcanoes (" in done.stdout
    assert "Shield volcano: broad, gently sloping, built by fluid lava" in done.stdout


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_a_line_typed_at_a_terminal_before_its_question_appeared_is_not_its_answer(
    tmp_path: Path,
) -> None:
    """At a terminal, "BrahMos" and then "THAAD" typed (or pasted) before the second question
    was printed: THAAD would have answered a question the learner never saw. It is shown
    back, not graded, and the chat goes on; from a pipe the same lines are a script."""
    out, err = io.StringIO(), io.StringIO()
    status = typed_at_a_terminal(
        lambda inp: run_plain(bank_of(BRAHMOS, S400), tmp_path, inp, out, None, Clock(), err),
        out,
        [("", b"BrahMos\nTHAAD\n"), ("not taken as an answer", b"bye\n")],
    )
    assert status == 0, err.getvalue()
    said = out.getvalue()
    assert "✓ Correct: BrahMos." in said
    assert "(Typed before this reply was shown, so not taken as an answer: “THAAD”." in said
    assert "THAAD is not it" not in said
    with Store.open(tmp_path, T0) as store:
        assert [r.question_id for r in store.reviews()] == ["brahmos"]
