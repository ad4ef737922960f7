"""``run_stats`` and the plain chat (``quizbot.tutor.plain.run_plain``) in-process, and the
chat as real processes: killed with SIGKILL mid-session, and two at once on one data dir."""

from __future__ import annotations

import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizbot import load_bank
from quizbot.cli.errors import reported
from quizbot.cli.stats import run_stats
from quizbot.plain.chat import run_plain
from quizbot.study import Store
from quizbot.study.stats import KEYS
from tests.conftest import REPO
from tests.unit.study_support import T0, Clock, bank_of, mcq, short


@pytest.fixture(autouse=True)
def utc_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI uses the local time zone for study days; make it UTC here."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()


def chat(
    data_dir: Path, lines: str, clock: Clock, topic: str | None = None, bank: object = None
) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    bank = bank or bank_of(
        short("q1", "A", answer="Kudankulam"), mcq("m1", "B"), short("q2", "A", answer="BrahMos")
    )
    status = reported(
        err,
        lambda: run_plain(
            bank,
            data_dir,
            io.StringIO(textwrap.dedent(lines)),
            out,  # type: ignore[arg-type]
            topic,
            clock,
            err,
        ),
    )
    return status, out.getvalue(), err.getvalue()


def test_plain_chat_asks_grades_stores_and_exits_at_end_of_input(tmp_path: Path) -> None:
    status, out, err = chat(tmp_path, "kudankulam\nb\n", Clock(step=timedelta(seconds=2)))
    assert (status, err) == (0, "")
    assert "What is q1?" in out and "✓ Correct" in out and "Pick m1" in out
    assert "  (b) beta" in out and "(rated good · again in 10 min; /1–/4 to re-rate)" in out
    with Store.open(tmp_path, T0) as store:
        reviews = store.reviews()
        assert [(r.question_id, r.kind, r.rating, r.response) for r in reviews] == [
            ("q1", "exact", 3, "kudankulam"),
            ("m1", "exact", 3, "b"),
        ]
        assert [r.duration_ms for r in reviews] == [2000, 2000]
        ((_, _, ended, mode, topic),) = store.sessions()
        assert ended is not None and (mode, topic) == ("study", None)


def test_skip_undo_rerate_and_accept(tmp_path: Path) -> None:
    lines = """\
        /skip
        /1
        beta
        PJ-10
        /right
        /undo
        wrong
        /4
        /quit
        """
    status, out, _ = chat(tmp_path, lines, Clock(step=timedelta(seconds=1)))
    assert status == 0
    assert "skipped · the answer: Kudankulam\n(rated again · again in 1 min" in out
    assert "Re-rated as again" in out
    assert "I'll accept “PJ-10” from now on. Rated good · again in 10 min." in out
    assert "Took back your answer to: What is q2?" in out
    assert "Re-rated as easy" in out
    with Store.open(tmp_path, T0) as store:
        logs = store.reviews()
        assert [(r.question_id, r.kind, r.rating, r.suggested, r.overridden) for r in logs] == [
            ("q1", "skipped", 1, 1, False),
            ("m1", "exact", 3, 3, False),
            ("q2", "wrong", 4, 1, True),
        ]
        assert store.aliases("q2") == []  # taught by /right, forgotten by /undo


def test_plain_chat_with_a_topic_and_an_unknown_topic(tmp_path: Path) -> None:
    status, out, _ = chat(tmp_path, "x\nx\nx\n", Clock(step=timedelta(minutes=30)), topic="b")
    assert status == 0 and "Pick m1" in out and "What is q" not in out
    status, _, err = chat(tmp_path, "", Clock(), topic="economy")
    assert status == 2 and "no topic matches 'economy'" in err


def test_plain_chat_says_when_nothing_is_left(tmp_path: Path) -> None:
    bank = bank_of(short("only", answer="yes"))
    status, out, _ = chat(tmp_path, "nope\n", Clock(), bank=bank)
    assert status == 0
    assert out.rstrip().endswith(
        "Nothing more to ask now (1 answered this session; questions still in learning come "
        "back in 1 min: press enter then). You have started every question."
    )


def test_out_of_new_questions_is_said_and_learning_steps_wait_until_due(tmp_path: Path) -> None:
    """No learning ahead: a missed question is not asked again minutes early, round and
    round; the learner is told why nothing new comes, and an empty line once it is due asks it."""
    bank = bank_of(short("a", answer="yes"), short("b", answer="no"))
    with Store.open(tmp_path, T0) as store:
        store.set_setting("daily_new_limit", "1")
    clock = Clock(step=timedelta(seconds=5))
    status, out, _ = chat(tmp_path, "wrong\n\n", clock, bank=bank)
    assert status == 0
    assert "No new questions are left today: the daily limit of 1 is reached" in out
    assert out.count("What is a?") == 1  # not asked again before its step is due
    clock = Clock(T0 + timedelta(minutes=2), step=timedelta(seconds=5))
    status, out, _ = chat(tmp_path, "\n", clock, bank=bank)
    assert "What is a?" in out  # due now: asked


