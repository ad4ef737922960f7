"""``quizbot chat`` (and ``quizbot`` alone): study in the chat app, or ``--plain`` line mode."""

from __future__ import annotations

import argparse
from pathlib import Path

from quizbot.cli.context import Context
from quizbot.cli.errors import Failure, UsageError


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    chat = sub.add_parser(
        "chat",
        parents=[common],
        help="study in a chat (the app, or --plain for line mode)",
        description="Study the bank question by question. Without --plain "
        "this opens the app; --plain reads one message per line from "
        "standard input, for scripts, screen readers and dumb terminals.",
    )
    chat.add_argument("--plain", action="store_true", help="line mode over stdin/stdout")
    chat.add_argument(
        "--topic",
        metavar="TOPIC",
        help="only this topic and its sub-topics (a unique part of the name "
        "will do, e.g. 'corridors')",
    )
    chat.add_argument(
        "--cram",
        action="store_true",
        help="ask every question of the topic once, without changing your schedule",
    )
    chat.add_argument(
        "--notes",
        action="append",
        metavar="PATH",
        type=Path,
        help="Markdown notes for /why and questions about the notes, a file or "
        "directory (repeatable; default: the bundled notes)",
    )
    return chat


def run(args: argparse.Namespace, ctx: Context) -> int:
    for notes in args.notes or ():
        if not notes.exists():
            raise UsageError(f"--notes {notes}: no such file or directory")
    if args.plain:
        from quizbot.plain import closed_streams
        from quizbot.plain.chat import run_plain

        if (closed := closed_streams("the plain chat")) is not None:
            raise Failure(closed)

        return run_plain(
            ctx.study_bank(),
            ctx.data_dir,
            ctx.stdin,
            ctx.stdout,
            args.topic,
            ctx.clock,
            ctx.stderr,
            cram=args.cram,
            notes=args.notes,
        )
    ctx.check_bank_paths()
    from quizbot.tui.app import create_app

    app = create_app(
        bank_paths=list(ctx.bank_paths),
        data_dir=ctx.data_dir,
        cache_dir=ctx.cache_dir,
        topic=args.topic,
        notes=args.notes,
        cram=args.cram,
        clock=ctx.clock,
        tz=ctx.tz,
    )
    app.run()
    return app.return_code or 0
