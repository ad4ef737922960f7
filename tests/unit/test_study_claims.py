"""The daily new limit is one limit for every session of the day, however many run at once."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from quizbot.study import Store, Study
from quizbot.study.claims import Claim, claim, introduced
from tests.conftest import REPO
from tests.unit.study_support import T0, bank_of, right, short, study


def _new_today(store: Store) -> int:
    return store.count_reviews(T0 - timedelta(hours=5), T0 + timedelta(hours=19), new_only=True)


def test_four_sessions_started_together_introduce_the_limit_and_no_more(tmp_path: Path) -> None:
    bank = bank_of(*(short(f"q{n:02}", topic=f"T{n % 3}") for n in range(60)))
    with Store.open(tmp_path, T0) as store:
        store.set_setting("daily_new_limit", 10)
    stores = [Store.open(tmp_path, T0) for _ in range(4)]
    sessions = [study(store, bank, T0) for store in stores]  # all read the day's count at 0
    asked: list[str] = []
    now = T0
    for _ in range(30):  # the sessions take turns: show, then answer
        for session in sessions:
            now += timedelta(seconds=1)
            question = session.next(now)
            if question is not None and question.id not in [h.question.id for h in session.history]:
                asked.append(question.id)
                session.answer(right(question), now)
    assert len(set(asked)) == 10 and _new_today(stores[0]) == 10
    assert all(session.new_left == 0 for session in sessions)
    for store in stores:
        store.close()


def test_two_sessions_never_show_the_same_new_question(tmp_path: Path) -> None:
    bank = bank_of(short("a"), short("b"), short("c"))
    one, two = Store.open(tmp_path, T0), Store.open(tmp_path, T0)
    first, second = study(one, bank, T0), study(two, bank, T0)
    shown = [first.next(T0), second.next(T0)]
    assert [q.id for q in shown if q] == ["a", "b"]
    assert first.new_left == second.new_left == 18  # both shown count against the limit
    first.close(T0)  # leaves without answering: "a" is free again
    assert second.new_left == 19
    second.answer(right(shown[1]), T0)  # type: ignore[arg-type]
    later = T0 + timedelta(seconds=1)
    assert second.next(later).id == "c"  # type: ignore[union-attr]
    second.answer("c", later)
    assert second.next(later).id == "a"  # type: ignore[union-attr]  # (free again, so asked)
    one.close()
    two.close()


def test_undoing_a_first_answer_keeps_the_question_counted(tmp_path: Path) -> None:
    bank = bank_of(short("a"), short("b"))
    with Store.open(tmp_path, T0) as store:
        store.set_setting("daily_new_limit", 1)
        session = study(store, bank, T0)
        question = session.next(T0)
        assert question is not None and session.new_left == 0
        session.answer(right(question), T0)
        assert session.undo().id == question.id
        assert session.new_left == 0  # still introduced: it is asked again at once
        assert session.next(T0) is question


def test_a_claim_left_by_a_killed_session_lasts_its_day_only(tmp_path: Path) -> None:
    bank = bank_of(short("a"))
    with Store.open(tmp_path, T0) as store:
        day = (T0 - timedelta(hours=5), T0 + timedelta(hours=19))
        assert claim(store, "a", 99, T0, day, limit=20) is Claim.CLAIMED  # never released
        assert claim(store, "a", 7, T0, day, limit=20) is Claim.TAKEN
        assert introduced(store, *day) == 1
        tomorrow = T0 + timedelta(days=1)
        session = Study(store, bank, tomorrow, tz=None, fuzz=False)
        assert session.next(tomorrow).id == "a"  # type: ignore[union-attr]


CHAT_SCRIPT = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from quizbot.bank import Bank, Short
from quizbot.plain.chat import run_plain
bank = Bank(questions=[Short(id=f"q{n:02}", topic="T", prompt=f"What is {n}?", answer=f"a{n}")
                       for n in range(80)])
sys.stdin.readline()  # all start together
run_plain(bank, Path(sys.argv[1]), sys.stdin, sys.stdout, None, lambda: datetime.now(UTC))
"""


@pytest.mark.slow
def test_four_processes_started_together_keep_one_daily_limit(tmp_path: Path) -> None:
    with Store.open(tmp_path, T0) as store:
        store.set_setting("daily_new_limit", 20)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    chats = [
        subprocess.Popen(
            [sys.executable, "-c", CHAT_SCRIPT, str(tmp_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(4)
    ]
    go = threading.Barrier(4)

    def talk(chat: subprocess.Popen[str]) -> tuple[str, str]:
        go.wait()
        return chat.communicate("go\n" + "nope\n" * 40 + "bye\n", timeout=120)

    results: list[tuple[str, str]] = [("", "")] * 4
    threads = [
        threading.Thread(target=lambda n=n: results.__setitem__(n, talk(chats[n])))
        for n in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(chat.returncode == 0 for chat in chats), [err for _, err in results]
    with Store.open(tmp_path, T0) as store:
        first_answers = store.execute(
            "SELECT count(DISTINCT question_id) FROM reviews WHERE state_before = 0"
        ).fetchone()[0]
        assert first_answers == 20, "the four sessions together must introduce 20, not more"
        assert store.execute("SELECT count(*) FROM new_claims").fetchone()[0] == 0