def test_stats_json_has_exactly_the_documented_keys(tmp_path: Path) -> None:
    chat(tmp_path, "Kudankulam\nbeta\n", Clock(step=timedelta(seconds=3)))
    out = io.StringIO()
    bank = bank_of(
        short("q1", "A", answer="Kudankulam"), mcq("m1", "B"), short("q2", "A", answer="BrahMos")
    )
    assert run_stats(bank, tmp_path, T0 + timedelta(hours=1), True, out) == 0
    stats = json.loads(out.getvalue())
    assert tuple(stats) == KEYS
    assert {k: stats[k] for k in KEYS if k not in ("topics",)} == {
        "reviews_today": 2,
        "due_now": 2,
        "due_today": 2,
        "new_left_today": 1,
        "streak_days": 1,
        "retention_30d": None,
        "leeches": [],
    }
    assert stats["topics"]["A"]["questions"] == 2 and stats["topics"]["A"]["seen"] == 1
    text = io.StringIO()
    assert run_stats(bank, tmp_path, T0 + timedelta(hours=1), False, text) == 0
    assert text.getvalue().startswith("today       2 answered · 2 due now (2 today) · 1 new left")
    assert "forecast (next two weeks):" in text.getvalue()


def test_stats_on_a_damaged_database_warns_keeps_it_and_starts_fresh(tmp_path: Path) -> None:
    (tmp_path / "progress.db").write_bytes(b"\x00garbage" * 1000)
    out, err = io.StringIO(), io.StringIO()
    assert run_stats(bank_of(short("q")), tmp_path, T0, True, out, err) == 0
    kept = tmp_path / "progress.db.corrupt-20260105T090000Z"
    assert kept.read_bytes() == b"\x00garbage" * 1000
    assert f"the progress database {tmp_path / 'progress.db'} could not be read" in err.getvalue()
    assert str(kept) in err.getvalue() and "a fresh one was started" in err.getvalue()
    assert json.loads(out.getvalue())["reviews_today"] == 0


# --- real processes ---

#: Enough new questions for every process of a drill to answer its 500 lines (learning steps
#: are not asked ahead of time, so a drill that ran out of new ones would have none to ask).
BANK_YAML = "topic: Drill\nquestions:\n" + "".join(
    f"  - {{id: d{i}, type: short, prompt: 'Capital number {i}?', answer: 'city {i}'}}\n"
    for i in range(2500)
)


def _first_answer(proc: subprocess.Popen[str]) -> None:
    """Read until the chat has acknowledged an answer (fails, rather than hangs, if it ends)."""
    assert proc.stdout is not None
    while not (line := proc.stdout.readline()).startswith("(rated"):
        assert line, "the chat ended before answering anything"


CHAT = textwrap.dedent("""\
    import sys
    from datetime import UTC, datetime
    from pathlib import Path
    from quizbot import load_bank
    from quizbot.plain.chat import run_plain
    bank = load_bank([sys.argv[1]])
    if len(sys.argv) > 3:  # a start line: say "ready", wait for "go" (both chats at once)
        import time
        go = Path(sys.argv[3])
        Path(f"{go}.{sys.argv[4]}.ready").touch()
        deadline = time.monotonic() + 60
        while not go.exists() and time.monotonic() < deadline:
            time.sleep(0.005)
    sys.exit(run_plain(bank, Path(sys.argv[2]), sys.stdin, sys.stdout, None,
                       lambda: datetime.now(UTC)))
    """)


@pytest.fixture
def drill(tmp_path: Path) -> tuple[Path, Path]:
    bank = tmp_path / "bank.yaml"
    bank.write_text(BANK_YAML, encoding="utf-8")
    data = tmp_path / "data"
    with Store.open(data, datetime.now(UTC)) as store:
        store.set_setting("daily_new_limit", 10_000)
    return bank, data


def _start(bank: Path, data: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHAT, str(bank), str(data)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )


def _count(data: Path) -> tuple[int, str]:
    with sqlite3.connect(data / "progress.db") as db:
        return (
            db.execute("SELECT count(*) FROM reviews").fetchone()[0],
            db.execute("PRAGMA integrity_check").fetchone()[0],
        )


