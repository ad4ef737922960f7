"""``quizbot mistakes``: the error notebook, every question missed in a mock test."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from quizbot.cli.context import Context
from quizbot.cli.store import opened
from quizbot.words import plural


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    mistakes = sub.add_parser(
        "mistakes",
        parents=[common],
        help="the error notebook: every question you missed in a mock test",
        description="Every question missed in a mock test (wrong, left blank, or a lucky "
        "guess), with the answer, its explanation and source; newest first.",
    )
    mistakes.add_argument("--topic", metavar="TOPIC", help="only topics containing this text")
    mistakes.add_argument(
        "--kind",
        metavar="KIND",
        help="wrong, unattempted, overconfident, guessed, not-reached or lucky",
    )
    return mistakes


def run(args: argparse.Namespace, ctx: Context) -> int:
    return run_mistakes(ctx.data_dir, ctx.now(), args.topic, args.kind, ctx.stdout, ctx.stderr)


def run_mistakes(
    data_dir: Path,
    now: datetime,
    topic: str | None,
    kind: str | None,
    out: TextIO,
    err: TextIO | None = None,
) -> int:
    """The error notebook, filtered by topic and kind of mistake (``ValueError`` for a kind
    that does not exist)."""
    from quizbot.exam.notebook import entries, render_entry
    from quizbot.visible import visible

    with opened(data_dir, now, sys.stderr if err is None else err) as store:
        found = entries(store, topic, kind)
    if not found:
        text = "No mistakes to show" + (
            " for that filter." if topic or kind else ": take a mock test with `quizbot exam`."
        )
    else:
        text = "\n\n".join(render_entry(e) for e in found) + f"\n\n{plural(len(found), 'mistake')}"
    print(visible(text), file=out)
    return 0
