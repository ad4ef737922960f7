"""The chat app served to web browsers with textual-serve (``quizbot serve``).

Textual's own web server lives here, with the rest of the Textual front end; the command
line (:mod:`quizbot.cli.serve`) parses the options and builds the chat command each tab
runs.
"""

from __future__ import annotations

from typing import Any


def browser_server(command: str, host: str, port: int, url: str) -> Any:
    """textual-serve's server, closing every browser's connection as it shuts down, so each
    chat quits (its answers are already saved) and the server stops at once, rather than
    after aiohttp's wait for open connections."""
    import asyncio

    from aiohttp import WSCloseCode, web
    from textual_serve.app_service import AppService
    from textual_serve.server import Server

    class QuizServer(Server):
        def __init__(self) -> None:
            super().__init__(command, host=host, port=port, title="quizbot", public_url=url)
            self.sockets: set[web.WebSocketResponse] = set()

        async def _process_messages(
            self, websocket: web.WebSocketResponse, app_service: AppService
        ) -> None:
            self.sockets.add(websocket)
            try:
                await super()._process_messages(websocket, app_service)
            finally:
                self.sockets.discard(websocket)

        async def on_shutdown(self, app: web.Application) -> None:
            await asyncio.gather(
                *(
                    socket.close(code=WSCloseCode.GOING_AWAY, message=b"server stopped")
                    for socket in list(self.sockets)
                ),
                return_exceptions=True,
            )

    return QuizServer()
