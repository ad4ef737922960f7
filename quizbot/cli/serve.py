"""``quizbot serve [--host H] [--port N]``: the chat app in a web browser, with textual-serve.

Each browser tab that connects gets its own ``quizbot chat`` process, run with this
command's bank, data dir and notes, its screen drawn in the page; answers are saved as in
the terminal. It listens on 127.0.0.1, this computer only, unless ``--host`` says
otherwise. There is no login: anyone who can reach the address can study as you.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from quizbot.cli.context import Context
from quizbot.cli.errors import UsageError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 1 to 65535, not {port}")
    return port


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    serve = sub.add_parser(
        "serve",
        parents=[common],
        help="study in a web browser instead of the terminal",
        description="Serve the chat app to a web browser: open the address it prints. Each "
        "tab runs its own chat on your bank and progress; ctrl+c stops the server. It "
        "listens on 127.0.0.1 (this computer only) unless --host says otherwise.",
    )
    serve.add_argument(
        "--host",
        default=DEFAULT_HOST,
        metavar="ADDRESS",
        help="the address to listen on (default: 127.0.0.1, this computer only). Any other "
        "address (0.0.0.0, your network address) lets anyone who can reach it study as you: "
        "there is no password, and they read and change your progress",
    )
    serve.add_argument(
        "--port",
        type=_port,
        default=DEFAULT_PORT,
        metavar="N",
        help=f"the port to listen on (default: {DEFAULT_PORT})",
    )
    serve.add_argument(
        "--public-url",
        metavar="URL",
        help="the address browsers use to reach the server, when it is not "
        "http://ADDRESS:PORT (say, with --host 0.0.0.0: http://<this computer's name>:8000)",
    )
    serve.add_argument(
        "--topic",
        metavar="TOPIC",
        help="only this topic and its sub-topics (a unique part of the name will do)",
    )
    serve.add_argument(
        "--notes",
        action="append",
        metavar="PATH",
        type=Path,
        help="Markdown notes for /why and questions about the notes, a file or directory "
        "(repeatable; default: the bundled notes)",
    )
    return serve


def chat_command(args: argparse.Namespace, ctx: Context) -> str:
    """The shell command each connection runs: ``quizbot chat`` with this run's bank, data
    dir, notes and topic (absolute paths), replacing the shell (``exec``). It runs the same
    quizbot as this process (its folder first on ``PYTHONPATH``), and never one that the
    working directory happens to hold (``-P``: a ``quizbot`` folder of notes is not code)."""
    import quizbot

    home = str(Path(quizbot.__file__).resolve().parent.parent)
    argv = [sys.executable, "-P", "-m", "quizbot", "chat"]
    argv += ["--data-dir", str(ctx.data_dir.resolve())]
    for bank in ctx.bank_paths:
        argv += ["--bank", str(Path(bank).resolve())]
    for notes in args.notes or ():
        argv += ["--notes", str(notes.resolve())]
    if args.topic:
        argv += ["--topic", args.topic]
    if ctx.cache_dir is None:
        argv.append("--no-cache")
    return f"PYTHONPATH={shlex.quote(home)}${{PYTHONPATH:+:$PYTHONPATH}} exec {shlex.join(argv)}"


def run(args: argparse.Namespace, ctx: Context) -> int:
    ctx.check_bank_paths()
    for notes in args.notes or ():
        if not notes.exists():
            raise UsageError(f"--notes {notes}: no such file or directory")
    if args.topic:
        from quizbot.study.queue import resolve_topic

        resolve_topic(ctx.load(), args.topic)  # an unknown topic fails here, not per tab
    url = args.public_url or f"http://{_url_host(args.host)}:{args.port}"
    from quizbot.tui.serve import browser_server

    server = browser_server(chat_command(args, ctx), args.host, args.port, url)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"quizbot: warning: listening on {args.host}: anyone who can reach this address "
            "can study as you and change your progress (there is no password)",
            file=ctx.stderr,
        )
    print(f"quizbot: open {url} in a browser; ctrl+c stops the server", file=ctx.stderr)
    server.serve()
    return 0


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
