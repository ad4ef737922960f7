"""``quizbot serve`` in a real browser: headless Chromium opens the page, types an answer and
sees the verdict; the answer is in the progress database; stopping the server leaves no
process behind."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.headless import RECORD_WEBSOCKETS, chromium, end_group, group_members, headless_page
from tests.conftest import REPO

BANK = """\
questions:
  - {id: brahmos, type: short, topic: Defence, prompt: Which cruise missile do India and Russia build together?, answer: BrahMos}
"""

#: Escape sequences, removed to read the terminal's text from what the page received.
_ESCAPES = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


async def screen_text(page: object) -> str:
    received = await page.evaluate("(window.__received || []).join('')")  # type: ignore[attr-defined]
    return _ESCAPES.sub("", received or "")


async def wait_for(page: object, text: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        shown = await screen_text(page)
        if text in shown:
            return shown
        await asyncio.sleep(0.25)
    raise AssertionError(f"{text!r} never appeared; the page showed:\n{shown[-2000:]}")


def saved_answers(data: Path) -> list[tuple[str, str, str]]:
    try:
        with sqlite3.connect(data / "progress.db") as db:
            return db.execute("SELECT question_id, response, kind FROM reviews").fetchall()
    except sqlite3.Error:
        return []


@pytest.mark.slow
async def test_study_in_a_browser(tmp_path: Path) -> None:
    if chromium() is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs Debian's chromium package")
        pytest.skip("needs Debian's chromium (apt-get install chromium)")
    (tmp_path / "bank").mkdir()
    (tmp_path / "bank" / "defence.yaml").write_text(BANK, encoding="utf-8")
    data = tmp_path / "data"
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "quizbot",
            "--bank",
            str(tmp_path / "bank"),
            "--data-dir",
            str(data),
            "--no-cache",
            "serve",
            "--port",
            str(port),
        ],
        cwd=REPO,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not listening(port):
            assert server.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, "the server did not start listening"
            await asyncio.sleep(0.2)
        (tmp_path / "profile").mkdir()
        async with headless_page(tmp_path / "profile") as page:
            await page.open(f"http://127.0.0.1:{port}/", before_load=RECORD_WEBSOCKETS)
            await wait_for(page, "Which cruise missile do India and Russia build together?")
            assert saved_answers(data) == []
            await page.evaluate("document.querySelector('.xterm-helper-textarea').focus()")
            await page.type("brahmos")
            await page.press_enter()
            shown = await wait_for(page, "✓ Right")
            assert "BrahMos" in shown.split("✓ Right", 1)[1]
            await page.screenshot(tmp_path / "answered.png")
            deadline = time.monotonic() + 10
            while not saved_answers(data) and time.monotonic() < deadline:
                await asyncio.sleep(0.2)
            assert saved_answers(data) == [("brahmos", "brahmos", "exact")]
            chats = [pid for pid in group_members(server.pid) if pid != server.pid]
            assert len(chats) == 1  # the tab's own quizbot chat
            server.send_signal(signal.SIGTERM)  # stopped with the tab still open
            assert server.wait(30) == 0
        assert group_members(server.pid) == []  # the tab's chat quit with the server
    finally:
        end_group(server.pid)
        if server.poll() is None:
            server.wait(10)
        log.close()
