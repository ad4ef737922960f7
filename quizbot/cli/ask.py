"""``quizbot ask QUESTION``: look a study question up in the notes."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TextIO

from quizbot import paths
from quizbot.cli.context import Context
from quizbot.cli.errors import Failure


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    ask = sub.add_parser(
        "ask",
        parents=[common],
        help="answer a study question from the notes",
        description='Look a question up in the notes ("what is INSTC?"): '
        "the best-matching bullets with their headings; exit status 1, with "
        "close suggestions, when the notes do not cover it.",
    )
    ask.add_argument("query", nargs="+", metavar="QUESTION")
    ask.add_argument(
        "--notes",
        action="append",
        metavar="PATH",
        help="Markdown notes, a file or directory (repeatable; default: the bundled notes)",
    )
    return ask


def run(args: argparse.Namespace, ctx: Context) -> int:
    return run_ask(" ".join(args.query), args.notes, ctx.stdout, ctx.now())


def run_ask(
    query: str, notes_paths: Sequence[Path | str] | None, out: TextIO, now: datetime
) -> int:
    """Answer one study question from the notes (at ``now``, an aware datetime); 0 if found,
    1 if not (with suggestions). Raises :class:`Failure` when there are no notes to search."""
    from quizbot.tutor.lookup import NotesIndex
    from quizbot.tutor.render import render
    from quizbot.visible import visible

    where = list(notes_paths or [paths.bundled_notes_dir()])
    missing = [str(p) for p in where if not Path(p).exists()]
    if missing:
        raise Failure(f"--notes {missing[0]}: no such file or directory")
    index = NotesIndex.build(where)
    if not index.units:
        raise Failure(
            f"no notes to search in {', '.join(map(str, where))} (give Markdown "
            "files or directories with --notes)"
        )
    found = index.lookup(query)
    print(visible(render(found, now)), file=out)
    return 0 if found.passages else 1