@pytest.mark.slow
def test_sigkill_mid_session_loses_at_most_the_answer_in_flight(drill: tuple[Path, Path]) -> None:
    bank, data = drill
    rng = random.Random(5)
    total_acknowledged = 0
    for _ in range(4):
        proc = _start(bank, data)
        assert proc.stdin is not None and proc.stdout is not None
        acknowledged = 0
        answers = rng.randint(3, 12)
        for n in range(answers):
            while not (line := proc.stdout.readline()).startswith("Capital number"):
                assert line, "the chat ended early"
            proc.stdin.write(f"city {n}\n" if n % 3 else "wrong\n")
            proc.stdin.flush()
            if n < answers - 1:
                while not (line := proc.stdout.readline()).startswith("(rated"):
                    assert line, "the chat ended before answering anything"
                acknowledged += 1  # feedback printed: the answer was committed before it
        # The last answer is in flight: kill at a random moment around its processing.
        time.sleep(rng.random() * 0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        total_acknowledged += acknowledged
        stored, integrity = _count(data)
        assert integrity == "ok"
        assert total_acknowledged <= stored <= total_acknowledged + 1
        total_acknowledged = stored  # the in-flight one may have made it
    with Store.open(data, datetime.now(UTC)) as store:  # and it opens and works
        assert len(store.reviews()) == total_acknowledged


@pytest.mark.slow
def test_sigkill_at_random_moments_leaves_a_consistent_database(drill: tuple[Path, Path]) -> None:
    bank, data = drill
    rng = random.Random(11)
    for _ in range(3):
        before, _ = _count(data)
        proc = _start(bank, data)
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write("".join(f"city {n}\n" for n in range(500)))
        proc.stdin.flush()
        _first_answer(proc)  # at least one answer under way
        time.sleep(rng.random() * 0.3)
        os.kill(proc.pid, signal.SIGKILL)
        acknowledged = proc.stdout.read().count("(rated") + 1
        proc.wait(timeout=30)
        stored, integrity = _count(data)
        assert integrity == "ok"
        assert stored - before >= acknowledged


@pytest.mark.slow
def test_two_chats_on_one_data_dir_keep_every_review(
    drill: tuple[Path, Path], tmp_path: Path
) -> None:
    bank, data = drill
    answers = 400
    script = tmp_path / "answers.txt"
    script.write_text("".join(f"city {n}\n" if n % 4 else "nope\n" for n in range(answers)))
    procs = []
    go = tmp_path / "go"
    for n in range(2):  # both run at once, each reading its answers from a file
        with script.open() as answers_in, (tmp_path / f"out{n}.txt").open("w") as out:
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-c", CHAT, str(bank), str(data), str(go), str(n)],
                    cwd=REPO,
                    stdin=answers_in,
                    stdout=out,
                )
            )
    deadline = time.monotonic() + 60  # both started up (a loaded machine is slow at it)
    while not all((tmp_path / f"go.{n}.ready").exists() for n in range(2)):
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs)
        time.sleep(0.005)
    go.touch()
    for proc in procs:
        proc.wait(timeout=120)
    outputs = [(tmp_path / f"out{n}.txt").read_text() for n in range(2)]
    assert [proc.returncode for proc in procs] == [0, 0]
    assert [o.count("(rated") for o in outputs] == [answers, answers]
    stored, integrity = _count(data)
    assert (stored, integrity) == (2 * answers, "ok")
    with sqlite3.connect(data / "progress.db") as db:
        per_session = db.execute(
            "SELECT session_id, count(*), min(time_us), max(time_us) "
            "FROM reviews GROUP BY session_id"
        ).fetchall()
        reps = db.execute("SELECT sum(reps) FROM cards").fetchone()[0]
    assert sorted(n for _, n, _, _ in per_session) == [answers, answers]
    (_, _, start1, end1), (_, _, start2, end2) = per_session
    assert start1 < end2 and start2 < end1, "the two sessions did not overlap"
    assert reps == 2 * answers  # every review reached its card, none overwritten


def test_the_bundled_bank_works_in_the_plain_chat(tmp_path: Path) -> None:
    bank = load_bank([REPO / "question_bank"])
    status, out, err = chat(
        tmp_path,
        "no idea\n/skip\n",
        Clock(step=timedelta(seconds=5)),
        topic="connectivity corridors",
        bank=bank,
    )
    assert (status, err) == (0, "")
    assert out.count("[India–Russia › Connectivity corridors") >= 2


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
def test_the_commands_chat_stats_and_settings_work_end_to_end(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = _quizbot("chat", "--plain", "--topic", "corridors", data=data, stdin="/skip\nno idea\n")
    assert done.returncode == 0, done.stderr
    assert "Connectivity corridors" in done.stdout and done.stdout.count("rated again") == 2

    stats = _quizbot("stats", "--json", data=data)
    assert stats.returncode == 0, stats.stderr
    figures = json.loads(stats.stdout)
    assert figures["reviews_today"] == 2 and figures["new_left_today"] == 18
    # both are in learning, back in a minute: due today but not yet now
    assert (figures["due_now"], figures["due_today"]) == (0, 2)
    text = _quizbot("stats", data=data)
    assert text.returncode == 0 and "today" in text.stdout

    exam = (datetime.now(UTC) + timedelta(days=90)).date().isoformat()
    assert _quizbot("settings", "exam_date", exam, data=data).stdout == f"exam_date = {exam}\n"
    assert _quizbot("settings", "daily_new_limit", "5", data=data).returncode == 0
    listed = _quizbot("settings", data=data).stdout
    assert f"exam_date = {exam}" in listed and "daily_new_limit = 5" in listed
    assert "desired_retention = 0.9" in listed
    cleared = _quizbot("settings", "exam_date", "none", data=data)
    assert cleared.stdout == "exam_date = none\n"
