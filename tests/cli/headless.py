"""Headless Chromium driven over the DevTools protocol, for tests of ``quizbot serve``.

A few commands are all the tests need: open a page, run a script, type text, press a key.
The browser is Debian's ``chromium`` (nothing is downloaded); the client is aiohttp's
websocket, which textual-serve already brings. Every process the browser starts is in a
process group of its own, ended when the browser is closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp

#: Records what the page's websockets receive (the terminal's bytes, as text) in
#: ``window.__received``: textual-serve draws the app on a canvas, so the text is read here.
RECORD_WEBSOCKETS = """
window.__received = [];
const NativeWebSocket = window.WebSocket;
window.WebSocket = function (...args) {
  const socket = new NativeWebSocket(...args);
  const decoder = new TextDecoder();
  socket.addEventListener("message", (event) => {
    if (typeof event.data !== "string") {
      window.__received.push(decoder.decode(event.data, {stream: true}));
    }
  });
  return socket;
};
window.WebSocket.prototype = NativeWebSocket.prototype;
"""


def chromium() -> str | None:
    """The path of Debian's chromium (or another Chromium on the PATH), if installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def group_members(group: int) -> list[int]:
    """Live (not zombie) processes in the process group ``group``."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def end_group(group: int) -> None:
    """SIGKILL every process left in ``group``."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGKILL)


class Page:
    """One tab, attached over a browser-wide DevTools connection."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self._socket = socket
        self._ids = itertools.count(1)
        self._waiting: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._reader = asyncio.create_task(self._read())
        self.session = ""

    async def _read(self) -> None:
        async for message in self._socket:
            data = json.loads(message.data)
            waiter = self._waiting.pop(data.get("id", -1), None)
            if waiter is not None and not waiter.done():
                waiter.set_result(data)

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        number = next(self._ids)
        waiter: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._waiting[number] = waiter
        message: dict[str, Any] = {"id": number, "method": method, "params": params}
        if self.session and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self.session
        await self._socket.send_str(json.dumps(message))
        reply = await asyncio.wait_for(waiter, 30)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        result: dict[str, Any] = reply["result"]
        return result

    async def open(self, url: str, before_load: str = "") -> None:
        target = await self.send("Target.createTarget", url="about:blank")
        attached = await self.send(
            "Target.attachToTarget", targetId=target["targetId"], flatten=True
        )
        self.session = attached["sessionId"]
        await self.send("Page.enable")
        if before_load:
            await self.send("Page.addScriptToEvaluateOnNewDocument", source=before_load)
        await self.send("Page.navigate", url=url)

    async def evaluate(self, expression: str) -> Any:
        reply = await self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return reply["result"].get("value")

    async def type(self, text: str) -> None:
        await self.send("Input.insertText", text=text)

    async def press_enter(self) -> None:
        key = {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13}
        await self.send("Input.dispatchKeyEvent", type="keyDown", text="\r", **key)
        await self.send("Input.dispatchKeyEvent", type="keyUp", **key)

    async def screenshot(self, path: Path) -> None:
        import base64

        shot = await self.send("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(shot["data"]))

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            await self.send("Browser.close")
        self._reader.cancel()


@contextlib.asynccontextmanager
async def headless_page(profile: Path, size: tuple[int, int] = (1000, 700)) -> AsyncIterator[Page]:
    """A page in a fresh headless Chromium whose profile is ``profile``; the browser and
    every process it started are gone when the block ends."""
    binary = chromium()
    assert binary is not None
    browser = subprocess.Popen(
        [
            binary,
            "--headless",
            "--no-sandbox",  # the tests run as root
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            f"--user-data-dir={profile}",
            f"--window-size={size[0]},{size[1]}",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or len(port_file.read_text().split()) < 2:
            if browser.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("chromium did not start its DevTools server")
            await asyncio.sleep(0.1)
        port, path = port_file.read_text().split()[:2]
        async with (
            aiohttp.ClientSession() as http,
            http.ws_connect(f"ws://127.0.0.1:{port}{path}", max_msg_size=0) as socket,
        ):
            page = Page(socket)
            try:
                yield page
            finally:
                await page.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            browser.wait(10)
    finally:
        end_group(browser.pid)
        browser.wait(10)
